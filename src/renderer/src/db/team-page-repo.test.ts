import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './client';
import { addTeamNote, deleteTeamNote, loadTeamPage, restoreTeamNote } from './team-page-repo';
import { createProgram, deleteProgram } from './programs-repo';
import { programDraftSchema } from '../domain/programs/program-defaults';
import { makeLog, makeMembers, makePerson, makeTeam } from '../../../../test/support/running-year';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function setUp() {
  const program = await createProgram(programDraftSchema.parse({ name: 'Peer mentoring', coordinatorName: 'Maeve', cycleStart: '2026-09-01', cycleEnd: '2027-05-31' }));
  const pid = program.id;
  await db.participants.bulkAdd(['ana', 'ben', 'cy', 'di'].map((id) => makePerson({ id, programId: pid })));
  await db.teams.bulkAdd([makeTeam({ id: 't1', programId: pid }), makeTeam({ id: 't2', number: 2, programId: pid })]);
  await db.teamMembers.bulkAdd([...makeMembers('t1', ['ben', 'ana']), ...makeMembers('t2', ['cy', 'di'])].map((m) => ({ ...m, programId: pid })));
  await db.meetingLogs.bulkAdd([makeLog('t1', '2026-10-01', { programId: pid }), makeLog('t2', '2026-10-02', { programId: pid })]);
  return pid;
}

describe('the team page in storage', () => {
  it('loads one team with its people by name and only its own logs', async () => {
    await setUp();
    const page = await loadTeamPage('t1');
    expect(page?.people.map((p) => p.id)).toEqual(['ana', 'ben']);
    expect(page?.logs.map((l) => l.teamId)).toEqual(['t1']);
    expect(page?.programTeams).toHaveLength(2);
    expect(await loadTeamPage('gone')).toBeNull();
  });

  it('adds and deletes notes with undo; an empty note is refused', async () => {
    const pid = await setUp();
    const note = await addTeamNote('t1', '  Asked for a quieter room. ', '2026-11-01');
    expect(note).toMatchObject({ teamId: 't1', programId: pid, text: 'Asked for a quieter room.', date: '2026-11-01' });
    await expect(addTeamNote('t1', '   ', '2026-11-01')).rejects.toThrow('Write the note first.');
    await expect(addTeamNote('t1', 'Fine', '1 Nov')).rejects.toThrow('Enter the day of the note (YYYY-MM-DD).');
    const deleted = await deleteTeamNote(note.id);
    expect((await loadTeamPage('t1'))?.notes).toEqual([]);
    await restoreTeamNote(deleted);
    expect((await loadTeamPage('t1'))?.notes).toEqual([note]);
    await deleteProgram(pid);
    expect(await db.teamNotes.count()).toBe(0);
  });
});
