import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PeerMentorDatabase } from './database';
import { createBackup, restoreBackup } from './backup';
import { readBackup, type BackupTables } from './backup-format';
import { databaseContents } from '../../../../test/support/record-arbitraries';

let n = 0;

/** The records as IndexedDB hands them back: ordered by primary key (UTF-16 code units). */
function inKeyOrder(tables: BackupTables): Record<string, unknown[]> {
  const key = (row: unknown) => {
    const r = row as { id?: string; key?: string };
    return (r.id ?? r.key)!;
  };
  return Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [
      name,
      [...(rows as unknown[])].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
    ]),
  );
}

describe('backup and restore (property)', () => {
  it('bring back exactly what the app wrote: createBackup → JSON → readBackup → restore → read back', async () => {
    await fc.assert(
      fc.asyncProperty(databaseContents, async (tables) => {
        const source = new PeerMentorDatabase(`backup-property-${n++}`);
        for (const name of source.tableNames) {
          const rows = (tables as unknown as Record<string, unknown[]>)[name]!;
          if (rows.length) await source.table(name).bulkAdd(rows);
        }
        const json = JSON.stringify(await createBackup(source, { appVersion: 'test', now: '2026-11-24T10:00:00.000Z' }));

        const check = readBackup(json);
        if (!check.ok) throw new Error(check.message);
        expect(check.summary.unknownFields).toEqual([]);
        expect(check.summary.counts.participants).toBe(tables.participants.length);

        const target = new PeerMentorDatabase(`backup-property-${n++}`);
        await target.meta.put({ key: 'replaced', value: 'by the restore' });
        await restoreBackup(target, check.backup);
        const back = await createBackup(target, { appVersion: 'test', now: 'later' });
        expect(back.tables).toEqual(inKeyOrder(tables));
        await source.delete();
        await target.delete();
      }),
      { numRuns: 60 },
    );
  });
});
