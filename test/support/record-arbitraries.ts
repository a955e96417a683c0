/**
 * fast-check arbitraries for the whole database: every table, each record within the limits of
 * its zod record schema (record-schemas.ts), and every reference pointing at a record that
 * exists (programId, teamId, participantId, competency ids…). Ids are arbitrary text made unique
 * by a suffix, so odd characters in ids are covered too. For tests only.
 */
import fc from 'fast-check';
import type {
  Attendance,
  AttentionAction,
  CheckIn,
  Competency,
  Feedback,
  ImportBatch,
  MeetingLog,
  MetaEntry,
  Participant,
  Program,
  ProgramEvent,
  Rating,
  SpeedEvent,
  Team,
  TeamMember,
  TeamNote,
} from '../../src/renderer/src/domain/model';
import type { BackupTables } from '../../src/renderer/src/db/backup-format';
import { DATA_VERSION } from '../../src/renderer/src/db/schema-versions';

/** Any text up to `max` UTF-16 units: whole code points, astral ones and controls included. */
const text = (max = 24, min = 0): fc.Arbitrary<string> =>
  fc.string({ unit: 'binary', minLength: min, maxLength: Math.floor(max / 2) });

const day = fc.oneof(
  fc.constant(''),
  fc
    .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const moment = fc.oneof(
  fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  text(40, 1).filter((s) => s.length >= 1),
);
const clock = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
    ([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
  ),
);
const category = fc.constantFrom('self', 'business', 'people' as const);
const minutes = fc.integer({ min: 0, max: 1440 });
// JSON has no negative zero: a -0 score would come back from any backup file as 0.
const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
/** Indices into a list decided later (references are resolved once every id exists). */
const refs = fc.array(fc.nat(), { maxLength: 4 });
const jsonValue = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);

/** Fields added after the first release: present or absent, as in old and new backups. */
const programLaterFields = fc.record({ coordinatorTitle: text(200) }, { requiredKeys: [] });
const teamLaterFields = fc.record({ competenciesAgreed: fc.boolean(), letterNote: text(4000) }, { requiredKeys: [] });

const programBase = fc.record({
  name: text(200, 1).filter((s) => s.length >= 1),
  organisation: text(200),
  coordinatorName: text(200),
  coordinatorEmail: text(320),
  cycleStart: day,
  cycleEnd: day,
  groupMeetingMinutes: minutes,
  rules: fc.record({
    minTotal: fc.integer({ min: 0, max: 100 }),
    maxTotal: fc.integer({ min: 0, max: 100 }),
    minPerCategory: fc.integer({ min: 0, max: 100 }),
    maxPerCategory: fc.integer({ min: 0, max: 100 }),
  }),
  checklist: fc.array(
    fc.record({
      key: fc.constantFrom('buy-in', 'committee', 'mission', 'design', 'training', 'budget' as const),
      done: fc.boolean(),
      owner: text(200),
      due: day,
      notes: text(5000),
    }),
    { maxLength: 6 },
  ),
  budget: fc.array(
    fc.record({ idText: text(20), item: text(300), amountCents: fc.integer({ min: -1e13, max: 1e13 }) }),
    { maxLength: 3 },
  ),
  currency: fc.stringMatching(/^[A-Z]{3}$/),
  status: fc.constantFrom('active', 'archived' as const),
  isDemo: fc.boolean(),
  createdAt: moment,
  updatedAt: moment,
});
const programDraft = fc.tuple(programBase, programLaterFields).map(([base, later]) => ({ ...base, ...later }));

const competencyDraft = fc.record({
  idText: text(20),
  name: text(200, 1).filter((s) => s.length >= 1),
  description: text(1000),
  category,
  cluster: text(200),
  order: fc.nat(),
  retired: fc.boolean(),
  builtinKey: fc.option(text(100), { nil: null }),
});

const participantDraft = fc.record({
  idText: text(20),
  emailKey: text(320),
  email: text(320),
  firstName: text(200),
  lastName: text(200),
  name: text(400),
  department: text(500),
  jobTitle: text(500),
  careerStage: fc.constantFrom('early', 'mid', 'late', null),
  location: text(500),
  manager: text(500),
  offers: refs,
  wants: refs,
  knownWell: refs,
  doNotPair: refs,
  preferredPartnerEmail: text(320),
  registeredWithEmail: text(320),
  notes: text(20000),
  custom: fc.dictionary(text(30), text(100), { maxKeys: 3 }).map((d) => ({ ...d })),
  status: fc.constantFrom('active', 'withdrawn' as const),
  createdAt: moment,
  updatedAt: moment,
});

const teamBase = fc.record({
  idText: text(20),
  kind: fc.constantFrom('pair', 'triad', 'group' as const),
  status: fc.constantFrom('proposed', 'confirmed', 'ended' as const),
  number: fc.nat(),
  locked: fc.boolean(),
  facilitated: fc.boolean(),
  score: anyNumber,
  reasons: fc.array(text(1000), { maxLength: 3 }),
  competencies: refs,
  letterSentOn: day,
  confirmedOn: day,
  endedOn: day,
  endedReason: text(2000),
  createdAt: moment,
  updatedAt: moment,
  notes: fc.array(fc.record({ idText: text(20), date: day, text: text(20000), createdAt: moment }), { maxLength: 2 }),
  actions: fc.array(
    fc.record({
      idText: text(20),
      flagKey: text(500, 1).filter((s) => s.length >= 1),
      action: fc.constantFrom('snoozed', 'resolved' as const),
      until: day,
      note: text(20000),
      createdAt: moment,
    }),
    { maxLength: 2 },
  ),
  members: fc.array(fc.record({ idText: text(20), person: fc.nat() }), { maxLength: 4 }),
});
const teamDraft = fc.tuple(teamBase, teamLaterFields).map(([base, later]) => ({ ...base, ...later }));

const eventDraft = fc.record({
  idText: text(20),
  kind: fc.constantFrom('orientation', 'group', 'debrief', 'pairs', 'speed' as const),
  title: text(300),
  topic: fc.option(category, { nil: null }),
  date: day,
  startTime: clock,
  minutes,
  place: text(500),
  notes: text(5000),
  attendance: fc.array(
    fc.record({
      idText: text(20),
      person: fc.option(fc.nat(), { nil: null }),
      guestName: text(300),
      status: fc.constantFrom('present', 'absent', 'excused' as const),
      updatedAt: text(40),
    }),
    { maxLength: 3 },
  ),
});

const logDraft = fc.record({
  idText: text(20),
  team: fc.nat(),
  date: day,
  minutes,
  mode: fc.constantFrom('in-person', 'video', 'phone', 'other', '' as const),
  competencies: refs,
  notes: text(20000),
  loggedBy: text(300),
  createdAt: moment,
});

const checkInDraft = fc.record({
  idText: text(20),
  team: fc.nat(),
  date: day,
  status: fc.constantFrom('on-track', 'some-concerns', 'stalled' as const),
  balance: fc.constantFrom('equal', 'mostly-one-way', 'unknown' as const),
  giver: fc.option(fc.nat(), { nil: null }),
  progress: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })), { maxLength: 3 }),
  improvements: text(20000),
  nextStep: text(20000),
  followUpOn: day,
  coordinatorNote: text(20000),
  source: fc.constantFrom('typed', 'paper', 'survey' as const),
  respondentEmail: text(320),
  batch: fc.option(fc.nat(), { nil: null }),
  createdAt: moment,
});

const ratingDraft = fc.record({
  idText: text(20),
  person: fc.nat(),
  competency: fc.nat(),
  phase: fc.constantFrom('pre', 'post' as const),
  value: fc.integer({ min: 1, max: 5 }),
  createdAt: moment,
});

const answer = fc.option(fc.constantFrom('yes', 'no', 'not-sure' as const), { nil: null });
const feedbackDraft = fc.record({
  idText: text(20),
  person: fc.nat(),
  satisfaction: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  wouldRecommend: answer,
  helpedMost: text(20000),
  barriers: text(200),
  pastBarriers: text(200),
  bothRoles: text(200),
  wouldJoinAgain: answer,
  quote: text(400),
  quoteConsent: fc.constantFrom('no', 'anonymous', 'named' as const),
  answeredOn: day,
  createdAt: moment,
  updatedAt: moment,
});

const speedDraft = fc.record({
  idText: text(20),
  title: text(300),
  date: day,
  roundMinutes: fc.integer({ min: 1, max: 120 }),
  prepMinutes: fc.integer({ min: 0, max: 120 }),
  people: refs,
  rounds: fc.array(fc.array(fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: null })), { maxLength: 3 }), { maxLength: 3 }),
  createdAt: moment,
  // Fields added later: each may be missing, as in records written before them.
  later: fc.record(
    {
      startTime: clock,
      place: text(500),
      wrapMinutes: fc.integer({ min: 0, max: 120 }),
      roundCount: fc.integer({ min: 0, max: 500 }),
      fitMinutes: fc.integer({ min: 0, max: 1440 }),
      tables: fc.integer({ min: 0, max: 10000 }),
      oddCount: fc.constantFrom('triad', 'sit-out' as const),
      everyoneMeetsEveryone: fc.boolean(),
      walkIns: fc.array(fc.record({ idText: text(20), name: text(300), email: text(320) }), { maxLength: 2 }),
      leftIds: refs,
      plan: fc.array(
        fc.record({
          tables: fc.array(fc.record({ table: fc.integer({ min: 1, max: 10000 }), people: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }), { maxLength: 3 }),
          sitOut: refs,
        }),
        { maxLength: 2 },
      ),
      roundsHeld: fc.integer({ min: 0, max: 500 }),
      meetingsRecordedOn: day,
      continueWith: fc.array(fc.tuple(fc.nat(), refs), { maxLength: 2 }),
      updatedAt: moment,
    },
    { requiredKeys: [] },
  ),
});

const batchDraft = fc.record({
  idText: text(20),
  kind: fc.constantFrom('roster', 'check-ins' as const),
  fileName: text(500),
  createdAt: moment,
  added: refs,
  updatedBefore: fc.array(participantDraft, { maxLength: 2 }),
  withdrawnBefore: fc.array(participantDraft, { maxLength: 2 }),
  undone: fc.boolean(),
  summary: text(5000),
});

const bundleDraft = fc.record({
  idText: text(20),
  program: programDraft,
  competencies: fc.array(competencyDraft, { maxLength: 4 }),
  participants: fc.array(participantDraft, { maxLength: 5 }),
  teams: fc.array(teamDraft, { maxLength: 3 }),
  events: fc.array(eventDraft, { maxLength: 3 }),
  logs: fc.array(logDraft, { maxLength: 3 }),
  checkIns: fc.array(checkInDraft, { maxLength: 3 }),
  ratings: fc.array(ratingDraft, { maxLength: 3 }),
  feedback: fc.array(feedbackDraft, { maxLength: 2 }),
  speedEvents: fc.array(speedDraft, { maxLength: 2 }),
  batches: fc.array(batchDraft, { maxLength: 2 }),
  settings: fc.option(jsonValue, { nil: undefined }),
});

const metaDraft = fc.record({
  current: fc.option(fc.nat(), { nil: undefined }),
  entries: fc.uniqueArray(fc.record({ key: text(200, 1).filter((s) => s.length >= 1), value: jsonValue }), {
    selector: (e) => e.key,
    maxLength: 4,
  }),
});

type Draft<T> = T extends fc.Arbitrary<infer U> ? U : never;

/** Resolve reference indices against a list (empty when there is nothing to point at). */
function pick<T>(list: readonly T[], indices: readonly number[]): T[] {
  return list.length === 0 ? [] : indices.map((i) => list[i % list.length]!);
}
function one<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

function assemble(bundles: Draft<typeof bundleDraft>[], meta: Draft<typeof metaDraft>): BackupTables {
  let counter = 0;
  // Unique whatever the generated text: the suffix counts every id handed out.
  const id = (idText: string): string => `${idText}#${(counter++).toString(36)}`;
  const out: BackupTables = {
    programs: [],
    competencies: [],
    participants: [],
    teams: [],
    teamMembers: [],
    events: [],
    attendance: [],
    meetingLogs: [],
    checkIns: [],
    ratings: [],
    speedEvents: [],
    importBatches: [],
    attentionActions: [],
    teamNotes: [],
    feedback: [],
    meta: [],
  };
  for (const b of bundles) {
    const programId = id(b.idText);
    const { budget, ...program } = b.program;
    out.programs.push({
      ...program,
      id: programId,
      budget: budget.map(({ idText, ...line }) => ({ ...line, id: id(idText) })),
    } satisfies Program);
    const competencies: Competency[] = b.competencies.map(({ idText, ...c }) => ({ ...c, id: id(idText), programId }));
    const competencyIds = competencies.map((c) => c.id);
    const personIds = b.participants.map((p) => id(p.idText));
    const toParticipant = (
      { idText: _idText, offers, wants, knownWell, doNotPair, ...p }: Draft<typeof participantDraft>,
      personId: string,
    ): Participant => ({
      ...p,
      id: personId,
      programId,
      offers: pick(competencyIds, offers),
      wants: pick(competencyIds, wants),
      knownWell: pick(personIds, knownWell),
      doNotPair: pick(personIds, doNotPair),
    });
    const participants = b.participants.map((p, i) => toParticipant(p, personIds[i]!));
    const snapshots = (drafts: Draft<typeof participantDraft>[]): Participant[] =>
      drafts.flatMap((p, i) => {
        const personId = one(personIds, i);
        return personId ? [toParticipant(p, personId)] : [];
      });
    const teams: Team[] = [];
    const members: TeamMember[] = [];
    const teamNotes: TeamNote[] = [];
    const actions: AttentionAction[] = [];
    for (const { idText, competencies: chosen, members: people, notes, actions: done, ...t } of b.teams) {
      const teamId = id(idText);
      teams.push({ ...t, id: teamId, programId, competencyIds: pick(competencyIds, chosen) });
      for (const { idText: noteId, ...n } of notes) teamNotes.push({ ...n, id: id(noteId), programId, teamId });
      for (const { idText: actionId, ...a } of done) actions.push({ ...a, id: id(actionId), programId, teamId });
      for (const m of people) {
        const participantId = one(personIds, m.person);
        if (participantId) members.push({ id: id(m.idText), teamId, programId, participantId });
      }
    }
    const teamIds = teams.map((t) => t.id);
    const events: ProgramEvent[] = [];
    const attendance: Attendance[] = [];
    for (const { idText, attendance: present, ...e } of b.events) {
      const eventId = id(idText);
      events.push({ ...e, id: eventId, programId });
      for (const { idText: markId, person, ...a } of present) {
        // A guest has no participant; a participant mark needs someone to point at.
        const participantId = person === null ? null : one(personIds, person);
        if (participantId !== undefined) attendance.push({ ...a, id: id(markId), programId, eventId, participantId });
      }
    }
    const logs: MeetingLog[] = b.logs.flatMap(({ idText, team, competencies: chosen, ...l }) => {
      const teamId = one(teamIds, team);
      return teamId ? [{ ...l, id: id(idText), programId, teamId, competencyIds: pick(competencyIds, chosen) }] : [];
    });
    const batchIds = b.batches.map((x) => id(x.idText));
    const checkIns: CheckIn[] = b.checkIns.flatMap(({ idText, team, giver, progress, batch, ...c }) => {
      const teamId = one(teamIds, team);
      if (!teamId) return [];
      const givesMoreId = giver === null ? '' : (one(personIds, giver) ?? '');
      const progressById: Record<string, number> = {};
      for (const [competency, value] of progress) {
        const competencyId = one(competencyIds, competency);
        if (competencyId) progressById[competencyId] = value;
      }
      const importBatchId = batch === null ? '' : (one(batchIds, batch) ?? '');
      return [{ ...c, id: id(idText), programId, teamId, givesMoreId, progress: progressById, importBatchId }];
    });
    const ratings: Rating[] = b.ratings.flatMap(({ idText, person, competency, ...r }) => {
      const participantId = one(personIds, person);
      const competencyId = one(competencyIds, competency);
      return participantId && competencyId ? [{ ...r, id: id(idText), programId, participantId, competencyId }] : [];
    });
    const feedback: Feedback[] = b.feedback.flatMap(({ idText, person, ...f }) => {
      const participantId = one(personIds, person);
      return participantId ? [{ ...f, id: id(idText), programId, participantId }] : [];
    });
    const speedEvents: SpeedEvent[] = b.speedEvents.map(({ idText, people, rounds, later, ...s }) => {
      const { walkIns, leftIds, plan, continueWith, ...plain } = later;
      const walkInIds = (walkIns ?? []).map((w) => id(`walk-in ${w.idText}`));
      const everyone = [...personIds, ...walkInIds];
      const record: SpeedEvent = {
        ...s,
        ...plain,
        id: id(idText),
        programId,
        participantIds: pick(personIds, people),
        rounds:
          personIds.length === 0
            ? []
            : rounds.map((round) =>
                round.map(([a, x]): [string, string | null] => [one(personIds, a)!, x === null ? null : one(personIds, x)!]),
              ),
      };
      if (walkIns !== undefined) record.walkIns = walkIns.map(({ name, email }, i) => ({ id: walkInIds[i]!, name, email }));
      if (leftIds !== undefined) record.leftIds = pick(everyone, leftIds);
      if (plan !== undefined && everyone.length > 0) {
        record.plan = plan.map((r) => ({
          tables: r.tables.map((t) => ({ table: t.table, people: t.people.map((k) => one(everyone, k)!) })),
          sitOut: pick(everyone, r.sitOut),
        }));
      }
      if (continueWith !== undefined && everyone.length > 0) {
        record.continueWith = Object.fromEntries(
          continueWith.map(([who, choices]) => [one(everyone, who)!, pick(everyone, choices).slice(0, 3)]),
        );
      }
      return record;
    });
    const batches: ImportBatch[] = b.batches.map(({ idText: _idText, added, updatedBefore, withdrawnBefore, ...batch }, i) => ({
      ...batch,
      id: batchIds[i]!,
      programId,
      added: pick(personIds, added),
      // Snapshots of people as they were before the import: same ids as the roster's.
      updatedBefore: snapshots(updatedBefore),
      withdrawnBefore: snapshots(withdrawnBefore),
    }));
    out.competencies.push(...competencies);
    out.participants.push(...participants);
    out.teams.push(...teams);
    out.teamMembers.push(...members);
    out.events.push(...events);
    out.attendance.push(...attendance);
    out.meetingLogs.push(...logs);
    out.checkIns.push(...checkIns);
    out.ratings.push(...ratings);
    out.speedEvents.push(...speedEvents);
    out.importBatches.push(...batches);
    out.attentionActions.push(...actions);
    out.teamNotes.push(...teamNotes);
    out.feedback.push(...feedback);
    if (b.settings !== undefined) out.meta.push({ key: `pairingSettings:${programId}`, value: b.settings });
  }
  const metaEntries: MetaEntry[] = [{ key: 'dataVersion', value: DATA_VERSION }];
  const current = meta.current === undefined ? undefined : one(out.programs, meta.current);
  if (current) metaEntries.push({ key: 'currentProgramId', value: current.id });
  for (const e of meta.entries) {
    if (!metaEntries.some((m) => m.key === e.key) && !out.meta.some((m) => m.key === e.key)) metaEntries.push(e);
  }
  out.meta.push(...metaEntries);
  return out;
}

/** The whole database as the app can write it: 0–3 programs with everything that belongs to them. */
export const databaseContents: fc.Arbitrary<BackupTables> = fc
  .tuple(fc.array(bundleDraft, { maxLength: 3 }), metaDraft)
  .map(([bundles, meta]) => assemble(bundles, meta));
