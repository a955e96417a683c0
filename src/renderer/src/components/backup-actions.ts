/**
 * Backing up by hand and restoring, shared by Settings, the menu and the command palette.
 */
import type { BackupEntry, BackupReason } from '@shared/ipc-contract';
import { backupJson } from '../db/auto-backup';
import { restoreBackup } from '../db/backup';
import { backupFileName, readBackup, type BackupCheck } from '../db/backup-format';
import { db } from '../db/client';
import { platform } from '../platform';
import { reportDone } from './report-error';

const backupListeners = new Set<(entry: BackupEntry) => void>();

/** Called after each automatic backup is written (the home screen shows how old the newest is). */
export function onAutoBackupWritten(listener: (entry: BackupEntry) => void): () => void {
  backupListeners.add(listener);
  return () => backupListeners.delete(listener);
}

/** Write an automatic backup through the platform (a file in the user-data folder on desktop). */
export async function writeAutoBackup(reason: BackupReason): Promise<BackupEntry> {
  const { json } = await backupJson();
  const entry = await platform.writeAutoBackup(reason, json);
  for (const listener of backupListeners) listener(entry);
  return entry;
}

/** Save a backup file of everything where the user chooses. */
export async function backUpNow(): Promise<void> {
  const { json, createdAt } = await backupJson();
  const result = await platform.saveFile(backupFileName(createdAt), new TextEncoder().encode(json), [
    { name: 'Peer Mentor Desk backup', extensions: ['json'] },
  ]);
  if (result.status === 'saved') {
    reportDone('Backup saved', result.path ?? 'The backup file was downloaded.');
  }
}

/** Ask for a backup file and check it fully. Nothing is changed here. */
export async function pickBackupFile(): Promise<(BackupCheck & { fileName: string }) | null> {
  const picked = await platform.openFile([{ name: 'Peer Mentor Desk backup', extensions: ['json'] }], 500_000_000);
  if (picked.status === 'cancelled') return null;
  if (picked.status === 'too-large') {
    return { ok: false, message: `${picked.name} is too large to be a backup of this app.`, fileName: picked.name };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(picked.data);
  } catch {
    return {
      ok: false,
      message: `${picked.name} is not a Peer Mentor Desk backup (it is not a text file). Nothing was changed.`,
      fileName: picked.name,
    };
  }
  return { ...readBackup(text), fileName: picked.name };
}

/**
 * Replace everything with a checked backup. An automatic backup of the current data is written
 * first; if that fails, nothing is restored.
 */
export async function restoreCheckedBackup(check: Extract<BackupCheck, { ok: true }>): Promise<void> {
  await writeAutoBackup('before-restore');
  await restoreBackup(db, check.backup);
  reportDone('Backup restored', `Restored ${check.summary.programs.length} program(s) from ${check.summary.createdAt}.`);
}
