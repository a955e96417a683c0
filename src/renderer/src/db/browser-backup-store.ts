/**
 * Automatic backups when the app runs in a plain browser: kept in a second IndexedDB database
 * (the desktop app keeps them as files in its user-data folder instead). Newest 20 kept.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { BackupEntry, BackupReason } from '@shared/ipc-contract';

interface StoredBackup extends BackupEntry {
  json: string;
}

class BackupStore extends Dexie {
  backups!: EntityTable<StoredBackup, 'fileName'>;
  constructor() {
    super('peer-mentor-desk-auto-backups');
    this.version(1).stores({ backups: 'fileName, createdAt' });
  }
}

let store: BackupStore | null = null;
const open = () => (store ??= new BackupStore());

function stamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace('.', '');
}

/** Store one backup and drop the oldest beyond `keep`. */
export async function putBrowserBackup(
  reason: BackupReason,
  json: string,
  now: string,
  keep: number,
): Promise<BackupEntry> {
  const db = open();
  const entry: BackupEntry = {
    fileName: `pmd-backup-${stamp(now)}-${reason}.json`,
    createdAt: now,
    reason,
    sizeBytes: new TextEncoder().encode(json).byteLength,
  };
  await db.transaction('rw', db.backups, async () => {
    await db.backups.put({ ...entry, json });
    const all = await db.backups.orderBy('createdAt').reverse().primaryKeys();
    const extra = all.slice(keep);
    if (extra.length) await db.backups.bulkDelete(extra);
  });
  return entry;
}

export async function listBrowserBackups(): Promise<BackupEntry[]> {
  const rows = await open().backups.orderBy('createdAt').reverse().toArray();
  return rows.map(({ json: _json, ...entry }) => entry);
}

export async function readBrowserBackup(fileName: string): Promise<string> {
  const row = await open().backups.get(fileName);
  if (!row) throw new Error(`The automatic backup ${fileName} no longer exists.`);
  return row.json;
}
