/**
 * Whether automatic backups work: the last one written and the last failure, shown in Settings
 * and kept across restarts.
 *
 * Kept in localStorage, not in the database's meta table: the status must still be readable and
 * writable when IndexedDB is what fails (a full disk); writing it must not count as a change to
 * the data (every database write schedules the next backup, so a meta write would make backups
 * trigger themselves); and it describes this installation, so it must not travel inside backups
 * nor be rolled back by a restore.
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { backupReason } from '@shared/ipc-contract';
import { onAutoBackupOutcome, type AutoBackupOutcome } from './auto-backup-writer';

export interface AutoBackupStatus {
  /** When the newest automatic backup that was written was taken (ISO). */
  lastSuccessAt: string | null;
  /** The newest failure, until a backup is written after it. */
  lastFailure: { at: string; reason: z.infer<typeof backupReason>; message: string } | null;
}

export const EMPTY_STATUS: AutoBackupStatus = { lastSuccessAt: null, lastFailure: null };

export const STATUS_STORAGE_KEY = 'peer-mentor-desk:auto-backup-status';

const storedStatus = z.object({
  lastSuccessAt: z.string().max(40).nullable(),
  lastFailure: z
    .object({ at: z.string().max(40), reason: backupReason, message: z.string().max(2000) })
    .nullable(),
});

/** The stored status, or an empty one when there is none or it cannot be read. */
export function parseStatus(text: string | null): AutoBackupStatus {
  if (!text) return EMPTY_STATUS;
  try {
    const parsed = storedStatus.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : EMPTY_STATUS;
  } catch {
    return EMPTY_STATUS;
  }
}

const BROWSER_STORAGE_ERROR =
  /^(InvalidStateError|NotFoundError|AbortError|UnknownError|DatabaseClosedError|OpenFailedError|InvalidTableError|DataCloneError)$/;

/** Why a backup could not be written, in words a coordinator can act on. */
export function explainBackupFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const text = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /ENOSPC|QuotaExceeded|no space left|disk is full/i.test(text)) {
    return 'The disk or the app storage is full.';
  }
  if (/EACCES|EPERM|EROFS|permission denied|read-only/i.test(text)) {
    return 'The app is not allowed to write in its backups folder.';
  }
  // In a browser, automatic backups live in IndexedDB; its errors mean nothing to a coordinator.
  if (BROWSER_STORAGE_ERROR.test(name) || /IDBDatabase|IndexedDB/.test(text)) {
    return `The app's storage for automatic backups is not working (${name || 'storage error'}).`;
  }
  // Electron prefixes errors from main with "Error invoking remote method '…': Error: ".
  const plain = text.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '').trim();
  return plain ? `The backup could not be written: ${plain}` : 'The backup could not be written.';
}

/** The status after one more outcome. Pure. */
export function recordOutcome(status: AutoBackupStatus, outcome: AutoBackupOutcome): AutoBackupStatus {
  if (outcome.ok) {
    const at = outcome.entry.createdAt;
    const lastSuccessAt = status.lastSuccessAt !== null && status.lastSuccessAt > at ? status.lastSuccessAt : at;
    const lastFailure = status.lastFailure && status.lastFailure.at > lastSuccessAt ? status.lastFailure : null;
    return { lastSuccessAt, lastFailure };
  }
  return {
    ...status,
    lastFailure: { at: outcome.at, reason: outcome.reason, message: explainBackupFailure(outcome.error) },
  };
}

/** The newest of two ISO moments (either may be missing). */
export function newest(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}

const listeners = new Set<() => void>();
let current: AutoBackupStatus | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function read(): AutoBackupStatus {
  current ??= parseStatus(storage()?.getItem(STATUS_STORAGE_KEY) ?? null);
  return current;
}

function save(next: AutoBackupStatus): void {
  current = next;
  try {
    storage()?.setItem(STATUS_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: the status still shows for this session.
  }
  for (const listener of listeners) listener();
}

/** Start recording every automatic backup's outcome (once, at app start). Returns a stop function. */
export function recordAutoBackupStatus(): () => void {
  return onAutoBackupOutcome((outcome) => save(recordOutcome(read(), outcome)));
}

/** The current status, kept up to date. */
export function useAutoBackupStatus(): AutoBackupStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
  );
}

