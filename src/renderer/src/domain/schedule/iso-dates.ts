/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Everything goes through UTC so that the
 * machine's time zone and daylight-saving changes can never move a day.
 */

/** Day of the week, 0 = Sunday … 6 = Saturday (the JavaScript convention). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A calendar day split into its parts; `month` is 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** A calendar month; `month` is 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

export const WEEKDAY_NAMES: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_DAY = 86_400_000;

/** Number of days in a month (`month` 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a strict `YYYY-MM-DD` string; null when malformed or not a real day (e.g. 2026-02-30). */
export function parseIsoDate(text: string): CalendarDay | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when the text is a real calendar day written as `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Formats a calendar day as `YYYY-MM-DD` (years 0–9999). */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function requireDay(text: string): CalendarDay {
  const d = parseIsoDate(text);
  if (!d) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${text}"`);
  return d;
}

function dayNumber(d: CalendarDay): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

function fromDayNumber(n: number): string {
  const date = new Date(n * MS_PER_DAY);
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Weekday of a `YYYY-MM-DD` day; throws on a malformed date. */
export function weekdayOf(iso: string): Weekday {
  const d = requireDay(iso);
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() as Weekday;
}

/** Adds (or with a negative count, subtracts) days to a `YYYY-MM-DD` day. */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(requireDay(iso)) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(requireDay(to)) - dayNumber(requireDay(from));
}

/** The month `offset` months after `ym` (offset may be negative). */
export function addMonths(ym: YearMonth, offset: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + offset;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** Last day of the month as `YYYY-MM-DD`. */
export function lastDayOfMonth(ym: YearMonth): string {
  return toIsoDate(ym.year, ym.month, daysInMonth(ym.year, ym.month));
}

/** True for Saturday and Sunday. */
export function isWeekend(iso: string): boolean {
  const w = weekdayOf(iso);
  return w === 0 || w === 6;
}

/** Parses `HH:MM` (24-hour) into minutes after midnight; null when malformed. */
export function parseClockTime(text: string): number | null {
  const m = HH_MM.exec(text);
  if (!m) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Formats minutes after midnight (0–1439) as `HH:MM`. */
export function formatClockTime(minutesAfterMidnight: number): string {
  const h = Math.floor(minutesAfterMidnight / 60);
  const m = minutesAfterMidnight % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** "Tuesday 10 November 2026": unambiguous in every English-speaking country. */
export function formatLongDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return `${WEEKDAY_NAMES[weekdayOf(iso)]} ${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

/** "Tue 10 Nov 2026", for tables where space is short. */
export function formatShortDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  const weekday = (WEEKDAY_NAMES[weekdayOf(iso)] ?? '').slice(0, 3);
  const month = (MONTH_NAMES[d.month - 1] ?? '').slice(0, 3);
  return `${weekday} ${d.day} ${month} ${d.year}`;
}

/** "November 2026". */
export function formatMonthYear(ym: YearMonth): string {
  return `${MONTH_NAMES[ym.month - 1] ?? ''} ${ym.year}`;
}

/**
 * "12:00–14:00" from a start time and a length; the end wraps past midnight and is then
 * marked "(+1 day)". Empty when the start is not a valid `HH:MM`.
 */
export function formatTimeRange(startTime: string, minutes: number): string {
  const start = parseClockTime(startTime);
  if (start === null) return '';
  if (minutes <= 0) return startTime;
  const endTotal = start + minutes;
  const end = formatClockTime(endTotal % 1440);
  const extraDays = Math.floor(endTotal / 1440);
  return `${startTime}\u2013${end}${extraDays > 0 ? ` (+${extraDays} day${extraDays > 1 ? 's' : ''})` : ''}`;
}

/** "2 h", "1.5 h", "45 min", "1 h 40 min": the length of a meeting in words people use. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes % 30 === 0) return `${minutes / 60} h`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
