/**
 * "Start next year's program": who is offered to carry over (from their feedback), the suggested
 * name and cycle, and the new program built from this one — its catalog, rules, checklist and
 * per-program settings copied with new ids, the chosen people as new records with last year's
 * partners kept as `previousPartners`, and the schedule laid out again for the new cycle. Pure:
 * the caller passes the records, the moment and the id maker, and writes the result.
 */
import type {
  Competency,
  Feedback,
  FeedbackAnswer,
  MetaEntry,
  Participant,
  ParticipantStatus,
  Program,
  ProgramEvent,
  Team,
  TeamMember,
} from '../model';
import { generateAnnualSchedule } from '../schedule/annual-schedule';
import type { MeetingRule } from '../schedule/meeting-rule';
import { addDays, addMonths, isIsoDate, parseIsoDate } from './iso-date';
import { hasControlCharacters } from './plain-text';

/** One person in the carry-over list. */
export interface CarryOverRow {
  participantId: string;
  name: string;
  email: string;
  department: string;
  status: ParticipantStatus;
  /** Their answer to "Would you join again?", null when they gave none (or no feedback). */
  joinAgain: FeedbackAnswer | null;
  /** Ticked when the dialog opens: still in the program and said yes. */
  chosenByDefault: boolean;
  /** Why they are (not) ticked, in words for the coordinator. */
  note: string;
}

const JOIN_AGAIN_NOTES: Record<FeedbackAnswer, string> = {
  yes: 'Would join again',
  no: 'Said they would not join again',
  'not-sure': 'Not sure about joining again',
};

/** Everyone of the program, with the default choice and its reason: active people who said yes. */
export function carryOverRows(participants: readonly Participant[], feedback: readonly Feedback[]): CarryOverRow[] {
  const answers = new Map<string, FeedbackAnswer | null>();
  for (const f of feedback) answers.set(f.participantId, f.wouldJoinAgain ?? null);
  return participants
    .map((p): CarryOverRow => {
      const joinAgain = answers.get(p.id) ?? null;
      const withdrawn = p.status === 'withdrawn';
      const answerNote = joinAgain ? JOIN_AGAIN_NOTES[joinAgain] : 'No answer about joining again';
      return {
        participantId: p.id,
        name: p.name,
        email: p.email,
        department: p.department,
        status: p.status,
        joinAgain,
        chosenByDefault: !withdrawn && joinAgain === 'yes',
        note: withdrawn ? `Withdrew this year · ${answerNote.charAt(0).toLowerCase()}${answerNote.slice(1)}` : answerNote,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || (a.participantId < b.participantId ? -1 : 1));
}

/** Counts shown by the carry-over list. */
export interface CarryOverCounts {
  chosen: number;
  total: number;
  /** Active people who said yes. */
  saidYes: number;
  /** Active people with no answer to "would you join again". */
  noAnswer: number;
}

/** How many are chosen, and how many said yes or gave no answer. */
export function carryOverCounts(rows: readonly CarryOverRow[], chosen: ReadonlySet<string>): CarryOverCounts {
  let picked = 0;
  let saidYes = 0;
  let noAnswer = 0;
  for (const row of rows) {
    if (chosen.has(row.participantId)) picked += 1;
    if (row.status === 'withdrawn') continue;
    if (row.joinAgain === 'yes') saidYes += 1;
    if (row.joinAgain === null) noAnswer += 1;
  }
  return { chosen: picked, total: rows.length, saidYes, noAnswer };
}

/** Whole months from one day's month to another's. */
function monthsBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return 12;
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** A day moved by whole months, or empty when it is not a day. */
function shiftDay(day: string | undefined, months: number): string {
  return day && isIsoDate(day) ? addMonths(day, months) : '';
}

/** Next year's cycle: the same dates one year later. */
export function nextCycleStart(program: Pick<Program, 'cycleStart'>, today: string): string {
  if (isIsoDate(program.cycleStart)) return addMonths(program.cycleStart, 12);
  const year = Number(today.slice(0, 4)) + 1;
  return `${year}-09-01`;
}

/** The cycle's last day when it starts on `cycleStart`: the old cycle's length kept ('' for no day). */
export function nextCycleEnd(program: Pick<Program, 'cycleStart' | 'cycleEnd'>, cycleStart: string): string {
  if (!isIsoDate(cycleStart)) return '';
  if (isIsoDate(program.cycleEnd) && isIsoDate(program.cycleStart)) {
    return addMonths(program.cycleEnd, monthsBetween(program.cycleStart, cycleStart));
  }
  // No cycle to copy: nine months, as a new program gets.
  return addDays(addMonths(cycleStart, 9), -1);
}

const yearOf = (day: string): number => parseIsoDate(day)?.year ?? 0;

/**
 * The name suggested for next year's program: the years in the name moved on ("Peer Mentoring
 * 2026–27" → "… 2027–28", "2026/2027" → "2027/2028", "2026" → "2027"), or the new cycle's years
 * added when the name has none.
 */
export function suggestNextName(name: string, oldCycleStart: string, newCycleStart: string): string {
  const newYear = yearOf(newCycleStart);
  const shift = isIsoDate(oldCycleStart) && newYear > 0 ? newYear - yearOf(oldCycleStart) : 1;
  const range = /\b((?:19|20)\d{2})(\s*[–—\-/]\s*)(\d{4}|\d{2})\b/;
  const trimmed = name.trim();
  const match = range.exec(trimmed);
  if (match && shift !== 0) {
    const first = Number(match[1]) + shift;
    const end = match[3] as string;
    const second = end.length === 4 ? String(Number(end) + shift) : String((Number(end) + shift) % 100).padStart(2, '0');
    return trimmed.slice(0, match.index) + `${first}${match[2]}${second}` + trimmed.slice(match.index + match[0].length);
  }
  if (!match && /\b(?:19|20)\d{2}\b/.test(trimmed) && shift !== 0) {
    return trimmed.replace(/\b(?:19|20)\d{2}\b/g, (y) => String(Number(y) + shift));
  }
  const label = newYear > 0 ? `${newYear}–${String((newYear + 1) % 100).padStart(2, '0')}` : 'next year';
  return `${trimmed} ${label}`;
}

/** Per-program settings (meta `<name>:<programId>`) that next year's program starts from. */
export const COPIED_SETTINGS: Readonly<Record<string, string>> = Object.freeze({
  pairingSettings: 'Pairing settings and rules',
  letterTemplate: 'Pairing letter template',
  meetingPlans: 'Meeting agendas',
  scheduleDefaults: 'Schedule defaults (meeting day, time, length and place)',
  reminderTemplate: 'Reminder e-mail template',
  attentionRules: 'Needs-attention rules',
  checkInCadence: 'Check-in cadence',
  checkInSurveyMappings: 'Remembered check-in survey columns',
});

/** Per-program entries that belong to this year and stay with it (anything not listed above too). */
export const KEPT_SETTINGS: Readonly<Record<string, string>> = Object.freeze({
  pairingPins: 'Pins on this year’s pairing board',
  pairingRun: 'This year’s last pairing run',
  checkInImports: 'This year’s survey imports',
});

/** What "Start next year's program" copies, in words, for the dialog. */
export const WHAT_IS_COPIED: readonly string[] = [
  'Organisation, coordinator, group meeting length, currency and budget lines',
  'Competency catalog (retired ones stay retired)',
  'Competency selection rules',
  'Setup checklist: owners and notes kept, every step open again, due dates a cycle later',
  ...Object.values(COPIED_SETTINGS),
  'The chosen people: contact details, department, role, career stage, location, offers and wants, who they know well, do-not-pair, notes',
  'This year’s teams, as each person’s previous partners',
];

/** What stays with this year's program only. */
export const WHAT_STAYS: readonly string[] = [
  'Teams, pairing letters and competency choices',
  'Roll calls, meeting logs, check-ins, notes and attention actions',
  'Self-ratings, feedback and the report',
  'Speed mentoring events and their choices',
  'Imports and their undo history',
  'Preferred partner and registered-together answers (asked again at sign-up)',
];

/** The coordinator's choices in the dialog. */
export interface NextYearChoice {
  name: string;
  cycleStart: string;
  /** Participant ids (of the old program) who carry over. */
  carryOverIds: readonly string[];
}

/** Everything of the old program the new one is built from. */
export interface NextYearSource {
  program: Program;
  competencies: readonly Competency[];
  participants: readonly Participant[];
  teams: readonly Team[];
  members: readonly TeamMember[];
  /** Meta entries whose key ends in `:<program id>`. */
  meta: readonly MetaEntry[];
  /** The schedule defaults of the old program, already read (`readScheduleDefaults`). */
  scheduleDefaults: { rule: MeetingRule; place: string };
}

/** The new program's records, ready to write in one transaction. */
export interface NextYearPlan {
  program: Program;
  competencies: Competency[];
  participants: Participant[];
  events: ProgramEvent[];
  meta: MetaEntry[];
  /** Meta keys (by name) copied and left behind, for the report of what happened. */
  copiedSettings: string[];
  keptSettings: string[];
}

/** Why the choice cannot be used, in words; null when it can. */
export function checkNextYearChoice(source: Pick<NextYearSource, 'program' | 'participants'>, choice: NextYearChoice): string | null {
  const name = choice.name.normalize('NFC').trim();
  if (name === '') return 'Enter a name for next year’s program.';
  if ([...name].length > 120) return `Shorten the name to 120 characters or fewer (it has ${[...name].length}).`;
  if (hasControlCharacters(name)) return 'Remove the line break, tab or other invisible character from the name.';
  if (name === source.program.name.trim()) return 'Give next year’s program a name of its own (this year’s is the same).';
  if (!isIsoDate(choice.cycleStart)) return 'Enter the first day of next year’s cycle as a real date (YYYY-MM-DD).';
  if (isIsoDate(source.program.cycleStart) && choice.cycleStart <= source.program.cycleStart) {
    return 'Next year’s cycle must start after this year’s did: choose a later first day.';
  }
  const known = new Set(source.participants.map((p) => p.id));
  const unknown = choice.carryOverIds.filter((id) => !known.has(id));
  if (unknown.length > 0) return `${unknown.length} of the people chosen are not in this program any more: open the dialog again.`;
  return null;
}

const settingName = (key: string): string => key.slice(0, key.lastIndexOf(':'));

/** Builds next year's program. Call `checkNextYearChoice` first; this assumes the choice is valid. */
export function planNextYear(
  source: NextYearSource,
  choice: NextYearChoice,
  now: string,
  newId: () => string,
): NextYearPlan {
  const old = source.program;
  const cycleStart = choice.cycleStart;
  const cycleEnd = nextCycleEnd(old, cycleStart);
  const months = isIsoDate(old.cycleStart) ? monthsBetween(old.cycleStart, cycleStart) : 12;
  const programId = newId();

  const program: Program = {
    ...old,
    id: programId,
    name: choice.name.normalize('NFC').trim(),
    cycleStart,
    cycleEnd,
    rules: { ...old.rules },
    checklist: old.checklist.map((item) => ({ ...item, done: false, due: shiftDay(item.due, months) })),
    budget: old.budget.map((line) => ({ ...line, id: newId() })),
    status: 'active',
    createdAt: now,
    updatedAt: now,
  };
  const returnBy = shiftDay(old.inventoryReturnBy, months);
  if (returnBy) program.inventoryReturnBy = returnBy;
  else delete program.inventoryReturnBy;
  // What to change "next year" belongs to this year's report; the new year starts with none.
  delete program.nextYearNotes;

  const competencyId = new Map<string, string>();
  const competencies = source.competencies.map((c): Competency => {
    const id = newId();
    competencyId.set(c.id, id);
    return { ...c, id, programId };
  });

  const chosen = new Set(choice.carryOverIds);
  const carried = source.participants.filter((p) => chosen.has(p.id));
  const personId = new Map<string, string>();
  for (const p of carried) personId.set(p.id, newId());
  const remapPeople = (ids: readonly string[]): string[] =>
    ids.map((id) => personId.get(id)).filter((id): id is string => id !== undefined);
  const remapCompetencies = (ids: readonly string[]): string[] =>
    ids.map((id) => competencyId.get(id)).filter((id): id is string => id !== undefined);

  // This year's teams that happened (confirmed, or ended after a while): each member's partners.
  const partners = new Map<string, Set<string>>();
  const teamIds = new Set(source.teams.filter((t) => t.status === 'confirmed' || t.status === 'ended').map((t) => t.id));
  const byTeam = new Map<string, string[]>();
  for (const m of source.members) {
    if (!teamIds.has(m.teamId)) continue;
    const list = byTeam.get(m.teamId) ?? [];
    list.push(m.participantId);
    byTeam.set(m.teamId, list);
  }
  for (const memberIds of byTeam.values()) {
    for (const a of memberIds) {
      for (const b of memberIds) {
        if (a === b) continue;
        const set = partners.get(a) ?? new Set<string>();
        set.add(b);
        partners.set(a, set);
      }
    }
  }

  const participants = carried.map((p): Participant => {
    const next: Participant = {
      ...p,
      id: personId.get(p.id) as string,
      programId,
      offers: remapCompetencies(p.offers),
      wants: remapCompetencies(p.wants),
      knownWell: remapPeople(p.knownWell),
      doNotPair: remapPeople(p.doNotPair),
      previousPartners: remapPeople([...(partners.get(p.id) ?? [])].sort()),
      preferredPartnerEmail: '',
      registeredWithEmail: '',
      status: 'active',
      createdAt: now,
      updatedAt: now,
    };
    delete next.continueWith;
    return next;
  });

  const copiedSettings: string[] = [];
  const keptSettings: string[] = [];
  const meta: MetaEntry[] = [];
  for (const entry of [...source.meta].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const name = settingName(entry.key);
    if (name in COPIED_SETTINGS) {
      copiedSettings.push(name);
      meta.push({ key: `${name}:${programId}`, value: structuredClone(entry.value) });
    } else {
      keptSettings.push(name);
    }
  }

  const events = generateAnnualSchedule({
    programId,
    cycleStart,
    cycleEnd,
    rule: source.scheduleDefaults.rule,
    place: source.scheduleDefaults.place.trim(),
  }).map((draft): ProgramEvent => ({ ...draft, id: newId() }));

  return { program, competencies, participants, events, meta, copiedSettings, keptSettings };
}
