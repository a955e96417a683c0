/**
 * Which automatic backups to delete, decided once for both places they live (files in the
 * desktop app's user-data folder, a second IndexedDB database in a browser). Pure: the list and
 * the moment in, the names to delete out.
 *
 * Scheduled backups rotate: the newest 20 are kept. Every other backup is a safety copy (taken
 * before an import, a restore or a program delete, or asked for by hand): it is kept for at least
 * 30 days however many scheduled ones are written, and after that for as long as it is among the
 * newest 20 backups of any kind.
 */
import type { BackupReason } from './ipc-contract';

export interface RetentionEntry {
  fileName: string;
  /** ISO timestamp. An entry whose time cannot be read is never deleted. */
  createdAt: string;
  reason: BackupReason;
}

export interface RetentionPolicy {
  /** How many scheduled backups are kept. */
  scheduledKept: number;
  /** How long a safety copy is kept at least, in days. */
  safetyDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { scheduledKept: 20, safetyDays: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** True for backups that rotate by count; every other reason is a safety copy. */
export function isScheduled(reason: BackupReason): boolean {
  return reason === 'scheduled';
}

/** The file names to delete from `entries` at `now` (ms or Date), oldest first. */
export function chooseBackupsToDelete(
  entries: readonly RetentionEntry[],
  now: number | Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): string[] {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const safeUntil = nowMs - policy.safetyDays * DAY_MS;
  const dated = entries
    .map((entry) => ({ entry, time: Date.parse(entry.createdAt) }))
    .filter(({ time }) => !Number.isNaN(time))
    // Newest first; equal times by name, so the choice never depends on the input order.
    .sort(
      (a, b) =>
        b.time - a.time ||
        (a.entry.fileName < b.entry.fileName ? 1 : a.entry.fileName > b.entry.fileName ? -1 : 0),
    );

  const doomed: string[] = [];
  let scheduledSeen = 0;
  dated.forEach(({ entry, time }, position) => {
    if (isScheduled(entry.reason)) {
      scheduledSeen += 1;
      if (scheduledSeen > policy.scheduledKept) doomed.push(entry.fileName);
    } else if (time < safeUntil && position >= policy.scheduledKept) {
      doomed.push(entry.fileName);
    }
  });
  return doomed.reverse();
}
