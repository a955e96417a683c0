/**
 * Calendar-day arithmetic for programs, on `YYYY-MM-DD` strings. The primitives live in
 * schedule/iso-dates.ts (one implementation for the whole domain); this adds month arithmetic
 * on whole dates, clamped to the month's end, which cycle lengths need.
 */
import { daysInMonth, parseIsoDate, toIsoDate, type CalendarDay } from '../schedule/iso-dates';

export { addDays, daysInMonth, isIsoDate, parseIsoDate, type CalendarDay } from '../schedule/iso-dates';

/** Formats numbers as `YYYY-MM-DD`. */
export function formatIsoDate({ year, month, day }: CalendarDay): string {
  return toIsoDate(year, month, day);
}

/** Adds whole months; the day is clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const index = parsed.year * 12 + (parsed.month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return toIsoDate(y, m, Math.min(parsed.day, daysInMonth(y, m)));
}
