/**
 * The rule that places group meetings in their months, such as "second Tuesday, 12:00, 2 h":
 * the type, the date it gives in a month, and a forgiving parser with an exact formatter
 * (parse(format(rule)) gives the rule back).
 */
import {
  daysInMonth,
  formatClockTime,
  formatDuration,
  parseClockTime,
  toIsoDate,
  WEEKDAY_NAMES,
  weekdayOf,
  type Weekday,
  type YearMonth,
} from './iso-dates';

/** Which occurrence of the weekday in the month. */
export type Ordinal = 1 | 2 | 3 | 4 | 5 | 'last';

/** Where and how long group meetings happen by default; every meeting stays editable. */
export interface MeetingRule {
  ordinal: Ordinal;
  weekday: Weekday;
  /** `HH:MM`, 24-hour local time. */
  startTime: string;
  /** Length in minutes. */
  minutes: number;
}

/** "second Tuesday, 12:00, 2 h": a lunchtime slot most workplaces can protect. */
export const DEFAULT_MEETING_RULE: MeetingRule = {
  ordinal: 2,
  weekday: 2,
  startTime: '12:00',
  minutes: 120,
};

/** Longest meeting a rule accepts: anything longer is a typing mistake, not a meeting. */
export const MAX_MEETING_MINUTES = 12 * 60;

const ORDINAL_WORDS: Record<string, Ordinal> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  last: 'last',
};

const ORDINAL_NAMES: Record<string, string> = {
  '1': 'first',
  '2': 'second',
  '3': 'third',
  '4': 'fourth',
  '5': 'fifth',
  last: 'last',
};

const WEEKDAY_WORDS: Record<string, Weekday> = {
  sun: 0,
  sunday: 0,
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  weds: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
};

/** Words people put around the parts of a rule that carry no meaning of their own. */
const FILLER = new Set(['at', 'for', 'of', 'the', 'each', 'every', 'month', 'on', 'from', 'and', 'lasting', 'in']);

/**
 * The day of the month of the n-th (or last) given weekday, as `YYYY-MM-DD`; null when the
 * month has no such day (a fifth Tuesday in most months). `month` is 1–12.
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, n: Ordinal): string | null {
  const firstWeekday = weekdayOf(toIsoDate(year, month, 1));
  const firstDay = 1 + ((weekday - firstWeekday + 7) % 7);
  const length = daysInMonth(year, month);
  if (n === 'last') {
    const day = firstDay + 7 * Math.floor((length - firstDay) / 7);
    return toIsoDate(year, month, day);
  }
  const day = firstDay + 7 * (n - 1);
  return day <= length ? toIsoDate(year, month, day) : null;
}

/**
 * The date a rule gives in a month. A "fifth" that the month lacks falls back to the last
 * such weekday, so every month gets a meeting rather than a hole.
 */
export function ruleDateInMonth(ym: YearMonth, rule: MeetingRule): string {
  return (
    nthWeekdayOfMonth(ym.year, ym.month, rule.weekday, rule.ordinal) ??
    (nthWeekdayOfMonth(ym.year, ym.month, rule.weekday, 'last') as string)
  );
}

/** Formats a rule the way people say it: "second Tuesday, 12:00, 2 h". */
export function formatMeetingRule(rule: MeetingRule): string {
  return `${ORDINAL_NAMES[String(rule.ordinal)]} ${WEEKDAY_NAMES[rule.weekday]}, ${rule.startTime}, ${formatDuration(rule.minutes)}`;
}

/** Result of reading a rule typed by the coordinator. */
export type ParsedMeetingRule = { ok: true; rule: MeetingRule } | { ok: false; error: string };

const EXAMPLE = 'Write it like "second Tuesday, 12:00, 2 h".';

function takeTime(text: string): { minutes: number | null; rest: string; error?: string } {
  // Times need a colon, a dot between hour and minutes, am/pm, or "noon", so that "2 h"
  // can never be read as two o'clock.
  const patterns: RegExp[] = [
    /\b(\d{1,2})[:.](\d{2})(?!\s*(?:h|hrs?|hours?|m|mins?|minutes?)(?=\s|$))\s*(am|pm|a\.m\.|p\.m\.)?(?=\s|$)/,
    /\b(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)(?=\s|$)/,
    /\b(noon|midday)\b/,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    const rest = text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length);
    if (m[1] === 'noon' || m[1] === 'midday') return { minutes: 12 * 60, rest };
    let hours = Number(m[1]);
    const mins = pattern === patterns[0] ? Number(m[2]) : 0;
    const suffix = (pattern === patterns[0] ? m[3] : m[2])?.replace(/\./g, '');
    if (suffix) {
      if (hours < 1 || hours > 12) return { minutes: null, rest, error: `"${m[0].trim()}" is not a time of day.` };
      hours = (hours % 12) + (suffix === 'pm' ? 12 : 0);
    }
    const clock = parseClockTime(`${String(hours).padStart(2, '0')}:${String(mins).padStart(2, '0')}`);
    if (clock === null) return { minutes: null, rest, error: `"${m[0].trim()}" is not a time of day.` };
    return { minutes: clock, rest };
  }
  return { minutes: null, rest: text };
}

function takeDuration(text: string): { minutes: number | null; rest: string } {
  const hoursThenMinutes =
    /(?:^|\s)(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours)(?:\s*(\d{1,2})\s*(?:m|min|mins|minute|minutes)?)?(?=\s|$)/;
  const onlyMinutes = /(?:^|\s)(\d+)\s*(?:m|min|mins|minute|minutes)(?=\s|$)/;
  const h = hoursThenMinutes.exec(text);
  if (h) {
    const minutes = Math.round(Number(h[1]) * 60) + (h[2] ? Number(h[2]) : 0);
    return { minutes, rest: text.slice(0, h.index) + ' ' + text.slice(h.index + h[0].length) };
  }
  const m = onlyMinutes.exec(text);
  if (m) return { minutes: Number(m[1]), rest: text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length) };
  return { minutes: null, rest: text };
}

/**
 * Reads a rule such as "second Tuesday, 12:00, 2 h", "2nd tue at 12:30pm for 90 min" or
 * "last Friday, 9.30, 1,5 h". The length may be left out and then defaults to
 * `defaultMinutes`. Errors say which part is missing or not understood.
 */
export function parseMeetingRule(text: string, defaultMinutes = DEFAULT_MEETING_RULE.minutes): ParsedMeetingRule {
  let rest = ` ${text.toLowerCase().replace(/(\d),(\d)/g, '$1.$2').replace(/[,;]/g, ' ')} `;

  const time = takeTime(rest);
  if (time.error) return { ok: false, error: time.error };
  rest = time.rest;
  const duration = takeDuration(rest);
  rest = duration.rest;

  let ordinal: Ordinal | null = null;
  let weekday: Weekday | null = null;
  const unknown: string[] = [];
  for (const word of rest.split(/\s+/).filter((w) => w !== '')) {
    const bare = word.replace(/[.]$/, '');
    const o = ORDINAL_WORDS[bare];
    const w = WEEKDAY_WORDS[bare.replace(/s$/, '')] ?? WEEKDAY_WORDS[bare];
    if (o !== undefined && ordinal === null) ordinal = o;
    else if (w !== undefined && weekday === null) weekday = w;
    else if (!FILLER.has(bare)) unknown.push(word);
  }

  if (unknown.length > 0) return { ok: false, error: `Did not understand "${unknown.join(' ')}". ${EXAMPLE}` };
  if (ordinal === null) return { ok: false, error: `Say which week: first, second, third, fourth, fifth or last. ${EXAMPLE}` };
  if (weekday === null) return { ok: false, error: `Say which day of the week. ${EXAMPLE}` };
  if (time.minutes === null) return { ok: false, error: `Add the start time, like 12:00. ${EXAMPLE}` };
  const minutes = duration.minutes ?? defaultMinutes;
  if (!Number.isInteger(minutes) || minutes <= 0 || minutes > MAX_MEETING_MINUTES) {
    return { ok: false, error: `A meeting must last between 1 minute and 12 hours. ${EXAMPLE}` };
  }
  return { ok: true, rule: { ordinal, weekday, startTime: formatClockTime(time.minutes), minutes } };
}
