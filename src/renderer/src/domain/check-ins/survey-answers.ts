/**
 * Reading the answers of a check-in survey as Microsoft Forms and Google Forms export them: the
 * time a response was sent, "how is it going", "are contributions equal", who gives more, and the
 * 1–5 progress ratings. Each reader accepts the wording people (and form builders) actually use
 * and returns null for anything it does not understand, so the import can name the cell.
 *
 * Ratings: a whole number from 1 to 5, alone ("3") or followed by words ("3 - OK", "3 – some
 * progress", "3/5", "3 out of 5", "3 (halfway)"), or one of the five scale words the printed form
 * uses ("Some progress"). "0", "6", "2.5", "three" or "Very good" are refused; an empty cell is no
 * rating.
 */
import type { CheckInStatus } from '../model';
import { fold } from '../import/text-normalise';
import { isIsoDate, toIsoDate } from '../schedule/iso-dates';
import { PROGRESS_SCALE_WORDS } from './check-in-entry';

const STATUS_WORDS: Readonly<Record<string, CheckInStatus>> = {
  'on track': 'on-track',
  'going well': 'on-track',
  well: 'on-track',
  'very well': 'on-track',
  good: 'on-track',
  great: 'on-track',
  'it is going well': 'on-track',
  'some concerns': 'some-concerns',
  concerns: 'some-concerns',
  'a few concerns': 'some-concerns',
  'some issues': 'some-concerns',
  mixed: 'some-concerns',
  'could be better': 'some-concerns',
  stalled: 'stalled',
  stuck: 'stalled',
  'not going well': 'stalled',
  'we have stopped meeting': 'stalled',
  'not meeting': 'stalled',
  'we are not meeting': 'stalled',
  stopped: 'stalled',
};

/** "On track" (and the usual synonyms) → `on-track`; null when not understood or empty. */
export function readStatusAnswer(text: string): CheckInStatus | null {
  return STATUS_WORDS[fold(text)] ?? null;
}

/** An answer to "are contributions equal?"; `hint` says who gives more when the words tell. */
export interface BalanceAnswer {
  balance: 'equal' | 'mostly-one-way' | 'unknown';
  hint: 'respondent' | 'partner' | null;
}

const BALANCE_WORDS: Readonly<Record<string, BalanceAnswer>> = {
  equal: { balance: 'equal', hint: null },
  'equal both ways': { balance: 'equal', hint: null },
  'roughly equal': { balance: 'equal', hint: null },
  'mostly equal': { balance: 'equal', hint: null },
  'both ways': { balance: 'equal', hint: null },
  'give and take': { balance: 'equal', hint: null },
  'yes it is give and take': { balance: 'equal', hint: null },
  balanced: { balance: 'equal', hint: null },
  equitable: { balance: 'equal', hint: null },
  yes: { balance: 'equal', hint: null },
  'mostly one way': { balance: 'mostly-one-way', hint: null },
  'one way': { balance: 'mostly-one-way', hint: null },
  'one sided': { balance: 'mostly-one-way', hint: null },
  'not really': { balance: 'mostly-one-way', hint: null },
  no: { balance: 'mostly-one-way', hint: null },
  'mostly me': { balance: 'mostly-one-way', hint: 'respondent' },
  'mostly i give': { balance: 'mostly-one-way', hint: 'respondent' },
  'i give more': { balance: 'mostly-one-way', hint: 'respondent' },
  'mostly my partner': { balance: 'mostly-one-way', hint: 'partner' },
  'my partner gives more': { balance: 'mostly-one-way', hint: 'partner' },
  'mostly them': { balance: 'mostly-one-way', hint: 'partner' },
  'not sure': { balance: 'unknown', hint: null },
  'don t know': { balance: 'unknown', hint: null },
  'do not know': { balance: 'unknown', hint: null },
  'not said': { balance: 'unknown', hint: null },
  'prefer not to say': { balance: 'unknown', hint: null },
};

/** An empty answer is "not said"; null when the words are not understood. */
export function readBalanceAnswer(text: string): BalanceAnswer | null {
  const key = fold(text);
  if (key === '') return { balance: 'unknown', hint: null };
  return BALANCE_WORDS[key] ?? null;
}

const SCALE_BY_WORDS = new Map<string, number>(
  Object.entries(PROGRESS_SCALE_WORDS).map(([n, words]) => [fold(words), Number(n)]),
);

/**
 * The 1–5 number a rating cell starts with ("3", "3 - OK", "3/5", "3 out of 5", "3 (halfway)"),
 * or null: a digit, then the end, a separator, or words; never more digits or a decimal ("35",
 * "2.5"). Shared by every survey import that reads 1–5 answers.
 */
export function leadingRating(text: string): number | null {
  const m = /^([1-5])(?:$|\s*[-–—:/(]|[.)](?:\s|$)|\s+\D)/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** A rating cell: `null` when empty, the number when understood, `'invalid'` otherwise. */
export function readRatingAnswer(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return leadingRating(trimmed) ?? SCALE_BY_WORDS.get(fold(trimmed)) ?? 'invalid';
}

/** How slashed dates in a column are written. */
export type DateOrder = 'dmy' | 'mdy';

/** What the cells of a timestamp column tell about their date order. */
export type DateOrderEvidence = 'none' | 'dmy' | 'mdy' | 'ambiguous' | 'mixed';

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/;

/**
 * Whether the dates of a column are day/month or month/day: a first number over 12 proves
 * day/month, a second number over 12 proves month/day; `ambiguous` when no cell tells, `mixed`
 * when cells disagree, `none` when no cell is a slashed date (ISO dates need no decision).
 */
export function dateOrderEvidence(cells: readonly string[]): DateOrderEvidence {
  let slashed = false;
  let dmy = false;
  let mdy = false;
  for (const cell of cells) {
    const m = SLASHED.exec(cell.trim());
    if (!m) continue;
    slashed = true;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  if (!slashed) return 'none';
  if (dmy && mdy) return 'mixed';
  return dmy ? 'dmy' : mdy ? 'mdy' : 'ambiguous';
}

/** A response time: its day and the moment as written, to the second (no time zone applied). */
export interface ResponseTime {
  day: string;
  /** `YYYY-MM-DDTHH:MM:SS`, or the day alone when the cell has no time. */
  moment: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function clock(h: string | undefined, min: string | undefined, s: string | undefined, ampm: string | undefined): string | null {
  if (h === undefined || min === undefined) return '';
  let hour = Number(h);
  const minute = Number(min);
  const second = s === undefined ? 0 : Number(s);
  if (ampm !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const pm = ampm.toLowerCase() === 'pm';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

// A time zone after the time is accepted and not applied: the day is the one the export shows
// ("GMT+1", "UTC", "Z", "+02:00", "CET").
const ZONE = String.raw`(?:\s*(?:Z|UTC|GMT|[A-Z]{2,5})?\s*(?:[+-]\d{1,2}(?::?\d{2})?)?)?`;
const ISO = new RegExp(
  String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(am|pm)?)?` + ZONE + '$',
  'i',
);
const SLASHED_FULL = new RegExp(
  String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?` + ZONE + '$',
  'i',
);

/**
 * A timestamp cell as Forms and spreadsheets write it: `2026-10-14 09:32:11`, `2026-10-14T09:32`,
 * `10/14/2026 9:32:11 AM` (with `order` saying whether slashed dates are day or month first), or a
 * bare day. Two-digit years are 20YY. Null when it is not a real date and time.
 */
export function readResponseTime(text: string, order: DateOrder): ResponseTime | null {
  const t = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let time: string | null;
  const iso = ISO.exec(t);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
    time = clock(iso[4], iso[5], iso[6], iso[7]);
  } else {
    const s = SLASHED_FULL.exec(t);
    if (!s) return null;
    const a = Number(s[1]);
    const b = Number(s[2]);
    year = s[3]!.length === 2 ? 2000 + Number(s[3]) : Number(s[3]);
    [day, month] = order === 'dmy' ? [a, b] : [b, a];
    time = clock(s[4], s[5], s[6], s[7]);
  }
  if (time === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = toIsoDate(year, month, day);
  if (!isIsoDate(date) || date !== `${year}-${pad(month)}-${pad(day)}`) return null;
  return { day: date, moment: `${date}${time}` };
}

/** A member of the respondent's team, for reading "who gives more". */
export interface TeamPerson {
  id: string;
  name: string;
  firstName: string;
  emailKey: string;
}

const SELF = new Set(['me', 'i do', 'myself', 'i', 'mostly me', 'i give more']);
const PARTNER = new Set(['my partner', 'partner', 'them', 'they do', 'the other person', 'mostly my partner', 'mostly them', 'my partner gives more']);

/**
 * Who gives more, from a name, a first name, an email address, or "me" / "my partner" (the
 * partner only when the team is a pair). `''` for an empty cell; null when nobody fits.
 */
export function readGivesMoreAnswer(text: string, members: readonly TeamPerson[], respondentId: string): string | null {
  const raw = text.trim();
  if (raw === '') return '';
  const key = fold(raw);
  if (SELF.has(key)) return members.some((m) => m.id === respondentId) ? respondentId : null;
  if (PARTNER.has(key)) {
    const others = members.filter((m) => m.id !== respondentId);
    return others.length === 1 ? others[0]!.id : null;
  }
  const email = raw.toLowerCase().normalize('NFC');
  const byEmail = members.find((m) => m.emailKey !== '' && m.emailKey === email);
  if (byEmail) return byEmail.id;
  const byName = members.filter((m) => fold(m.name) === key);
  if (byName.length === 1) return byName[0]!.id;
  const byFirst = members.filter((m) => fold(m.firstName) === key);
  if (byFirst.length === 1) return byFirst[0]!.id;
  return null;
}
