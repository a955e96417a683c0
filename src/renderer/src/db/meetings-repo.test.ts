import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './client';
import { addMeetingLog, deleteMeetingLog, loadMeetingsState, restoreMeetingLog, updateMeetingLog } from './meetings-repo';
import { createProgram, deleteProgram } from './programs-repo';
import { programDraftSchema } from '../domain/programs/program-defaults';
import type { MeetingLogDraft } from '../domain/meetings/meeting-logs';
import { makeTeam } from '../../../../test/support/running-year';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const TODAY = '2026-12-05';

const draft = (fields: Partial<MeetingLogDraft> = {}): MeetingLogDraft => ({
  date: '2026-11-20',
  minutes: 60,
  mode: 'in-person',
  competencyIds: ['c1'],
  notes: '',
  loggedBy: '',
  ...fields,
});

async function setUp() {
  const program = await createProgram(programDraftSchema.parse({ name: 'Peer mentoring', coordinatorName: 'Maeve', cycleStart: '2026-09-01', cycleEnd: '2027-05-31' }));
  await db.teams.bulkAdd([
    makeTeam({ id: 't2', number: 2, programId: program.id, competencyIds: ['c1', 'c2'] }),
    makeTeam({ id: 't1', number: 1, programId: program.id }),
    makeTeam({ id: 'p9', number: 9, programId: program.id, status: 'proposed' }),
  ]);
  return program.id;
}

describe('meeting logs in storage', () => {
  it('logs a meeting of a confirmed team and lists the confirmed teams in number order', async () => {
    const pid = await setUp();
    const saved = await addMeetingLog('t2', draft({ competencyIds: ['c1', 'c7'] }), TODAY);
    expect(saved).toMatchObject({ ok: true, log: { teamId: 't2', programId: pid, minutes: 60, competencyIds: ['c1'], loggedBy: 'Coordinator' } });
    const state = await loadMeetingsState(pid);
    expect(state?.teams.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(state?.logs).toHaveLength(1);
  });

  it('refuses a draft that does not check out, saving nothing, and proposals', async () => {
    await setUp();
    expect(await addMeetingLog('t2', draft({ minutes: '0' }), TODAY)).toMatchObject({ ok: false, field: 'minutes' });
    expect(await addMeetingLog('t2', draft({ date: '2026-12-24' }), TODAY)).toMatchObject({ ok: false, field: 'date' });
    await expect(addMeetingLog('p9', draft(), TODAY)).rejects.toThrow('Meetings are logged for confirmed teams');
    expect(await db.meetingLogs.count()).toBe(0);
  });

  it('edits and deletes with undo back to the exact record', async () => {
    const pid = await setUp();
    const added = await addMeetingLog('t2', draft(), TODAY);
    if (!added.ok) throw new Error('not saved');
    const edited = await updateMeetingLog(added.log.id, draft({ minutes: 90, mode: 'video', notes: 'Longer one.' }), TODAY);
    if (!edited.ok) throw new Error('not saved');
    expect(edited.before).toEqual(added.log);
    expect(await db.meetingLogs.get(added.log.id)).toMatchObject({ minutes: 90, mode: 'video', notes: 'Longer one.', createdAt: added.log.createdAt });
    await restoreMeetingLog(edited.before!);
    expect(await db.meetingLogs.get(added.log.id)).toEqual(added.log);
    const deleted = await deleteMeetingLog(added.log.id);
    expect(await db.meetingLogs.count()).toBe(0);
    await restoreMeetingLog(deleted);
    expect(await db.meetingLogs.get(added.log.id)).toEqual(added.log);
    await deleteProgram(pid);
    expect(await db.meetingLogs.count()).toBe(0);
  });

  it('keeps a competency the team has since dropped on the log it was worked on in', async () => {
    await setUp();
    const added = await addMeetingLog('t2', draft({ competencyIds: ['c2'] }), TODAY);
    if (!added.ok) throw new Error('not saved');
    await db.teams.update('t2', { competencyIds: ['c1'] });
    const edited = await updateMeetingLog(added.log.id, draft({ competencyIds: ['c2'], minutes: 30 }), TODAY);
    expect(edited).toMatchObject({ ok: true, log: { competencyIds: ['c2'], minutes: 30 } });
  });
});
