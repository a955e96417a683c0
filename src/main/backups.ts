/**
 * Automatic backups on disk, in `<userData>/backups`. The renderer decides when to back up;
 * this module writes (atomically), rotates, lists and reads. Only files whose names match
 * BACKUP_FILE_PATTERN are ever listed, read or deleted, so nothing else in the folder is touched.
 * Which backups rotate away is decided by the shared `chooseBackupsToDelete` (scheduled ones:
 * the newest 20; safety copies before an import, a restore or a delete: at least 30 days).
 */
import { lstat, mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BACKUP_FILE_PATTERN, type BackupEntry, type BackupReason } from '../shared/ipc-contract';
import {
  chooseBackupsToDelete,
  DEFAULT_RETENTION,
  type RetentionPolicy,
} from '../shared/backup-retention';
import { writeFileAtomic } from './atomic-write';

/** Name of the backups folder inside Electron's userData folder. */
export const BACKUP_FOLDER_NAME = 'backups';

/** `20260102T030405678Z` for 2026-01-02T03:04:05.678Z: sortable as text, safe in file names. */
export function formatBackupTimestamp(date: Date): string {
  const iso = date.toISOString();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(iso)) {
    throw new Error(`Cannot name a backup for the date ${iso}`);
  }
  return iso.replace(/[-:.]/g, '');
}

/** File name of a backup written at `date` for `reason`. */
export function backupFileName(date: Date, reason: BackupReason): string {
  return `pmd-backup-${formatBackupTimestamp(date)}-${reason}.json`;
}

/** Reads the date (ISO string) and reason back from a backup file name, or `null` if it is not one. */
export function parseBackupFileName(
  name: string,
): { createdAt: string; reason: BackupReason } | null {
  const match = BACKUP_FILE_PATTERN.exec(name);
  if (!match) return null;
  const stamp = match[1] ?? '';
  const reason = match[2] as BackupReason;
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  const date = new Date(iso);
  // Reject impossible stamps such as month 13 or 25 o'clock, which the pattern alone allows.
  if (Number.isNaN(date.getTime()) || date.toISOString() !== iso) return null;
  return { createdAt: iso, reason };
}

function isBackupName(name: string): boolean {
  return parseBackupFileName(name) !== null;
}

// Newest first; the fixed-width timestamp right after the common prefix makes text order time order.
function newestFirst(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

async function backupNames(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && isBackupName(entry.name))
    .map((entry) => entry.name)
    .sort(newestFirst);
}

async function pathExists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

// Writes to one folder run one after another, so two backups in the same millisecond cannot
// both pick the same free name and have the second rename replace the first.
const folderQueues = new Map<string, Promise<unknown>>();

function inFolderQueue<T>(folder: string, task: () => Promise<T>): Promise<T> {
  const previous = folderQueues.get(folder) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => undefined);
  folderQueues.set(folder, settled);
  void settled.then(() => {
    if (folderQueues.get(folder) === settled) folderQueues.delete(folder);
  });
  return next;
}

/** Options for {@link writeBackup}. */
export interface WriteBackupOptions {
  /** The clock, injectable for tests. */
  now?: () => Date;
  /** What to keep after writing (default {@link DEFAULT_RETENTION}). */
  retention?: RetentionPolicy;
}

/** Writes one backup atomically, then deletes the backups the retention rule lets go. */
export function writeBackup(
  folder: string,
  reason: BackupReason,
  json: string,
  options: WriteBackupOptions = {},
): Promise<BackupEntry> {
  const now = options.now ?? (() => new Date());
  return inFolderQueue(folder, async () => {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    let time = now().getTime();
    let name = backupFileName(new Date(time), reason);
    // A name already taken (same millisecond) moves on by a millisecond rather than overwrite.
    for (let attempt = 0; (await pathExists(join(folder, name))) && attempt < 1000; attempt += 1) {
      time += 1;
      name = backupFileName(new Date(time), reason);
    }
    const path = join(folder, name);
    if (await pathExists(path)) throw new Error('Could not find a free backup file name');
    // Backups hold people's names and contact details: readable by the user only.
    await writeFileAtomic(path, json, { mode: 0o600 });
    const { size } = await lstat(path);
    await rotateBackups(folder, new Date(time), options.retention);
    return { fileName: name, createdAt: new Date(time).toISOString(), reason, sizeBytes: size };
  });
}

/**
 * Deletes the backup files the retention rule lets go at `now`; returns the deleted names.
 * Other files stay.
 */
export async function rotateBackups(
  folder: string,
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Promise<string[]> {
  const entries = (await backupNames(folder)).flatMap((fileName) => {
    const parsed = parseBackupFileName(fileName);
    return parsed ? [{ fileName, ...parsed }] : [];
  });
  const doomed = chooseBackupsToDelete(entries, now, policy);
  for (const name of doomed) {
    await unlink(join(folder, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  return doomed;
}

/** Lists the backups in `folder`, newest first. A missing folder means no backups yet. */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  const entries: BackupEntry[] = [];
  for (const name of await backupNames(folder)) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    try {
      const { size } = await lstat(join(folder, name));
      entries.push({
        fileName: name,
        createdAt: parsed.createdAt,
        reason: parsed.reason,
        sizeBytes: size,
      });
    } catch (error) {
      // Rotated away between readdir and stat: simply not listed.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return entries;
}

/** Reads one backup by file name; anything that is not a plain backup name is refused. */
export async function readBackup(folder: string, fileName: string): Promise<{ json: string }> {
  if (basename(fileName) !== fileName || !isBackupName(fileName)) {
    throw new Error(`"${fileName}" is not a backup file name`);
  }
  const path = join(folder, fileName);
  const info = await lstat(path);
  if (!info.isFile()) throw new Error(`"${fileName}" is not a backup file`);
  return { json: await readFile(path, 'utf8') };
}
