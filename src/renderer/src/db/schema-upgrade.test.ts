/**
 * Proof that data of today's version survives the next one, before the next one exists: a
 * test-only version is stacked on the real ones (a renamed field, and a new table filled from an
 * old one), and both the version-1 fixture database and the version-1 fixture backup arrive in
 * its shape through the one `migrate` both paths share.
 *
 * When a later issue adds a real version, it adds these same two tests for it, starting from
 * fixtures of the version before.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import dbFixture from '../../../../test/fixtures/db/v1.json';
import backupText from '../../../../test/fixtures/backups/v1-backup.json?raw';
import backupV2Text from '../../../../test/fixtures/backups/v2-backup.json?raw';
import dbV2Fixture from '../../../../test/fixtures/db/v2.json';
import { PeerMentorDatabase } from './database';
import { createBackup, restoreBackup } from './backup';
import { readBackup } from './backup-format';
import { importBatchSchema, participantSchema, tableSchemas } from './record-schemas';
import { DATA_VERSION, migrateTables, schemaVersions, type RawTables, type SchemaVersion } from './schema-versions';
import { readDataVersion } from './write-guard';

type Row = Record<string, unknown>;

/** participants.jobTitle → role, wherever a participant is stored (also inside import batches). */
function renameJobTitle(row: unknown): Row {
  const { jobTitle, ...rest } = row as Row;
  return { ...rest, role: jobTitle };
}

const NEXT = DATA_VERSION + 1;

/** The test-only next version. */
const nextVersion: SchemaVersion = {
  version: NEXT,
  stores: {
    participants: 'id, programId, [programId+emailKey], [programId+status], *offers, *wants, role',
    memberGoals: 'id, programId, teamId',
  },
  migrate: (tables: RawTables): RawTables => ({
    ...tables,
    participants: tables.participants!.map(renameJobTitle),
    importBatches: tables.importBatches!.map((batch) => {
      const b = batch as Row & { updatedBefore: unknown[]; withdrawnBefore: unknown[] };
      return {
        ...b,
        updatedBefore: b.updatedBefore.map(renameJobTitle),
        withdrawnBefore: b.withdrawnBefore.map(renameJobTitle),
      };
    }),
    // A new table, started from an old one: one empty goal per team.
    memberGoals: tables.teams!.map((team) => {
      const t = team as { id: string; programId: string };
      return { id: `note-${t.id}`, programId: t.programId, teamId: t.id, text: '' };
    }),
  }),
};

const versions = [...schemaVersions, nextVersion];

const participantNext = participantSchema.omit({ jobTitle: true }).extend({ role: z.string().max(500) });
const schemas = {
  ...tableSchemas,
  participants: participantNext,
  importBatches: importBatchSchema.extend({
    updatedBefore: z.array(participantNext),
    withdrawnBefore: z.array(participantNext),
  }),
  memberGoals: z.looseObject({ id: z.string(), programId: z.string(), teamId: z.string(), text: z.string() }),
};

let n = 0;
const freshName = () => `schema-upgrade-${n++}`;

/** A database of version 1 on disk, holding `tables`. */
async function versionOneDatabase(tables: RawTables): Promise<string> {
  const name = freshName();
  const v1 = new PeerMentorDatabase(name, { upTo: 1 });
  await v1.open();
  for (const [table, rows] of Object.entries(tables)) if (rows.length) await v1.table(table).bulkAdd(rows);
  v1.close();
  return name;
}

/** `tables` (data of version 1) as today's real versions shape them. */
const today = (tables: RawTables): RawTables => migrateTables(tables, 1, schemaVersions);

function expectNextShape(tables: RawTables, v1: RawTables): void {
  const from = today(v1);
  for (const [table, rows] of Object.entries(tables)) {
    for (const row of rows) {
      const check = schemas[table as keyof typeof schemas].safeParse(row);
      expect(check.success, `${table}: ${JSON.stringify(check.error?.issues)}`).toBe(true);
    }
  }
  const before = new Map((from.participants as Row[]).map((p) => [p.id, p]));
  expect(tables.participants).toHaveLength(before.size);
  for (const p of tables.participants as Row[]) {
    expect(p).not.toHaveProperty('jobTitle');
    expect(p.role).toBe(before.get(p.id)?.jobTitle);
  }
  expect(tables.memberGoals).toHaveLength(from.teams!.length);
  for (const table of Object.keys(from)) {
    if (table === 'participants' || table === 'importBatches' || table === 'meta') continue;
    expect(tables[table], table).toEqual(from[table]);
  }
}

describe(`a test-only data version ${NEXT} stacked on the real ones`, () => {
  it('opens the version-1 fixture database through the upgrade, every record in the new shape', async () => {
    const name = await versionOneDatabase(dbFixture.tables);
    const db = new PeerMentorDatabase(name, { versions });
    await db.open();
    expect(db.verno).toBe(NEXT);
    expect(await readDataVersion(db)).toBe(NEXT);
    const backup = await createBackup(db, { appVersion: 'test', now: '2027-01-01T00:00:00.000Z' });
    expectNextShape(backup.tables as unknown as RawTables, dbFixture.tables);
    // The new index works on the renamed field.
    expect(await db.table('participants').where('role').equals('Senior auditor').count()).toBe(1);
    db.close();
  });

  it('restores the version-1 fixture backup through the same upgrade into the new shape', async () => {
    const check = readBackup(backupText, { versions, schemas });
    if (!check.ok) throw new Error(check.message);
    expect(check.summary.dataVersion).toBe(1);
    expect(check.summary.restoresAs).toBe(NEXT);
    expect(check.summary.unknownFields).toEqual([]);

    const db = new PeerMentorDatabase(freshName(), { versions });
    await restoreBackup(db, check.backup);
    const restored = await createBackup(db, { appVersion: 'test', now: '2027-01-01T00:00:00.000Z' });
    expect(restored.dataVersion).toBe(NEXT);
    const original = (JSON.parse(backupText) as { tables: RawTables }).tables;
    expectNextShape(restored.tables as unknown as RawTables, original);
    for (const batch of restored.tables.importBatches as unknown as { updatedBefore: Row[] }[]) {
      for (const p of batch.updatedBefore) expect(p).toHaveProperty('role');
    }
    db.close();
  });

  it('gives the same records whether version-1 data is upgraded on disk or restored from a backup', async () => {
    const original = (JSON.parse(backupText) as { tables: RawTables }).tables;
    const onDisk = new PeerMentorDatabase(await versionOneDatabase(original), { versions });
    const upgraded = await createBackup(onDisk, { appVersion: 'test', now: 'x' });

    const check = readBackup(backupText, { versions, schemas });
    if (!check.ok) throw new Error(check.message);
    const target = new PeerMentorDatabase(freshName(), { versions });
    await restoreBackup(target, check.backup);
    const restored = await createBackup(target, { appVersion: 'test', now: 'x' });

    expect(restored.tables).toEqual(upgraded.tables);
    onDisk.close();
    target.close();
  });

  it('leaves a version-1 database untouched when an upgrade step fails', async () => {
    const name = await versionOneDatabase(dbFixture.tables);
    const broken: SchemaVersion = {
      ...nextVersion,
      migrate: (tables) => {
        const out = nextVersion.migrate!(tables);
        delete out.checkIns; // a step that forgets a table must not lose it
        return out;
      },
    };
    const db = new PeerMentorDatabase(name, { versions: [...schemaVersions, broken] });
    await expect(db.open()).rejects.toThrow(/lost the table\(s\) checkIns/);
    db.close();

    const again = new PeerMentorDatabase(name, { upTo: 1 });
    await again.open();
    expect(again.verno).toBe(1);
    expect(await again.checkIns.count()).toBe(dbFixture.tables.checkIns.length);
    expect(await again.participants.get('u-1')).toMatchObject({ jobTitle: 'Analyst' });
    again.close();
  });

  it('refuses, with nothing changed, a backup that a broken upgrade step would shorten', () => {
    const broken: SchemaVersion = { ...nextVersion, migrate: ({ checkIns: _gone, ...rest }) => nextVersion.migrate!(rest) };
    const check = readBackup(backupText, { versions: [...schemaVersions, broken], schemas });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(new RegExp(`could not be brought up to data version ${NEXT}: .*checkIns.*Nothing was changed\\.$`));
  });
});

describe('the version-1 fixture backup with the real versions', () => {
  it('restores through every real upgrade with every record kept', async () => {
    const check = readBackup(backupText);
    if (!check.ok) throw new Error(check.message);
    expect(check.summary.restoresAs).toBe(DATA_VERSION);
    expect(check.summary.unknownFields).toEqual([]);
    const original = (JSON.parse(backupText) as { tables: RawTables }).tables;
    for (const [table, rows] of Object.entries(original)) expect(rows.length, table).toBeGreaterThan(0);

    const db = new PeerMentorDatabase(freshName());
    await restoreBackup(db, check.backup);
    const again = await createBackup(db, { appVersion: 'test', now: 'x' });
    // Restoring stamps today's data version; every other record is the upgraded original.
    const expected = today(original);
    expected.meta = (expected.meta as { key: string; value: unknown }[]).map((m) =>
      m.key === 'dataVersion' ? { ...m, value: DATA_VERSION } : m,
    );
    expect(again.tables).toEqual(expected);
    db.close();
  });
});

describe('the version-2 fixtures with the real versions', () => {
  it('open a version-2 database with every record intact and valid', async () => {
    const name = freshName();
    const v2 = new PeerMentorDatabase(name, { upTo: 2 });
    await v2.open();
    for (const [table, rows] of Object.entries(dbV2Fixture.tables as RawTables)) if (rows.length) await v2.table(table).bulkAdd(rows);
    v2.close();
    const db = new PeerMentorDatabase(name);
    await db.open();
    expect(await readDataVersion(db)).toBe(DATA_VERSION);
    const now = await createBackup(db, { appVersion: 'test', now: 'x' });
    // The upgrade stamps today's data version; every other record is the upgraded original.
    const expected = migrateTables(dbV2Fixture.tables as RawTables, 2, schemaVersions);
    expected.meta = (expected.meta as { key: string; value: unknown }[]).map((m) =>
      m.key === 'dataVersion' ? { ...m, value: DATA_VERSION } : m,
    );
    expect(now.tables).toEqual(expected);
    // Version 3 adds the feedback table, empty; nothing of version 2 is reshaped.
    expect(now.tables.feedback).toEqual([]);
    for (const [table, rows] of Object.entries(dbV2Fixture.tables as RawTables)) {
      if (table !== 'meta') expect(now.tables[table as keyof typeof now.tables], table).toEqual(rows);
    }
    for (const [table, rows] of Object.entries(now.tables)) {
      for (const row of rows as unknown[]) {
        const check = tableSchemas[table as keyof typeof tableSchemas].safeParse(row);
        expect(check.success, `${table}: ${JSON.stringify(check.error?.issues)}`).toBe(true);
      }
    }
    db.close();
  });

  it('restore the version-2 backup with every table holding records', async () => {
    const check = readBackup(backupV2Text);
    if (!check.ok) throw new Error(check.message);
    expect(check.summary.dataVersion).toBe(2);
    expect(check.summary.unknownFields).toEqual([]);
    const original = (JSON.parse(backupV2Text) as { tables: RawTables }).tables;
    for (const [table, rows] of Object.entries(original)) expect(rows.length, table).toBeGreaterThan(0);
    const db = new PeerMentorDatabase(freshName());
    await restoreBackup(db, check.backup);
    const again = await createBackup(db, { appVersion: 'test', now: 'x' });
    const expected = migrateTables(original, 2, schemaVersions);
    expected.meta = (expected.meta as { key: string; value: unknown }[]).map((m) =>
      m.key === 'dataVersion' ? { ...m, value: DATA_VERSION } : m,
    );
    expect(again.tables).toEqual(expected);
    expect(again.tables.feedback).toEqual([]);
    expect(again.tables.participants).toEqual(original.participants);
    db.close();
  });
});
