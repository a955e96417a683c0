/**
 * Backing up by hand and restoring, shared by Settings, the menu and the command palette.
 */
import { backupJson } from '../db/auto-backup';
import { writeAutoBackup } from './auto-backup-writer';
import { restoreBackup } from '../db/backup';
import {
  backupFileName,
  describeKeptFields,
  readBackup,
  type BackupCheck,
} from '../db/backup-format';
import { db } from '../db/client';
import { platform } from '../platform';
import { reportDone } from './report-error';
import { explainBackupFailure } from './auto-backup-status';
import { formatMoment } from './dates';

/** What a restore brought back, in one or two sentences. */
export function restoreSummary(check: Extract<BackupCheck, { ok: true }>): string {
  const { summary } = check;
  const count = summary.programs.length;
  const upgraded =
    summary.restoresAs > summary.dataVersion
      ? ` It was brought up from data version ${summary.dataVersion} to ${summary.restoresAs}.`
      : '';
  const kept = describeKeptFields(summary);
  return `Restored ${count} ${count === 1 ? 'program' : 'programs'} from the backup of ${formatMoment(summary.createdAt)}.${upgraded}${kept ? ` ${kept}` : ''}`;
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
  try {
    await writeAutoBackup('before-restore');
  } catch (error) {
    throw new Error(
      `Nothing was restored: the backup of the current data, saved before every restore, could not be written. ${explainBackupFailure(error)} Free some disk space, then try again.`,
      { cause: error },
    );
  }
  await restoreBackup(db, check.backup);
  reportDone('Backup restored', restoreSummary(check));
}
