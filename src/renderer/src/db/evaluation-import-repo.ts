/**
 * Evaluation survey imports (self-ratings and end-of-program feedback) as recorded batches: what
 * the import screen compares the file with, the commit, and its undo.
 *
 * Invariants the coordinator relies on:
 * - A commit is one transaction: the ratings and feedback records, and an ImportBatch of kind
 *   `evaluation` holding every record it replaced (before) and wrote (after). It is refused,
 *   writing nothing, when a record changed while the review was on screen.
 * - Undo is one transaction that puts back exactly the records from before the import and removes
 *   the ones it added. It is refused, changing nothing, when a record the import wrote was changed
 *   or deleted since (undo would lose that change), or when a later evaluation import still in
 *   force wrote the same records.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  evaluationImportSummary,
  evaluationWrites,
  ratingKey,
  type EvaluationPreparation,
} from '../domain/evaluation/survey-import';
import type {
  Competency,
  Feedback,
  ImportBatch,
  Participant,
  Program,
  Rating,
  Team,
  TeamMember,
} from '../domain/model';
import { sortCatalog } from '../domain/catalog/catalog-edits';
import { db } from './client';
import { newId, nowIso } from './ids';
import { newestFirst } from './import-repo';
import { sameRecord } from './same-record';
import { runWrite, WriteFailedError } from './write-guard';

/** What the import screen compares a file with. */
export interface EvaluationImportState {
  program: Program;
  catalog: Competency[];
  participants: Participant[];
  teams: Team[];
  members: TeamMember[];
  ratings: Rating[];
  feedback: Feedback[];
  /** The program's evaluation imports, newest first. */
  imports: ImportBatch[];
}


/** Everything the import screen needs, read in one transaction; null when the program is gone. */
export async function loadEvaluationImportState(
  programId: string,
): Promise<EvaluationImportState | null> {
  return db.transaction(
    'r',
    [
      db.programs,
      db.competencies,
      db.participants,
      db.teams,
      db.teamMembers,
      db.ratings,
      db.feedback,
      db.importBatches,
    ],
    async () => {
      const program = await db.programs.get(programId);
      if (!program) return null;
      const [catalog, participants, teams, members, ratings, feedback, batches] = await Promise.all(
        [
          db.competencies.where('programId').equals(programId).toArray(),
          db.participants.where('programId').equals(programId).toArray(),
          db.teams.where('programId').equals(programId).toArray(),
          db.teamMembers.where('programId').equals(programId).toArray(),
          db.ratings.where('programId').equals(programId).toArray(),
          db.feedback.where('programId').equals(programId).toArray(),
          db.importBatches.where('programId').equals(programId).toArray(),
        ],
      );
      return {
        program,
        catalog: sortCatalog(catalog),
        participants,
        teams,
        members,
        ratings,
        feedback,
        imports: batches.filter((b) => b.kind === 'evaluation').sort(newestFirst),
      };
    },
  );
}

/** Live {@link loadEvaluationImportState}; undefined while loading. */
export function useEvaluationImportState(
  programId: string | undefined,
): EvaluationImportState | null | undefined {
  return useLiveQuery(
    async () => (programId ? loadEvaluationImportState(programId) : null),
    [programId],
  );
}

const CHANGED_MEANWHILE =
  'Nothing was imported: self-ratings or feedback of these people changed while you were reviewing the file. The review now shows them as they are; check it and import again.';

/**
 * Commit a reviewed evaluation import in one transaction. Refused (nothing written) when there is
 * nothing to change, or when a record it replaces (or the lack of one it adds) is no longer what
 * the review was based on.
 */
export async function commitEvaluationImport(
  programId: string,
  fileName: string,
  prep: EvaluationPreparation,
): Promise<ImportBatch> {
  const now = nowIso();
  const writes = evaluationWrites(prep, programId, now, newId);
  if (writes.ratings.length === 0 && writes.feedback.length === 0) {
    throw new WriteFailedError(
      'Nothing was imported: every answer in the file is already stored as it is.',
    );
  }
  return runWrite(
    db,
    [db.programs, db.participants, db.ratings, db.feedback, db.importBatches],
    async () => {
      if (!(await db.programs.get(programId))) {
        throw new WriteFailedError('Nothing was imported: that program no longer exists.');
      }
      const people = new Set([
        ...writes.ratings.map((w) => w.after.participantId),
        ...writes.feedback.map((w) => w.after.participantId),
      ]);
      const stored = await db.participants.bulkGet([...people]);
      if (stored.some((p) => !p || p.programId !== programId)) {
        throw new WriteFailedError(
          'Nothing was imported: someone in the file was removed from the program meanwhile. Look at the review again, then import.',
        );
      }
      const ratings = await db.ratings.where('programId').equals(programId).toArray();
      const ratingByKey = new Map(
        ratings.map((r) => [ratingKey(r.participantId, r.competencyId, r.phase), r]),
      );
      const feedback = await db.feedback.where('programId').equals(programId).toArray();
      const feedbackByPerson = new Map(feedback.map((f) => [f.participantId, f]));
      const ratingMoved = writes.ratings.some((w) => {
        const now = ratingByKey.get(
          ratingKey(w.after.participantId, w.after.competencyId, w.after.phase),
        );
        return w.before === null
          ? now !== undefined
          : now === undefined || !sameRecord(now, w.before);
      });
      const feedbackMoved = writes.feedback.some((w) => {
        const now = feedbackByPerson.get(w.after.participantId);
        return w.before === null
          ? now !== undefined
          : now === undefined || !sameRecord(now, w.before);
      });
      if (ratingMoved || feedbackMoved) throw new WriteFailedError(CHANGED_MEANWHILE);

      await db.ratings.bulkPut(writes.ratings.map((w) => w.after));
      await db.feedback.bulkPut(writes.feedback.map((w) => w.after));
      const batch: ImportBatch = {
        id: newId(),
        programId,
        kind: 'evaluation',
        fileName: fileName.slice(0, 500),
        createdAt: now,
        added: [...writes.ratings, ...writes.feedback]
          .filter((w) => w.before === null)
          .map((w) => w.after.id),
        updatedBefore: [],
        withdrawnBefore: [],
        undone: false,
        summary: evaluationImportSummary(prep).slice(0, 5000),
        evaluation: {
          ratingsBefore: writes.ratings.flatMap((w) => (w.before ? [w.before] : [])),
          ratingsAfter: writes.ratings.map((w) => w.after),
          feedbackBefore: writes.feedback.flatMap((w) => (w.before ? [w.before] : [])),
          feedbackAfter: writes.feedback.map((w) => w.after),
        },
      };
      await db.importBatches.add(batch);
      return batch;
    },
  );
}

/** What undoing an evaluation import would do, or why it cannot. */
export type EvaluationUndoPreview =
  | { ok: true; batch: ImportBatch; removed: number; restored: number }
  | { ok: false; message: string };

interface UndoPlan {
  batch: ImportBatch;
  removeRatings: string[];
  removeFeedback: string[];
  restoreRatings: Rating[];
  restoreFeedback: Feedback[];
}

function names(list: readonly string[], max = 5): string {
  const shown = list.slice(0, max).join(', ');
  return list.length > max ? `${shown} and ${list.length - max} more` : shown;
}

async function planEvaluationUndo(
  batchId: string,
): Promise<UndoPlan | { ok: false; message: string }> {
  const batch = await db.importBatches.get(batchId);
  if (!batch) return { ok: false, message: 'That import is no longer recorded.' };
  if (batch.kind !== 'evaluation' || !batch.evaluation) {
    return {
      ok: false,
      message:
        'That import is not an evaluation survey: undo it where it was imported (Import roster, or Check-ins).',
    };
  }
  if (batch.undone)
    return { ok: false, message: `The import of "${batch.fileName}" was already undone.` };
  const records = batch.evaluation;
  const ids = [...records.ratingsAfter.map((r) => r.id), ...records.feedbackAfter.map((f) => f.id)];
  const later = (
    await db.importBatches.where('programId').equals(batch.programId).toArray()
  ).filter(
    (b) => b.id !== batch.id && b.kind === 'evaluation' && !b.undone && newestFirst(b, batch) < 0,
  );
  const mine = new Set(ids);
  const clash = later
    .sort(newestFirst)
    .find((b) =>
      [...(b.evaluation?.ratingsAfter ?? []), ...(b.evaluation?.feedbackAfter ?? [])].some((r) =>
        mine.has(r.id),
      ),
    );
  if (clash) {
    return {
      ok: false,
      message: `The later import of "${clash.fileName}" changed some of the same answers. Undo that import first, then this one.`,
    };
  }
  const [ratingsNow, feedbackNow] = await Promise.all([
    db.ratings.bulkGet(records.ratingsAfter.map((r) => r.id)),
    db.feedback.bulkGet(records.feedbackAfter.map((f) => f.id)),
  ]);
  const people = new Map(
    (
      await db.participants.bulkGet([
        ...new Set([...records.ratingsAfter, ...records.feedbackAfter].map((r) => r.participantId)),
      ])
    ).flatMap((p) => (p ? [[p.id, p.name] as const] : [])),
  );
  const changed = [
    ...records.ratingsAfter
      .filter((r, i) => !sameRecord(ratingsNow[i], r))
      .map((r) => r.participantId),
    ...records.feedbackAfter
      .filter((f, i) => !sameRecord(feedbackNow[i], f))
      .map((f) => f.participantId),
  ];
  if (changed.length > 0) {
    const who = [...new Set(changed)].map(
      (id) => people.get(id) ?? 'someone no longer in the program',
    );
    return {
      ok: false,
      message: `Self-ratings or feedback this import brought were changed or deleted since (${names(who)}), and undo would lose that change. Nothing was undone; correct those answers by hand instead.`,
    };
  }
  const added = new Set(batch.added);
  return {
    batch,
    removeRatings: records.ratingsAfter.filter((r) => added.has(r.id)).map((r) => r.id),
    removeFeedback: records.feedbackAfter.filter((f) => added.has(f.id)).map((f) => f.id),
    restoreRatings: records.ratingsBefore,
    restoreFeedback: records.feedbackBefore,
  };
}

const undoTables = () => [db.importBatches, db.participants, db.ratings, db.feedback];

/** What undoing the import would do, or why it is refused. Reads only. */
export async function previewUndoEvaluationImport(batchId: string): Promise<EvaluationUndoPreview> {
  const plan = await db.transaction('r', undoTables(), () => planEvaluationUndo(batchId));
  if ('ok' in plan) return plan;
  return {
    ok: true,
    batch: plan.batch,
    removed: plan.removeRatings.length + plan.removeFeedback.length,
    restored: plan.restoreRatings.length + plan.restoreFeedback.length,
  };
}

/**
 * Undo an evaluation import in one transaction: remove the records it added, put back exactly the
 * ones it replaced, mark the batch undone. Refused, changing nothing, with the reason.
 */
export async function undoEvaluationImport(batchId: string): Promise<EvaluationUndoPreview> {
  return runWrite(db, undoTables(), async () => {
    const plan = await planEvaluationUndo(batchId);
    if ('ok' in plan) return plan;
    await db.ratings.bulkDelete(plan.removeRatings);
    await db.feedback.bulkDelete(plan.removeFeedback);
    await db.ratings.bulkPut(plan.restoreRatings);
    await db.feedback.bulkPut(plan.restoreFeedback);
    await db.importBatches.update(plan.batch.id, { undone: true });
    return {
      ok: true as const,
      batch: plan.batch,
      removed: plan.removeRatings.length + plan.removeFeedback.length,
      restored: plan.restoreRatings.length + plan.restoreFeedback.length,
    };
  });
}
