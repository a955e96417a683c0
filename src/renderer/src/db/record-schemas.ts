/**
 * zod schemas of every stored record: the gate that backups (and any foreign data) pass before
 * they may replace what is in the database. They mirror domain/model.ts; the `satisfies` checks
 * below fail the typecheck when the two drift apart.
 *
 * Every object is loose: a field this version does not know (written by a later app that kept
 * the same data version, or by hand) is kept as it is rather than silently dropped, and
 * `readBackup` counts such fields so the restore can say so.
 */
import { z } from 'zod';
import type {
  Attendance,
  AttentionAction,
  CheckIn,
  Competency,
  ImportBatch,
  MeetingLog,
  MetaEntry,
  Participant,
  Program,
  ProgramEvent,
  Rating,
  Feedback,
  SpeedEvent,
  Team,
  TeamMember,
  TeamNote,
} from '../domain/model';

const id = z.string().min(1).max(100);
const day = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected a date as YYYY-MM-DD');
const moment = z.string().min(1).max(40);
const text = (max: number) => z.string().max(max);
const category = z.enum(['self', 'business', 'people']);

export const programSchema = z.looseObject({
  id,
  name: text(200).min(1),
  organisation: text(200),
  coordinatorName: text(200),
  coordinatorEmail: text(320),
  coordinatorTitle: text(200).optional(),
  cycleStart: day,
  cycleEnd: day,
  groupMeetingMinutes: z.number().int().min(0).max(1440),
  rules: z.looseObject({
    minTotal: z.number().int().min(0).max(100),
    maxTotal: z.number().int().min(0).max(100),
    minPerCategory: z.number().int().min(0).max(100),
    maxPerCategory: z.number().int().min(0).max(100),
  }),
  checklist: z.array(
    z.looseObject({
      key: z.enum(['buy-in', 'committee', 'mission', 'design', 'training', 'budget']),
      done: z.boolean(),
      owner: text(200),
      due: day,
      notes: text(5000),
    }),
  ),
  budget: z.array(
    z.looseObject({ id, item: text(300), amountCents: z.number().int().min(-1e13).max(1e13) }),
  ),
  currency: z.string().regex(/^[A-Z]{3}$/),
  status: z.enum(['active', 'archived']),
  inventoryReturnBy: day.optional(),
  registrationDeadline: day.optional(),
  nextYearNotes: text(20000).optional(),
  isDemo: z.boolean(),
  createdAt: moment,
  updatedAt: moment,
}) satisfies z.ZodType<Program>;

export const competencySchema = z.looseObject({
  id,
  programId: id,
  name: text(200).min(1),
  description: text(1000),
  category,
  cluster: text(200),
  order: z.number().int().min(0),
  retired: z.boolean(),
  builtinKey: z.string().max(100).nullable(),
}) satisfies z.ZodType<Competency>;

export const participantSchema = z.looseObject({
  id,
  programId: id,
  emailKey: text(320),
  email: text(320),
  firstName: text(200),
  lastName: text(200),
  name: text(400),
  department: text(500),
  jobTitle: text(500),
  careerStage: z.enum(['early', 'mid', 'late']).nullable(),
  location: text(500),
  manager: text(500),
  offers: z.array(id),
  wants: z.array(id),
  knownWell: z.array(id),
  doNotPair: z.array(id),
  preferredPartnerEmail: text(320),
  continueWith: z.array(id).max(3).optional(),
  previousPartners: z.array(id).optional(),
  registeredWithEmail: text(320),
  notes: text(20000),
  custom: z.record(z.string(), z.string()),
  status: z.enum(['interested', 'opted-in', 'active', 'withdrawn']),
  optedInOn: day.optional(),
  trialEndsOn: day.optional(),
  createdAt: moment,
  updatedAt: moment,
}) satisfies z.ZodType<Participant>;

export const teamSchema = z.looseObject({
  id,
  programId: id,
  kind: z.enum(['pair', 'triad', 'group']),
  status: z.enum(['proposed', 'confirmed', 'ended']),
  number: z.number().int().min(0),
  locked: z.boolean(),
  facilitated: z.boolean(),
  score: z.number(),
  reasons: z.array(text(1000)),
  competencyIds: z.array(id),
  competenciesAgreed: z.boolean().optional(),
  letterNote: text(4000).optional(),
  letterSentOn: day,
  confirmedOn: day,
  endedOn: day,
  endedReason: text(2000),
  createdAt: moment,
  updatedAt: moment,
}) satisfies z.ZodType<Team>;

export const teamMemberSchema = z.looseObject({
  id,
  teamId: id,
  programId: id,
  participantId: id,
}) satisfies z.ZodType<TeamMember>;

export const eventSchema = z.looseObject({
  id,
  programId: id,
  kind: z.enum(['orientation', 'group', 'debrief', 'pairs', 'speed', 'awareness']),
  title: text(300),
  topic: category.nullable(),
  date: day,
  startTime: z.string().regex(/^(\d{2}:\d{2})?$/),
  minutes: z.number().int().min(0).max(1440),
  place: text(500),
  notes: text(5000),
  questions: z.array(z.looseObject({ id, text: text(2000), answered: z.boolean() })).max(500).optional(),
}) satisfies z.ZodType<ProgramEvent>;

export const attendanceSchema = z.looseObject({
  id,
  programId: id,
  eventId: id,
  participantId: id.nullable(),
  guestName: text(300),
  status: z.enum(['present', 'absent', 'excused']),
  updatedAt: text(40),
}) satisfies z.ZodType<Attendance>;

export const meetingLogSchema = z.looseObject({
  id,
  programId: id,
  teamId: id,
  date: day,
  minutes: z.number().int().min(0).max(1440),
  mode: z.enum(['in-person', 'video', 'phone', 'other', '']),
  competencyIds: z.array(id),
  notes: text(20000),
  loggedBy: text(300),
  createdAt: moment,
}) satisfies z.ZodType<MeetingLog>;

export const checkInSchema = z.looseObject({
  id,
  programId: id,
  teamId: id,
  date: day,
  status: z.enum(['on-track', 'some-concerns', 'stalled']),
  balance: z.enum(['equal', 'mostly-one-way', 'unknown']),
  givesMoreId: z.string().max(100),
  progress: z.record(z.string().min(1).max(100), z.number().int().min(1).max(5)),
  improvements: text(20000),
  nextStep: text(20000),
  followUpOn: day,
  coordinatorNote: text(20000),
  source: z.enum(['typed', 'paper', 'survey']),
  respondentEmail: text(320),
  importBatchId: z.string().max(100),
  createdAt: moment,
}) satisfies z.ZodType<CheckIn>;

export const attentionActionSchema = z.looseObject({
  id,
  programId: id,
  teamId: id,
  flagKey: z.string().min(1).max(500),
  action: z.enum(['snoozed', 'resolved']),
  until: day,
  note: text(20000),
  createdAt: moment,
}) satisfies z.ZodType<AttentionAction>;

export const teamNoteSchema = z.looseObject({
  id,
  programId: id,
  teamId: id,
  date: day,
  text: text(20000),
  createdAt: moment,
}) satisfies z.ZodType<TeamNote>;

export const ratingSchema = z.looseObject({
  id,
  programId: id,
  participantId: id,
  competencyId: id,
  phase: z.enum(['pre', 'post']),
  value: z.number().int().min(1).max(5),
  createdAt: moment,
}) satisfies z.ZodType<Rating>;

export const feedbackSchema = z.looseObject({
  id,
  programId: id,
  participantId: id,
  satisfaction: z.number().int().min(1).max(5).nullable(),
  wouldRecommend: z.enum(['yes', 'no', 'not-sure']).nullable(),
  helpedMost: text(20000),
  barriers: text(20000),
  pastBarriers: text(20000),
  bothRoles: text(20000),
  wouldJoinAgain: z.enum(['yes', 'no', 'not-sure']).nullable(),
  quote: text(20000),
  quoteConsent: z.enum(['no', 'anonymous', 'named']),
  answeredOn: day,
  createdAt: moment,
  updatedAt: moment,
}) satisfies z.ZodType<Feedback>;

const speedRoundSchema = z.looseObject({
  tables: z.array(z.looseObject({ table: z.number().int().min(1).max(10000), people: z.array(id).min(1).max(3) })),
  sitOut: z.array(id),
});

export const speedEventSchema = z.looseObject({
  id,
  programId: id,
  title: text(300),
  date: day,
  roundMinutes: z.number().int().min(1).max(120),
  prepMinutes: z.number().int().min(0).max(120),
  participantIds: z.array(id),
  rounds: z.array(z.array(z.tuple([id, id.nullable()]))),
  createdAt: moment,
  eventId: id.optional(),
  startTime: text(5).optional(),
  place: text(500).optional(),
  wrapMinutes: z.number().int().min(0).max(120).optional(),
  roundCount: z.number().int().min(0).max(500).optional(),
  fitMinutes: z.number().int().min(0).max(1440).optional(),
  tables: z.number().int().min(0).max(10000).optional(),
  oddCount: z.enum(['triad', 'sit-out']).optional(),
  everyoneMeetsEveryone: z.boolean().optional(),
  walkIns: z.array(z.looseObject({ id, name: text(300), email: text(320) })).optional(),
  leftIds: z.array(id).optional(),
  plan: z.array(speedRoundSchema).optional(),
  roundsHeld: z.number().int().min(0).max(500).optional(),
  meetingsRecordedOn: day.optional(),
  continueWith: z.record(z.string(), z.array(id).max(3)).optional(),
  updatedAt: moment.optional(),
}) satisfies z.ZodType<SpeedEvent>;

export const importBatchSchema = z.looseObject({
  id,
  programId: id,
  kind: z.enum(['roster', 'check-ins', 'evaluation']),
  fileName: text(500),
  createdAt: moment,
  added: z.array(id),
  updatedBefore: z.array(participantSchema),
  withdrawnBefore: z.array(participantSchema),
  undone: z.boolean(),
  summary: text(5000),
  evaluation: z
    .looseObject({
      ratingsBefore: z.array(ratingSchema),
      ratingsAfter: z.array(ratingSchema),
      feedbackBefore: z.array(feedbackSchema),
      feedbackAfter: z.array(feedbackSchema),
    })
    .optional(),
}) satisfies z.ZodType<ImportBatch>;

export const metaSchema = z.looseObject({
  key: z.string().min(1).max(200),
  value: z.unknown(),
}) satisfies z.ZodType<MetaEntry>;

/** The record type of each table, keyed like the database. */
export interface TableRecords {
  programs: Program;
  competencies: Competency;
  participants: Participant;
  teams: Team;
  teamMembers: TeamMember;
  events: ProgramEvent;
  attendance: Attendance;
  meetingLogs: MeetingLog;
  checkIns: CheckIn;
  ratings: Rating;
  speedEvents: SpeedEvent;
  importBatches: ImportBatch;
  attentionActions: AttentionAction;
  teamNotes: TeamNote;
  feedback: Feedback;
  meta: MetaEntry;
}

/** One schema per table, keyed like the database. */
export const tableSchemas = {
  programs: programSchema,
  competencies: competencySchema,
  participants: participantSchema,
  teams: teamSchema,
  teamMembers: teamMemberSchema,
  events: eventSchema,
  attendance: attendanceSchema,
  meetingLogs: meetingLogSchema,
  checkIns: checkInSchema,
  ratings: ratingSchema,
  speedEvents: speedEventSchema,
  importBatches: importBatchSchema,
  attentionActions: attentionActionSchema,
  teamNotes: teamNoteSchema,
  feedback: feedbackSchema,
  meta: metaSchema,
} as const satisfies { [T in keyof TableRecords]: z.ZodType<TableRecords[T]> };
