/**
 * All writes go through `runWrite`: one read-write transaction, refused when the data on this
 * machine was written by a newer app version, and turned into a plain-words error that says
 * nothing was saved when IndexedDB aborts (quota, disk, a bug in the callback).
 */
import type { Table } from 'dexie';
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

/**
 * Run `work` in one read-write transaction over `tables`. All or nothing: when anything throws,
 * every change in it is rolled back and a `WriteFailedError` (or the `NewerDataError`) is thrown.
 */
export async function runWrite<T>(
  db: PeerMentorDatabase,
  tables: Table[],
  work: () => Promise<T>,
): Promise<T> {
  const withMeta = tables.includes(db.meta) ? tables : [...tables, db.meta];
  let result: T;
  try {
    result = await db.transaction('rw', withMeta, async () => {
      const stored = await readDataVersion(db);
      if (stored > db.dataVersion) throw new NewerDataError(stored, db.dataVersion);
      if (stored < db.dataVersion) await db.meta.put({ key: DATA_VERSION_KEY, value: db.dataVersion });
      return work();
    });
  } catch (error) {
    if (error instanceof NewerDataError || error instanceof WriteFailedError) throw error;
    // Dexie wraps errors thrown inside the callback; unwrap ours.
    const inner = (error as { inner?: unknown }).inner;
    if (inner instanceof NewerDataError || inner instanceof WriteFailedError) throw inner;
    throw new WriteFailedError(explain(error), error);
  }
  for (const listener of writeListeners) listener();
  return result;
}
