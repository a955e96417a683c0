import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listBrowserBackups, putBrowserBackup, readBrowserBackup } from './browser-backup-store';

const at = (day: number, minute = 0) => new Date(Date.UTC(2026, 0, 1 + day, 9, minute)).toISOString();

describe('automatic backups in a browser', () => {
  it('keep the safety copies through many scheduled backups, the newest 20 scheduled, and each backup intact', async () => {
    const beforeDelete = await putBrowserBackup('before-delete', '{"program":"Finance 2026"}', at(0));
    const beforeImport = await putBrowserBackup('before-import', '{"roster":"May"}', at(0, 5));
    for (let i = 0; i < 30; i++) await putBrowserBackup('scheduled', `{"n":${i}}`, at(1 + Math.floor(i / 2), (i % 2) * 30));

    const list = await listBrowserBackups();
    expect(list.filter((e) => e.reason === 'scheduled')).toHaveLength(20);
    expect(list.map((e) => e.fileName)).toEqual(expect.arrayContaining([beforeDelete.fileName, beforeImport.fileName]));
    expect(list[0]?.createdAt).toBe(at(15, 30));
    expect(await readBrowserBackup(beforeDelete.fileName)).toBe('{"program":"Finance 2026"}');
    expect(await readBrowserBackup(list[0]!.fileName)).toBe('{"n":29}');

    // 31 days on, with 20 newer backups, the safety copies go with the next write.
    await putBrowserBackup('scheduled', '{"n":30}', at(31, 10));
    const later = (await listBrowserBackups()).map((e) => e.fileName);
    expect(later).not.toContain(beforeDelete.fileName);
    expect(later).not.toContain(beforeImport.fileName);
    await expect(readBrowserBackup(beforeDelete.fileName)).rejects.toThrow(/no longer exists/);
  });
});

describe('the browser backup store, version 2', () => {
  it('lists the backups a version-1 store kept, and every list and retention step agrees with the texts', async () => {
    // A store as version 1 wrote it: descriptions and texts in one table.
    const { Dexie } = await import('dexie');
    indexedDB.deleteDatabase('peer-mentor-desk-auto-backups');
    const old = new Dexie('peer-mentor-desk-auto-backups');
    old.version(1).stores({ backups: 'fileName, createdAt' });
    await old.table('backups').put({
      fileName: 'pmd-backup-20251201T090000000Z-before-import.json',
      createdAt: '2025-12-01T09:00:00.000Z',
      reason: 'before-import',
      sizeBytes: 15,
      json: '{"old":"store"}',
    });
    old.close();

    const list = await listBrowserBackups();
    expect(list).toEqual([
      {
        fileName: 'pmd-backup-20251201T090000000Z-before-import.json',
        createdAt: '2025-12-01T09:00:00.000Z',
        reason: 'before-import',
        sizeBytes: 15,
      },
    ]);
    expect(list[0]).not.toHaveProperty('json');
    expect(await readBrowserBackup(list[0]!.fileName)).toBe('{"old":"store"}');
  });
});
