import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fixture from '../../../../test/fixtures/db/v1.json';
import { PeerMentorDatabase } from './database';
import { createBackup, restoreBackup } from './backup';
import { BACKUP_FORMAT, describeBackupCounts, describeKeptFields, readBackup } from './backup-format';
import { DATA_VERSION } from './schema-versions';

let n = 0;
/** The version-1 fixture, written at version 1 and then opened (upgraded) by today's app. */
async function fixtureDb(): Promise<PeerMentorDatabase> {
  const name = `backup-test-${n++}`;
  const v1 = new PeerMentorDatabase(name, { upTo: 1 });
  for (const table of Object.keys(fixture.tables)) {
    const rows = (fixture.tables as Record<string, unknown[]>)[table] ?? [];
    if (rows.length) await v1.table(table).bulkAdd(rows);
  }
  v1.close();
  const db = new PeerMentorDatabase(name);
  await db.open();
  return db;
}

async function validJson(): Promise<string> {
  const db = await fixtureDb();
  return JSON.stringify(await createBackup(db, { appVersion: '1.0.0', now: '2026-11-24T10:00:00.000Z' }));
}

function mutate(json: string, change: (b: { [k: string]: unknown; tables: Record<string, Record<string, unknown>[]> }) => void): string {
  const b = JSON.parse(json);
  change(b);
  return JSON.stringify(b);
}

describe('readBackup', () => {
  it('accepts a backup the app wrote and summarises what it holds', async () => {
    const check = readBackup(await validJson());
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.summary.programs).toEqual([
      { name: 'Finance Peer Mentoring 2026–27', organisation: 'Harbour & Co.', status: 'active', isDemo: false },
    ]);
    expect(check.summary.counts.participants).toBe(2);
    expect(check.summary.counts.competencies).toBe(3);
    expect(check.summary.appVersion).toBe('1.0.0');
  });

  it('counts confirmed teams and proposals apart for the restore dialog', async () => {
    const json = mutate(await validJson(), (b) => {
      const first = b.tables.teams?.[0];
      if (!first) throw new Error('the fixture has a team');
      b.tables.teams = [
        { ...first, id: 't1', status: 'confirmed' },
        { ...first, id: 't2', status: 'proposed' },
        { ...first, id: 't3', status: 'proposed' },
        { ...first, id: 't4', status: 'ended' },
      ];
      b.tables.teamMembers = [];
    });
    const check = readBackup(json);
    if (!check.ok) throw new Error(check.message);
    expect(check.summary.teams).toEqual({ confirmed: 1, proposed: 2, ended: 1 });
    const words = describeBackupCounts(check.summary);
    expect(words).toContain('1 confirmed team,');
    expect(words).toContain('2 proposed teams not confirmed yet');
    expect(words).toContain('1 ended team');
    expect(words).toMatch(/^2 participants, 3 competencies, .* and \d+ [a-z -]+\.$/);
    expect(describeBackupCounts({ counts: { ...check.summary.counts, competencies: 0, events: 0, attendance: 0, meetingLogs: 0, checkIns: 0 }, teams: { confirmed: 0, proposed: 0, ended: 0 } })).toBe('2 participants.');
  });

  it.each([
    ['text that is not JSON', () => '{"format": "peer-mentor-desk-backup", "tabl', /not valid JSON/],
    ['JSON from another program', () => JSON.stringify({ name: 'something else', items: [] }), /not a Peer Mentor Desk backup/],
    ['an empty file', () => '', /not valid JSON/],
  ])('refuses %s and says why', (_label, make, message) => {
    const check = readBackup(make());
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });

  it('refuses a backup from a newer data version, naming both versions and what to do', async () => {
    const check = readBackup(
      mutate(await validJson(), (b) => {
        b.dataVersion = DATA_VERSION + 2;
        b.appVersion = '0.4.0';
      }),
    );
    expect(check).toEqual({
      ok: false,
      message: `This backup was written by data version ${DATA_VERSION + 2} (Peer Mentor Desk 0.4.0); this app reads up to data version ${DATA_VERSION}. Update the app to restore it. Nothing was changed.`,
    });
  });

  it('refuses a backup in a newer file format the same way', async () => {
    const check = readBackup(mutate(await validJson(), (b) => (b.formatVersion = 2)));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/backup format 2 .*reads up to backup format 1\. Update the app/);
  });

  it('keeps fields this version does not know, says how many, and restores them as they are', async () => {
    const json = mutate(await validJson(), (b) => {
      for (const p of b.tables.participants!) p.pronouns = 'they/them';
      (b.tables.programs![0]!.rules as Record<string, unknown>).maxTeams = 12;
    });
    const check = readBackup(json);
    if (!check.ok) throw new Error(check.message);
    expect(check.summary.unknownFields).toEqual([
      { table: 'programs', field: 'rules.maxTeams', count: 1 },
      { table: 'participants', field: 'pronouns', count: 2 },
    ]);
    expect(describeKeptFields(check.summary)).toBe(
      '3 fields this version does not know were kept as they are (programs: rules.maxTeams; participants: pronouns ×2).',
    );
    const target = new PeerMentorDatabase(`backup-test-${n++}`);
    await restoreBackup(target, check.backup);
    expect(await target.participants.get('u-1')).toMatchObject({ pronouns: 'they/them', name: 'Zoë Müller' });
    expect((await target.programs.get('p-1'))?.rules).toMatchObject({ maxTeams: 12, maxTotal: 6 });
  });

  it('says nothing about unknown fields when there are none', async () => {
    const check = readBackup(await validJson());
    if (!check.ok) throw new Error(check.message);
    expect(check.summary.unknownFields).toEqual([]);
    expect(describeKeptFields(check.summary)).toBeNull();
  });

  it('refuses a table its data version does not have rather than dropping it', async () => {
    const check = readBackup(mutate(await validJson(), (b) => (b.tables.goals = [{ id: 'g-1' }])));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain(`holds a table "goals" that data version ${DATA_VERSION} does not have`);
  });

  it('reads a backup that leaves out empty tables', async () => {
    const check = readBackup(mutate(await validJson(), (b) => delete b.tables.speedEvents));
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.backup.tables.speedEvents).toEqual([]);
  });

  it('names the table, record and field of a damaged record', async () => {
    const json = mutate(await validJson(), (b) => (b.tables.participants![1]!.careerStage = 'senior'));
    const check = readBackup(json);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/participants record 2, field "careerStage"/);
  });

  it('refuses repeated ids and records of a program that is not in the file', async () => {
    const dup = readBackup(mutate(await validJson(), (b) => (b.tables.competencies![1]!.id = 'c-1')));
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.message).toMatch(/repeats the id "c-1"/);
    const orphan = readBackup(mutate(await validJson(), (b) => (b.tables.teams![0]!.programId = 'p-404')));
    expect(orphan.ok).toBe(false);
    if (!orphan.ok) expect(orphan.message).toMatch(/teams record 1 belongs to a program that is not in the file/);
  });

  it('keeps the format marker so other JSON files are never mistaken for backups', async () => {
    expect(JSON.parse(await validJson()).format).toBe(BACKUP_FORMAT);
  });
});

describe('restoreBackup', () => {
  it('refuses a backup that was not brought up to the database\'s data version', async () => {
    const check = readBackup(await validJson());
    if (!check.ok) throw new Error(check.message);
    const target = await fixtureDb();
    await expect(restoreBackup(target, { ...check.backup, dataVersion: 0 })).rejects.toThrow(/Nothing was changed/);
    expect(await target.participants.count()).toBe(2);
  });

  it('replaces everything so that a new backup holds exactly the same records', async () => {
    const source = await fixtureDb();
    const backup = await createBackup(source, { appVersion: '1.0.0', now: '2026-11-24T10:00:00.000Z' });
    const target = new PeerMentorDatabase(`backup-test-${n++}`);
    await target.programs.add({ ...backup.tables.programs[0]!, id: 'other', name: 'To be replaced' });
    const check = readBackup(JSON.stringify(backup));
    if (!check.ok) throw new Error(check.message);
    await restoreBackup(target, check.backup);
    const again = await createBackup(target, { appVersion: '1.0.0', now: '2026-11-24T10:00:00.000Z' });
    expect(again.tables).toEqual(backup.tables);
  });

  it('changes nothing when the restore fails part-way', async () => {
    const target = await fixtureDb();
    const before = await createBackup(target, { appVersion: '1', now: 'x' });
    const check = readBackup(await validJson());
    if (!check.ok) throw new Error(check.message);
    // Two competencies with one id: the bulkAdd fails after programs and others were cleared.
    const broken = structuredClone(check.backup);
    broken.tables.competencies.push({ ...broken.tables.competencies[0]! });
    await expect(restoreBackup(target, broken)).rejects.toThrow(/Nothing was saved/);
    const after = await createBackup(target, { appVersion: '1', now: 'x' });
    expect(after.tables).toEqual(before.tables);
  });
});
