import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCheckIn } from '../../../../../test/support/check-ins';
import type { ProgramEvent } from '../model';
import { generateAnnualSchedule } from '../schedule/annual-schedule';
import { addDays } from '../schedule/iso-dates';
import { checkInWindows, missingCheckIns, type CheckInCadence } from './check-in-schedule';
import {
  checkInInWords,
  checkInUrgency,
  latestCheckIn,
  matchesCheckInFilter,
  returnByDay,
  teamCheckInState,
} from './check-in-status';

const cycle = { cycleStart: '2026-09-01', cycleEnd: '2027-05-31' };
const events: ProgramEvent[] = generateAnnualSchedule({
  programId: 'p',
  ...cycle,
  rule: { ordinal: 2, weekday: 2, startTime: '12:00', minutes: 120 },
}).map((e, i) => ({ ...e, id: `e${i}` }));
const pairMonths: CheckInCadence = { mode: 'pair-months' };
const windows = checkInWindows(events, pairMonths, cycle);

describe('a team’s check-in state', () => {
  it('is due in the open window, with the days left to its last day', () => {
    expect(teamCheckInState(pairMonths, windows, [], '2026-10-20', '2026-09-10')).toEqual({
      kind: 'due',
      window: windows[0],
      daysLeft: 11,
    });
  });

  it('is done once the window has a check-in, naming the latest one', () => {
    const early = makeCheckIn({ date: '2026-10-03', id: 'a' });
    const late = makeCheckIn({ date: '2026-10-21', id: 'b' });
    const state = teamCheckInState(pairMonths, windows, [early, late], '2026-10-25', '2026-09-10');
    expect(state).toMatchObject({ kind: 'done', checkIn: { id: 'b' }, next: windows[1] });
  });

  it('is overdue after the window closed without one, until the next window opens', () => {
    expect(teamCheckInState(pairMonths, windows, [], '2026-11-06', '2026-09-10')).toMatchObject({
      kind: 'overdue',
      daysOverdue: 6,
      next: windows[1],
    });
    // In December the December window is the current one again.
    expect(teamCheckInState(pairMonths, windows, [], '2026-12-02', '2026-09-10')).toMatchObject({ kind: 'due', window: windows[1] });
  });

  it('is “not yet” before the first window (or before the first one after confirmation), and off when switched off', () => {
    expect(teamCheckInState(pairMonths, windows, [], '2026-09-20', '2026-09-10')).toEqual({ kind: 'not-yet', next: windows[0] });
    expect(teamCheckInState(pairMonths, windows, [], '2026-11-20', '2026-11-15')).toEqual({ kind: 'not-yet', next: windows[1] });
    expect(teamCheckInState({ mode: 'off' }, [], [], '2026-11-20', '2026-09-10')).toEqual({ kind: 'off' });
  });

  it('agrees with the missing check-ins the attention rules read, for any dates and check-ins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 200 }),
        (offsets, t, c) => {
          const checkIns = offsets.map((o, i) => makeCheckIn({ date: addDays('2026-09-01', o), id: `c${i}` }));
          const today = addDays('2026-09-01', t);
          const confirmedOn = addDays('2026-09-01', c);
          const state = teamCheckInState(pairMonths, windows, checkIns, today, confirmedOn);
          const missing = missingCheckIns(windows, checkIns, today, confirmedOn);
          if (state.kind === 'due') {
            expect(missing.at(-1)).toEqual({ window: state.window, state: 'open', daysOverdue: 0 });
          } else if (state.kind === 'overdue') {
            expect(missing.at(-1)).toEqual({ window: state.window, state: 'overdue', daysOverdue: state.daysOverdue });
            expect(state.daysOverdue).toBeGreaterThan(0);
          } else if (state.kind === 'done') {
            expect(missing.some((m) => m.window === state.window)).toBe(false);
            expect(state.checkIn.date >= state.window.opensOn && state.checkIn.date <= state.window.dueOn).toBe(true);
          } else if (state.kind === 'not-yet') {
            expect(missing).toEqual([]);
          }
        },
      ),
    );
  });
});

describe('lists of teams', () => {
  it('filter by state and put the longest overdue first, then the soonest due', () => {
    const overdueLong = teamCheckInState(pairMonths, windows, [], '2026-11-28', '2026-09-10');
    const overdueShort = teamCheckInState(pairMonths, windows, [], '2026-11-02', '2026-09-10');
    const dueSoon = teamCheckInState(pairMonths, windows, [], '2026-10-30', '2026-09-10');
    const dueLater = teamCheckInState(pairMonths, windows, [], '2026-10-02', '2026-09-10');
    const done = teamCheckInState(pairMonths, windows, [makeCheckIn({ date: '2026-10-02' })], '2026-10-02', '2026-09-10');
    const sorted = [done, dueLater, overdueShort, dueSoon, overdueLong].sort((a, b) => checkInUrgency(b) - checkInUrgency(a));
    expect(sorted).toEqual([overdueLong, overdueShort, dueSoon, dueLater, done]);
    expect([overdueLong, dueSoon, done].filter((s) => matchesCheckInFilter(s, 'overdue'))).toEqual([overdueLong]);
    expect([overdueLong, dueSoon, done].filter((s) => matchesCheckInFilter(s, 'due'))).toEqual([dueSoon]);
    expect([overdueLong, dueSoon, done].filter((s) => matchesCheckInFilter(s, 'all'))).toHaveLength(3);
  });

  it('ask for forms back by the end of the open window, else the next one', () => {
    expect(returnByDay(windows, '2026-10-12')).toBe('2026-10-31');
    expect(returnByDay(windows, '2026-11-12')).toBe('2026-12-31');
    expect(returnByDay(windows, '2027-05-02')).toBe('');
  });
});

describe('a check-in in words', () => {
  const members = [
    { id: 'p1', name: 'Zoë Hartmann' },
    { id: 'p2', name: 'Lukas Müller' },
  ];

  it('says how it is going, the balance and who gives more, and the next step', () => {
    const words = checkInInWords(
      makeCheckIn({ date: '2026-10-02', status: 'some-concerns', balance: 'mostly-one-way', givesMoreId: 'p2', nextStep: ' Swap roles next time. ' }),
      members,
    );
    expect(words).toEqual({ headline: 'Some concerns · mostly one way: Lukas Müller gives more', nextStep: 'Swap roles next time.' });
  });

  it('never shows the coordinator’s private note', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 3 }).filter((s) => s.trim().length >= 3), (note) => {
        const words = checkInInWords(makeCheckIn({ date: '2026-10-02', coordinatorNote: `secret ${note}` }), members);
        expect(`${words.headline} ${words.nextStep}`).not.toContain(`secret ${note}`);
      }),
    );
  });

  it('the latest check-in is the one of the last day, and of that day the last one made', () => {
    const a = makeCheckIn({ date: '2026-10-02', id: 'a', createdAt: '2026-10-02T09:00:00.000Z' });
    const b = makeCheckIn({ date: '2026-10-02', id: 'b', createdAt: '2026-10-02T11:00:00.000Z' });
    const c = makeCheckIn({ date: '2026-09-30', id: 'c', createdAt: '2026-10-05T11:00:00.000Z' });
    expect(latestCheckIn([a, c, b])?.id).toBe('b');
    expect(latestCheckIn([])).toBeNull();
  });
});
