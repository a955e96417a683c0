/**
 * The records Peer Mentor Desk keeps. Plain data only: these shapes are stored in IndexedDB,
 * written into backups, and passed to pure domain functions. Ids are random UUID strings so
 * that backups, imports and merges never collide. Dates are ISO strings (`YYYY-MM-DD` for
 * calendar days, full ISO timestamps for moments).
 */

/** The three top-level competency categories used by the selection rules. */
export type CompetencyCategory = 'self' | 'business' | 'people';

export const CATEGORY_LABELS: Record<CompetencyCategory, string> = {
  self: 'Self-management skills',
  business: 'Business skills',
  people: 'People skills',
};

export const CATEGORY_ORDER: readonly CompetencyCategory[] = ['self', 'business', 'people'];

export type CareerStage = 'early' | 'mid' | 'late';

export const CAREER_STAGE_LABELS: Record<CareerStage, string> = {
  early: 'Early career',
  mid: 'Mid career',
  late: 'Late career',
};

/** How many competencies a pair chooses, overall and per category. */
export interface SelectionRules {
  minTotal: number;
  maxTotal: number;
  minPerCategory: number;
  maxPerCategory: number;
}

export type ChecklistKey =
  | 'buy-in'
  | 'committee'
  | 'mission'
  | 'design'
  | 'training'
  | 'budget';

export interface ChecklistItem {
  key: ChecklistKey;
  done: boolean;
  owner: string;
  /** `YYYY-MM-DD` or empty. */
  due: string;
  notes: string;
}

export interface BudgetLine {
  id: string;
  item: string;
  /** Amount in minor units (cents) to keep sums exact. */
  amountCents: number;
}

export type ProgramStatus = 'active' | 'archived';

export type PaperSize = 'a4' | 'letter';

export interface Program {
  id: string;
  name: string;
  organisation: string;
  coordinatorName: string;
  coordinatorEmail: string;
  /** First day of the cycle, `YYYY-MM-DD`. */
  cycleStart: string;
  /** Last day of the cycle, `YYYY-MM-DD`. */
  cycleEnd: string;
  /** Length of a group meeting in minutes (90–120 recommended). */
  groupMeetingMinutes: number;
  rules: SelectionRules;
  checklist: ChecklistItem[];
  budget: BudgetLine[];
  /** ISO currency code used to show the budget. */
  currency: string;
  status: ProgramStatus;
  /** True for the built-in demo program: never mixed with real data. */
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Competency {
  id: string;
  programId: string;
  name: string;
  description: string;
  category: CompetencyCategory;
  /** Sub-group within the category, e.g. "Preventing & solving problems". May be empty. */
  cluster: string;
  /** Position in the catalog (ascending). */
  order: number;
  /** Retired competencies stay on records that use them but are never offered for new choices. */
  retired: boolean;
  /** Key of the built-in competency this one started from, if any. */
  builtinKey: string | null;
}

export type ParticipantStatus = 'active' | 'withdrawn';

export interface Participant {
  id: string;
  programId: string;
  /** Normalised email (trim, lower case, NFC): the merge key for imports. */
  emailKey: string;
  email: string;
  firstName: string;
  lastName: string;
  /** Display name as the person writes it. */
  name: string;
  department: string;
  jobTitle: string;
  careerStage: CareerStage | null;
  location: string;
  manager: string;
  /** Competency ids this person can offer. */
  offers: string[];
  /** Competency ids this person wants to develop. */
  wants: string[];
  /** Participant ids of people this person already knows well. */
  knownWell: string[];
  /** Participant ids this person must never be paired with. */
  doNotPair: string[];
  /** Email key of a preferred partner (honoured when mutual). */
  preferredPartnerEmail: string;
  /** Email key of the person this one registered together with (kept as a pair). */
  registeredWithEmail: string;
  notes: string;
  /** Free fields from the roster that have no target of their own. */
  custom: Record<string, string>;
  status: ParticipantStatus;
  createdAt: string;
  updatedAt: string;
}

export type TeamKind = 'pair' | 'triad' | 'group';
export type TeamStatus = 'proposed' | 'confirmed' | 'ended';

export interface Team {
  id: string;
  programId: string;
  kind: TeamKind;
  status: TeamStatus;
  /** Sequence number shown to people ("Pair 07"). */
  number: number;
  locked: boolean;
  /** Facilitated peer group (groups mode only). */
  facilitated: boolean;
  score: number;
  /** Reasons in words, for the board and the letters. */
  reasons: string[];
  /** Competency ids the team chose (3–6 by default). */
  competencyIds: string[];
  /** Date the pairing letter was marked as sent, `YYYY-MM-DD` or empty. */
  letterSentOn: string;
  createdAt: string;
  updatedAt: string;
}

export interface TeamMember {
  id: string;
  teamId: string;
  programId: string;
  participantId: string;
}

export type EventKind = 'orientation' | 'group' | 'debrief' | 'pairs' | 'speed';

export interface ProgramEvent {
  id: string;
  programId: string;
  kind: EventKind;
  title: string;
  /** Topic category for group meetings, if any. */
  topic: CompetencyCategory | null;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, local time, or empty for "by arrangement". */
  startTime: string;
  minutes: number;
  place: string;
  notes: string;
}

export interface Attendance {
  id: string;
  programId: string;
  eventId: string;
  participantId: string;
  present: boolean;
}

export interface MeetingLog {
  id: string;
  programId: string;
  teamId: string;
  date: string;
  minutes: number;
  competencyIds: string[];
  notes: string;
  createdAt: string;
}

export interface CheckIn {
  id: string;
  programId: string;
  teamId: string;
  date: string;
  /** 1 (struggling) … 5 (going very well). */
  howItGoes: number;
  /** Are contributions equal / equitable? */
  balance: 'equal' | 'mostly-one-way' | 'one-way' | 'unknown';
  needsAttention: boolean;
  notes: string;
  createdAt: string;
}

export interface Rating {
  id: string;
  programId: string;
  participantId: string;
  competencyId: string;
  phase: 'pre' | 'post';
  /** 1–5 self-rating. */
  value: number;
  createdAt: string;
}

export interface SpeedEvent {
  id: string;
  programId: string;
  title: string;
  date: string;
  roundMinutes: number;
  prepMinutes: number;
  participantIds: string[];
  /** rounds[r] = list of [a, b] participant id pairs (b may be null for a sit-out). */
  rounds: [string, string | null][][];
  createdAt: string;
}

/** Snapshot of every record an import touched, so one click restores the previous state. */
export interface ImportBatch {
  id: string;
  programId: string;
  fileName: string;
  createdAt: string;
  added: string[];
  updatedBefore: Participant[];
  withdrawnBefore: Participant[];
  undone: boolean;
  summary: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}
