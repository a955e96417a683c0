import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKUP_FILE_PATTERN, backupReason, ipcContract } from '../shared/ipc-contract';
import { chooseBackupsToDelete, DEFAULT_RETENTION } from '../shared/backup-retention';
import {
  backupFileName,
  listBackups,
  parseBackupFileName,
  readBackup,
  rotateBackups,
  writeBackup,
} from './backups';

let root: string;
let folder: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pmd-backups-'));
  folder = join(root, 'backups');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A clock that starts at `start` and moves on by `stepMs` on every read. */
function steppingClock(start: string, stepMs: number): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += stepMs;
    return d;
  };
}

describe('backup file names', () => {
  it('names a backup after its time and reason, in the contract pattern', () => {
    const name = backupFileName(new Date('2026-09-01T08:05:03.007Z'), 'before-import');
    expect(name).toBe('pmd-backup-20260901T080503007Z-before-import.json');
    expect(BACKUP_FILE_PATTERN.test(name)).toBe(true);
  });

  it('reads the date and reason back from any name it writes (property)', () => {
    const reason = fc.constantFrom(...backupReason.options);
    const date = fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, reason, (d, r) => {
        const name = backupFileName(d, r);
        expect(BACKUP_FILE_PATTERN.test(name)).toBe(true);
        expect(parseBackupFileName(name)).toEqual({ createdAt: d.toISOString(), reason: r });
      }),
      { numRuns: 300 },
    );
  });

  it('orders names by time when sorted as text (property)', () => {
    const date = fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [na, nb] = [backupFileName(a, 'manual'), backupFileName(b, 'manual')];
        expect(Math.sign(na.localeCompare(nb, 'en'))).toBe(Math.sign(a.getTime() - b.getTime()));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects names that are not backups, including impossible dates', () => {
    for (const name of [
      'pmd-backup-20261301T000000000Z-manual.json',
      'pmd-backup-20260230T000000000Z-manual.json',
      'pmd-backup-20260101T250000000Z-manual.json',
      'pmd-backup-20260101T000000000Z-other.json',
      'pmd-backup-20260101T000000000Z-manual.json.tmp',
      'notes.txt',
    ]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

describe('writeBackup', () => {
  it('writes the JSON intact under a pattern name and leaves no temporary file', async () => {
    const json = JSON.stringify({ program: 'Cycle 2026–27', people: ['Ana Núñez', '李雷'] });
    const entry = await writeBackup(folder, 'manual', json, {
      now: () => new Date('2026-10-02T09:30:00.123Z'),
    });
    expect(entry).toEqual({
      fileName: 'pmd-backup-20261002T093000123Z-manual.json',
      createdAt: '2026-10-02T09:30:00.123Z',
      reason: 'manual',
      sizeBytes: Buffer.byteLength(json, 'utf8'),
    });
    expect(ipcContract['backup:write'].response.safeParse(entry).success).toBe(true);
    expect(await readdir(folder)).toEqual([entry.fileName]);
    expect(await readFile(join(folder, entry.fileName), 'utf8')).toBe(json);
  });

  it('makes the backup readable by the user only', async () => {
    if (process.platform === 'win32') return;
    const entry = await writeBackup(folder, 'manual', '{}', {
      now: () => new Date('2026-10-02T09:30:00.000Z'),
    });
    expect((await stat(join(folder, entry.fileName))).mode & 0o077).toBe(0);
  });

  it('never overwrites a backup written in the same millisecond', async () => {
    const now = () => new Date('2026-10-02T09:30:00.000Z');
    const entries = await Promise.all([
      writeBackup(folder, 'scheduled', '{"n":1}', { now }),
      writeBackup(folder, 'scheduled', '{"n":2}', { now }),
      writeBackup(folder, 'scheduled', '{"n":3}', { now }),
    ]);
    const names = entries.map((e) => e.fileName);
    expect(new Set(names).size).toBe(3);
    const contents = await Promise.all(names.map((n) => readFile(join(folder, n), 'utf8')));
    expect(contents.sort()).toEqual(['{"n":1}', '{"n":2}', '{"n":3}']);
  });

  it(`keeps only the newest ${DEFAULT_RETENTION.scheduledKept} scheduled backups and leaves other files alone`, async () => {
    const kept = DEFAULT_RETENTION.scheduledKept;
    await mkdir(folder, { recursive: true });
    const foreign = [
      'notes.txt',
      'pmd-backup-old-format.json',
      'pmd-backup-20200101T000000000Z-manual.json.bak',
    ];
    for (const name of foreign) await writeFile(join(folder, name), 'keep me');
    const now = steppingClock('2026-01-01T00:00:00.000Z', 60_000);
    const written = [];
    for (let i = 0; i < kept + 5; i += 1)
      written.push(await writeBackup(folder, 'scheduled', `{"i":${i}}`, { now }));
    const left = await readdir(folder);
    const backups = left.filter((n) => BACKUP_FILE_PATTERN.test(n)).sort();
    expect(backups).toEqual(
      written
        .slice(5)
        .map((e) => e.fileName)
        .sort(),
    );
    for (const name of foreign) expect(left).toContain(name);
    expect(left).toHaveLength(kept + foreign.length);
  });

  it('keeps the backups taken before an import, a restore or a delete through any number of scheduled ones, for 30 days', async () => {
    const safety = [];
    for (const [i, reason] of (['before-import', 'before-restore', 'before-delete'] as const).entries()) {
      safety.push(
        await writeBackup(folder, reason, '{"safety":true}', {
          now: () => new Date(Date.UTC(2026, 0, 1, 9, i)),
        }),
      );
    }
    // Sixty scheduled backups over four weeks: three times as many as are kept.
    const daily = steppingClock('2026-01-02T00:00:00.000Z', 11 * 60 * 60 * 1000);
    for (let i = 0; i < 60; i += 1) await writeBackup(folder, 'scheduled', '{}', { now: daily });
    let names = await readdir(folder);
    for (const s of safety) expect(names).toContain(s.fileName);
    expect(names.filter((n) => n.endsWith('-scheduled.json'))).toHaveLength(DEFAULT_RETENTION.scheduledKept);

    // After 30 days, with 20 newer backups, the next write lets them go.
    await writeBackup(folder, 'scheduled', '{}', { now: () => new Date('2026-02-01T09:30:00.000Z') });
    names = await readdir(folder);
    for (const s of safety) expect(names).not.toContain(s.fileName);
  });
});

describe('rotateBackups', () => {
  it('deletes exactly what the shared retention rule chooses, by the time and reason in the name (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.record({
            offset: fc.integer({ min: 0, max: 60 * 24 * 60 * 60 * 1000 }),
            reason: fc.constantFrom(...backupReason.options),
          }),
          { minLength: 0, maxLength: 40, selector: (e) => e.offset },
        ),
        async (list) => {
          const dir = await mkdtemp(join(root, 'rot-'));
          const now = new Date(Date.UTC(2026, 2, 1));
          const entries = list.map(({ offset, reason }) => {
            const date = new Date(now.getTime() - offset);
            return { fileName: backupFileName(date, reason), createdAt: date.toISOString(), reason };
          });
          for (const e of entries) await writeFile(join(dir, e.fileName), '{}');
          const doomed = new Set(chooseBackupsToDelete(entries, now));
          expect(new Set(await rotateBackups(dir, now))).toEqual(doomed);
          expect((await readdir(dir)).sort()).toEqual(
            entries
              .map((e) => e.fileName)
              .filter((n) => !doomed.has(n))
              .sort(),
          );
          await rm(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('listBackups', () => {
  it('lists backups newest first with date, reason and size, ignoring other files', async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'readme.txt'), 'x');
    await mkdir(join(folder, 'pmd-backup-20260101T000000000Z-manual.json'));
    const a = await writeBackup(folder, 'before-import', '{"a":1}', {
      now: () => new Date('2026-03-01T10:00:00.000Z'),
    });
    const c = await writeBackup(folder, 'manual', '{"c":333}', {
      now: () => new Date('2026-05-01T10:00:00.000Z'),
    });
    const b = await writeBackup(folder, 'scheduled', '{"b":22}', {
      now: () => new Date('2026-04-01T10:00:00.000Z'),
    });
    const list = await listBackups(folder);
    expect(list.map((e) => e.fileName)).toEqual([c.fileName, b.fileName, a.fileName]);
    expect(list[0]).toEqual({
      fileName: c.fileName,
      createdAt: '2026-05-01T10:00:00.000Z',
      reason: 'manual',
      sizeBytes: 9,
    });
    expect(list[2]?.reason).toBe('before-import');
    expect(ipcContract['backup:list'].response.safeParse(list).success).toBe(true);
  });

  it('returns an empty list before the first backup', async () => {
    expect(await listBackups(folder)).toEqual([]);
  });
});

describe('readBackup', () => {
  it('reads a backup by its name', async () => {
    const entry = await writeBackup(folder, 'manual', '{"x":"y"}', {
      now: () => new Date('2026-03-01T10:00:00.000Z'),
    });
    expect(await readBackup(folder, entry.fileName)).toEqual({ json: '{"x":"y"}' });
  });

  it('refuses traversal and non-backup names before touching the disk', async () => {
    await writeFile(join(root, 'secret.json'), '{"secret":true}');
    for (const name of [
      '../secret.json',
      '../pmd-backup-20260101T000000000Z-manual.json',
      'sub/pmd-backup-20260101T000000000Z-manual.json',
      '..\\pmd-backup-20260101T000000000Z-manual.json',
      '/etc/passwd',
      'pmd-backup-20260101T000000000Z-manual.json/../../secret.json',
      'secret.json',
      '',
    ]) {
      await expect(readBackup(folder, name)).rejects.toThrow(/not a backup file name/);
    }
  });

  it('is guarded by the contract schema as well', () => {
    const schema = ipcContract['backup:read'].request;
    expect(
      schema.safeParse({ fileName: '../pmd-backup-20260101T000000000Z-manual.json' }).success,
    ).toBe(false);
    expect(
      schema.safeParse({ fileName: 'pmd-backup-20260101T000000000Z-manual.json' }).success,
    ).toBe(true);
  });
});
