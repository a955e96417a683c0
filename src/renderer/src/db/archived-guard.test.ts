import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ArchivedProgramError, onlyStatusChanged, programIdOfMetaKey } from './archived-guard';
import { createBackup, restoreBackup } from './backup';
import { readBackup } from './backup-format';
import { db } from './client';
import { pairingSettingsKey } from './teams-repo';
import { deleteProgram, loadDemoProgram, selectProgram, setProgramStatus, updateProgram } from './programs-repo';
import { setMeta } from './settings-repo';
import { runWrite } from './write-guard';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function archivedDemo() {
  const demo = await loadDemoProgram('year-in-progress');
  await setProgramStatus(demo.id, 'archived');
  return demo;
}

async function everythingOf(programId: string): Promise<string> {
  const parts: unknown[] = [await db.programs.get(programId)];
  for (const name of db.tableNames) {
    if (name === 'programs' || name === 'meta') continue;
    parts.push(await db.table(name).where('programId').equals(programId).sortBy('id'));
  }
  parts.push(await db.meta.filter((m) => m.key.endsWith(`:${programId}`)).sortBy('key'));
  return JSON.stringify(parts);
}

describe('archived programs are read-only at the write guard', () => {
  it('refuses an edit of one of its records, a new record, a delete and a per-program setting, saving nothing', async () => {
    const demo = await archivedDemo();
    const before = await everythingOf(demo.id);
    const person = (await db.participants.where('programId').equals(demo.id).first())!;
    const attempts: (() => Promise<unknown>)[] = [
      () => runWrite(db, [db.participants], () => db.participants.update(person.id, { notes: 'changed' })),
      () => runWrite(db, [db.participants], () => db.participants.put({ ...person, id: 'new-one', emailKey: 'x@y.z' })),
      () => runWrite(db, [db.participants], () => db.participants.delete(person.id)),
      () => runWrite(db, [db.teamNotes], () => db.teamNotes.where('programId').equals(demo.id).delete()),
      () => setMeta(pairingSettingsKey(demo.id), { objective: 'total' }),
      () => updateProgram(demo.id, { name: 'Renamed' }),
    ];
    for (const attempt of attempts) {
      const error = await attempt().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ArchivedProgramError);
      expect((error as Error).message).toContain('is archived, so it is read-only: nothing was saved');
      expect((error as Error).message).toContain('Reactivate');
    }
    expect(await everythingOf(demo.id)).toBe(before);
  });

  it('rolls back the whole transaction, other programs included', async () => {
    const archived = await archivedDemo();
    const open = await loadDemoProgram('ready-to-pair');
    const mine = (await db.participants.where('programId').equals(open.id).first())!;
    const theirs = (await db.participants.where('programId').equals(archived.id).first())!;
    await expect(
      runWrite(db, [db.participants], async () => {
        await db.participants.update(mine.id, { notes: 'first' });
        await db.participants.update(theirs.id, { notes: 'second' });
      }),
    ).rejects.toBeInstanceOf(ArchivedProgramError);
    expect((await db.participants.get(mine.id))?.notes).toBe(mine.notes);
  });

  it('allows switching to it, reactivating it, deleting it, and writes to other programs', async () => {
    const archived = await archivedDemo();
    const open = await loadDemoProgram('ready-to-pair');
    await selectProgram(archived.id);
    const mine = (await db.participants.where('programId').equals(open.id).first())!;
    await runWrite(db, [db.participants], () => db.participants.update(mine.id, { notes: 'fine' }));
    expect((await db.participants.get(mine.id))?.notes).toBe('fine');
    await setProgramStatus(archived.id, 'active');
    await updateProgram(archived.id, { name: 'Editable again' });
    await setProgramStatus(archived.id, 'archived');
    await deleteProgram(archived.id);
    expect(await db.programs.get(archived.id)).toBeUndefined();
    expect(await db.participants.where('programId').equals(archived.id).count()).toBe(0);
  });

  it('lets a restore bring back archived programs', async () => {
    const archived = await archivedDemo();
    const backup = readBackup(JSON.stringify(await createBackup(db, { appVersion: 'test', now: new Date().toISOString() })));
    if (!backup.ok) throw new Error(backup.message);
    await restoreBackup(db, backup.backup);
    expect((await db.programs.get(archived.id))?.status).toBe('archived');
  });
});

describe('archived guard helpers', () => {
  it('reads the program id from a per-program meta key only', () => {
    expect(programIdOfMetaKey('pairingSettings:abc-1')).toBe('abc-1');
    expect(programIdOfMetaKey('currentProgramId')).toBeNull();
    expect(programIdOfMetaKey('trailing:')).toBeNull();
    expect(programIdOfMetaKey(3)).toBeNull();
  });

  it('tells a status change from any other change', async () => {
    const demo = await loadDemoProgram('ready-to-pair');
    expect(onlyStatusChanged(demo, { ...demo, status: 'archived', updatedAt: 'later' })).toBe(true);
    expect(onlyStatusChanged(demo, { ...demo, name: 'Other' })).toBe(false);
  });
});
