/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings. Calendar days have no time zone, so all
 * arithmetic is done on year/month/day numbers (UTC only where a day count is needed); the
 * local clock is never read.
 */

/** A calendar day split into numbers; month is 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Number of days in a month (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits a `YYYY-MM-DD` string, or returns null when it is not a real calendar day (years 1000–9999). */
export function parseIsoDate(text: string): CalendarDay | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a well-formed, real calendar day such as `2027-02-28` (not `2027-02-29`). */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Formats numbers as `YYYY-MM-DD`. */
export function formatIsoDate({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mustParse(text: string): CalendarDay {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(text)}`);
  return parsed;
}

/** Adds whole months; the day is clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = mustParse(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Adds (or with a negative count, subtracts) days. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = mustParse(date);
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return formatIsoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}
