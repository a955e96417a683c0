/**
 * Automatic backups: when to write one (only after data changed, and at most once every 15
 * minutes; pure, so the rule is tested without timers), writing it, and telling listeners how
 * it went.
 */
import type { BackupEntry, BackupReason } from '@shared/ipc-contract';
import { platform } from '../platform';
import { createBackup } from './backup';
import { db } from './client';
import { nowIso } from './ids';

export const AUTO_BACKUP_INTERVAL_MS = 15 * 60 * 1000;

/**
 * The moment (ms) the next scheduled backup is due, or null when nothing changed since the last.
 * `changedAt` is the first unsaved change; `lastBackupAt` the last automatic backup (or null).
 */
export function nextBackupDue(
  changedAt: number | null,
  lastBackupAt: number | null,
  intervalMs: number = AUTO_BACKUP_INTERVAL_MS,
): number | null {
  if (changedAt === null) return null;
  if (lastBackupAt === null) return changedAt;
  return Math.max(changedAt, lastBackupAt + intervalMs);
}

/** Serialise the whole database to the backup JSON text. */
export async function backupJson(): Promise<{ json: string; createdAt: string }> {
  const createdAt = nowIso();
  const backup = await createBackup(db, { appVersion: __APP_VERSION__, now: createdAt });
  return { json: JSON.stringify(backup), createdAt };
}

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
