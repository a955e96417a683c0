/**
 * Roster imports as recorded batches: commit one import in a single transaction (participants,
 * the batch with its before-snapshots, the remembered column mapping), list past imports, and
 * undo one in a single transaction that puts every touched record back as it was.
 *
 * Invariants the coordinator relies on:
 * - A commit is all or nothing, and refuses to write over a record that changed since the
 *   review was computed (the snapshot in the batch must be the record it replaces).
 * - Undo restores the exact stored records from before the import; it is refused, with the
 *   reason, when a later import that is still in force touched the same people, or when a person
 *   it added now has history (a confirmed or ended team, attendance, ratings, speed mentoring).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { planDeletion, type DeletionPlan } from '../domain/participants/bulk-edits';
import type { ImportBatch, Participant, Team, TeamMember } from '../domain/model';
import {
  MAPPING_TARGETS,
  type ColumnMapping,
  type MappingTarget,
  type MergeWrite,
} from '../domain/import';
import { db } from './client';
import { newId, nowIso } from './ids';
import { runWrite, WriteFailedError } from './write-guard';

/** Meta key of the column mappings remembered from earlier imports (newest first). */
export const ROSTER_MAPPINGS_KEY = 'rosterMappings';
/** How many spreadsheet layouts are remembered; the oldest is forgotten first. */
export const MAX_REMEMBERED_MAPPINGS = 50;

const FILE_NAME_MAX = 500;
const SUMMARY_MAX = 5000;

const targetSchema = z
  .string()
  .refine((t): t is MappingTarget => (MAPPING_TARGETS as readonly string[]).includes(t));
const meaningSchema = z.enum(['offers', 'wants', 'both', 'none']);
const gridSchema = z.object({
  column: z.number().int().min(0),
  question: z.string(),
  kind: z.enum(['choice', 'level', 'rank']),
  target: z.enum(['offers', 'wants', 'split']),
  labels: z.record(z.string(), meaningSchema),
  scale: z.object({ from: z.string(), above: meaningSchema, below: meaningSchema }).optional(),
});
const mappingSchema = z.object({
  signature: z.string().min(1).max(200),
  columns: z.array(z.object({ header: z.string(), target: targetSchema })),
  // Grid rules came later: a mapping without them, or with rules of another shape, still loads
  // (its grid groups then read their cells by what the labels say).
  grids: z.array(gridSchema).optional().catch(undefined),
});

/**
 * The remembered mappings in a stored meta value. Entries that do not have the expected shape
 * (written by hand, or by a future version) are skipped rather than failing the import screen.
 */
export function readRememberedMappings(value: unknown): ColumnMapping[] {
  if (!Array.isArray(value)) return [];
  const out: ColumnMapping[] = [];
  for (const entry of value) {
    const parsed = mappingSchema.safeParse(entry);
    if (parsed.success) out.push(parsed.data as ColumnMapping);
  }
  return out;
}

/** The list with `mapping` first, replacing an older one for the same headers, capped in length. */
export function rememberMapping(
  list: readonly ColumnMapping[],
  mapping: ColumnMapping,
): ColumnMapping[] {
  const copy: ColumnMapping = {
    signature: mapping.signature,
    columns: mapping.columns.map((c) => ({ header: c.header, target: c.target })),
    ...(mapping.grids !== undefined && mapping.grids.length > 0 ? { grids: mapping.grids } : {}),
  };
  return [copy, ...list.filter((m) => m.signature !== mapping.signature)].slice(
    0,
    MAX_REMEMBERED_MAPPINGS,
  );
}

/** Column mappings remembered from earlier imports, newest first. */
export async function loadRememberedMappings(): Promise<ColumnMapping[]> {
  return readRememberedMappings((await db.meta.get(ROSTER_MAPPINGS_KEY))?.value);
}

/** Remembered column mappings, live; undefined while loading. */
export function useRememberedMappings(): ColumnMapping[] | undefined {
  return useLiveQuery(loadRememberedMappings, []);
}

/** The program's participants (any status), live: what an import is planned against. */
export function useProgramParticipants(programId: string | undefined): Participant[] | undefined {
  return useLiveQuery(
    async () => (programId ? db.participants.where('programId').equals(programId).toArray() : []),
    [programId],
  );
}

/** The program's roster imports, newest first (survey imports are listed on the Check-ins screen). */
export async function listImportBatches(programId: string): Promise<ImportBatch[]> {
  const batches = await db.importBatches.where('programId').equals(programId).toArray();
  return batches.filter((b) => b.kind === 'roster').sort(newestFirst);
}

/** The program's imports, newest first, live; undefined while loading. */
export function useImportBatches(programId: string | undefined): ImportBatch[] | undefined {
  return useLiveQuery(async () => (programId ? listImportBatches(programId) : []), [programId]);
}

/** Order of import batches on screen: newest first (ties by id, so the order is stable). */
export function newestFirst(a: ImportBatch, b: ImportBatch): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1;
}

/** JSON with sorted keys: two records are the same when their canonical texts are equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

function names(people: readonly { name: string }[], max = 5): string {
  const shown = people.slice(0, max).map((p) => p.name || '(no name)');
  return people.length > max
    ? `${shown.join(', ')} and ${people.length - max} more`
    : shown.join(', ');
}

/** Choices recorded with an import. */
export interface CommitImportOptions {
  /** The column mapping used, remembered for the next file with the same headers. */
  mapping?: ColumnMapping;
}

/**
 * Write one import: every participant of `write`, and an import batch holding what undo needs,
 * in one transaction. Refused (nothing written) when a record the import replaces or withdraws
 * is no longer what the review was based on, or when someone it adds is already on the roster.
 */
export async function commitImport(
  programId: string,
  fileName: string,
  write: MergeWrite,
  summary: string,
  options: CommitImportOptions = {},
): Promise<ImportBatch> {
  if (write.participants.length === 0) {
    throw new WriteFailedError('Nothing was imported: the file brings no changes to the roster.');
  }
  return runWrite(db, [db.programs, db.participants, db.importBatches, db.meta], async () => {
    if (!(await db.programs.get(programId))) {
      throw new WriteFailedError('Nothing was imported: that program no longer exists.');
    }
    if (write.participants.some((p) => p.programId !== programId)) {
      throw new WriteFailedError('Nothing was imported: some records belong to another program.');
    }
    const replaced = [...write.updatedBefore, ...write.withdrawnBefore];
    const stored = await db.participants.bulkGet(replaced.map((p) => p.id));
    const changed = replaced.filter((before, i) => {
      const now = stored[i];
      return now === undefined || canonical(now) !== canonical(before);
    });
    const addedIds = new Set(write.added);
    const added = write.participants.filter((p) => addedIds.has(p.id));
    const taken: Participant[] = [];
    for (const p of added) {
      const holders = await db.participants
        .where('[programId+emailKey]')
        .equals([programId, p.emailKey])
        .toArray();
      if (holders.length > 0 || (await db.participants.get(p.id))) taken.push(p);
    }
    if (changed.length > 0 || taken.length > 0) {
      throw new WriteFailedError(
        `Nothing was imported: the roster changed while you were reviewing this file (${names([...changed, ...taken])}). ` +
          'The review now shows the roster as it is; check it and import again.',
      );
    }
    await db.participants.bulkPut(write.participants);
    const batch: ImportBatch = {
      id: newId(),
      programId,
      kind: 'roster',
      fileName: fileName.slice(0, FILE_NAME_MAX),
      // Stamped after the records (whose updatedAt the caller chose): a record updated later than
      // this moment was edited after the import.
      createdAt: nowIso(),
      added: [...write.added],
      updatedBefore: write.updatedBefore,
      withdrawnBefore: write.withdrawnBefore,
      undone: false,
      summary: summary.slice(0, SUMMARY_MAX),
    };
    await db.importBatches.add(batch);
    if (options.mapping) {
      const remembered = readRememberedMappings((await db.meta.get(ROSTER_MAPPINGS_KEY))?.value);
      await db.meta.put({
        key: ROSTER_MAPPINGS_KEY,
        value: rememberMapping(remembered, options.mapping),
      });
    }
    return batch;
  });
}

/** What undoing an import would do, or why it cannot be undone. */
export type UndoPreview =
  | {
      ok: true;
      batch: ImportBatch;
      /** People the import added who are still on the roster (they are removed). */
      removed: number;
      /** People whose earlier record is put back. */
      restored: number;
      /** People the import touched who were edited after it (those edits are undone too). */
      editedSince: string[];
      /** People the import updated or withdrew who were deleted since (they stay deleted). */
      deletedSince: number;
    }
  | { ok: false; message: string };

interface UndoPlan {
  batch: ImportBatch;
  removeIds: string[];
  restore: Participant[];
  deletion: DeletionPlan | null;
  editedSince: string[];
  deletedSince: number;
}

interface ProgramState {
  batch: ImportBatch | undefined;
  batches: ImportBatch[];
  participants: Participant[];
  teams: Team[];
  members: TeamMember[];
  activity: Set<string>;
}

async function readProgramState(batchId: string): Promise<ProgramState | null> {
  const batch = await db.importBatches.get(batchId);
  if (!batch) return null;
  const programId = batch.programId;
  const [batches, participants, teams, members, attendance, ratings, speed] = await Promise.all([
    db.importBatches.where('programId').equals(programId).toArray(),
    db.participants.where('programId').equals(programId).toArray(),
    db.teams.where('programId').equals(programId).toArray(),
    db.teamMembers.where('programId').equals(programId).toArray(),
    db.attendance.where('programId').equals(programId).toArray(),
    db.ratings.where('programId').equals(programId).toArray(),
    db.speedEvents.where('programId').equals(programId).toArray(),
  ]);
  const activity = new Set<string>([
    ...attendance.flatMap((a) => (a.participantId === null ? [] : [a.participantId])),
    ...ratings.map((r) => r.participantId),
    ...speed.flatMap((s) => s.participantIds),
  ]);
  return { batch, batches, participants, teams, members, activity };
}

function touchedBy(batch: ImportBatch): Set<string> {
  return new Set([
    ...batch.added,
    ...batch.updatedBefore.map((p) => p.id),
    ...batch.withdrawnBefore.map((p) => p.id),
  ]);
}

function when(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** Work out the undo of a batch against the stored state. Pure over what was read. */
function planUndo(state: ProgramState, now: string): UndoPlan | { ok: false; message: string } {
  const { batch } = state;
  if (!batch) return { ok: false, message: 'That import is no longer recorded.' };
  if (batch.kind !== 'roster') {
    return {
      ok: false,
      message:
        batch.kind === 'evaluation'
          ? 'That import brought self-ratings or feedback: undo it on the Import evaluation survey screen.'
          : 'That import brought check-in responses: undo it on the Check-ins screen.',
    };
  }
  if (batch.undone)
    return { ok: false, message: `The import of "${batch.fileName}" was already undone.` };
  const byId = new Map(state.participants.map((p) => [p.id, p]));
  const touched = touchedBy(batch);

  // A later import still in force may have built on this one's records: undoing this one first
  // would silently throw away that later import's changes to the same people.
  const later = state.batches
    .filter((b) => b.id !== batch.id && b.kind === 'roster' && !b.undone && newestFirst(b, batch) < 0)
    .sort(newestFirst);
  for (const b of later) {
    const shared = [...touchedBy(b)].filter((id) => touched.has(id));
    if (shared.length === 0) continue;
    const people = shared.map(
      (id) => byId.get(id) ?? b.updatedBefore.find((p) => p.id === id) ?? { name: '(removed)' },
    );
    return {
      ok: false,
      message:
        `The later import of "${b.fileName}" (${when(b.createdAt)}) also changed ${names(people)}. ` +
        'Undo that import first, then this one.',
    };
  }

  const snapshots = [...batch.updatedBefore, ...batch.withdrawnBefore];
  const restore = snapshots.filter((s) => byId.has(s.id));
  const restoredById = new Map(restore.map((p) => [p.id, p]));
  const removeIds = batch.added.filter((id) => byId.has(id));
  const removing = new Set(removeIds);
  const editedSince: string[] = [];
  for (const id of touched) {
    const p = byId.get(id);
    if (p && p.updatedAt > batch.createdAt) editedSince.push(p.name);
  }

  const afterRestore = state.participants.map((p) => restoredById.get(p.id) ?? p);
  for (const s of restore) {
    const holder = afterRestore.find(
      (p) => p.id !== s.id && !removing.has(p.id) && p.emailKey === s.emailKey,
    );
    if (holder) {
      return {
        ok: false,
        message: `Undoing would give ${s.name} back the address ${s.email}, which ${holder.name} now uses. Change one of the two addresses first.`,
      };
    }
  }

  let deletion: DeletionPlan | null = null;
  if (removeIds.length > 0) {
    const planned = planDeletion(
      afterRestore,
      removeIds,
      state.teams,
      state.members,
      { participantIds: state.activity },
      now,
    );
    if (!planned.ok) {
      const shown = planned.blocked.slice(0, 5).map((b) => `${b.name} ${b.reason}`);
      const more = planned.blocked.length > 5 ? ` and ${planned.blocked.length - 5} more` : '';
      return {
        ok: false,
        message:
          `Undoing this import would remove the people it added, but ${shown.join('; ')}${more}. ` +
          'Nothing was changed. Withdraw them in Participants instead, or end their team first.',
      };
    }
    deletion = planned;
  }
  return {
    batch,
    removeIds,
    restore,
    deletion,
    editedSince,
    deletedSince: snapshots.length - restore.length,
  };
}

/** What undoing the import would do, or why it is refused. Reads only. */
export async function previewUndoImport(batchId: string): Promise<UndoPreview> {
  const state = await db.transaction(
    'r',
    [
      db.importBatches,
      db.participants,
      db.teams,
      db.teamMembers,
      db.attendance,
      db.ratings,
      db.speedEvents,
    ],
    () => readProgramState(batchId),
  );
  if (!state) return { ok: false, message: 'That import is no longer recorded.' };
  const plan = planUndo(state, nowIso());
  if ('ok' in plan) return plan;
  return {
    ok: true,
    batch: plan.batch,
    removed: plan.removeIds.length,
    restored: plan.restore.length,
    editedSince: plan.editedSince,
    deletedSince: plan.deletedSince,
  };
}

/** The outcome of an undo: done (with counts) or refused with the reason; nothing changes when refused. */
export type UndoResult =
  | { ok: true; removed: number; restored: number; deletedSince: number }
  | { ok: false; message: string };

/**
 * Undo an import in one transaction: remove the people it added (with their places in proposed
 * teams and other people's links to them), put back the exact records it updated or withdrew,
 * and mark the batch undone.
 */
export async function undoImport(batchId: string): Promise<UndoResult> {
  return runWrite(
    db,
    [
      db.importBatches,
      db.participants,
      db.teams,
      db.teamMembers,
      db.attendance,
      db.ratings,
      db.speedEvents,
    ],
    async () => {
      const state = await readProgramState(batchId);
      if (!state) return { ok: false as const, message: 'That import is no longer recorded.' };
      const plan = planUndo(state, nowIso());
      if ('ok' in plan) return plan;
      if (plan.removeIds.length > 0) await db.participants.bulkDelete(plan.removeIds);
      if (plan.restore.length > 0) await db.participants.bulkPut(plan.restore);
      if (plan.deletion) {
        const { removedMembers, removedTeams, referrersAfter } = plan.deletion;
        if (removedMembers.length > 0)
          await db.teamMembers.bulkDelete(removedMembers.map((m) => m.id));
        if (removedTeams.length > 0) await db.teams.bulkDelete(removedTeams.map((t) => t.id));
        if (referrersAfter.length > 0) await db.participants.bulkPut(referrersAfter);
      }
      await db.importBatches.update(plan.batch.id, { undone: true });
      return {
        ok: true as const,
        removed: plan.removeIds.length,
        restored: plan.restore.length,
        deletedSince: plan.deletedSince,
      };
    },
  );
}
