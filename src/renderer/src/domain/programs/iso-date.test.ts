import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, isIsoDate, parseIsoDate } from './iso-date';

describe('iso dates', () => {
  it('accepts only real calendar days', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-9-1')).toBe(false);
    expect(isIsoDate('2026-09-01T00:00')).toBe(false);
    expect(parseIsoDate('2026-09-01')).toEqual({ year: 2026, month: 9, day: 1 });
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('adds months clamping to the month end, and days across years', () => {
    expect(addMonths('2026-09-01', 9)).toBe('2027-06-01');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-03-15', -4)).toBe('2025-11-15');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(() => addDays('not a date', 1)).toThrow(RangeError);
  });

  it('addDays then subtracting the same days returns the start (property)', () => {
    const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -2000, max: 2000 }), (d, n) => {
        const later = addDays(d, n);
        expect(isIsoDate(later)).toBe(true);
        expect(addDays(later, -n)).toBe(d);
        // ISO days compare correctly as strings, which the rest of the app relies on.
        expect(Math.sign(later.localeCompare(d))).toBe(Math.sign(n));
      }),
      { numRuns: 200 },
    );
  });
});
