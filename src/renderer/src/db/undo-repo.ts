/**
 * Undo and redo of single-record changes, for the app's undo history: a record goes from what a
 * change left (`expected`) to what it should be (`target`); `null` means "not there" (an added
 * record is undone by removing it, a deleted one by putting it back). Each step is one
 * transaction and is refused, changing nothing, when the record is no longer as expected or the
 * team it belongs to is gone.
 */
import type { AttentionAction, CheckIn, MeetingLog, Participant, TeamNote } from '../domain/model';
import { db } from './client';
import { nowIso } from './ids';
import { sameRecord } from './same-record';
import { runWrite, WriteFailedError } from './write-guard';

/** Tables whose records belong to a team and are undone one record at a time. */
export interface TeamRecordTables {
  meetingLogs: MeetingLog;
  teamNotes: TeamNote;
  checkIns: CheckIn;
  attentionActions: AttentionAction;
}

export type TeamRecordTable = keyof TeamRecordTables;

/** How each table's record is named in a refusal. */
const RECORD_NAMES: Record<TeamRecordTable, string> = {
  meetingLogs: 'That meeting',
  teamNotes: 'That note',
  checkIns: 'That check-in',
  attentionActions: 'That follow-up step',
};

/** One stored record of `table` as it is now (undefined when there is none). */
export function readTeamRecord<T extends TeamRecordTable>(table: T, id: string): Promise<TeamRecordTables[T] | undefined> {
  return db.table<TeamRecordTables[T], string>(table).get(id);
}

/**
 * Moves one team record from `expected` to `target` (either may be null: not there). Refused when
 * it was changed or removed since, or when its team no longer exists.
 */
export async function switchTeamRecord<T extends TeamRecordTable>(
  table: T,
  expected: TeamRecordTables[T] | null,
  target: TeamRecordTables[T] | null,
): Promise<void> {
  const id = (target ?? expected)?.id;
  if (id === undefined) return;
  const store = db.table<TeamRecordTables[T], string>(table);
  await runWrite(db, [db.teams, store], async () => {
    const stored = (await store.get(id)) ?? null;
    if (!sameRecord(stored, expected)) {
      throw new WriteFailedError(
        stored === null
          ? `${RECORD_NAMES[table]} was removed since. Nothing was changed.`
          : `${RECORD_NAMES[table]} was changed since, so this step would lose that change. Nothing was changed.`,
      );
    }
    if (target === null) {
      await store.delete(id);
      return;
    }
    if (!(await db.teams.get(target.teamId))) throw new WriteFailedError('Its team no longer exists. Nothing was changed.');
    await store.put(target);
  });
}

/** Two versions of a person that differ only in when they were saved count as the same. */
const sameVersion = (a: Participant, b: Participant): boolean => sameRecord({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });

/**
 * Undo or redo of a participant edit: puts `target` back (stamped as a new change) when the stored
 * record is still `expected` (save time aside). Refused when the person was deleted or changed
 * since, or when their old address is now someone else's. Resolves with the record as written.
 */
export async function switchParticipantVersion(expected: Participant, target: Participant): Promise<Participant> {
  return runWrite(db, [db.participants], async () => {
    const stored = await db.participants.get(target.id);
    if (!stored) throw new WriteFailedError(`${target.name} was deleted since. Nothing was changed.`);
    if (!sameVersion(stored, expected)) {
      throw new WriteFailedError(`${stored.name} was changed again since, so this step would lose that change. Nothing was changed.`);
    }
    const holder = (await db.participants.where('[programId+emailKey]').equals([target.programId, target.emailKey]).toArray()).find(
      (h) => h.id !== target.id,
    );
    if (holder) throw new WriteFailedError(`${holder.name} now uses the address ${target.email}. Change one of the two addresses first. Nothing was changed.`);
    const written = { ...target, updatedAt: nowIso() };
    await db.participants.put(written);
    return written;
  });
}
