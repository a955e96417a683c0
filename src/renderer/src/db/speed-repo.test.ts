import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './client';
import { createProgram } from './programs-repo';
import {
  addWalkIn,
  createSpeedEvent,
  deleteSpeedEvent,
  loadSpeedEvents,
  recordMeetings,
  savePlan,
  setCheckedIn,
  setContinueWith,
  setContinueWithMany,
  setRoundsHeld,
  updateSpeedSetup,
} from './speed-repo';
import { programDraftSchema } from '../domain/programs/program-defaults';
import { DEFAULT_SPEED_SETUP, type SpeedSetup } from '../domain/speed/speed-event';
import { person as makePerson } from '../../../../test/support/participants';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const setup: SpeedSetup = { ...DEFAULT_SPEED_SETUP, title: 'Speed peer mentoring', date: '2026-11-17', startTime: '12:00', place: 'Atrium' };

async function program(): Promise<string> {
  const p = await createProgram(programDraftSchema.parse({ name: 'Finance Peer Mentoring', coordinatorName: 'Inès', cycleStart: '2026-09-01', cycleEnd: '2027-05-31' }));
  return p.id;
}

describe('speed mentoring events in storage', () => {
  it('shows the event in the schedule and keeps it in step with the setup', async () => {
    const programId = await program();
    const id = await createSpeedEvent(programId, setup);
    const [event] = await loadSpeedEvents(programId);
    const scheduled = await db.events.get(event!.eventId);
    expect(scheduled).toMatchObject({ kind: 'speed', date: '2026-11-17', startTime: '12:00', place: 'Atrium', minutes: 5 + 6 * 8 + 15 });
    await updateSpeedSetup(id, { fitMinutes: 60, date: '2026-11-18' });
    expect(await db.events.get(event!.eventId)).toMatchObject({ date: '2026-11-18', minutes: 60 });
    await expect(updateSpeedSetup(id, { roundMinutes: 0 })).rejects.toThrow('Round length');
    await deleteSpeedEvent(id);
    expect(await db.events.count()).toBe(0);
  });

  it('checks people in, adds walk-ins, refuses to change held rounds', async () => {
    const programId = await program();
    const id = await createSpeedEvent(programId, setup);
    await setCheckedIn(id, 'p1', true);
    await setCheckedIn(id, 'p2', true);
    await setCheckedIn(id, 'p1', false);
    await expect(addWalkIn(id, '  ', '')).rejects.toThrow('Name');
    await expect(addWalkIn(id, 'Zoe', 'not-an-address')).rejects.toThrow('Email');
    const walkIn = await addWalkIn(id, 'Zoe  Walker', '');
    const plan = [{ tables: [{ table: 1, people: ['p2', walkIn] }], sitOut: [] }];
    await savePlan(id, plan);
    await setRoundsHeld(id, 1);
    await expect(savePlan(id, [{ tables: [{ table: 2, people: ['p2', walkIn] }], sitOut: [] }])).rejects.toThrow('already held');
    const [event] = await loadSpeedEvents(programId);
    expect(event).toMatchObject({ participantIds: ['p2'], walkIns: [{ id: walkIn, name: 'Zoe Walker', email: '' }], roundsHeld: 1, plan });
  });

  it('after the event, meetings between participants join both people-known lists', async () => {
    const programId = await program();
    const id = await createSpeedEvent(programId, setup);
    const person = (id: string, name: string) => makePerson({ id, name, programId });
    await db.participants.bulkAdd([person('a', 'Ana'), person('b', 'Ben'), { ...person('c', 'Cai'), knownWell: ['a'] }]);
    const changed = await recordMeetings(id, [[['a', 'b'], ['c', null]], [['a', 'c'], ['b', 'walk-in']]], '2026-11-17');
    expect(changed).toBe(2); // Cai already listed Ana
    const byId = new Map((await db.participants.toArray()).map((p) => [p.id, p.knownWell]));
    expect(byId.get('a')).toEqual(['b', 'c']);
    expect(byId.get('b')).toEqual(['a']);
    expect(byId.get('c')).toEqual(['a']);
    await setContinueWith(id, 'a', ['b', 'b', 'c']);
    await expect(setContinueWith(id, 'b', ['a', 'c', 'd', 'e'])).rejects.toThrow('at most 3');
    const [event] = await loadSpeedEvents(programId);
    expect(event).toMatchObject({ meetingsRecordedOn: '2026-11-17', continueWith: { a: ['b', 'c'] } });
    // Pairing reads the choices from the participant's record.
    expect((await db.participants.get('a'))?.continueWith).toEqual(['b', 'c']);
  });

  it('sets several people’s choices in one transaction, or none of them when one is not allowed', async () => {
    const programId = await program();
    const id = await createSpeedEvent(programId, setup);
    const person = (id: string, name: string) => makePerson({ id, name, programId });
    await db.participants.bulkAdd([person('a', 'Ana'), person('b', 'Ben'), person('c', 'Cai')]);
    await setContinueWithMany(id, { a: ['b'], b: ['a', 'walk-in'] });
    await expect(setContinueWithMany(id, { a: [], c: ['a', 'b', 'd', 'e'] })).rejects.toThrow('at most 3');
    const [event] = await loadSpeedEvents(programId);
    expect(event?.continueWith).toEqual({ a: ['b'], b: ['a', 'walk-in'] });
    expect((await db.participants.get('a'))?.continueWith).toEqual(['b']);
    expect((await db.participants.get('b'))?.continueWith).toEqual(['a']);
  });
});
