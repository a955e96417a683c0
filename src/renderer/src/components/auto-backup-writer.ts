/**
 * Writing an automatic backup through the platform (a file in the user-data folder on desktop,
 * a second IndexedDB database in a browser), and telling listeners how it went.
 */
import type { BackupEntry, BackupReason } from '@shared/ipc-contract';
import { backupJson } from '../db/auto-backup';
import { nowIso } from '../db/ids';
import { platform } from '../platform';

/** How one automatic backup went: the entry written, or the error when it could not be. */
export type AutoBackupOutcome =
  | { reason: BackupReason; ok: true; entry: BackupEntry }
  | { reason: BackupReason; ok: false; at: string; error: unknown };

type OutcomeListener = (outcome: AutoBackupOutcome) => void;
const outcomeListeners = new Set<OutcomeListener>();

/** Called after every automatic backup, written or failed (the status in Settings listens). */
export function onAutoBackupOutcome(listener: OutcomeListener): () => void {
  outcomeListeners.add(listener);
  return () => outcomeListeners.delete(listener);
}

function tell(outcome: AutoBackupOutcome): void {
  for (const listener of outcomeListeners) listener(outcome);
}

/**
 * Write an automatic backup through the platform (a file in the user-data folder on desktop).
 * Throws when it cannot be written; either way every outcome listener hears how it went.
 */
export async function writeAutoBackup(reason: BackupReason): Promise<BackupEntry> {
  try {
    const { json } = await backupJson();
    const entry = await platform.writeAutoBackup(reason, json);
    tell({ reason, ok: true, entry });
    return entry;
  } catch (error) {
    tell({ reason, ok: false, at: nowIso(), error });
    throw error;
  }
}

/**
 * The backup written before every import. Throws, in words, that nothing was imported when it
 * cannot be written (the import must not go ahead without it).
 */
export async function writeBackupBeforeImport(): Promise<void> {
  try {
    await writeAutoBackup('before-import');
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`Nothing was imported: the backup written before every import failed (${why}). Free some disk space, then try again.`, {
      cause: error,
    });
  }
}
