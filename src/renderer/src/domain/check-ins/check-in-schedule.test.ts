import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckIn, ProgramEvent } from '../model';
import { generateAnnualSchedule } from '../schedule/annual-schedule';
import { addDays } from '../schedule/iso-dates';
import { checkInWindows, missingCheckIns, readCheckInCadence } from './check-in-schedule';

const cycle = { cycleStart: '2026-09-01', cycleEnd: '2027-05-31' };

function schedule(): ProgramEvent[] {
  return generateAnnualSchedule({
    programId: 'p',
    cycleStart: cycle.cycleStart,
    cycleEnd: cycle.cycleEnd,
    rule: { ordinal: 2, weekday: 2, startTime: '12:00', minutes: 120 },
  }).map((e, i) => ({ ...e, id: `e${i}` }));
}

const checkIn = (date: string): CheckIn => ({
  id: date, programId: 'p', teamId: 't', date, status: 'on-track', balance: 'equal', givesMoreId: '',
  progress: {}, improvements: '', nextStep: '', followUpOn: '', coordinatorNote: '', source: 'typed',
  respondentEmail: '', importBatchId: '', createdAt: `${date}T10:00:00.000Z`,
});

describe('check-in windows', () => {
  it('by default are the four "pairs meet by arrangement" months, each due on its last day', () => {
    const windows = checkInWindows(schedule(), { mode: 'pair-months' }, cycle);
    expect(windows).toEqual([
      { opensOn: '2026-10-01', dueOn: '2026-10-31', label: 'October check-in' },
      { opensOn: '2026-12-01', dueOn: '2026-12-31', label: 'December check-in' },
      { opensOn: '2027-02-01', dueOn: '2027-02-28', label: 'February check-in' },
      { opensOn: '2027-04-01', dueOn: '2027-04-30', label: 'April check-in' },
    ]);
  });

  it('every N weeks: consecutive windows covering the cycle exactly, never overlapping', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 26 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (weeks, offset, length) => {
        const cycleStart = addDays('2026-01-01', offset);
        const cycleEnd = addDays(cycleStart, length);
        const windows = checkInWindows([], { mode: 'every-weeks', weeks }, { cycleStart, cycleEnd });
        expect(windows[0]!.opensOn).toBe(cycleStart);
        expect(windows.at(-1)!.dueOn).toBe(cycleEnd);
        for (let i = 1; i < windows.length; i++) expect(windows[i]!.opensOn).toBe(addDays(windows[i - 1]!.dueOn, 1));
        for (const w of windows) expect(w.opensOn <= w.dueOn).toBe(true);
      }),
    );
  });

  it('are none when check-ins are switched off', () => {
    expect(checkInWindows(schedule(), { mode: 'off' }, cycle)).toEqual([]);
  });

  it('reads a damaged stored cadence as the default', () => {
    expect(readCheckInCadence({ mode: 'every-weeks', weeks: 0 })).toEqual({ mode: 'pair-months' });
    expect(readCheckInCadence('weekly')).toEqual({ mode: 'pair-months' });
    expect(readCheckInCadence({ mode: 'every-weeks', weeks: 4 })).toEqual({ mode: 'every-weeks', weeks: 4 });
  });
});

describe('missing check-ins', () => {
  const windows = checkInWindows(schedule(), { mode: 'pair-months' }, cycle);

  it('lists the open window and each past one without a check-in, with days overdue', () => {
    expect(missingCheckIns(windows, [checkIn('2026-10-14')], '2026-12-10', '2026-09-20')).toEqual([
      { window: windows[1], state: 'open', daysOverdue: 0 },
    ]);
    expect(missingCheckIns(windows, [], '2027-01-05', '2026-09-20').map((m) => [m.window.label, m.state, m.daysOverdue])).toEqual([
      ['October check-in', 'overdue', 66],
      ['December check-in', 'overdue', 5],
    ]);
  });

  it('does not count windows that closed before the team was confirmed', () => {
    expect(missingCheckIns(windows, [], '2026-12-02', '2026-11-15').map((m) => m.window.label)).toEqual(['December check-in']);
  });

  it('never lists a window in which the team checked in, nor one that opens after today', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 8 }), fc.integer({ min: 0, max: 300 }), (offsets, t) => {
        const list = offsets.map((o) => checkIn(addDays('2026-09-01', o)));
        const today = addDays('2026-09-01', t);
        for (const m of missingCheckIns(windows, list, today, '')) {
          expect(m.window.opensOn <= today).toBe(true);
          expect(list.some((c) => c.date >= m.window.opensOn && c.date <= m.window.dueOn)).toBe(false);
        }
      }),
    );
  });
});
