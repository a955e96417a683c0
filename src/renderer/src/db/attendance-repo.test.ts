import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './client';
import {
  addGuest,
  loadAttendanceState,
  markEveryonePresent,
  setGuestMark,
  setParticipantMark,
  switchMarkChanges,
  type MarkChange,
} from './attendance-repo';
import { createProgram, deleteProgram } from './programs-repo';
import { programDraftSchema } from '../domain/programs/program-defaults';
import { makeEvent, makeMark, makeMembers, makePerson, makeTeam } from '../../../../test/support/running-year';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function setUp() {
  const program = await createProgram(programDraftSchema.parse({ name: 'Peer mentoring', coordinatorName: 'Maeve', cycleStart: '2026-09-01', cycleEnd: '2027-05-31' }));
  const pid = program.id;
  const people = [
    makePerson({ id: 'ana', firstName: 'Ana', lastName: 'García', programId: pid }),
    makePerson({ id: 'ben', firstName: 'Ben', lastName: 'Okafor', programId: pid }),
  ];
  await db.participants.bulkAdd(people);
  await db.teams.add(makeTeam({ id: 't1', programId: pid }));
  await db.teamMembers.bulkAdd(makeMembers('t1', ['ana', 'ben']).map((m) => ({ ...m, programId: pid })));
  await db.events.bulkAdd([
    makeEvent({ id: 'nov', date: '2026-11-10', programId: pid }),
    makeEvent({ id: 'oct', date: '2026-10-13', programId: pid, kind: 'pairs' }),
  ]);
  return pid;
}

const marksOf = async (eventId: string) =>
  (await db.attendance.where('eventId').equals(eventId).toArray())
    .map((m) => [m.participantId ?? m.guestName, m.status])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('the roll call in storage', () => {
  it('saves each mark at once, one mark per person, and undoes back to exactly what was there', async () => {
    const pid = await setUp();
    const changes: MarkChange[] = [];
    const keep = (c: MarkChange | null) => c && changes.push(c);
    keep(await setParticipantMark(pid, 'nov', 'ana', 'present'));
    keep(await setParticipantMark(pid, 'nov', 'ana', 'absent'));
    keep(await setParticipantMark(pid, 'nov', 'ben', 'excused'));
    expect(await marksOf('nov')).toEqual([
      ['ana', 'absent'],
      ['ben', 'excused'],
    ]);
    // Setting the same mark again changes nothing.
    expect(await setParticipantMark(pid, 'nov', 'ben', 'excused')).toBeNull();
    expect(changes).toHaveLength(3);

    await switchMarkChanges(changes.slice(1), 'back');
    expect(await marksOf('nov')).toEqual([['ana', 'present']]);
    await switchMarkChanges(changes.slice(0, 1), 'back');
    expect(await marksOf('nov')).toEqual([]);
  });

  it('clears a mark, and removes a duplicate left by older data', async () => {
    const pid = await setUp();
    await db.attendance.bulkAdd([
      { ...makeMark('nov', 'ana', 'absent', { id: 'old1', updatedAt: '2026-11-10T10:00:00.000Z' }), programId: pid },
      { ...makeMark('nov', 'ana', 'present', { id: 'old2', updatedAt: '2026-11-10T11:00:00.000Z' }), programId: pid },
    ]);
    const change = await setParticipantMark(pid, 'nov', 'ana', 'excused');
    expect(change?.before?.id).toBe('old2');
    expect(await marksOf('nov')).toEqual([['ana', 'excused']]);
    await setParticipantMark(pid, 'nov', 'ana', null);
    expect(await marksOf('nov')).toEqual([]);
  });

  it('marks everyone not yet marked present in one go, and undoes it in one go', async () => {
    const pid = await setUp();
    await setParticipantMark(pid, 'nov', 'ben', 'absent');
    const changes = await markEveryonePresent(pid, 'nov', ['ana', 'ben', 'nobody']);
    expect(changes.map((c) => c.after?.participantId)).toEqual(['ana']);
    expect(await marksOf('nov')).toEqual([
      ['ana', 'present'],
      ['ben', 'absent'],
    ]);
    await switchMarkChanges(changes, 'back');
    expect(await marksOf('nov')).toEqual([['ben', 'absent']]);
    // Redo marks them again, exactly.
    await switchMarkChanges(changes, 'forward');
    expect(await db.attendance.get(changes[0]!.after!.id)).toEqual(changes[0]!.after);
  });

  it('refuses to undo or redo marks changed since, changing nothing', async () => {
    const pid = await setUp();
    const first = (await setParticipantMark(pid, 'nov', 'ana', 'present'))!;
    await setParticipantMark(pid, 'nov', 'ana', 'absent');
    await expect(switchMarkChanges([first], 'back')).rejects.toThrow(/^A mark of this step was changed since/);
    expect(await marksOf('nov')).toEqual([['ana', 'absent']]);
    const cleared = (await setParticipantMark(pid, 'nov', 'ana', null))!;
    await switchMarkChanges([cleared], 'back');
    await setParticipantMark(pid, 'nov', 'ana', 'excused');
    await expect(switchMarkChanges([cleared], 'forward')).rejects.toThrow(/^A mark of this step was changed since/);
    expect(await marksOf('nov')).toEqual([['ana', 'excused']]);
  });

  it('adds walk-in guests, refuses the same guest twice or a participant’s name, and takes a guest off', async () => {
    const pid = await setUp();
    const guest = await addGuest(pid, 'nov', '  Alex   Moreau ');
    expect(guest.after).toMatchObject({ participantId: null, guestName: 'Alex Moreau', status: 'present' });
    await expect(addGuest(pid, 'nov', 'alex moreau')).rejects.toThrow('Alex Moreau is already on this roll call as a guest.');
    await expect(addGuest(pid, 'nov', 'ana garcia')).rejects.toThrow('Ana García is in the program: mark them on their own line');
    await expect(addGuest(pid, 'nov', '   ')).rejects.toThrow('Type the guest’s name');
    const removed = await setGuestMark(guest.after!.id, null);
    expect(await marksOf('nov')).toEqual([]);
    await switchMarkChanges([removed!], 'back');
    expect(await marksOf('nov')).toEqual([['Alex Moreau', 'present']]);
  });

  it('takes attendance at group gatherings of this program only', async () => {
    const pid = await setUp();
    await expect(setParticipantMark(pid, 'oct', 'ana', 'present')).rejects.toThrow('Attendance is taken at group meetings only.');
    await expect(setParticipantMark(pid, 'gone', 'ana', 'present')).rejects.toThrow('That meeting is no longer in the schedule.');
    await expect(setParticipantMark(pid, 'nov', 'zed', 'present')).rejects.toThrow('That person is no longer in this program.');
    expect(await db.attendance.count()).toBe(0);
  });

  it('loads the meetings with a roll call, and deleting the program deletes the marks', async () => {
    const pid = await setUp();
    await setParticipantMark(pid, 'nov', 'ana', 'present');
    await addGuest(pid, 'nov', 'Alex');
    const state = await loadAttendanceState(pid);
    expect(state?.events.map((e) => e.id)).toEqual(['nov']);
    expect(state?.marks).toHaveLength(2);
    await deleteProgram(pid);
    expect(await db.attendance.count()).toBe(0);
    expect(await loadAttendanceState(pid)).toBeNull();
  });
});
