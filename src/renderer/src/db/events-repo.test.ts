import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './client';
import {
  addAwarenessSession,
  changeEventQuestions,
  removeEvent,
  restoreEvent,
  applyRuleToProgramSchedule,
  checkEventChanges,
  generateProgramSchedule,
  loadProgramEvents,
  readScheduleDefaults,
  scheduleDefaultsKey,
  updateEvent,
  updateScheduleDefaults,
  type ScheduleDefaults,
} from './events-repo';
import { createProgram } from './programs-repo';
import { programDraftSchema } from '../domain/programs/program-defaults';
import { weekdayOf } from '../domain/schedule/iso-dates';
import { nthWeekdayOfMonth } from '../domain/schedule/meeting-rule';
import type { ProgramEvent } from '../domain/model';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function program(cycleStart = '2026-09-01', cycleEnd = '2027-05-31') {
  return createProgram(
    programDraftSchema.parse({
      name: 'Finance Peer Mentoring',
      coordinatorName: 'Inès',
      cycleStart,
      cycleEnd,
    }),
  );
}

const secondTuesday: ScheduleDefaults = {
  rule: { ordinal: 2, weekday: 2, startTime: '12:00', minutes: 120 },
  place: 'Room 4.12',
};

describe('generating the schedule', () => {
  it('lays out nine months with group gatherings on the rule day, at its time and place', async () => {
    const p = await program();
    await generateProgramSchedule(p.id, secondTuesday);
    const events = await loadProgramEvents(p.id);
    expect(events).toHaveLength(9);
    expect(new Set(events.map((e) => e.date.slice(0, 7))).size).toBe(9);
    const gatherings = events.filter((e) => e.kind !== 'pairs');
    expect(gatherings.map((e) => e.kind)).toEqual([
      'orientation',
      'group',
      'group',
      'group',
      'debrief',
    ]);
    for (const e of gatherings) {
      const [y, m] = e.date.split('-').map(Number) as [number, number];
      expect(e.date).toBe(nthWeekdayOfMonth(y, m, 2, 2));
      expect(e).toMatchObject({ startTime: '12:00', minutes: 120, place: 'Room 4.12' });
    }
    expect((await db.meta.get(scheduleDefaultsKey(p.id)))?.value).toEqual(secondTuesday);
  });

  it('replaces the generated events, keeps other kinds, and leaves other programs alone', async () => {
    const p = await program();
    const other = await program('2027-01-04', '2027-09-30');
    await generateProgramSchedule(p.id, secondTuesday);
    await generateProgramSchedule(other.id, secondTuesday);
    const speed: ProgramEvent = {
      id: 'speed-1',
      programId: p.id,
      kind: 'speed',
      title: 'Speed peer mentoring',
      topic: null,
      date: '2026-10-20',
      startTime: '15:00',
      minutes: 60,
      place: '',
      notes: '',
    };
    await db.events.add(speed);
    const before = await loadProgramEvents(p.id);
    const otherBefore = await loadProgramEvents(other.id);

    await generateProgramSchedule(p.id, {
      rule: { ordinal: 'last', weekday: 4, startTime: '09:30', minutes: 90 },
      place: '',
    });
    const after = await loadProgramEvents(p.id);
    expect(after).toHaveLength(10);
    expect(after.find((e) => e.id === 'speed-1')).toEqual(speed);
    const generated = after.filter((e) => e.kind !== 'speed');
    // All new records: none of the replaced ids survive.
    expect(generated.some((e) => before.some((b) => b.id === e.id))).toBe(false);
    for (const e of generated.filter((g) => g.kind !== 'pairs')) {
      expect(weekdayOf(e.date)).toBe(4);
      expect(e.startTime).toBe('09:30');
    }
    expect(await loadProgramEvents(other.id)).toEqual(otherBefore);
  });

  it('is all or nothing: a failure while writing leaves the old schedule exactly as it was', async () => {
    const p = await program();
    await generateProgramSchedule(p.id, secondTuesday);
    const before = await loadProgramEvents(p.id);
    const spy = vi.spyOn(db.events, 'bulkAdd').mockImplementationOnce(() => {
      throw new Error('disk full');
    });
    await expect(
      generateProgramSchedule(p.id, { ...secondTuesday, place: 'Elsewhere' }),
    ).rejects.toThrow(/Nothing was saved/);
    spy.mockRestore();
    expect(await loadProgramEvents(p.id)).toEqual(before);
    expect((await db.meta.get(scheduleDefaultsKey(p.id)))?.value).toEqual(secondTuesday);
  });

  it('refuses to replace events that already have attendance, changing nothing', async () => {
    const p = await program();
    await generateProgramSchedule(p.id, secondTuesday);
    const before = await loadProgramEvents(p.id);
    const orientation = before.find((e) => e.kind === 'orientation')!;
    await db.attendance.add({
      id: 'a1',
      programId: p.id,
      eventId: orientation.id,
      participantId: 'x',
      guestName: '',
      status: 'present',
      updatedAt: '',
    });
    await expect(generateProgramSchedule(p.id, secondTuesday)).rejects.toThrow(
      /Attendance was already taken at "Orientation and kickoff"/,
    );
    expect(await loadProgramEvents(p.id)).toEqual(before);
  });

  it('explains when the cycle start is missing', async () => {
    const p = await program();
    await db.programs.update(p.id, { cycleStart: '' });
    await expect(generateProgramSchedule(p.id, secondTuesday)).rejects.toThrow(/cycle start/);
    expect(await db.events.count()).toBe(0);
  });
});

describe('editing events', () => {
  it('saves each edited field at once and keeps the others', async () => {
    const p = await program();
    await generateProgramSchedule(p.id, secondTuesday);
    const [orientation] = await loadProgramEvents(p.id);
    expect(await updateEvent(orientation!.id, { date: '2026-09-19' })).toBeNull();
    expect(
      await updateEvent(orientation!.id, { place: '  Main hall ', notes: 'Bring the agreements' }),
    ).toBeNull();
    expect(await updateEvent(orientation!.id, { startTime: '13:30', minutes: 105 })).toBeNull();
    expect(await db.events.get(orientation!.id)).toEqual({
      ...orientation,
      date: '2026-09-19',
      place: 'Main hall',
      notes: 'Bring the agreements',
      startTime: '13:30',
      minutes: 105,
    });
  });

  it('refuses impossible values with the reason and saves nothing', async () => {
    const p = await program();
    await generateProgramSchedule(p.id, secondTuesday);
    const [first] = await loadProgramEvents(p.id);
    expect(await updateEvent(first!.id, { date: '2026-02-30' })).toMatch(/real date/);
    expect(await updateEvent(first!.id, { startTime: '25:00' })).toMatch(/time of day/);
    expect(await updateEvent(first!.id, { minutes: -5 })).toMatch(/whole minutes/);
    expect(await updateEvent(first!.id, { minutes: 1.5 })).toMatch(/whole minutes/);
    expect(await updateEvent(first!.id, { title: '   ' })).toMatch(/title/);
    expect(await db.events.get(first!.id)).toEqual(first);
  });

  it('accepts an empty start time ("by arrangement") and any real date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          expect(
            checkEventChanges({ date: d.toISOString().slice(0, 10), startTime: '' }),
          ).toBeNull();
        },
      ),
      { numRuns: 100 },
    );
  });

  it('puts the rule back on group gatherings only, keeping places and notes', async () => {
    const p = await program();
    await generateProgramSchedule(p.id, secondTuesday);
    const events = await loadProgramEvents(p.id);
    const group = events.find((e) => e.kind === 'group')!;
    const pairs = events.find((e) => e.kind === 'pairs')!;
    await updateEvent(group.id, { date: '2026-11-14', place: 'Library', notes: 'Snacks' });
    await updateEvent(pairs.id, { notes: 'Meet twice' });

    const thursday: ScheduleDefaults = {
      rule: { ordinal: 1, weekday: 4, startTime: '16:00', minutes: 90 },
      place: 'Room 1',
    };
    expect(await applyRuleToProgramSchedule(p.id, thursday)).toBe(5);
    const after = await db.events.get(group.id);
    expect(after).toMatchObject({
      date: nthWeekdayOfMonth(2026, 11, 4, 1),
      startTime: '16:00',
      minutes: 90,
      place: 'Library',
      notes: 'Snacks',
    });
    expect(await db.events.get(pairs.id)).toEqual({ ...pairs, notes: 'Meet twice' });
    expect(
      readScheduleDefaults((await db.meta.get(scheduleDefaultsKey(p.id)))?.value, 120),
    ).toEqual(thursday);
  });
});

describe('remembered defaults', () => {
  it('falls back to the default rule with the program meeting length when nothing valid is stored', () => {
    expect(readScheduleDefaults(undefined, 105)).toEqual({
      rule: { ordinal: 2, weekday: 2, startTime: '12:00', minutes: 105 },
      place: '',
    });
    expect(
      readScheduleDefaults(
        { rule: { ordinal: 9, weekday: 2, startTime: '12:00', minutes: 90 }, place: 'X' },
        90,
      ).rule.ordinal,
    ).toBe(2);
    expect(readScheduleDefaults({ rule: secondTuesday.rule, place: 'Hall' }, 90)).toEqual({
      rule: secondTuesday.rule,
      place: 'Hall',
    });
  });

  it('keeps both of two quick changes: the rule, then the place', async () => {
    const p = await program();
    const thursday = {
      ordinal: 'last' as const,
      weekday: 4 as const,
      startTime: '16:00',
      minutes: 90,
    };
    await Promise.all([
      updateScheduleDefaults(p.id, 120, { rule: thursday }),
      updateScheduleDefaults(p.id, 120, { place: 'Hall B' }),
    ]);
    expect((await db.meta.get(scheduleDefaultsKey(p.id)))?.value).toEqual({
      rule: thursday,
      place: 'Hall B',
    });
  });
});

describe('awareness sessions', () => {
  it('are added before the cycle, keep their questions, survive a regeneration, and come back after removal', async () => {
    const p = await program('2026-09-01');
    await generateProgramSchedule(p.id, secondTuesday);
    const session = await addAwarenessSession(p.id);
    expect(session).toMatchObject({ kind: 'awareness', date: '2026-08-11', place: 'Room 4.12' });
    expect(await changeEventQuestions(session.id, () => ({ ok: true, questions: [{ id: 'q', text: 'Is it work time?', answered: false }] }))).toBeNull();
    expect(await changeEventQuestions(session.id, () => ({ ok: false, message: 'No.' }))).toBe('No.');
    await generateProgramSchedule(p.id, secondTuesday);
    const kept = (await loadProgramEvents(p.id)).find((e) => e.id === session.id);
    expect(kept?.questions).toEqual([{ id: 'q', text: 'Is it work time?', answered: false }]);
    const removed = await removeEvent(session.id);
    expect(await db.events.get(session.id)).toBeUndefined();
    await restoreEvent(removed);
    expect(await db.events.get(session.id)).toEqual(kept);
  });
});
