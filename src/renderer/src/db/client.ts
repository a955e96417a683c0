/**
 * The app's database connection and its health at start: whether the data may be written
 * (not from a newer app version) and whether the browser promised to keep it (persistent storage).
 */
import { PeerMentorDatabase } from './database';
import { readDataVersion } from './write-guard';

export const db = new PeerMentorDatabase();

export type StartupState =
  | { status: 'ready'; persisted: boolean | null }
  | { status: 'newer-data'; storedVersion: number; persisted: boolean | null }
  | { status: 'failed'; message: string };

/** Ask the browser to keep our data even under storage pressure. null when it can't be asked. */
async function requestPersistence(): Promise<boolean | null> {
  try {
    if (!navigator.storage?.persist) return null;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}

/** Open the database and check it can be written. Never throws. */
export async function startDatabase(): Promise<StartupState> {
  // Asking for persistent storage and opening the database do not wait for each other.
  const persistence = requestPersistence();
  try {
    await db.open();
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'VersionError') {
      return { status: 'newer-data', storedVersion: Number.NaN, persisted: await persistence };
    }
    return {
      status: 'failed',
      message: `The app storage could not be opened: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const stored = await readDataVersion(db);
  const persisted = await persistence;
  if (stored > db.dataVersion) return { status: 'newer-data', storedVersion: stored, persisted };
  return { status: 'ready', persisted };
}
