/**
 * The built-in demo program: a fictional hospital group with 24 colleagues, so a coordinator can
 * try every screen without typing a roster. Built from a fixed table, so the same `now` and id
 * sequence always give the same records. Everything is flagged `isDemo` and uses example.org.
 * Three stages: the year in progress (pairs confirmed, meetings, check-ins: see demo-year.ts), the
 * year that has ended (the whole year, with withdrawals, self-ratings and feedback: see
 * demo-ended-year.ts) or ready to pair (the people signed up for the coming cycle, nothing paired yet).
 */
import type { CareerStage, ChecklistItem, Competency, Participant, Program } from '../model';
import { createProgramCatalog } from '../catalog/builtin-catalog';
import { addMonths } from '../programs/iso-date';
import { DEFAULT_GROUP_MEETING_MINUTES, DEFAULT_RULES, defaultCycle } from '../programs/program-defaults';
import { buildDemoYear, type DemoYear } from './demo-year';
import { closeDemoYear } from './demo-ended-year';

/**
 * `year-in-progress`: the cycle running at `now` (from June to August, the one that just ended),
 * with everything that happened up to the day before. `year-ended`: the last cycle that ended
 * before `now`, complete, with self-ratings and feedback. `ready-to-pair`: the coming cycle, people only.
 */
export type DemoStage = 'year-in-progress' | 'year-ended' | 'ready-to-pair';

/** Everything the demo adds: one program, its catalog and its participants, and the year so far. */
export interface DemoProgram {
  program: Program;
  competencies: Competency[];
  participants: Participant[];
  /** The year so far (`year-in-progress` only). */
  year: DemoYear | null;
}

/** Fictional organisation of the demo. */
export const DEMO_ORGANISATION = 'Larkfield Health';

interface PersonRow {
  /** Short handle used only inside this table to express links between people. */
  ref: string;
  firstName: string;
  lastName: string;
  /** Display name, when it is not "first last". */
  name?: string;
  email: string;
  department: string;
  jobTitle: string;
  stage: CareerStage;
  location: string;
  manager: string;
  offers: string[];
  wants: string[];
  notes?: string;
  custom?: Record<string, string>;
}

const RIVERSIDE = 'Riverside Campus';
const EASTGATE = 'Eastgate Clinic';
const HARBOUR = 'Harbour Street Office';

// Offers and wants are built-in competency keys, fitting each job title and career stage: late-career
// people offer leadership and self-management skills, early-career people want self-confidence and
// communication skills. Every want is offered by at least two other people, most of them in another
// department, so a first pairing run shows complementary pairs both ways. A newcomer still sees the
// quality summary at work: Grace registered with Élodie, who offers nothing Grace wants (one way only).
const PEOPLE: readonly PersonRow[] = [
  {
    ref: 'zoe', firstName: 'Zoë', lastName: 'Hartmann', email: 'zoe.hartmann@example.org',
    department: 'Nursing', jobTitle: 'Ward Manager', stage: 'late', location: RIVERSIDE, manager: 'Patrick Doyle',
    offers: ['developing-others', 'self-confidence', 'stress-management', 'managing-performance'],
    wants: ['written-communication', 'diagnostic-information-gathering', 'fostering-innovation'],
  },
  {
    ref: 'jose', firstName: 'José', lastName: 'Ortega', email: 'jose.ortega@example.org',
    department: 'Pharmacy', jobTitle: 'Clinical Pharmacist', stage: 'mid', location: RIVERSIDE, manager: 'Daniel Cohen',
    offers: ['technical-expertise', 'thoroughness', 'analytical-thinking'],
    wants: ['influence-skill', 'persuasive-communication', 'stress-management'],
  },
  {
    ref: 'ngozi', firstName: 'Ngozi', lastName: 'Okafor', email: 'ngozi.okafor@example.org',
    department: 'Research & Quality', jobTitle: 'Research Nurse', stage: 'early', location: RIVERSIDE, manager: 'Björn Lindqvist',
    offers: ['diagnostic-information-gathering', 'written-communication', 'customer-orientation'],
    wants: ['self-confidence', 'stress-management', 'persuasive-communication'],
    notes: 'Would like a partner outside Research & Quality.',
  },
  {
    ref: 'siobhan', firstName: 'Siobhán', lastName: 'Ní Bhriain', email: 'siobhan.nibhriain@example.org',
    department: 'Human Resources', jobTitle: 'HR Business Partner', stage: 'mid', location: HARBOUR, manager: 'Ingrid Solberg',
    offers: ['interpersonal-awareness', 'managing-change', 'influence-skill', 'building-collaborative-relationships'],
    wants: ['strategic-thinking', 'decisiveness'],
  },
  {
    ref: 'lukas', firstName: 'Lukas', lastName: 'Müller', email: 'lukas.mueller@example.org',
    department: 'Information Technology', jobTitle: 'Systems Analyst', stage: 'early', location: HARBOUR, manager: 'Rahul Deshpande',
    offers: ['analytical-thinking', 'technical-expertise', 'initiative'],
    wants: ['written-communication', 'oral-communication'],
    notes: 'Asked to be paired with Hana Kobayashi (they met on the data project).',
  },
  {
    ref: 'meilin', firstName: 'Mei Lin', lastName: 'Chen', email: 'meilin.chen@example.org',
    department: 'Finance', jobTitle: 'Management Accountant', stage: 'mid', location: HARBOUR, manager: "Grace O'Connell",
    offers: ['thoroughness', 'analytical-thinking', 'written-communication'],
    wants: ['flexibility', 'customer-orientation', 'fostering-teamwork'],
  },
  {
    ref: 'rahul', firstName: 'Rahul', lastName: 'Deshpande', email: 'rahul.deshpande@example.org',
    department: 'Information Technology', jobTitle: 'Infrastructure Lead', stage: 'late', location: HARBOUR, manager: 'Helen Marsh',
    offers: ['strategic-thinking', 'decisiveness', 'empowering-others', 'forward-thinking'],
    wants: ['interpersonal-awareness', 'managing-change'],
    custom: { 'Preferred meeting time': 'Tuesday afternoons' },
  },
  {
    ref: 'amara', firstName: 'Amara', lastName: 'Nwosu', email: 'amara.nwosu@example.org',
    department: 'Nursing', jobTitle: 'Staff Nurse', stage: 'early', location: EASTGATE, manager: 'Patrick Doyle',
    offers: ['customer-orientation', 'flexibility'],
    wants: ['self-confidence', 'oral-communication', 'stress-management'],
    notes: 'Patrick Doyle is her line manager: do not pair them.',
  },
  {
    ref: 'bjorn', firstName: 'Björn', lastName: 'Lindqvist', email: 'bjorn.lindqvist@example.org',
    department: 'Research & Quality', jobTitle: 'Quality Improvement Lead', stage: 'late', location: RIVERSIDE, manager: 'Helen Marsh',
    offers: ['fostering-innovation', 'managing-change', 'oral-communication', 'self-confidence'],
    wants: ['customer-orientation', 'flexibility'],
  },
  {
    ref: 'fatima', firstName: 'Fatima Zahra', lastName: 'El Idrissi', email: 'fatimazahra.elidrissi@example.org',
    department: 'Pharmacy', jobTitle: 'Pharmacy Technician', stage: 'early', location: EASTGATE, manager: 'Daniel Cohen',
    offers: ['thoroughness', 'customer-orientation'],
    wants: ['self-confidence', 'written-communication', 'initiative'],
  },
  {
    ref: 'grace', firstName: 'Grace', lastName: "O'Connell", email: 'grace.oconnell@example.org',
    department: 'Finance', jobTitle: 'Payroll Manager', stage: 'late', location: HARBOUR, manager: 'Helen Marsh',
    offers: ['personal-credibility', 'managing-performance', 'results-orientation', 'stress-management'],
    wants: ['fostering-innovation', 'technical-expertise'],
    notes: 'Registered together with Élodie Rousseau.',
  },
  {
    ref: 'tomasz', firstName: 'Tomasz', lastName: 'Wiśniewski', email: 'tomasz.wisniewski@example.org',
    department: 'Information Technology', jobTitle: 'Software Developer', stage: 'mid', location: HARBOUR, manager: 'Rahul Deshpande',
    offers: ['technical-expertise', 'fostering-innovation', 'entrepreneurial-orientation', 'conceptual-thinking'],
    wants: ['establishing-focus', 'personal-credibility', 'attention-to-communication'],
  },
  {
    ref: 'hana', firstName: 'Hana', lastName: 'Kobayashi', email: 'hana.kobayashi@example.org',
    department: 'Research & Quality', jobTitle: 'Data Analyst', stage: 'early', location: RIVERSIDE, manager: 'Björn Lindqvist',
    offers: ['analytical-thinking', 'written-communication'],
    wants: ['technical-expertise', 'initiative', 'self-confidence'],
  },
  {
    ref: 'kwame', firstName: 'Kwame', lastName: 'Mensah', email: 'kwame.mensah@example.org',
    department: 'Nursing', jobTitle: 'Nurse Educator', stage: 'mid', location: EASTGATE, manager: 'Patrick Doyle',
    offers: ['developing-others', 'oral-communication', 'providing-motivational-support', 'self-confidence'],
    wants: ['written-communication', 'forward-thinking'],
  },
  {
    ref: 'elodie', firstName: 'Élodie', lastName: 'Rousseau', email: 'elodie.rousseau@example.org',
    department: 'Human Resources', jobTitle: 'Learning and Development Advisor', stage: 'early', location: HARBOUR, manager: 'Ingrid Solberg',
    offers: ['oral-communication', 'fostering-teamwork'],
    wants: ['results-orientation', 'personal-credibility', 'decisiveness'],
  },
  {
    ref: 'daniel', firstName: 'Daniel', lastName: 'Cohen', email: 'daniel.cohen@example.org',
    department: 'Pharmacy', jobTitle: 'Lead Pharmacist', stage: 'late', location: RIVERSIDE, manager: 'Helen Marsh',
    offers: ['establishing-focus', 'technical-expertise', 'decisiveness', 'persuasive-communication'],
    wants: ['fostering-teamwork', 'attention-to-communication', 'managing-change'],
  },
  {
    ref: 'analucia', firstName: 'Ana Lúcia', lastName: 'Ferreira', email: 'analucia.ferreira@example.org',
    department: 'Nursing', jobTitle: 'Clinical Nurse Specialist', stage: 'mid', location: RIVERSIDE, manager: 'Zoë Hartmann',
    offers: ['interpersonal-awareness', 'stress-management', 'attention-to-communication'],
    wants: ['strategic-thinking', 'results-orientation', 'managing-performance'],
  },
  {
    ref: 'mohammed', firstName: 'Mohammed', lastName: 'Al-Sayed', email: 'mohammed.alsayed@example.org',
    department: 'Finance', jobTitle: 'Procurement Officer', stage: 'early', location: EASTGATE, manager: "Grace O'Connell",
    offers: ['diagnostic-information-gathering', 'initiative', 'written-communication', 'results-orientation'],
    wants: ['customer-orientation', 'thoroughness', 'persuasive-communication'],
    custom: { 'Preferred meeting time': 'Early mornings' },
  },
  {
    ref: 'ingrid', firstName: 'Ingrid', lastName: 'Solberg', email: 'ingrid.solberg@example.org',
    department: 'Human Resources', jobTitle: 'Head of People Operations', stage: 'late', location: HARBOUR, manager: 'Helen Marsh',
    offers: ['influence-skill', 'persuasive-communication', 'developing-others', 'self-confidence'],
    wants: ['technical-expertise', 'analytical-thinking'],
    notes: 'Sponsor of the program; happy to take a triad.',
  },
  {
    ref: 'chidi', firstName: 'Chidi', lastName: 'Eze', email: 'chidi.eze@example.org',
    department: 'Information Technology', jobTitle: 'Service Desk Analyst', stage: 'early', location: EASTGATE, manager: 'Rahul Deshpande',
    offers: ['customer-orientation', 'flexibility', 'initiative'],
    wants: ['written-communication', 'analytical-thinking', 'managing-performance'],
  },
  {
    ref: 'sofia', firstName: 'Sofía', lastName: 'Márquez', email: 'sofia.marquez@example.org',
    department: 'Research & Quality', jobTitle: 'Clinical Audit Facilitator', stage: 'mid', location: EASTGATE, manager: 'Björn Lindqvist',
    offers: ['fostering-teamwork', 'attention-to-communication', 'diagnostic-information-gathering'],
    wants: ['decisiveness', 'persuasive-communication', 'personal-credibility'],
  },
  {
    ref: 'patrick', firstName: 'Patrick', lastName: 'Doyle', email: 'patrick.doyle@example.org',
    department: 'Nursing', jobTitle: 'Matron', stage: 'late', location: EASTGATE, manager: 'Helen Marsh',
    offers: ['managing-change', 'personal-credibility', 'establishing-focus', 'self-confidence'],
    wants: ['fostering-innovation', 'entrepreneurial-orientation'],
  },
  {
    ref: 'lan', firstName: 'Lan', lastName: 'Nguyễn', name: 'Nguyễn Thị Lan', email: 'lan.nguyen@example.org',
    department: 'Pharmacy', jobTitle: 'Medicines Information Pharmacist', stage: 'mid', location: RIVERSIDE, manager: 'Daniel Cohen',
    offers: ['written-communication', 'thoroughness', 'forward-thinking'],
    wants: ['oral-communication', 'self-confidence', 'fostering-teamwork'],
    notes: 'Part-time (Monday to Wednesday).',
  },
  {
    ref: 'oliver', firstName: 'Oliver', lastName: 'Bennett', email: 'oliver.bennett@example.org',
    department: 'Finance', jobTitle: 'Budget Analyst', stage: 'mid', location: HARBOUR, manager: "Grace O'Connell",
    offers: ['results-orientation', 'entrepreneurial-orientation', 'strategic-thinking', 'persuasive-communication'],
    wants: ['interpersonal-awareness', 'stress-management', 'developing-others'],
  },
];

/** People who already know each other well (colleagues on the same team or project). */
const KNOWN_WELL: readonly (readonly [string, string])[] = [
  ['zoe', 'analucia'],
  ['rahul', 'tomasz'],
  ['meilin', 'oliver'],
  ['daniel', 'jose'],
  ['kwame', 'amara'],
];
/** Must never be paired: line manager and direct report. */
const DO_NOT_PAIR: readonly (readonly [string, string])[] = [['patrick', 'amara']];
/** Asked for each other (mutual preference). */
const PREFERRED: readonly (readonly [string, string])[] = [['lukas', 'hana']];
/** Signed up together and should stay a pair. */
const REGISTERED_TOGETHER: readonly (readonly [string, string])[] = [['elodie', 'grace']];

function emailKey(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

/** Short year label "2026–27" for a cycle starting in `startYear`. */
function yearLabel(startYear: number): string {
  return `${startYear}–${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The September–May cycle running on `today`; from June to August, the one that just ended. */
export function runningCycle(today: string): { cycleStart: string; cycleEnd: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return defaultCycle(`${month >= 9 ? year : year - 1}-08-01`);
}

/** The last September–May cycle that ended before `today`. */
export function endedCycle(today: string): { cycleStart: string; cycleEnd: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return defaultCycle(`${month >= 6 ? year - 1 : year - 2}-08-01`);
}

/**
 * Builds the demo program from `now` (an ISO timestamp). Ready to pair: a cycle starting the next
 * 1 September after `now`. Year in progress: the cycle running at `now`, with the year so far.
 * Year ended: the last cycle that ended before `now`, closed with ratings and feedback.
 * Ids come from `newId` in a fixed sequence: program, catalog, budget, participants, then the year.
 */
export function buildDemoProgram(now: string, newId: () => string, stage: DemoStage = 'ready-to-pair'): DemoProgram {
  const today = now.slice(0, 10);
  const ended = stage === 'year-ended';
  const inProgress = stage === 'year-in-progress' || ended;
  const { cycleStart, cycleEnd } = ended ? endedCycle(today) : inProgress ? runningCycle(today) : defaultCycle(today);
  const startYear = Number(cycleStart.slice(0, 4));
  const programId = newId();
  const competencies = createProgramCatalog(programId, newId);
  const idByKey = new Map(competencies.map((c) => [c.builtinKey ?? '', c.id]));
  const competencyId = (key: string): string => {
    const id = idByKey.get(key);
    if (!id) throw new Error(`Demo table refers to an unknown competency key: ${key}`);
    return id;
  };

  // Due dates are spread over the months before the cycle, as a real set-up would be.
  const due = (monthsBefore: number): string => addMonths(cycleStart, -monthsBefore);
  const checklist: ChecklistItem[] = [
    { key: 'buy-in', done: true, owner: 'Ingrid Solberg', due: due(5), notes: 'Executive team agreed to a one-year trial.' },
    { key: 'committee', done: true, owner: 'Maeve Gallagher', due: due(4), notes: 'Five volunteers, one from each department.' },
    { key: 'mission', done: true, owner: 'Steering committee', due: due(3), notes: '' },
    { key: 'design', done: false, owner: 'Maeve Gallagher', due: due(2), notes: 'Calendar drafted; pairing rules to confirm.' },
    { key: 'training', done: false, owner: 'Kwame Mensah', due: due(1), notes: 'Facilitator booked for the orientation.' },
    { key: 'budget', done: false, owner: "Grace O'Connell", due: due(2), notes: 'Waiting for sign-off from Finance.' },
  ];

  const program: Program = {
    id: programId,
    name: `${DEMO_ORGANISATION} — Peer Mentoring ${yearLabel(startYear)}`,
    organisation: DEMO_ORGANISATION,
    coordinatorName: 'Maeve Gallagher',
    coordinatorEmail: 'maeve.gallagher@example.org',
    cycleStart,
    cycleEnd,
    groupMeetingMinutes: DEFAULT_GROUP_MEETING_MINUTES,
    rules: { ...DEFAULT_RULES },
    checklist: inProgress ? checklist.map((item) => ({ ...item, done: true })) : checklist,
    budget: [
      { id: newId(), item: 'Catering for five group meetings', amountCents: 125_000 },
      { id: newId(), item: 'Mentor training facilitator (half day)', amountCents: 180_000 },
      { id: newId(), item: 'Printing worksheets and agreements', amountCents: 24_050 },
    ],
    currency: 'EUR',
    status: 'active',
    isDemo: true,
    // A program in its year was set up months before; one ready to pair is new today.
    createdAt: inProgress ? `${due(6)}T09:00:00.000Z` : now,
    updatedAt: now,
  };

  const idByRef = new Map<string, string>();
  const emailByRef = new Map<string, string>();
  for (const row of PEOPLE) {
    idByRef.set(row.ref, newId());
    emailByRef.set(row.ref, emailKey(row.email));
  }
  const links = (pairs: readonly (readonly [string, string])[], ref: string): string[] =>
    pairs.flatMap(([a, b]) => (a === ref ? [b] : b === ref ? [a] : []));
  const idOf = (ref: string): string => idByRef.get(ref) ?? '';
  const emailOf = (ref: string): string => emailByRef.get(ref) ?? '';

  const participants: Participant[] = PEOPLE.map((row) => ({
    id: idOf(row.ref),
    programId,
    emailKey: emailOf(row.ref),
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    name: row.name ?? `${row.firstName} ${row.lastName}`,
    department: row.department,
    jobTitle: row.jobTitle,
    careerStage: row.stage,
    location: row.location,
    manager: row.manager,
    offers: row.offers.map(competencyId),
    wants: row.wants.map(competencyId),
    knownWell: links(KNOWN_WELL, row.ref).map(idOf),
    doNotPair: links(DO_NOT_PAIR, row.ref).map(idOf),
    preferredPartnerEmail: links(PREFERRED, row.ref).map(emailOf)[0] ?? '',
    registeredWithEmail: links(REGISTERED_TOGETHER, row.ref).map(emailOf)[0] ?? '',
    notes: row.notes ?? '',
    custom: { ...(row.custom ?? {}) },
    status: 'active',
    createdAt: inProgress ? `${due(3)}T09:00:00.000Z` : now,
    updatedAt: inProgress ? `${due(3)}T09:00:00.000Z` : now,
  }));

  const year = inProgress
    ? buildDemoYear({
        program,
        competencies,
        personByRef: new Map(PEOPLE.map((row, i) => [row.ref, participants[i] as Participant])),
        today,
        newId,
      })
    : null;
  if (ended && year) {
    const closed = closeDemoYear({ program, participants, refOf: new Map(PEOPLE.map((row) => [idOf(row.ref), row.ref])), year, newId });
    return { program, competencies, participants: closed.participants, year: closed.year };
  }
  return { program, competencies, participants, year };
}
