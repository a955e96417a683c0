/**
 * Automatic backups: when to write one (only after data changed, and at most once every 15
 * minutes; pure, so the rule is tested without timers) and the backup text itself. Writing it
 * through the platform is components/auto-backup-writer.ts (db/ never reaches the platform).
 */
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

