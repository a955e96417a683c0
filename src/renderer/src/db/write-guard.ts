/**
 * All writes go through `runWrite`: one read-write transaction, refused when the data on this
 * machine was written by a newer app version, and turned into a plain-words error that says
 * nothing was saved when IndexedDB aborts (quota, disk, a bug in the callback).
 */
import { Dexie, type Table } from 'dexie';
import { ArchivedProgramError, refuseArchivedWrites, trackWrites } from './archived-guard';
import type { PeerMentorDatabase } from './database';
import { DATA_VERSION } from './schema-versions';

/** Thrown when the stored data comes from a newer version of the app. */
export class NewerDataError extends Error {
  constructor(
    public readonly storedVersion: number,
    writtenVersion: number = DATA_VERSION,
  ) {
    super(
      `This data was saved by a newer version of Peer Mentor Desk (data version ${storedVersion}, this app writes ${writtenVersion}). ` +
        'Nothing was changed. Install the newest version to keep working on it.',
    );
    this.name = 'NewerDataError';
  }
}

/** A write failed and was rolled back as a whole. */
export class WriteFailedError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'WriteFailedError';
  }
}

export const DATA_VERSION_KEY = 'dataVersion';

/** Read the data version stamped on this database (0 when none yet). */
export async function readDataVersion(db: PeerMentorDatabase): Promise<number> {
  const entry = await db.meta.get(DATA_VERSION_KEY);
  return typeof entry?.value === 'number' ? entry.value : 0;
}

type Listener = () => void;
const writeListeners = new Set<Listener>();

/** Called after every committed write (used by the automatic backup scheduler). */
export function onCommittedWrite(listener: Listener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

function explain(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner =
    error && typeof error === 'object' && 'inner' in error ? (error as { inner?: unknown }).inner : undefined;
  const innerName = inner instanceof Error ? inner.name : '';
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError') {
    return 'Nothing was saved: the disk or the app storage is full. Free some disk space, then try again.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Nothing was saved: ${detail}`;
}

/** How `runWrite` treats archived programs. */
export interface WriteOptions {
  /**
   * True only for a restore, which replaces the whole database (archived programs included) with
   * a backup's contents; every other write to an archived program is refused.
   */
  replacesEverything?: boolean;
}

const isOurs = (e: unknown): e is Error =>
  e instanceof NewerDataError || e instanceof WriteFailedError || e instanceof ArchivedProgramError;

/**
 * Run `work` in one read-write transaction over `tables`. All or nothing: when anything throws,
 * every change in it is rolled back and a `WriteFailedError` (or the `NewerDataError`) is thrown.
 * A write that would change an archived program is rolled back with an `ArchivedProgramError`
 * (see `archived-guard.ts`); the program's status may change, and it may be deleted.
 */
export async function runWrite<T>(
  db: PeerMentorDatabase,
  tables: Table[],
  work: () => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  const scope = [...tables];
  // meta for the data version, programs for the archived check.
  for (const t of [db.meta, db.programs]) if (!scope.includes(t)) scope.push(t);
  let result: T;
  try {
    result = await db.transaction('rw', scope, async () => {
      // Taken before any await: the IndexedDB transaction every write of `work` goes through.
      const idb = Dexie.currentTransaction?.idbtrans;
      const touched = options.replacesEverything || !idb ? null : trackWrites(idb);
      const stored = await readDataVersion(db);
      if (stored > db.dataVersion) throw new NewerDataError(stored, db.dataVersion);
      if (stored < db.dataVersion) await db.meta.put({ key: DATA_VERSION_KEY, value: db.dataVersion });
      const value = await work();
      if (touched) await refuseArchivedWrites(touched, (id) => db.programs.get(id));
      return value;
    });
  } catch (error) {
    if (isOurs(error)) throw error;
    // Dexie wraps errors thrown inside the callback; unwrap ours.
    const inner = (error as { inner?: unknown }).inner;
    if (isOurs(inner)) throw inner;
    throw new WriteFailedError(explain(error), error);
  }
  for (const listener of writeListeners) listener();
  return result;
}
