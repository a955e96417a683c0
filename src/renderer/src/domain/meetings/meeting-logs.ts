/**
 * Meetings a team logs between the group meetings: checking what the coordinator typed, and the
 * figures per team (how many, the last one, meetings per month). Pure: records and `today` in.
 */
import type { MeetingLog, MeetingMode } from '../model';
import { isIsoDate } from '../schedule/iso-dates';

/** Minutes a quick entry assumes when none are typed. */
export const DEFAULT_MEETING_MINUTES = 60;
/** Longest meeting a log accepts (a full working day and a half). */
export const MAX_LOGGED_MINUTES = 720;
/** Longest note kept with a log: a short note, not minutes of the meeting. */
export const MAX_MEETING_NOTE = 2000;
/** Who logged a meeting when the coordinator typed it. */
export const COORDINATOR = 'Coordinator';

const MODES: readonly (MeetingMode | '')[] = ['in-person', 'video', 'phone', 'other', ''];

/** What the coordinator fills in for one meeting. */
export interface MeetingLogDraft {
  date: string;
  /** Whole minutes, or text straight from a field (checked here). */
  minutes: number | string;
  mode: MeetingMode | '';
  competencyIds: readonly string[];
  notes: string;
  loggedBy: string;
}

/** The checked fields of a log, ready to store. */
export type MeetingLogFields = Pick<MeetingLog, 'date' | 'minutes' | 'mode' | 'competencyIds' | 'notes' | 'loggedBy'>;

/** The field a refusal is about (the form shows the message under it). */
export type MeetingLogField = 'date' | 'minutes' | 'mode' | 'competencyIds' | 'notes' | 'loggedBy';

export type MeetingLogCheck =
  | { ok: true; fields: MeetingLogFields }
  | { ok: false; field: MeetingLogField; message: string };

/** Whole minutes, given as a number or typed as digits; anything else is null. */
function readMinutes(value: number | string): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  const text = value.trim();
  if (!/^\d{1,4}$/.test(text)) return null;
  return Number(text);
}

/**
 * Checks a draft for a team whose chosen competencies are `teamCompetencyIds`: a real day no
 * later than `today`, 1–720 whole minutes, a known mode, competencies from the team's choice
 * only (others are dropped: the team may have changed its choice since), a short note.
 */
export function checkMeetingLog(
  draft: MeetingLogDraft,
  context: { today: string; teamCompetencyIds: readonly string[] },
): MeetingLogCheck {
  const date = draft.date.trim();
  if (!isIsoDate(date)) return { ok: false, field: 'date', message: 'Enter the day they met (YYYY-MM-DD).' };
  if (date > context.today)
    return { ok: false, field: 'date', message: 'That day is still to come: log a meeting once it has taken place.' };
  const minutes = readMinutes(draft.minutes);
  if (minutes === null || minutes < 1 || minutes > MAX_LOGGED_MINUTES)
    return {
      ok: false,
      field: 'minutes',
      message: `Enter how long they met in whole minutes, from 1 to ${MAX_LOGGED_MINUTES}.`,
    };
  if (!MODES.includes(draft.mode)) return { ok: false, field: 'mode', message: 'Choose how they met.' };
  const notes = draft.notes.trim();
  if (notes.length > MAX_MEETING_NOTE)
    return {
      ok: false,
      field: 'notes',
      message: `Keep the note under ${MAX_MEETING_NOTE.toLocaleString('en')} characters (it has ${notes.length.toLocaleString('en')}).`,
    };
  const loggedBy = draft.loggedBy.trim();
  if (loggedBy.length > 300) return { ok: false, field: 'loggedBy', message: 'Keep “logged by” to a name.' };
  const allowed = new Set(context.teamCompetencyIds);
  const competencyIds = [...new Set(draft.competencyIds)].filter((id) => allowed.has(id));
  return {
    ok: true,
    fields: { date, minutes, mode: draft.mode, competencyIds, notes, loggedBy: loggedBy || COORDINATOR },
  };
}

/** A team's meeting figures. */
export interface TeamMeetingStats {
  count: number;
  totalMinutes: number;
  /** Day of the latest meeting, `YYYY-MM-DD`; empty when none. */
  lastDate: string;
}

/** Figures of one team's logs (any order). */
export function teamMeetingStats(logs: readonly Pick<MeetingLog, 'date' | 'minutes'>[]): TeamMeetingStats {
  let totalMinutes = 0;
  let lastDate = '';
  for (const log of logs) {
    totalMinutes += log.minutes;
    if (log.date > lastDate) lastDate = log.date;
  }
  return { count: logs.length, totalMinutes, lastDate };
}

/** Figures of every team that has logs, by team id. */
export function meetingStatsByTeam(logs: readonly MeetingLog[]): Map<string, TeamMeetingStats> {
  const byTeam = new Map<string, MeetingLog[]>();
  for (const log of logs) {
    const list = byTeam.get(log.teamId);
    if (list) list.push(log);
    else byTeam.set(log.teamId, [log]);
  }
  return new Map([...byTeam].map(([teamId, list]) => [teamId, teamMeetingStats(list)]));
}

/** Meetings in one calendar month. */
export interface MonthMeetings {
  /** `YYYY-MM`. */
  month: string;
  count: number;
  minutes: number;
}

/**
 * Meetings per calendar month, oldest first. With `span`, every month from its first to its
 * last day is listed (months without a meeting show 0) and logs outside it are left out;
 * without it, only months that have meetings.
 */
export function meetingsPerMonth(
  logs: readonly Pick<MeetingLog, 'date' | 'minutes'>[],
  span?: { from: string; to: string },
): MonthMeetings[] {
  const counts = new Map<string, MonthMeetings>();
  if (span && isIsoDate(span.from) && isIsoDate(span.to) && span.from <= span.to) {
    let [y, m] = span.from.split('-').map(Number) as [number, number];
    const last = span.to.slice(0, 7);
    for (;;) {
      const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
      if (key > last) break;
      counts.set(key, { month: key, count: 0, minutes: 0 });
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    }
  }
  const fixed = counts.size > 0;
  for (const log of logs) {
    if (!isIsoDate(log.date)) continue;
    const key = log.date.slice(0, 7);
    let entry = counts.get(key);
    if (!entry) {
      if (fixed) continue;
      entry = { month: key, count: 0, minutes: 0 };
      counts.set(key, entry);
    }
    entry.count += 1;
    entry.minutes += log.minutes;
  }
  return [...counts.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** Logs newest first (day, then when they were typed). */
export function logsNewestFirst<T extends Pick<MeetingLog, 'date' | 'createdAt' | 'id'>>(logs: readonly T[]): T[] {
  return [...logs].sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? 1
        : -1
      : a.createdAt !== b.createdAt
        ? a.createdAt < b.createdAt
          ? 1
          : -1
        : a.id < b.id
          ? 1
          : a.id > b.id
            ? -1
            : 0,
  );
}

/**
 * The months worth showing a team's meetings for on `today`: from the cycle start (or the first
 * meeting, when earlier) to today, or to the cycle end once it is over (or the last meeting,
 * when later). Null when there is nothing to show yet (the cycle has not started, nothing logged).
 */
export function meetingMonthsSpan(
  cycle: { cycleStart: string; cycleEnd: string },
  logs: readonly Pick<MeetingLog, 'date'>[],
  today: string,
): { from: string; to: string } | null {
  const days = logs.map((l) => l.date).filter(isIsoDate).sort();
  const first = days[0];
  const last = days[days.length - 1];
  let from = isIsoDate(cycle.cycleStart) ? cycle.cycleStart : (first ?? today);
  if (first && first < from) from = first;
  let to = isIsoDate(cycle.cycleEnd) && cycle.cycleEnd < today ? cycle.cycleEnd : today;
  if (last && last > to) to = last;
  return from.slice(0, 7) <= to.slice(0, 7) ? { from, to } : null;
}
