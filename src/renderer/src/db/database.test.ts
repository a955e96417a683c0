import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fixture from '../../../../test/fixtures/db/v1.json';
import { PeerMentorDatabase } from './database';
import { DATA_VERSION, TABLE_NAMES, migrateTables, schemaVersions, tableNamesAt, type SchemaVersion } from './schema-versions';
import { tableSchemas } from './record-schemas';
import { NewerDataError, WriteFailedError, runWrite, readDataVersion } from './write-guard';

let counter = 0;
const freshName = () => `pmd-test-${Date.now()}-${counter++}`;

describe('schema versions', () => {
  it('are numbered 1, 2, 3… with no gaps (append-only history)', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, i) => i + 1));
    expect(DATA_VERSION).toBe(schemaVersions.length);
  });

  it('derive the table list from the stores, and every table has a record schema', () => {
    expect([...TABLE_NAMES].sort()).toEqual(Object.keys(tableSchemas).sort());
    expect(new PeerMentorDatabase(freshName()).tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('fold stores as Dexie does: new tables are appended, null deletes, unnamed tables stay', () => {
    const stacked: SchemaVersion[] = [
      { version: 1, stores: { a: 'id', b: 'id', c: 'id' } },
      { version: 2, stores: { b: null, d: 'id', a: 'id, name' } },
    ];
    expect(tableNamesAt(stacked, 1)).toEqual(['a', 'b', 'c']);
    expect(tableNamesAt(stacked)).toEqual(['a', 'c', 'd']);
  });

  it('refuse an upgrade step that loses a table or leaves a deleted one behind', () => {
    const stacked: SchemaVersion[] = [
      { version: 1, stores: { a: 'id', b: 'id' } },
      { version: 2, stores: { b: null, c: 'id' }, migrate: ({ a, b }) => ({ a: a!, c: b! }) },
    ];
    expect(migrateTables({ a: [1], b: [2] }, 1, stacked)).toEqual({ a: [1], c: [2] });
    expect(() => migrateTables({ a: [1], b: [2] }, 1, [stacked[0]!, { ...stacked[1]!, migrate: (t) => t }])).toThrow(
      /lost the table\(s\) c; it left the table\(s\) b behind/,
    );
  });

  it('open a version-1 database through every later upgrade with every record intact and valid', async () => {
    const name = freshName();
    const v1 = new PeerMentorDatabase(name, { upTo: 1 });
    await v1.open();
    for (const table of TABLE_NAMES) {
      const rows = (fixture.tables as Record<string, unknown[]>)[table] ?? [];
      if (rows.length) await v1.table(table).bulkAdd(rows);
    }
    v1.close();

    const current = new PeerMentorDatabase(name);
    await current.open();
    expect(current.verno).toBe(DATA_VERSION);
    for (const table of TABLE_NAMES) {
      const rows = await current.table(table).toArray();
      const expected = (fixture.tables as Record<string, unknown[]>)[table] ?? [];
      expect(rows).toHaveLength(expected.length);
      for (const row of rows) {
        const check = tableSchemas[table].safeParse(row);
        expect(check.success, `${table}: ${JSON.stringify(check.error?.issues)}`).toBe(true);
      }
    }
    const zoe = await current.participants.where({ programId: 'p-1', emailKey: 'zoe.muller@example.org' }).first();
    expect(zoe?.name).toBe('Zoë Müller');
    expect(await current.participants.where('wants').equals('c-1').count()).toBe(1);
    // Version 2 ("running the year") brought the follow-up records to their new shape.
    expect(await current.attendance.get('a-1')).toMatchObject({ participantId: 'u-1', status: 'present', guestName: '' });
    expect(await current.checkIns.get('k-1')).toMatchObject({ status: 'on-track', balance: 'equal', source: 'typed' });
    expect(await current.meetingLogs.get('l-1')).toMatchObject({ mode: '', loggedBy: '', notes: 'Good start' });
    expect(await current.teams.get('t-1')).toMatchObject({ confirmedOn: '2026-06-01', endedOn: '', endedReason: '' });
    expect(await current.attentionActions.count()).toBe(0);
    current.close();
  });
});

describe('runWrite', () => {
  it('stamps the data version on the first write', async () => {
    const db = new PeerMentorDatabase(freshName());
    expect(await readDataVersion(db)).toBe(0);
    await runWrite(db, [db.meta], () => db.meta.put({ key: 'x', value: 1 }));
    expect(await readDataVersion(db)).toBe(DATA_VERSION);
  });

  it('refuses to write into data from a newer app version and changes nothing', async () => {
    const db = new PeerMentorDatabase(freshName());
    await db.meta.put({ key: 'dataVersion', value: DATA_VERSION + 1 });
    await expect(
      runWrite(db, [db.meta], () => db.meta.put({ key: 'currentProgramId', value: 'x' })),
    ).rejects.toBeInstanceOf(NewerDataError);
    expect(await db.meta.get('currentProgramId')).toBeUndefined();
  });

  it('rolls back every record of a multi-record write that fails, and says nothing was saved', async () => {
    const db = new PeerMentorDatabase(freshName());
    const error = await runWrite(db, [db.meta], async () => {
      await db.meta.put({ key: 'a', value: 1 });
      await db.meta.put({ key: 'b', value: 2 });
      throw new Error('disk unplugged');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailedError);
    expect((error as Error).message).toMatch(/^Nothing was saved/);
    expect(await db.meta.get('a')).toBeUndefined();
    expect(await db.meta.get('b')).toBeUndefined();
  });
});
