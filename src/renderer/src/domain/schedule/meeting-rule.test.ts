import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWeekend, parseIsoDate, weekdayOf, type Weekday } from './iso-dates';
import {
  DEFAULT_MEETING_RULE,
  formatMeetingRule,
  nthWeekdayOfMonth,
  parseMeetingRule,
  ruleDateInMonth,
  type MeetingRule,
  type Ordinal,
} from './meeting-rule';

/** Counts weekdays day by day: an independent oracle for the arithmetic in nthWeekdayOfMonth. */
function bruteForce(year: number, month: number, weekday: number): string[] {
  const days: string[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(year, month - 1, d));
    if (date.getUTCMonth() !== month - 1) break;
    if (date.getUTCDay() === weekday) days.push(date.toISOString().slice(0, 10));
  }
  return days;
}

const weekdayArb = fc.integer({ min: 0, max: 6 }).map((n) => n as Weekday);
const ordinalArb = fc.constantFrom<Ordinal>(1, 2, 3, 4, 5, 'last');

describe('nthWeekdayOfMonth', () => {
  it('finds known dates', () => {
    // November 2026 starts on a Sunday: Tuesdays are the 3rd, 10th, 17th, 24th.
    expect(nthWeekdayOfMonth(2026, 11, 2, 2)).toBe('2026-11-10');
    expect(nthWeekdayOfMonth(2026, 11, 2, 'last')).toBe('2026-11-24');
    expect(nthWeekdayOfMonth(2026, 11, 2, 5)).toBeNull();
    // February 2028 is a leap month with five Tuesdays (1, 8, 15, 22, 29).
    expect(nthWeekdayOfMonth(2028, 2, 2, 5)).toBe('2028-02-29');
    expect(nthWeekdayOfMonth(2027, 1, 5, 'last')).toBe('2027-01-29');
  });

  it('agrees with counting day by day for every month, weekday and ordinal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), weekdayArb, ordinalArb, (y, m, w, n) => {
        const all = bruteForce(y, m, w);
        const expected = n === 'last' ? all[all.length - 1] : (all[n - 1] ?? null);
        expect(nthWeekdayOfMonth(y, m, w, n)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('a missing fifth weekday falls back to the last one in ruleDateInMonth', () => {
    const rule: MeetingRule = { ordinal: 5, weekday: 2, startTime: '12:00', minutes: 120 };
    expect(ruleDateInMonth({ year: 2026, month: 11 }, rule)).toBe('2026-11-24');
  });
});

describe('parseMeetingRule', () => {
  it('reads the canonical form', () => {
    expect(parseMeetingRule('second Tuesday, 12:00, 2 h')).toEqual({
      ok: true,
      rule: { ordinal: 2, weekday: 2, startTime: '12:00', minutes: 120 },
    });
  });

  it.each([
    ['2nd tue at 12:30pm for 90 min', { ordinal: 2, weekday: 2, startTime: '12:30', minutes: 90 }],
    ['Last Friday, 9.30, 1,5 h', { ordinal: 'last', weekday: 5, startTime: '09:30', minutes: 90 }],
    ['first Monday of the month, 8am, 1 h 45 min', { ordinal: 1, weekday: 1, startTime: '08:00', minutes: 105 }],
    ['third Wednesday noon 2 hours', { ordinal: 3, weekday: 3, startTime: '12:00', minutes: 120 }],
    ['4th Thursdays, 16:00, 1.5h', { ordinal: 4, weekday: 4, startTime: '16:00', minutes: 90 }],
    ['fifth sunday 12:00 am 1h30', { ordinal: 5, weekday: 0, startTime: '00:00', minutes: 90 }],
  ] as const)('reads %j', (text, rule) => {
    expect(parseMeetingRule(text)).toEqual({ ok: true, rule });
  });

  it('uses the default length when none is given', () => {
    const parsed = parseMeetingRule('second Tuesday, 12:00', 100);
    expect(parsed).toEqual({ ok: true, rule: { ordinal: 2, weekday: 2, startTime: '12:00', minutes: 100 } });
  });

  it.each([
    ['Tuesday, 12:00, 2 h', /which week/],
    ['second, 12:00, 2 h', /day of the week/],
    ['second Tuesday, 2 h', /start time/],
    ['second Tuesday, 25:00, 2 h', /not a time of day/],
    ['second Tuesday, 13pm, 2 h', /not a time of day/],
    ['second Tuesday, 12:00, 2 h, in the canteen', /Did not understand "canteen"/],
    ['second Tuesday, 12:00, 13 h', /between 1 minute and 12 hours/],
  ])('rejects %j with a message that says what is wrong', (text, message) => {
    const parsed = parseMeetingRule(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('formats the default rule the way people say it', () => {
    expect(formatMeetingRule(DEFAULT_MEETING_RULE)).toBe('second Tuesday, 12:00, 2 h');
    expect(formatMeetingRule({ ordinal: 'last', weekday: 5, startTime: '09:05', minutes: 100 })).toBe(
      'last Friday, 09:05, 1 h 40 min',
    );
  });

  it('parse(format(rule)) gives the rule back', () => {
    const ruleArb = fc.record({
      ordinal: ordinalArb,
      weekday: weekdayArb,
      startTime: fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      minutes: fc.integer({ min: 1, max: 720 }),
    });
    fc.assert(
      fc.property(ruleArb, (rule) => {
        expect(parseMeetingRule(formatMeetingRule(rule))).toEqual({ ok: true, rule });
      }),
      { numRuns: 400 },
    );
  });

  it('the date a rule gives always has the rule weekday and lies in the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), weekdayArb, ordinalArb, (y, m, w, n) => {
        const date = ruleDateInMonth({ year: y, month: m }, { ordinal: n, weekday: w, startTime: '12:00', minutes: 120 });
        const day = parseIsoDate(date);
        expect(day?.year).toBe(y);
        expect(day?.month).toBe(m);
        expect(weekdayOf(date)).toBe(w);
        expect(isWeekend(date)).toBe(w === 0 || w === 6);
      }),
      { numRuns: 300 },
    );
  });
});
