/**
 * Check-ins of a program: the cadence, typing, editing and deleting a check-in (each one write),
 * and survey imports as recorded batches with a one-click undo.
 *
 * Invariants the coordinator relies on:
 * - A check-in belongs to a confirmed (or since ended) team of its program; "who gives more" is
 *   one of that team's members.
 * - A survey import is one transaction: its check-ins, an ImportBatch of kind `check-ins` whose
 *   `added` lists them, and for each one the response key (respondent + moment) and a fingerprint
 *   of the record as imported, kept in meta under `checkInImports:<programId>`. The keys make a
 *   second import of the same export add nothing; the fingerprints let undo refuse, with the
 *   reason, when a check-in was edited after the import (undo would lose that edit).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import {
  checkInCadenceKey,
  readCheckInCadence,
  type CheckInCadence,
} from '../domain/check-ins/check-in-schedule';
import type { CleanCheckInEntry } from '../domain/check-ins/check-in-entry';
import {
  checkInFingerprint,
  surveyImportSummary,
  type SurveyResponse,
} from '../domain/check-ins/survey-import';
import { SURVEY_TARGETS, type SurveyMapping } from '../domain/check-ins/survey-mapping';
import type {
  CheckIn,
  Competency,
  ImportBatch,
  Participant,
  Program,
  ProgramEvent,
  Team,
  TeamMember,
} from '../domain/model';
import { sortEvents } from '../domain/schedule/annual-schedule';
import { sortCatalog } from '../domain/catalog/catalog-edits';
import { db } from './client';
import { newId, nowIso } from './ids';
import { newestFirst } from './import-repo';
import { runWrite, WriteFailedError } from './write-guard';

/** Meta key of the survey imports' response keys and fingerprints. */
export const checkInImportsKey = (programId: string): string => `checkInImports:${programId}`;
/** Meta key of the survey column mappings remembered for a program (newest first). */
export const checkInSurveyMappingsKey = (programId: string): string =>
  `checkInSurveyMappings:${programId}`;
/** How many survey layouts are remembered per program. */
export const MAX_REMEMBERED_SURVEY_MAPPINGS = 20;

/** What one import wrote for each of its check-ins. */
export interface ImportedCheckIn {
  /** Respondent + moment of the response. */
  key: string;
  /** `checkInFingerprint` of the record as imported. */
  print: string;
}

/** batch id → check-in id → what was imported. */
export type CheckInImportRecords = Record<string, Record<string, ImportedCheckIn>>;

const importedSchema = z.object({ key: z.string(), print: z.string() });
const recordsSchema = z.record(z.string(), z.record(z.string(), importedSchema));

/** The stored import records; anything unreadable counts as none. */
export function readCheckInImportRecords(value: unknown): CheckInImportRecords {
  const parsed = recordsSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

const surveyMappingSchema = z.object({
  signature: z.string().min(1).max(200),
  dateOrder: z.enum(['auto', 'dmy', 'mdy']),
  columns: z.array(
    z.object({
      header: z.string(),
      target: z
        .string()
        .refine((t): t is SurveyMapping['columns'][number]['target'] =>
          (SURVEY_TARGETS as readonly string[]).includes(t),
        ),
      competencyId: z.string().nullable(),
    }),
  ),
});

/** Remembered survey mappings; entries of another shape are skipped. */
export function readSurveyMappings(value: unknown): SurveyMapping[] {
  if (!Array.isArray(value)) return [];
  const out: SurveyMapping[] = [];
  for (const entry of value) {
    const parsed = surveyMappingSchema.safeParse(entry);
    if (parsed.success) out.push(parsed.data as SurveyMapping);
  }
  return out;
}

/** Everything the Check-ins screen reads, loaded together. */
export interface CheckInsState {
  program: Program;
  catalog: Competency[];
  participants: Participant[];
  /** Confirmed and ended teams in number order (proposals may still change). */
  teams: Team[];
  members: TeamMember[];
  events: ProgramEvent[];
  checkIns: CheckIn[];
  cadence: CheckInCadence;
  /** Keys of the survey responses imported so far (and still there). */
  importedKeys: Set<string>;
  /** The program's survey imports, newest first. */
  imports: ImportBatch[];
  surveyMappings: SurveyMapping[];
}


/** Response keys of imported check-ins that still exist. */
function liveKeys(records: CheckInImportRecords, existing: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const batch of Object.values(records)) {
    for (const [id, entry] of Object.entries(batch)) if (existing.has(id)) keys.add(entry.key);
  }
  return keys;
}

/** Everything the Check-ins screen needs, read in one transaction; null when the program is gone. */
export async function loadCheckInsState(programId: string): Promise<CheckInsState | null> {
  return db.transaction(
    'r',
    [
      db.programs,
      db.competencies,
      db.participants,
      db.teams,
      db.teamMembers,
      db.events,
      db.checkIns,
      db.importBatches,
      db.meta,
    ],
    async () => {
      const program = await db.programs.get(programId);
      if (!program) return null;
      const [catalog, participants, teams, members, events, checkIns, batches, cadence, records, mappings] =
        await Promise.all([
          db.competencies.where('programId').equals(programId).toArray(),
          db.participants.where('programId').equals(programId).toArray(),
          db.teams.where('programId').equals(programId).toArray(),
          db.teamMembers.where('programId').equals(programId).toArray(),
          db.events.where('programId').equals(programId).toArray(),
          db.checkIns.where('programId').equals(programId).toArray(),
          db.importBatches.where('programId').equals(programId).toArray(),
          db.meta.get(checkInCadenceKey(programId)),
          db.meta.get(checkInImportsKey(programId)),
          db.meta.get(checkInSurveyMappingsKey(programId)),
        ]);
      const kept = teams
        .filter((t) => t.status === 'confirmed' || t.status === 'ended')
        .sort((a, b) => a.number - b.number);
      const keptIds = new Set(kept.map((t) => t.id));
      return {
        program,
        catalog: sortCatalog(catalog),
        participants,
        teams: kept,
        members: members.filter((m) => keptIds.has(m.teamId)),
        events: sortEvents(events),
        checkIns,
        cadence: readCheckInCadence(cadence?.value),
        importedKeys: liveKeys(
          readCheckInImportRecords(records?.value),
          new Set(checkIns.map((c) => c.id)),
        ),
        imports: batches.filter((b) => b.kind === 'check-ins').sort(newestFirst),
        surveyMappings: readSurveyMappings(mappings?.value),
      };
    },
  );
}

/** Live {@link loadCheckInsState}; undefined while loading. */
export function useCheckInsState(programId: string | undefined): CheckInsState | null | undefined {
  return useLiveQuery(async () => (programId ? loadCheckInsState(programId) : null), [programId]);
}

/** The program's cadence, live (the default until the coordinator changes it). */
export function useCheckInCadence(programId: string | undefined): CheckInCadence | undefined {
  return useLiveQuery(
    async () =>
      readCheckInCadence(programId ? (await db.meta.get(checkInCadenceKey(programId)))?.value : undefined),
    [programId],
  );
}

/** Save the cadence; a value that is not a cadence is refused with the reason. */
export async function saveCheckInCadence(
  programId: string,
  cadence: CheckInCadence,
): Promise<string | null> {
  if (
    cadence.mode === 'every-weeks' &&
    (!Number.isInteger(cadence.weeks) || cadence.weeks < 1 || cadence.weeks > 26)
  ) {
    return 'Choose a whole number of weeks from 1 to 26.';
  }
  await runWrite(db, [db.programs, db.meta], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    await db.meta.put({ key: checkInCadenceKey(programId), value: cadence });
  });
  return null;
}

async function teamForCheckIn(programId: string, teamId: string, entry: CleanCheckInEntry): Promise<Team> {
  const team = await db.teams.get(teamId);
  if (!team || team.programId !== programId) throw new Error('That team no longer exists.');
  if (team.status === 'proposed') throw new Error('Check-ins are for confirmed teams; confirm the team first.');
  if (entry.givesMoreId !== '') {
    const member = await db.teamMembers
      .where('teamId')
      .equals(teamId)
      .filter((m) => m.participantId === entry.givesMoreId)
      .count();
    if (member === 0) throw new Error('“Who gives more” must be one of the team’s members.');
  }
  return team;
}

/** Save a check-in typed in during a conversation or from a paper form (one write); returns the stored record. */
export async function addCheckIn(
  programId: string,
  teamId: string,
  entry: CleanCheckInEntry,
  source: 'typed' | 'paper' = 'typed',
): Promise<CheckIn> {
  return runWrite(db, [db.teams, db.teamMembers, db.checkIns], async () => {
    await teamForCheckIn(programId, teamId, entry);
    const checkIn: CheckIn = {
      id: newId(),
      programId,
      teamId,
      ...entry,
      source,
      respondentEmail: '',
      importBatchId: '',
      createdAt: nowIso(),
    };
    await db.checkIns.add(checkIn);
    return checkIn;
  });
}

/** Change a check-in's answers (one write); returns the record as it was, for undo. */
export async function updateCheckIn(checkInId: string, entry: CleanCheckInEntry): Promise<CheckIn> {
  return runWrite(db, [db.teams, db.teamMembers, db.checkIns], async () => {
    const before = await db.checkIns.get(checkInId);
    if (!before) throw new Error('That check-in no longer exists.');
    await teamForCheckIn(before.programId, before.teamId, entry);
    await db.checkIns.put({ ...before, ...entry });
    return before;
  });
}

/** Delete a check-in; returns it, so undo can put it back. */
export async function deleteCheckIn(checkInId: string): Promise<CheckIn> {
  return runWrite(db, [db.checkIns], async () => {
    const before = await db.checkIns.get(checkInId);
    if (!before) throw new Error('That check-in no longer exists.');
    await db.checkIns.delete(checkInId);
    return before;
  });
}

/** Put a check-in back exactly as it was (undo of an edit or a delete). */
export async function restoreCheckIn(checkIn: CheckIn): Promise<void> {
  await runWrite(db, [db.teams, db.checkIns], async () => {
    const team = await db.teams.get(checkIn.teamId);
    if (!team) throw new Error('Its team no longer exists, so the check-in cannot come back.');
    await db.checkIns.put(checkIn);
  });
}

/** The list with `mapping` first, replacing an older one for the same headers, capped. */
export function rememberSurveyMapping(
  list: readonly SurveyMapping[],
  mapping: SurveyMapping,
): SurveyMapping[] {
  const copy: SurveyMapping = {
    signature: mapping.signature,
    dateOrder: mapping.dateOrder,
    columns: mapping.columns.map((c) => ({ header: c.header, target: c.target, competencyId: c.competencyId })),
  };
  return [copy, ...list.filter((m) => m.signature !== mapping.signature)].slice(
    0,
    MAX_REMEMBERED_SURVEY_MAPPINGS,
  );
}

/**
 * Commit a reviewed survey import in one transaction: the check-ins, the batch, their response
 * keys and fingerprints, the remembered mapping. Refused (nothing written) when a team is no
 * longer confirmed or a response was imported meanwhile.
 */
export async function commitSurveyImport(
  programId: string,
  fileName: string,
  responses: readonly SurveyResponse[],
  mapping: SurveyMapping,
): Promise<ImportBatch> {
  if (responses.length === 0) {
    throw new WriteFailedError('Nothing was imported: the file brings no new check-ins.');
  }
  return runWrite(
    db,
    [db.programs, db.teams, db.teamMembers, db.checkIns, db.importBatches, db.meta],
    async () => {
      if (!(await db.programs.get(programId))) {
        throw new WriteFailedError('Nothing was imported: that program no longer exists.');
      }
      const teams = await db.teams.bulkGet([...new Set(responses.map((r) => r.teamId))]);
      if (teams.some((t) => !t || t.programId !== programId || t.status !== 'confirmed')) {
        throw new WriteFailedError(
          'Nothing was imported: a team changed while you were reviewing the file. Look at the review again, then import.',
        );
      }
      const recordsKey = checkInImportsKey(programId);
      const records = readCheckInImportRecords((await db.meta.get(recordsKey))?.value);
      const existing = new Set(await db.checkIns.where('programId').equals(programId).primaryKeys());
      const taken = liveKeys(records, existing);
      const again = responses.filter((r) => taken.has(r.key));
      if (again.length > 0) {
        throw new WriteFailedError(
          `Nothing was imported: ${again.length === 1 ? 'a response was' : `${again.length} responses were`} imported meanwhile. Look at the review again, then import.`,
        );
      }
      const batchId = newId();
      const now = nowIso();
      const checkIns: CheckIn[] = responses.map((r) => ({
        ...r.checkIn,
        programId,
        id: newId(),
        importBatchId: batchId,
        createdAt: now,
      }));
      await db.checkIns.bulkAdd(checkIns);
      const batch: ImportBatch = {
        id: batchId,
        programId,
        kind: 'check-ins',
        fileName: fileName.slice(0, 500),
        createdAt: now,
        added: checkIns.map((c) => c.id),
        updatedBefore: [],
        withdrawnBefore: [],
        undone: false,
        summary: surveyImportSummary(responses).slice(0, 5000),
      };
      await db.importBatches.add(batch);
      const entries: Record<string, ImportedCheckIn> = {};
      checkIns.forEach((c, i) => {
        entries[c.id] = { key: responses[i]!.key, print: checkInFingerprint(c) };
      });
      await db.meta.put({ key: recordsKey, value: { ...records, [batchId]: entries } });
      const mappingsKey = checkInSurveyMappingsKey(programId);
      const remembered = readSurveyMappings((await db.meta.get(mappingsKey))?.value);
      await db.meta.put({ key: mappingsKey, value: rememberSurveyMapping(remembered, mapping) });
      return batch;
    },
  );
}

/** What undoing a survey import would do, or why it cannot. */
export type CheckInUndoPreview =
  | {
      ok: true;
      batch: ImportBatch;
      /** Check-ins it added that are still there (they are removed). */
      removed: number;
      /** Check-ins it added that were deleted since (nothing to do for them). */
      deletedSince: number;
    }
  | { ok: false; reason: 'edited'; batch: ImportBatch; edited: CheckIn[] }
  | { ok: false; reason: 'other'; message: string };

interface UndoPlan {
  batch: ImportBatch;
  remove: string[];
  deletedSince: number;
  records: CheckInImportRecords;
}

async function planCheckInUndo(batchId: string): Promise<UndoPlan | Exclude<CheckInUndoPreview, { ok: true }>> {
  const batch = await db.importBatches.get(batchId);
  if (!batch) return { ok: false, reason: 'other', message: 'That import is no longer recorded.' };
  if (batch.kind !== 'check-ins') {
    return {
      ok: false,
      reason: 'other',
      message: batch.kind === 'evaluation' ? 'That import brought self-ratings or feedback: undo it on the Import evaluation survey screen.' : 'That is a roster import: undo it on the Import roster screen.',
    };
  }
  if (batch.undone) {
    return { ok: false, reason: 'other', message: `The import of "${batch.fileName}" was already undone.` };
  }
  const records = readCheckInImportRecords((await db.meta.get(checkInImportsKey(batch.programId)))?.value);
  const prints = records[batch.id] ?? {};
  const stored = await db.checkIns.bulkGet(batch.added);
  const present = stored.filter((c): c is CheckIn => c !== undefined);
  const edited = present.filter((c) => {
    const print = prints[c.id]?.print;
    return print === undefined || print !== checkInFingerprint(c);
  });
  if (edited.length > 0) return { ok: false, reason: 'edited', batch, edited };
  return {
    batch,
    remove: present.map((c) => c.id),
    deletedSince: batch.added.length - present.length,
    records,
  };
}

/** What undoing the import would do, or why it is refused. Reads only. */
export async function previewUndoCheckInImport(batchId: string): Promise<CheckInUndoPreview> {
  const plan = await db.transaction('r', [db.importBatches, db.checkIns, db.meta], () =>
    planCheckInUndo(batchId),
  );
  if ('ok' in plan) return plan;
  return { ok: true, batch: plan.batch, removed: plan.remove.length, deletedSince: plan.deletedSince };
}

/**
 * Undo a survey import in one transaction: remove exactly the check-ins it added (those deleted
 * since stay deleted), forget their response keys, mark the batch undone. Refused, changing
 * nothing, when one of them was edited after the import.
 */
export async function undoCheckInImport(batchId: string): Promise<CheckInUndoPreview> {
  return runWrite(db, [db.importBatches, db.checkIns, db.meta], async () => {
    const plan = await planCheckInUndo(batchId);
    if ('ok' in plan) return plan;
    await db.checkIns.bulkDelete(plan.remove);
    const { [plan.batch.id]: _gone, ...rest } = plan.records;
    await db.meta.put({ key: checkInImportsKey(plan.batch.programId), value: rest });
    await db.importBatches.update(plan.batch.id, { undone: true });
    return { ok: true as const, batch: plan.batch, removed: plan.remove.length, deletedSince: plan.deletedSince };
  });
}
