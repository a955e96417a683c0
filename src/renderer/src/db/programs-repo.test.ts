import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './client';
import {
  createProgram,
  deleteProgram,
  loadDemoProgram,
  selectProgram,
  updateProgramWith,
} from './programs-repo';
import { CURRENT_PROGRAM_KEY } from './settings-repo';
import { programDraftSchema } from '../domain/programs/program-defaults';
import { saveProgramChange } from './program-changes';
import { createBackup } from './backup';
import { readBackup } from './backup-format';
import { readScheduleDefaults, scheduleDefaultsKey } from './events-repo';

const draft = () =>
  programDraftSchema.parse({
    name: 'Finance Peer Mentoring',
    coordinatorName: 'Inès',
    cycleStart: '2027-09-01',
    cycleEnd: '2028-05-31',
  });

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('programs repository', () => {
  it('creates a program with its own catalog and makes it current', async () => {
    const program = await createProgram(draft());
    expect(await db.competencies.where('programId').equals(program.id).count()).toBe(31);
    expect((await db.meta.get(CURRENT_PROGRAM_KEY))?.value).toBe(program.id);
  });

  it('loads the demo as a separate program without touching an existing one', async () => {
    const mine = await createProgram(draft());
    const before = await db.participants.where('programId').equals(mine.id).count();
    const demo = await loadDemoProgram();
    expect(demo.isDemo).toBe(true);
    expect(demo.id).not.toBe(mine.id);
    expect(await db.participants.where('programId').equals(demo.id).count()).toBeGreaterThanOrEqual(20);
    expect(await db.participants.where('programId').equals(mine.id).count()).toBe(before);
    expect(await db.competencies.where('programId').equals(mine.id).count()).toBe(31);
  });

  it('loads the demo year in progress in one go: records that pass the backup check, removed with the program', async () => {
    const demo = await loadDemoProgram('year-in-progress');
    const count = (table: 'teams' | 'events' | 'attendance' | 'meetingLogs' | 'checkIns' | 'teamNotes') =>
      db.table(table).where('programId').equals(demo.id).count();
    expect(await count('teams')).toBe(12);
    expect(await count('events')).toBe(9);
    expect(await count('meetingLogs')).toBeGreaterThan(0);
    expect(await count('checkIns')).toBeGreaterThan(0);
    const defaults = readScheduleDefaults((await db.meta.get(scheduleDefaultsKey(demo.id)))?.value, 120);
    expect(defaults.place).not.toBe('');
    const backup = await createBackup(db, { appVersion: 'test', now: new Date().toISOString() });
    const check = readBackup(JSON.stringify(backup));
    expect(check.ok, check.ok ? '' : check.message).toBe(true);
    await deleteProgram(demo.id);
    for (const table of ['teams', 'events', 'attendance', 'meetingLogs', 'checkIns', 'teamNotes'] as const) {
      expect(await count(table), table).toBe(0);
    }
    expect(await db.meta.get(scheduleDefaultsKey(demo.id))).toBeUndefined();
  });

  it('deletes a program with everything that belongs to it, and nothing else', async () => {
    const mine = await createProgram(draft());
    const demo = await loadDemoProgram();
    await db.meta.bulkPut([
      { key: `pairingSettings:${demo.id}`, value: {} },
      { key: `pairingSettings:${mine.id}`, value: {} },
    ]);
    await deleteProgram(demo.id);
    expect(await db.meta.get(`pairingSettings:${demo.id}`)).toBeUndefined();
    expect(await db.meta.get(`pairingSettings:${mine.id}`)).toBeDefined();
    expect(await db.programs.get(demo.id)).toBeUndefined();
    expect(await db.participants.where('programId').equals(demo.id).count()).toBe(0);
    expect(await db.competencies.where('programId').equals(demo.id).count()).toBe(0);
    expect(await db.competencies.where('programId').equals(mine.id).count()).toBe(31);
    expect(await db.meta.get(CURRENT_PROGRAM_KEY)).toBeUndefined();
  });

  it('refuses to select a program that does not exist', async () => {
    await expect(selectProgram('nope')).rejects.toThrow(/no longer exists/);
  });

  it('keeps both of two quick edits made from the same stale screen', async () => {
    const program = await createProgram(draft());
    await Promise.all([
      saveProgramChange(program.id, (s) => ({
        checklist: s.checklist.map((c) => (c.key === 'buy-in' ? { ...c, owner: 'Nadia' } : c)),
      })),
      saveProgramChange(program.id, (s) => ({
        checklist: s.checklist.map((c) => (c.key === 'buy-in' ? { ...c, done: true } : c)),
      })),
    ]);
    const stored = await db.programs.get(program.id);
    expect(stored?.checklist.find((c) => c.key === 'buy-in')).toMatchObject({ owner: 'Nadia', done: true });
  });

  it('refuses an invalid change with the reason and saves nothing', async () => {
    const program = await createProgram(draft());
    const message = await saveProgramChange(program.id, { cycleEnd: '2027-08-01' });
    expect(message).toMatch(/end after it starts/);
    expect((await db.programs.get(program.id))?.cycleEnd).toBe('2028-05-31');
    const refused = await updateProgramWith(program.id, () => 'refused');
    expect(refused).toBe('refused');
  });

  it('saves cleaned values (trimmed, NFC)', async () => {
    const program = await createProgram(draft());
    expect(await saveProgramChange(program.id, { name: '  Cafe\u0301 circle  ' })).toBeNull();
    expect((await db.programs.get(program.id))?.name).toBe('Café circle');
  });

  it('saves the coordinator role printed on letters, trimmed, and refuses one too long', async () => {
    const program = await createProgram(draft());
    expect((await db.programs.get(program.id))?.coordinatorTitle).toBeUndefined();
    expect(await saveProgramChange(program.id, { coordinatorTitle: '  Learning & Development Partner ' })).toBeNull();
    expect((await db.programs.get(program.id))?.coordinatorTitle).toBe('Learning & Development Partner');
    expect(await saveProgramChange(program.id, { coordinatorTitle: 'x'.repeat(121) })).toMatch(/coordinator role/i);
    expect((await db.programs.get(program.id))?.coordinatorTitle).toBe('Learning & Development Partner');
  });
});
