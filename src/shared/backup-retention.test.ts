import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupReason, type BackupReason } from './ipc-contract';
import { chooseBackupsToDelete, DEFAULT_RETENTION, type RetentionEntry } from './backup-retention';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-24T10:00:00.000Z');

function entry(agoMs: number, reason: BackupReason, n = 0): RetentionEntry {
  const createdAt = new Date(NOW - agoMs).toISOString();
  return { fileName: `pmd-backup-${createdAt}-${n}-${reason}.json`, createdAt, reason };
}

/** Up to 60 backups of any reason, from 90 days ago to a little in the future (a clock set wrong). */
const entries = fc
  .uniqueArray(
    fc.record({
      ago: fc.integer({ min: -DAY, max: 90 * DAY }),
      reason: fc.constantFrom(...backupReason.options),
    }),
    { maxLength: 60, selector: (e) => e.ago },
  )
  .map((list) => list.map((e, i) => entry(e.ago, e.reason, i)));

const age = (e: RetentionEntry) => NOW - Date.parse(e.createdAt);

describe('chooseBackupsToDelete', () => {
  it('keeps the backup taken before a delete even after 25 scheduled ones', () => {
    const safety = entry(10 * DAY, 'before-delete');
    const scheduled = Array.from({ length: 25 }, (_, i) => entry(i * 60_000, 'scheduled', i));
    const doomed = chooseBackupsToDelete([safety, ...scheduled], NOW);
    expect(doomed).not.toContain(safety.fileName);
    expect(doomed).toEqual(
      scheduled
        .slice(20)
        .reverse()
        .map((e) => e.fileName),
    );
  });

  it('lets a safety copy go once it is older than 30 days and 20 newer backups exist', () => {
    const old = entry(31 * DAY, 'before-import');
    const newer = Array.from({ length: 20 }, (_, i) => entry(i * DAY, 'scheduled', i));
    expect(chooseBackupsToDelete([old, ...newer], NOW)).toEqual([old.fileName]);
    expect(chooseBackupsToDelete([old, ...newer.slice(1)], NOW)).toEqual([]);
  });

  it('never deletes a safety copy younger than 30 days (property)', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const doomed = new Set(chooseBackupsToDelete(list, NOW));
        for (const e of list) {
          if (e.reason !== 'scheduled' && age(e) <= DEFAULT_RETENTION.safetyDays * DAY) {
            expect(doomed.has(e.fileName)).toBe(false);
          }
        }
      }),
    );
  });

  it('keeps exactly the newest 20 scheduled backups (property)', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const doomed = new Set(chooseBackupsToDelete(list, NOW));
        const scheduled = list
          .filter((e) => e.reason === 'scheduled')
          .sort((a, b) => age(a) - age(b));
        scheduled.forEach((e, i) =>
          expect(doomed.has(e.fileName)).toBe(i >= DEFAULT_RETENTION.scheduledKept),
        );
      }),
    );
  });

  it('keeps the newest 20 backups of any kind, and at most 20 older than 30 days (property)', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const doomed = new Set(chooseBackupsToDelete(list, NOW));
        const newestFirst = [...list].sort((a, b) => age(a) - age(b));
        for (const e of newestFirst.slice(0, DEFAULT_RETENTION.scheduledKept))
          expect(doomed.has(e.fileName)).toBe(false);
        const keptOld = list.filter(
          (e) => !doomed.has(e.fileName) && age(e) > DEFAULT_RETENTION.safetyDays * DAY,
        );
        expect(keptOld.length).toBeLessThanOrEqual(DEFAULT_RETENTION.scheduledKept);
      }),
    );
  });

  it('deletes only listed backups, ignores input order, and has nothing more to delete right after (property)', () => {
    fc.assert(
      fc.property(entries, fc.infiniteStream(fc.nat()), (list, randoms) => {
        const doomed = chooseBackupsToDelete(list, NOW);
        const names = new Set(list.map((e) => e.fileName));
        for (const name of doomed) expect(names.has(name)).toBe(true);
        const shuffled = [...list].sort(() => ((randoms.next().value as number) % 3) - 1);
        expect(new Set(chooseBackupsToDelete(shuffled, NOW))).toEqual(new Set(doomed));
        const left = list.filter((e) => !doomed.includes(e.fileName));
        expect(chooseBackupsToDelete(left, NOW)).toEqual([]);
      }),
    );
  });

  it('never deletes a backup whose time cannot be read', () => {
    const odd = { fileName: 'x.json', createdAt: 'not a date', reason: 'scheduled' as const };
    const many = Array.from({ length: 30 }, (_, i) => entry(i * 1000, 'scheduled', i));
    expect(chooseBackupsToDelete([odd, ...many], NOW)).not.toContain('x.json');
  });
});
