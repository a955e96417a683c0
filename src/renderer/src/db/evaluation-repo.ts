/**
 * Evaluation in storage: each person's self-ratings (one per competency and phase: start or end
 * of the year) and their end-of-program feedback (one per person and program). Every write
 * returns what it replaced, so the screens register undo and redo steps in the app's history;
 * each step refuses, changing nothing, when its records were changed since.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Competency, Feedback, Participant, Program, ProgramEvent, Rating, Team, TeamMember } from '../domain/model';
import { isRatingValue, type RatingPhase } from '../domain/evaluation/rating-grid';
import { checkFeedbackAnswers, isFeedbackBlank, type FeedbackAnswers } from '../domain/evaluation/feedback-answers';
import { db } from './client';
import { newId, nowIso } from './ids';
import { sameRecord } from './same-record';
import { runWrite, WriteFailedError } from './write-guard';

/** A rating before and after a change (null: none). */
export interface RatingChange {
  before: Rating | null;
  after: Rating | null;
}

/** A feedback record before and after a change (null: none). */
export interface FeedbackChange {
  before: Feedback | null;
  after: Feedback | null;
}

/** Every self-rating of a program. */
export function loadProgramRatings(programId: string): Promise<Rating[]> {
  return db.ratings.where('programId').equals(programId).toArray();
}

/** Every feedback record of a program. */
export function loadProgramFeedback(programId: string): Promise<Feedback[]> {
  return db.feedback.where('programId').equals(programId).toArray();
}

/** Everything the evaluation screens read, loaded together so it is always consistent. */
export interface EvaluationState {
  program: Program;
  participants: Participant[];
  competencies: Competency[];
  teams: Team[];
  members: TeamMember[];
  events: ProgramEvent[];
  ratings: Rating[];
  feedback: Feedback[];
}

/** Loads what the evaluation screens and forms need (null when the program is gone). */
export async function loadEvaluationState(programId: string): Promise<EvaluationState | null> {
  const program = await db.programs.get(programId);
  if (!program) return null;
  const by = <T>(table: { where(i: string): { equals(v: string): { toArray(): Promise<T[]> } } }) =>
    table.where('programId').equals(programId).toArray();
  const [participants, competencies, teams, members, events, ratings, feedback] = await Promise.all([
    by<Participant>(db.participants),
    by<Competency>(db.competencies),
    by<Team>(db.teams),
    by<TeamMember>(db.teamMembers),
    by<ProgramEvent>(db.events),
    by<Rating>(db.ratings),
    by<Feedback>(db.feedback),
  ]);
  return { program, participants, competencies, teams, members, events, ratings, feedback };
}

/** Live evaluation state (undefined while loading, null when the program is gone). */
export function useEvaluationState(programId: string | undefined): EvaluationState | null | undefined {
  return useLiveQuery(async () => (programId ? loadEvaluationState(programId) : null), [programId]);
}

async function checkPerson(programId: string, participantId: string): Promise<Participant> {
  const person = await db.participants.get(participantId);
  if (!person || person.programId !== programId) throw new WriteFailedError('That person is no longer in this program. Nothing was saved.');
  return person;
}

/** Writes one rating inside a running transaction; returns the change or null when it was already so. */
async function writeRating(
  programId: string,
  participantId: string,
  competencyId: string,
  phase: RatingPhase,
  value: number | null,
  known: ReadonlySet<string>,
): Promise<RatingChange | null> {
  if (!known.has(competencyId)) throw new WriteFailedError('That competency is no longer in the catalog. Nothing was saved.');
  const existing = await db.ratings.where('[participantId+competencyId+phase]').equals([participantId, competencyId, phase]).toArray();
  const before = existing.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0] ?? null;
  // A duplicate left by older data or an import goes with this change: one rating per cell.
  const extras = existing.filter((r) => r !== before).map((r) => r.id);
  if (extras.length > 0) await db.ratings.bulkDelete(extras);
  if (value === null) {
    if (!before) return null;
    await db.ratings.delete(before.id);
    return { before, after: null };
  }
  if (before?.value === value && extras.length === 0) return null;
  const after: Rating = { id: before?.id ?? newId(), programId, participantId, competencyId, phase, value, createdAt: nowIso() };
  await db.ratings.put(after);
  return { before, after };
}

function checkValue(value: number | null): void {
  if (value !== null && !isRatingValue(value)) throw new WriteFailedError(`${String(value)} is not a rating: use a whole number from 1 to 5. Nothing was saved.`);
}

async function programCompetencies(programId: string): Promise<Set<string>> {
  return new Set(await db.competencies.where('programId').equals(programId).primaryKeys());
}

/**
 * Sets (or with null clears) one person's rating of one competency at the start ('pre') or end
 * ('post'). At most one rating per cell: a duplicate is removed. Returns the change, or null when
 * the rating was already so.
 */
export async function setRating(
  programId: string,
  participantId: string,
  competencyId: string,
  phase: RatingPhase,
  value: number | null,
): Promise<RatingChange | null> {
  checkValue(value);
  return runWrite(db, [db.participants, db.competencies, db.ratings], async () => {
    await checkPerson(programId, participantId);
    return writeRating(programId, participantId, competencyId, phase, value, await programCompetencies(programId));
  });
}

/**
 * Saves a person's whole start or end column at once (a paper form typed in), one transaction:
 * `values` maps competency ids to a rating or null (clear). Any bad value refuses the whole grid.
 * Returns the changes made.
 */
export async function saveRatingGrid(
  programId: string,
  participantId: string,
  phase: RatingPhase,
  values: Readonly<Record<string, number | null>>,
): Promise<RatingChange[]> {
  for (const value of Object.values(values)) checkValue(value);
  return runWrite(db, [db.participants, db.competencies, db.ratings], async () => {
    await checkPerson(programId, participantId);
    const known = await programCompetencies(programId);
    const changes: RatingChange[] = [];
    for (const [competencyId, value] of Object.entries(values)) {
      const change = await writeRating(programId, participantId, competencyId, phase, value, known);
      if (change) changes.push(change);
    }
    return changes;
  });
}

/** A record before and after a change (null: none). */
interface RecordChange<T> {
  before: T | null;
  after: T | null;
}

/**
 * Undo ('back') or redo ('forward') of changes to one table in one transaction: each record must
 * still be as the step left it, and its person still there, otherwise nothing changes and the
 * reason is thrown in words.
 */
async function switchChanges<T extends { id: string; participantId: string }>(
  tableName: 'ratings' | 'feedback',
  changes: readonly RecordChange<T>[],
  direction: 'back' | 'forward',
  changedSince: string,
): Promise<void> {
  if (changes.length === 0) return;
  const table = db.table<T, string>(tableName);
  await runWrite(db, [table, db.participants], async () => {
    for (const change of direction === 'back' ? [...changes].reverse() : changes) {
      const from = direction === 'back' ? change.after : change.before;
      const to = direction === 'back' ? change.before : change.after;
      const id = from?.id ?? to?.id;
      if (id === undefined) continue;
      if (!sameRecord((await table.get(id)) ?? null, from)) throw new WriteFailedError(changedSince);
      if (to && !(await db.participants.get(to.participantId))) throw new WriteFailedError('That person was deleted since. Nothing was changed.');
      if (from) await table.delete(from.id);
      if (to) await table.put(to);
    }
  });
}

/** Undo or redo of rating changes (one transaction; refused when a rating changed since). */
export function switchRatingChanges(changes: readonly RatingChange[], direction: 'back' | 'forward'): Promise<void> {
  return switchChanges('ratings', changes, direction, 'A rating of this step was changed since, so this step would lose that change. Nothing was changed.');
}

/**
 * Saves a person's feedback answers (one record per person and program; a duplicate from older
 * data is removed). Blank answers remove the record. Refused with the question and the fix when
 * an answer is not valid. Returns the change, or null when nothing changed.
 */
export async function saveFeedback(programId: string, participantId: string, answers: FeedbackAnswers): Promise<FeedbackChange | null> {
  const problem = checkFeedbackAnswers(answers);
  if (problem) throw new WriteFailedError(`${problem} Nothing was saved.`);
  return runWrite(db, [db.participants, db.feedback], async () => {
    await checkPerson(programId, participantId);
    const existing = (await db.feedback.where('participantId').equals(participantId).toArray()).filter((f) => f.programId === programId);
    const before = existing.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0] ?? null;
    const extras = existing.filter((f) => f !== before).map((f) => f.id);
    if (extras.length > 0) await db.feedback.bulkDelete(extras);
    if (isFeedbackBlank(answers)) {
      if (!before) return null;
      await db.feedback.delete(before.id);
      return { before, after: null };
    }
    const now = nowIso();
    const after: Feedback = {
      ...(before ?? {}),
      id: before?.id ?? newId(),
      programId,
      participantId,
      ...answers,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    };
    if (before && sameRecord({ ...before, updatedAt: '' }, { ...after, updatedAt: '' }) && extras.length === 0) return null;
    await db.feedback.put(after);
    return { before, after };
  });
}

/** Removes a person's feedback. Returns the change, or null when there was none. */
export async function clearFeedback(programId: string, participantId: string): Promise<FeedbackChange | null> {
  return runWrite(db, [db.feedback], async () => {
    const existing = (await db.feedback.where('participantId').equals(participantId).toArray()).filter((f) => f.programId === programId);
    if (existing.length === 0) return null;
    const before = existing.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0] as Feedback;
    await db.feedback.bulkDelete(existing.map((f) => f.id));
    return { before, after: null };
  });
}

/** Undo or redo of feedback changes (one transaction; refused when the answers changed since). */
export function switchFeedbackChanges(changes: readonly FeedbackChange[], direction: 'back' | 'forward'): Promise<void> {
  return switchChanges('feedback', changes, direction, 'These answers were changed since, so this step would lose that change. Nothing was changed.');
}
