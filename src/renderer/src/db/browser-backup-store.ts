/**
 * Automatic backups when the app runs in a plain browser: kept in a second IndexedDB database
 * (the desktop app keeps them as files in its user-data folder instead). What is kept follows the
 * same rule as on desktop (`chooseBackupsToDelete`): the newest 20 scheduled backups, and every
 * safety copy (before an import, a restore or a delete) for at least 30 days.
 */
import { Dexie, type EntityTable } from 'dexie';
import { BACKUP_FILE_PATTERN, type BackupEntry, type BackupReason } from '@shared/ipc-contract';
import {
  chooseBackupsToDelete,
  DEFAULT_RETENTION,
  type RetentionEntry,
  type RetentionPolicy,
} from '@shared/backup-retention';

interface StoredBackup extends BackupEntry {
  json: string;
}

/**
 * Version 2 keeps each backup's description in `entries` beside the text in `backups`, so the
 * list (Settings, the home's "last backup") never reads megabytes of backups to show a few lines.
 */
class BackupStore extends Dexie {
  backups!: EntityTable<StoredBackup, 'fileName'>;
  entries!: EntityTable<BackupEntry, 'fileName'>;
  constructor() {
    super('peer-mentor-desk-auto-backups');
    this.version(1).stores({ backups: 'fileName, createdAt' });
    this.version(2)
      .stores({ entries: 'fileName, createdAt' })
      .upgrade(async (tx) => {
        await tx
          .table('backups')
          .toCollection()
          .each(async (row: StoredBackup) => {
            const { json: _json, ...entry } = row;
            await tx.table('entries').put(entry);
          });
      });
  }
}

let store: BackupStore | null = null;
const open = () => (store ??= new BackupStore());

function stamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace('.', '');
}

/** Store one backup, then delete the ones the retention rule lets go, in one transaction. */
export async function putBrowserBackup(
  reason: BackupReason,
  json: string,
  now: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Promise<BackupEntry> {
  const db = open();
  const entry: BackupEntry = {
    fileName: `pmd-backup-${stamp(now)}-${reason}.json`,
    createdAt: now,
    reason,
    sizeBytes: new TextEncoder().encode(json).byteLength,
  };
  await db.transaction('rw', db.backups, db.entries, async () => {
    await db.backups.put({ ...entry, json });
    await db.entries.put(entry);
    // Keys only (time from the index, reason from the name): the backups themselves stay on disk.
    const entries: RetentionEntry[] = [];
    await db.backups.orderBy('createdAt').eachKey((createdAt, cursor) => {
      const fileName = String(cursor.primaryKey);
      const match = BACKUP_FILE_PATTERN.exec(fileName);
      if (match) entries.push({ fileName, createdAt: String(createdAt), reason: match[2] as BackupReason });
    });
    const doomed = chooseBackupsToDelete(entries, Date.parse(now), policy);
    if (doomed.length) {
      await db.backups.bulkDelete(doomed);
      await db.entries.bulkDelete(doomed);
    }
  });
  return entry;
}

/** Every stored backup, newest first. */
export async function listBrowserBackups(): Promise<BackupEntry[]> {
  return open().entries.orderBy('createdAt').reverse().toArray();
}

export async function readBrowserBackup(fileName: string): Promise<string> {
  const row = await open().backups.get(fileName);
  if (!row) throw new Error(`The automatic backup ${fileName} no longer exists.`);
  return row.json;
}
