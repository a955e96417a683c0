import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { createProgram, loadDemoProgram } from '../../db/programs-repo';
import { listBrowserBackups, readBrowserBackup } from '../../db/browser-backup-store';
import { readBackup } from '../../db/backup-format';
import { programDraftSchema } from '../../domain/programs/program-defaults';
import { deleteProgramAfterBackup } from './delete-program';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const mine = () =>
  createProgram(
    programDraftSchema.parse({ name: 'Finance Peer Mentoring', coordinatorName: 'Inès', cycleStart: '2027-09-01', cycleEnd: '2028-05-31' }),
  );

describe('deleting a program', () => {
  it('saves a backup holding the program first, then deletes it', async () => {
    const keep = await mine();
    const demo = await loadDemoProgram();
    const people = await db.participants.where('programId').equals(demo.id).count();

    const backup = await deleteProgramAfterBackup(demo);

    expect(backup.reason).toBe('before-delete');
    expect(await db.programs.get(demo.id)).toBeUndefined();
    expect(await db.programs.get(keep.id)).toBeDefined();
    const listed = await listBrowserBackups();
    expect(listed.map((e) => e.fileName)).toContain(backup.fileName);
    const check = readBackup(await readBrowserBackup(backup.fileName));
    if (!check.ok) throw new Error(check.message);
    expect(check.backup.tables.programs.map((p) => p.id).sort()).toEqual([keep.id, demo.id].sort());
    expect(check.backup.tables.participants.filter((p) => p.programId === demo.id)).toHaveLength(people);
  });

  it('deletes nothing and says so when the backup cannot be written', async () => {
    const program = await mine();
    const failing = () => Promise.reject(new Error('the disk is full'));
    await expect(deleteProgramAfterBackup(program, failing)).rejects.toThrow(
      'Nothing was deleted: the backup saved before deleting “Finance Peer Mentoring” could not be written. The disk or the app storage is full. Free some disk space, then try again.',
    );
    expect(await db.programs.get(program.id)).toBeDefined();
    expect(await db.competencies.where('programId').equals(program.id).count()).toBe(31);
  });
});
