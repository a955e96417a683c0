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
  /** The coordinator's role, printed under their name on letters; absent or empty: "Peer mentoring coordinator". */
  coordinatorTitle?: string;
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
  /**
   * Day by which participants return the skills inventory form, `YYYY-MM-DD`; empty or missing:
   * not set yet (the form then prints a line to write it in).
   */
  inventoryReturnBy?: string;
  /**
   * What the coordinator wants to change next year, in their words, printed in the program report;
   * missing or empty: not written yet (the report leaves the section out).
   */
  nextYearNotes?: string;
  /**
   * Last day to register for the program, `YYYY-MM-DD`; empty or missing: not set yet (the
   * information pack then says the date will be announced).
   */
  registrationDeadline?: string;
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

/**
 * Where a person stands in the trial-period opt-in: `interested` (registered, not committed yet),
 * `opted-in` (committed for the trial period), `active` (a full participant), `withdrawn`.
 * Records stored before the opt-in existed are `active` or `withdrawn`.
 */
export type ParticipantStatus = 'interested' | 'opted-in' | 'active' | 'withdrawn';

/** In the order of the lifecycle. */
export const PARTICIPANT_STATUSES: readonly ParticipantStatus[] = ['interested', 'opted-in', 'active', 'withdrawn'];

export const PARTICIPANT_STATUS_LABELS: Record<ParticipantStatus, string> = {
  interested: 'Interested',
  'opted-in': 'Opted in',
  active: 'Active',
  withdrawn: 'Withdrawn',
};

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
  /**
   * Participant ids this person would like to continue with after a speed mentoring event (up to
   * 3); pairing gives a bonus when two people chose each other. Missing on older records.
   */
  continueWith?: string[];
  /**
   * Participant ids (in this program) of the people this person was in a team with in the program
   * this one was started from ("Start next year's program"). Pairing keeps them apart by default.
   * Missing on older records: read as none.
   */
  previousPartners?: string[];
  /** Email key of the person this one registered together with (kept as a pair). */

  registeredWithEmail: string;
  notes: string;
  /** Free fields from the roster that have no target of their own. */
  custom: Record<string, string>;
  status: ParticipantStatus;
  /** Day the person opted in for the trial period, `YYYY-MM-DD`; absent or empty: not recorded. */
  optedInOn?: string;
  /** Last day of the trial period, `YYYY-MM-DD`; absent or empty: not set. */
  trialEndsOn?: string;
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
  /**
   * False while `competencyIds` is the suggestion saved at confirmation, which the partners still
   * have to confirm together; true once the coordinator records the team's own choice. Absent on
   * teams stored before this field: their stored competencies count as chosen.
   */
  competenciesAgreed?: boolean;
  /** An extra paragraph printed in this team's pairing letter only (empty: none). */
  letterNote?: string;
  /** Date the pairing letter was marked as sent, `YYYY-MM-DD` or empty. */
  letterSentOn: string;
  /** Day the team was confirmed, `YYYY-MM-DD` or empty (proposals; data from before version 2). */
  confirmedOn: string;
  /** Day the team was ended (no-fault rematch), `YYYY-MM-DD` or empty. */
  endedOn: string;
  /** Why the team was ended, in the coordinator's words (kept on record). */
  endedReason: string;
  createdAt: string;
  updatedAt: string;
}

export interface TeamMember {
  id: string;
  teamId: string;
  programId: string;
  participantId: string;
}

/**
 * `awareness`: an information session before the cycle, for colleagues thinking of joining
 * (no roll call: the people there are not participants yet; the registration list is its sheet).
 */
export type EventKind = 'orientation' | 'group' | 'debrief' | 'pairs' | 'speed' | 'awareness';

/** A question or concern raised at an awareness session, ticked once the FAQ answers it. */
export interface EventQuestion {
  id: string;
  text: string;
  answered: boolean;
}

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
  /** Questions and concerns raised (awareness sessions); absent on other events and older records. */
  questions?: EventQuestion[];
}

export type AttendanceStatus = 'present' | 'absent' | 'excused';

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: 'Present',
  absent: 'Absent',
  excused: 'Excused',
};

/** One mark on the roll call of a group event: a participant, or a guest who walked in. */
export interface Attendance {
  id: string;
  programId: string;
  eventId: string;
  /** The participant, or null for a guest (a walk-in who is not in the program). */
  participantId: string | null;
  /** A guest's name as given at the door; empty for participants. */
  guestName: string;
  status: AttendanceStatus;
  /** When the mark was last set (ISO moment); empty for marks kept from before version 2. */
  updatedAt: string;
}

export type MeetingMode = 'in-person' | 'video' | 'phone' | 'other';

export const MEETING_MODE_LABELS: Record<MeetingMode, string> = {
  'in-person': 'In person',
  video: 'Video call',
  phone: 'Phone',
  other: 'Other',
};

/** One meeting of a team between the group meetings. */
export interface MeetingLog {
  id: string;
  programId: string;
  teamId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  minutes: number;
  /** How they met; empty when not recorded (logs from before version 2). */
  mode: MeetingMode | '';
  /** Competency ids worked on (from the team's chosen ones). */
  competencyIds: string[];
  notes: string;
  /** Who logged it, in words ("Coordinator", or a member's name); empty when unknown. */
  loggedBy: string;
  createdAt: string;
}

export type CheckInStatus = 'on-track' | 'some-concerns' | 'stalled';

export const CHECK_IN_STATUS_LABELS: Record<CheckInStatus, string> = {
  'on-track': 'On track',
  'some-concerns': 'Some concerns',
  stalled: 'Stalled',
};

/** Are the partners' contributions equal? `mostly-one-way` names who gives more in `givesMoreId`. */
export type ContributionBalance = 'equal' | 'mostly-one-way' | 'unknown';

export const CONTRIBUTION_BALANCE_LABELS: Record<ContributionBalance, string> = {
  equal: 'Equal, both ways',
  'mostly-one-way': 'Mostly one way',
  unknown: 'Not said',
};

/** How a check-in reached the app. */
export type CheckInSource = 'typed' | 'paper' | 'survey';

/** A regular check-in with a team: how it is going, balance, progress, what next. */
export interface CheckIn {
  id: string;
  programId: string;
  teamId: string;
  /** Day the check-in took place or the response was given, `YYYY-MM-DD`. */
  date: string;
  status: CheckInStatus;
  balance: ContributionBalance;
  /** With `mostly-one-way`: the member who gives more (participant id); empty when not said. */
  givesMoreId: string;
  /** Progress on each chosen competency, 1 (not started) … 5 (real progress), by competency id. */
  progress: Record<string, number>;
  /** What could be improved. */
  improvements: string;
  /** The next step the team agreed. */
  nextStep: string;
  /** Day the coordinator wants to follow up, `YYYY-MM-DD` or empty. */
  followUpOn: string;
  /** The coordinator's private note (never printed for participants). */
  coordinatorNote: string;
  source: CheckInSource;
  /** E-mail of the person who answered a survey; empty when typed. */
  respondentEmail: string;
  /** The import that brought it in (undo removes it); empty when typed. */
  importBatchId: string;
  createdAt: string;
}

/** What the coordinator did about a flag on the attention list. */
export interface AttentionAction {
  id: string;
  programId: string;
  teamId: string;
  /** Stable identity of the flag (rule, team and the evidence it fired on). */
  flagKey: string;
  action: 'snoozed' | 'resolved';
  /** With `snoozed`: the flag stays quiet until this day, `YYYY-MM-DD`; empty for `resolved`. */
  until: string;
  note: string;
  createdAt: string;
}

/** A note the coordinator keeps on a team's timeline. */
export interface TeamNote {
  id: string;
  programId: string;
  teamId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  text: string;
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

export type FeedbackAnswer = 'yes' | 'no' | 'not-sure';
/** May a quote be used in the program report, and how: not at all, without the name, or named. */
export type QuoteConsent = 'no' | 'anonymous' | 'named';

/**
 * One participant's end-of-program feedback (at most one per person and program). Every answer
 * may be missing (`null` / empty): people skip questions.
 */
export interface Feedback {
  id: string;
  programId: string;
  participantId: string;
  /** 1–5 overall satisfaction, or null when not answered. */
  satisfaction: number | null;
  wouldRecommend: FeedbackAnswer | null;
  helpedMost: string;
  /** Barriers met during the year. */
  barriers: string;
  /** What helped past those barriers. */
  pastBarriers: string;
  /** How it felt to be both mentor and mentee. */
  bothRoles: string;
  wouldJoinAgain: FeedbackAnswer | null;
  quote: string;
  quoteConsent: QuoteConsent;
  /** The day the answers were given (YYYY-MM-DD), or empty. */
  answeredOn: string;
  createdAt: string;
  updatedAt: string;
}

/** Someone who came to a speed mentoring event without being in the program (yet). */
export interface SpeedWalkIn {
  /** Made up at the door; never a participant id. */
  id: string;
  name: string;
  /** Empty when not given. */
  email: string;
}

/** One planned round of a speed mentoring event: tables of two (or three) and who sits out. */
export interface SpeedRoundRecord {
  tables: { table: number; people: string[] }[];
  sitOut: string[];
}

/**
 * A speed peer mentoring event. The fields after `createdAt` came later and are optional, so
 * records and backups written before them still load (read them through `readSpeedEvent`).
 */
export interface SpeedEvent {
  id: string;
  programId: string;
  title: string;
  date: string;
  roundMinutes: number;
  prepMinutes: number;
  /** Participants checked in at the door. */
  participantIds: string[];
  /**
   * Who actually met, round by round: [a, b] pairs (b null for a sit-out). Filled from the plan
   * and corrected by hand after the event.
   */
  rounds: [string, string | null][][];
  createdAt: string;
  /** The schedule event (kind `speed`) that shows this one in the calendar. */
  eventId?: string;
  /** `HH:MM` or empty. */
  startTime?: string;
  place?: string;
  wrapMinutes?: number;
  /** Rounds asked for (used when `fitMinutes` is 0). */
  roundCount?: number;
  /** "As many rounds as fit in N minutes" (preparation and wrap-up included); 0 = use `roundCount`. */
  fitMinutes?: number;
  /** Tables in the room. */
  tables?: number;
  oddCount?: 'triad' | 'sit-out';
  everyoneMeetsEveryone?: boolean;
  walkIns?: SpeedWalkIn[];
  /** People (participant or walk-in ids) who left during the event. */
  leftIds?: string[];
  /** The rotation plan: rounds held first, then those still to come. */
  plan?: SpeedRoundRecord[];
  /** How many rounds of the plan were held (they never change). */
  roundsHeld?: number;
  /** Day the meetings were added to everyone's people-known lists, `YYYY-MM-DD`; empty before. */
  meetingsRecordedOn?: string;
  /** Each person's "I'd like to continue with …" choices (up to 3 ids), by person id. */
  continueWith?: Record<string, string[]>;
  updatedAt?: string;
}

/**
 * What an import brought in: the roster, the responses of a check-in survey, or the answers of an
 * evaluation survey (self-ratings and/or end-of-program feedback).
 */
export type ImportKind = 'roster' | 'check-ins' | 'evaluation';

/**
 * What an evaluation survey import replaced and wrote, record by record: undo puts the `before`
 * records back, removes the ones it added (`ImportBatch.added`), and refuses while a record it
 * wrote differs from its `after` (edited since).
 */
export interface EvaluationImportRecords {
  ratingsBefore: Rating[];
  ratingsAfter: Rating[];
  feedbackBefore: Feedback[];
  feedbackAfter: Feedback[];
}

/** Snapshot of every record an import touched, so one click restores the previous state. */
export interface ImportBatch {
  id: string;
  programId: string;
  kind: ImportKind;
  fileName: string;
  createdAt: string;
  /** Ids of the records the import added (participants, check-ins, or ratings and feedback). */
  added: string[];
  updatedBefore: Participant[];
  withdrawnBefore: Participant[];
  undone: boolean;
  summary: string;
  /** Evaluation imports only (absent on every other batch). */
  evaluation?: EvaluationImportRecords;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}
