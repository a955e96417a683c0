/**
 * Taking a backup of the whole database and restoring one, each in a single transaction.
 */
import type { Table } from 'dexie';
import type { PeerMentorDatabase } from './database';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupFile,
  type BackupTables,
} from './backup-format';
import { DATA_VERSION, TABLE_NAMES } from './schema-versions';
import { runWrite, DATA_VERSION_KEY } from './write-guard';

function tablesOf(db: PeerMentorDatabase): Table[] {
  return TABLE_NAMES.map((name) => db.table(name));
}

/** Read every table in one consistent read transaction. */
export async function createBackup(
  db: PeerMentorDatabase,
  context: { appVersion: string; now: string },
): Promise<BackupFile> {
  const tables = await db.transaction('r', tablesOf(db), async () => {
    const out: Record<string, unknown[]> = {};
    for (const name of TABLE_NAMES) out[name] = await db.table(name).toArray();
    // The envelope carries the data version; the stored stamp may lag right after an upgrade.
    out.meta = (out.meta as { key: string }[]).filter((entry) => entry.key !== DATA_VERSION_KEY);
    return out as BackupTables;
  });
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: context.appVersion,
    dataVersion: DATA_VERSION,
    createdAt: context.now,
    tables,
  };
}

/** Replace everything in the database with the backup's contents: all or nothing. */
export async function restoreBackup(db: PeerMentorDatabase, backup: BackupFile): Promise<void> {
  await runWrite(db, tablesOf(db), async () => {
    for (const name of TABLE_NAMES) {
      const table = db.table(name);
      await table.clear();
      const rows = backup.tables[name] as unknown[];
      const kept =
        name === 'meta'
          ? (rows as { key: string }[]).filter((r) => r.key !== DATA_VERSION_KEY)
          : rows;
      if (kept.length > 0) await table.bulkAdd(kept);
    }
    await db.meta.put({ key: DATA_VERSION_KEY, value: DATA_VERSION });
  });
}
