import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNUAL_PLAN,
  applyMeetingRule,
  cycleMonths,
  generateAnnualSchedule,
  sortEvents,
  TOPIC_MEETING_TITLES,
} from './annual-schedule';
import { addDays, addMonths, daysBetween, formatTimeRange, lastDayOfMonth, parseIsoDate, toIsoDate, weekdayOf, type Weekday } from './iso-dates';
import { DEFAULT_MEETING_RULE, nthWeekdayOfMonth, type MeetingRule, type Ordinal } from './meeting-rule';
import { scheduleWarnings } from './schedule-warnings';

const CYCLE = { cycleStart: '2026-09-01', cycleEnd: '2027-05-31' };

describe('generateAnnualSchedule', () => {
  const events = generateAnnualSchedule({ programId: 'p1', ...CYCLE, rule: DEFAULT_MEETING_RULE, place: 'Room 4.12' });

  it('lays out the September-to-May year of the program', () => {
    expect(events.map((e) => [e.date.slice(0, 7), e.kind, e.topic])).toEqual([
      ['2026-09', 'orientation', null],
      ['2026-10', 'pairs', null],
      ['2026-11', 'group', 'self'],
      ['2026-12', 'pairs', null],
      ['2027-01', 'group', 'business'],
      ['2027-02', 'pairs', null],
      ['2027-03', 'group', 'people'],
      ['2027-04', 'pairs', null],
      ['2027-05', 'debrief', null],
    ]);
  });

  it('puts group gatherings on the second Tuesday at 12:00 for 2 h at the default place', () => {
    const gatherings = events.filter((e) => e.kind !== 'pairs');
    expect(gatherings.map((e) => e.date)).toEqual(['2026-09-08', '2026-11-10', '2027-01-12', '2027-03-09', '2027-05-11']);
    for (const e of gatherings) {
      expect(e).toMatchObject({ startTime: '12:00', minutes: 120, place: 'Room 4.12', programId: 'p1' });
    }
    expect(events[2]?.title).toBe(TOPIC_MEETING_TITLES.self);
  });

  it('marks the months between as "pairs meet by arrangement" on the 1st, without a time', () => {
    for (const e of events.filter((x) => x.kind === 'pairs')) {
      expect(e.date.endsWith('-01')).toBe(true);
      expect(e).toMatchObject({ title: 'Pairs meet by arrangement', startTime: '', minutes: 0 });
    }
  });

  it('gives a default schedule with no warnings', () => {
    expect(scheduleWarnings(events, CYCLE)).toEqual([]);
  });

  it('keeps the first meeting inside a cycle that starts mid-month', () => {
    // The second Tuesday of September 2026 is the 8th; a cycle starting the 15th moves it a week on.
    const late = generateAnnualSchedule({ programId: 'p', cycleStart: '2026-09-15', rule: DEFAULT_MEETING_RULE });
    expect(late[0]?.date).toBe('2026-09-15');
  });

  it('keeps the debrief on or before a cycle end that comes early in the month', () => {
    const rule: MeetingRule = { ...DEFAULT_MEETING_RULE, ordinal: 'last' };
    const early = generateAnnualSchedule({ programId: 'p', cycleStart: '2026-09-01', cycleEnd: '2027-05-20', rule });
    expect(early[8]?.date).toBe('2027-05-18');
  });

  it('works for a cycle starting in any month: nine consecutive months, same plan, rule dates', () => {
    const ruleArb = fc.record({
      ordinal: fc.constantFrom<Ordinal>(1, 2, 3, 4, 'last'),
      weekday: fc.integer({ min: 1, max: 5 }).map((n) => n as Weekday),
      startTime: fc.constantFrom('08:30', '12:00', '16:15'),
      minutes: fc.integer({ min: 90, max: 120 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2040 }), fc.integer({ min: 1, max: 12 }), ruleArb, (year, month, rule) => {
        const cycleStart = toIsoDate(year, month, 1);
        const end = lastDayOfMonth(addMonths({ year, month }, 8));
        const drafts = generateAnnualSchedule({ programId: 'x', cycleStart, cycleEnd: end, rule });
        expect(drafts).toHaveLength(9);
        const months = cycleMonths(cycleStart);
        drafts.forEach((draft, i) => {
          const day = parseIsoDate(draft.date);
          expect({ year: day?.year, month: day?.month }).toEqual(months[i]);
          expect(draft.kind).toBe(ANNUAL_PLAN[i]?.kind);
          expect(draft.topic).toBe(ANNUAL_PLAN[i]?.topic);
          if (draft.kind !== 'pairs') {
            expect(draft.date).toBe(nthWeekdayOfMonth(months[i]!.year, months[i]!.month, rule.weekday, rule.ordinal));
          }
        });
        // Weekday rules inside a full-month cycle never trigger a warning.
        expect(scheduleWarnings(drafts, { cycleStart, cycleEnd: end })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('applyMeetingRule', () => {
  it('moves gatherings to the new rule and keeps edits and pair months', () => {
    const events = generateAnnualSchedule({ programId: 'p1', ...CYCLE, rule: DEFAULT_MEETING_RULE });
    const edited = events.map((e, i) => (i === 2 ? { ...e, place: 'Library', notes: 'Bring the worksheet' } : e));
    const rule: MeetingRule = { ordinal: 1, weekday: 4, startTime: '15:00', minutes: 90 };
    const moved = applyMeetingRule(edited, rule, CYCLE);
    expect(moved[2]).toMatchObject({ date: '2026-11-05', startTime: '15:00', minutes: 90, place: 'Library', notes: 'Bring the worksheet' });
    expect(moved[1]).toEqual(edited[1]);
    for (const e of moved.filter((x) => x.kind !== 'pairs')) expect(weekdayOf(e.date)).toBe(4);
  });
});

describe('dates', () => {
  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-09-01', '2027-05-31')).toBe(272);
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const iso = d.toISOString().slice(0, 10);
        expect(daysBetween(iso, addDays(iso, n))).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('formats a time range, also past midnight', () => {
    expect(formatTimeRange('12:00', 120)).toBe('12:00\u201314:00');
    expect(formatTimeRange('23:30', 90)).toBe('23:30\u201301:00 (+1 day)');
    expect(formatTimeRange('', 90)).toBe('');
  });

  it('sorts events by date then time', () => {
    const sorted = sortEvents([
      { date: '2026-11-10', startTime: '12:00' },
      { date: '2026-10-01', startTime: '' },
      { date: '2026-11-10', startTime: '09:00' },
    ]);
    expect(sorted.map((e) => `${e.date} ${e.startTime}`)).toEqual(['2026-10-01 ', '2026-11-10 09:00', '2026-11-10 12:00']);
  });
});
