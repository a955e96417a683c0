/**
 * Taking a backup of the whole database and restoring one, each in a single transaction. Both
 * follow the schema versions the database connection was declared with (`db.versions`), so a
 * test that stacks a version on the real ones backs up and restores in that version's shape.
 */
import type { Table } from 'dexie';
import type { PeerMentorDatabase } from './database';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupFile,
  type BackupTables,
} from './backup-format';
import { runWrite, DATA_VERSION_KEY } from './write-guard';

function tablesOf(db: PeerMentorDatabase): Table[] {
  return db.tableNames.map((name) => db.table(name));
}

/** Read every table in one consistent read transaction. */
export async function createBackup(
  db: PeerMentorDatabase,
  context: { appVersion: string; now: string },
): Promise<BackupFile> {
  const tables = await db.transaction('r', tablesOf(db), async () => {
    const out: Record<string, unknown[]> = {};
    for (const name of db.tableNames) out[name] = await db.table(name).toArray();
    return out as BackupTables;
  });
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: context.appVersion,
    dataVersion: db.dataVersion,
    createdAt: context.now,
    tables,
  };
}

/**
 * Replace everything in the database with the backup's contents: all or nothing. The backup must
 * come from `readBackup`, which brought it up to the database's data version.
 */
export async function restoreBackup(db: PeerMentorDatabase, backup: BackupFile): Promise<void> {
  if (backup.dataVersion !== db.dataVersion) {
    throw new Error(
      `This backup is in data version ${backup.dataVersion}, the app stores data version ${db.dataVersion}. Nothing was changed.`,
    );
  }
  const source = backup.tables as unknown as Record<string, unknown[] | undefined>;
  await runWrite(db, tablesOf(db), async () => {
    for (const name of db.tableNames) {
      const table = db.table(name);
      await table.clear();
      const rows = source[name] ?? [];
      const kept =
        name === 'meta'
          ? (rows as { key: string }[]).filter((r) => r.key !== DATA_VERSION_KEY)
          : rows;
      if (kept.length > 0) await table.bulkAdd(kept);
    }
    await db.meta.put({ key: DATA_VERSION_KEY, value: db.dataVersion });
  }, { replacesEverything: true });
}
