/**
 * A realistic program for document tests and previews: the 31-competency catalog (with our
 * own short descriptions), a roster with accents, apostrophes, ampersands and an emoji, pairs
 * and a triad, and a generated schedule.
 */
import type { Competency, CompetencyCategory, Participant, Program, ProgramEvent, Team, TeamMember } from '../../src/renderer/src/domain/model';
import { generateAnnualSchedule } from '../../src/renderer/src/domain/schedule/annual-schedule';
import { DEFAULT_MEETING_RULE } from '../../src/renderer/src/domain/schedule/meeting-rule';
import type { DocumentContext } from '../../src/renderer/src/domain/documents/document-models';

const NOW = '2026-08-20T09:00:00.000Z';

export const program: Program = {
  id: 'prog-2026',
  name: 'Peer Mentoring 2026\u201327',
  organisation: 'Hôpital Saint-Éloi & Partners',
  coordinatorName: 'Dana O\u2019Brien',
  coordinatorEmail: 'dana.obrien@example.org',
  cycleStart: '2026-09-01',
  cycleEnd: '2027-05-31',
  groupMeetingMinutes: 120,
  rules: { minTotal: 3, maxTotal: 6, minPerCategory: 1, maxPerCategory: 2 },
  checklist: [],
  budget: [],
  currency: 'EUR',
  status: 'active',
  isDemo: false,
  createdAt: NOW,
  updatedAt: NOW,
};

type Row = [name: string, description: string];

const CATALOG_ROWS: [CompetencyCategory, string, Row[]][] = [
  [
    'self',
    '',
    [
      ['Flexibility', 'Changes course calmly when plans, priorities or people change, and helps others adjust.'],
      ['Personal credibility', 'Does what was promised, admits mistakes early and is seen as honest and dependable.'],
      ['Self-confidence', 'Takes on difficult work, states a view with conviction and holds it under pressure.'],
      ['Stress management', 'Keeps a clear head when the workload peaks and knows how to recover afterwards.'],
    ],
  ],
  [
    'business',
    'Preventing & solving problems',
    [
      ['Diagnostic information gathering', 'Finds out what is really going on by asking good questions and checking the facts.'],
      ['Analytical thinking', 'Takes a problem apart, weighs the evidence and works out the likely causes.'],
      ['Forward thinking', 'Sees what is coming and prepares for risks and opportunities before they arrive.'],
      ['Conceptual thinking', 'Spots patterns and links between ideas, and explains complex matters simply.'],
      ['Strategic thinking', 'Connects daily decisions to long-term goals and the wider direction of the organisation.'],
      ['Technical expertise', 'Knows the field in depth, keeps that knowledge current and shares it generously.'],
    ],
  ],
  [
    'business',
    'Achieving results',
    [
      ['Initiative', 'Acts without waiting to be asked and goes beyond what the job strictly requires.'],
      ['Entrepreneurial orientation', 'Looks for new opportunities and is willing to take sensible risks to pursue them.'],
      ['Fostering innovation', 'Encourages new ideas, tries them out and learns quickly from what does not work.'],
      ['Results orientation', 'Sets challenging targets, tracks progress and keeps going until the result is there.'],
      ['Thoroughness', 'Checks the details, finishes what was started and delivers work that can be relied on.'],
      ['Decisiveness', 'Makes timely decisions with the information available and stands behind them.'],
    ],
  ],
  [
    'people',
    'Leading others',
    [
      ['Establishing focus', 'Makes clear what matters most and keeps the team pointed at shared goals.'],
      ['Providing motivational support', 'Encourages people, recognises their effort and keeps spirits up in hard times.'],
      ['Fostering teamwork', 'Builds cooperation across roles and turns a group of people into a team.'],
      ['Empowering others', 'Gives people the authority, information and trust they need to act on their own.'],
      ['Managing change', 'Explains why change is needed and helps people through it with care.'],
      ['Developing others', 'Helps colleagues grow through feedback, coaching and stretching assignments.'],
      ['Managing performance', 'Agrees clear expectations, follows up on them and addresses problems promptly.'],
    ],
  ],
  [
    'people',
    'Communicating & influence',
    [
      ['Attention to communication', 'Keeps the right people informed at the right time, in the right amount of detail.'],
      ['Oral communication', 'Speaks clearly and confidently, to one person or to a room, and checks understanding.'],
      ['Written communication', 'Writes plainly and precisely, so readers understand quickly what is meant.'],
      ['Persuasive communication', 'Builds a convincing case and adapts the message to what the audience cares about.'],
      ['Interpersonal awareness', 'Notices how others feel and what they need, including what is left unsaid.'],
      ['Influence skill', 'Gains support for ideas without relying on authority, through trust and good arguments.'],
      ['Building collaborative relationships', 'Develops working relationships that last, based on trust and mutual help.'],
      ['Customer orientation', 'Understands what customers and colleagues need and works to meet those needs well.'],
    ],
  ],
];

export const catalog: Competency[] = CATALOG_ROWS.flatMap(([category, cluster, rows]) => rows.map(([name, description]) => ({ name, description, category, cluster }))).map(
  (c, i) => ({
    id: `comp-${String(i + 1).padStart(2, '0')}`,
    programId: program.id,
    name: c.name,
    description: c.description,
    category: c.category,
    cluster: c.cluster,
    order: i,
    retired: false,
    builtinKey: null,
  }),
);

/** The id of a catalog entry by name (throws on a typo in a test). */
export function competencyId(name: string): string {
  const found = catalog.find((c) => c.name === name);
  if (!found) throw new Error(`No competency named ${name}`);
  return found.id;
}

interface PersonSeed {
  first: string;
  last: string;
  jobTitle: string;
  department: string;
  offers?: string[];
  wants?: string[];
}

const PEOPLE: PersonSeed[] = [
  { first: 'Ana', last: 'García', jobTitle: 'Senior nurse', department: 'Cardiology', offers: ['Stress management', 'Developing others'], wants: ['Written communication', 'Strategic thinking'] },
  { first: 'Tom', last: 'Müller', jobTitle: 'Finance analyst', department: 'Finance & Controlling', offers: ['Written communication', 'Analytical thinking'], wants: ['Stress management', 'Oral communication'] },
  { first: 'Siobhán', last: 'O\u2019Connor', jobTitle: 'HR business partner', department: 'People & Culture', offers: ['Managing change'], wants: ['Technical expertise'] },
  { first: 'Łukasz', last: 'Wiśniewski', jobTitle: 'Data engineer', department: 'IT <Platform>', offers: ['Technical expertise'], wants: ['Managing change'] },
  { first: 'Zoë', last: 'Dubois-Lefèvre', jobTitle: 'Project lead', department: 'Operations', offers: ['Results orientation'], wants: ['Flexibility'] },
  { first: 'Kwame', last: 'Mensah', jobTitle: 'Ward manager 🩺', department: 'Emergency', offers: ['Flexibility', 'Decisiveness'], wants: ['Results orientation'] },
  { first: 'Mei', last: 'Chen', jobTitle: 'Pharmacist', department: 'Pharmacy', offers: ['Thoroughness'], wants: ['Decisiveness'] },
];

export const participants: Participant[] = PEOPLE.map((p, i) => ({
  id: `person-${i + 1}`,
  programId: program.id,
  emailKey: `${p.first}.${p.last}@example.org`.toLowerCase(),
  email: `${p.first}.${p.last}@example.org`.toLowerCase().normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/[’' ]/g, ''),
  firstName: p.first,
  lastName: p.last,
  name: `${p.first} ${p.last}`,
  department: p.department,
  jobTitle: p.jobTitle,
  careerStage: 'mid',
  location: '',
  manager: '',
  offers: (p.offers ?? []).map(competencyId),
  wants: (p.wants ?? []).map(competencyId),
  knownWell: [],
  doNotPair: [],
  preferredPartnerEmail: '',
  registeredWithEmail: '',
  notes: '',
  custom: {},
  status: 'active',
  createdAt: NOW,
  updatedAt: NOW,
}));

function team(id: string, kind: Team['kind'], number: number, reasons: string[], chosen: string[]): Team {
  return {
    id,
    programId: program.id,
    kind,
    status: 'confirmed',
    number,
    locked: false,
    facilitated: false,
    score: 0.8,
    reasons,
    competencyIds: chosen.map(competencyId),
    letterSentOn: '', confirmedOn: '', endedOn: '', endedReason: '',
    createdAt: NOW,
    updatedAt: NOW,
  };
}

export const teams: Team[] = [
  team(
    'team-a',
    'pair',
    7,
    [
      'Ana offers Stress management, which Tom wants to develop.',
      'Tom offers Written communication, which Ana wants to develop.',
      'You work in different departments (Cardiology; Finance & Controlling), so you bring fresh perspectives.',
    ],
    ['Stress management', 'Written communication', 'Analytical thinking', 'Developing others'],
  ),
  {
    ...team('team-b', 'pair', 8, ['Siobhán offers Managing change, which Łukasz wants to develop.', 'Łukasz offers Technical expertise <in depth> & more, which Siobhán wants.'], []),
    letterNote: 'Łukasz is on leave until 2 October, so plan your first meeting for the week after: meet at <Building B> & bring your questions.',
  },
  team(
    'team-c',
    'triad',
    3,
    ['Zoë, Kwame and Mei each offer something another wants: Results orientation, Flexibility, Decisiveness.'],
    ['Flexibility', 'Decisiveness', 'Results orientation', 'Oral communication', 'Thoroughness', 'Building collaborative relationships'],
  ),
];

export const members: TeamMember[] = [
  ['team-a', 'person-1'],
  ['team-a', 'person-2'],
  ['team-b', 'person-3'],
  ['team-b', 'person-4'],
  ['team-c', 'person-5'],
  ['team-c', 'person-6'],
  ['team-c', 'person-7'],
].map(([teamId, participantId], i) => ({ id: `m${i}`, teamId: teamId as string, programId: program.id, participantId: participantId as string }));

export const events: ProgramEvent[] = generateAnnualSchedule({
  programId: program.id,
  cycleStart: program.cycleStart,
  cycleEnd: program.cycleEnd,
  rule: DEFAULT_MEETING_RULE,
  place: 'Room 4.12, Education Centre',
}).map((e, i) => ({ ...e, id: `event-${i}` }));

/** The document context for a paper size, issued on a fixed day. */
export function context(paper: DocumentContext['paper'] = 'a4'): DocumentContext {
  return { program, paper, issuedOn: '2026-09-15' };
}

/** A roster of `count` generated participants (for sign-in sheets and benches). */
export function generatedParticipants(count: number): Participant[] {
  const firsts = ['Alex', 'Béatrice', 'Chidi', 'Dagný', 'Émile', 'Farah', 'Gökhan', 'Hana', 'Ines', 'Jörg'];
  const lasts = ['Andersen', 'Bianchi', 'Costa', 'Dvořák', 'Eriksen', 'Fernández', 'Gallagher', 'Horváth', 'Ivanova', 'Jensen', 'Kowalczyk', 'López'];
  const base = participants[0] as Participant;
  return Array.from({ length: count }, (_, i) => {
    const first = firsts[i % firsts.length] as string;
    const last = `${lasts[Math.floor(i / firsts.length) % lasts.length] as string}${i >= firsts.length * lasts.length ? ` ${Math.floor(i / (firsts.length * lasts.length)) + 1}` : ''}`;
    return {
      ...base,
      id: `gen-${i + 1}`,
      firstName: first,
      lastName: last,
      name: `${first} ${last}`,
      email: `person${i + 1}@example.org`,
      emailKey: `person${i + 1}@example.org`,
      department: ['Cardiology', 'Finance & Controlling', 'Operations', 'Pharmacy', 'People & Culture'][i % 5] as string,
      jobTitle: ['Nurse', 'Analyst', 'Engineer', 'Manager'][i % 4] as string,
      offers: [catalog[i % catalog.length]!.id, catalog[(i * 7) % catalog.length]!.id],
      wants: [catalog[(i + 5) % catalog.length]!.id, catalog[(i * 11 + 3) % catalog.length]!.id],
    };
  });
}

/** Pairs over generated participants: consecutive people, the last three a triad when odd. */
export function generatedTeams(people: readonly Participant[]): { teams: Team[]; members: TeamMember[] } {
  const out: Team[] = [];
  const links: TeamMember[] = [];
  let i = 0;
  let number = 1;
  while (i < people.length) {
    const size = people.length - i === 3 ? 3 : 2;
    const group = people.slice(i, i + size);
    const id = `gteam-${number}`;
    out.push({
      ...team(id, size === 3 ? 'triad' : 'pair', number, [`${group[0]!.firstName} offers what ${group[1]?.firstName ?? ''} wants to develop.`, 'You work in different departments.'], []),
      competencyIds: [catalog[number % 4]!.id, catalog[4 + (number % 12)]!.id, catalog[16 + (number % 15)]!.id],
    });
    for (const p of group) links.push({ id: `gm-${p.id}`, teamId: id, programId: program.id, participantId: p.id });
    i += size;
    number++;
  }
  return { teams: out, members: links };
}
