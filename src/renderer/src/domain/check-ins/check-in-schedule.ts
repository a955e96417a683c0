/**
 * When check-ins are due. The program's method asks for regular check-ins; by default one in each
 * "pairs meet by arrangement" month of the schedule (October, December, February, April), due by
 * that month's last day. The coordinator may instead ask for one every N weeks from the cycle
 * start, or switch them off. Pure: the schedule and the cadence in, the windows out.
 */
import type { CheckIn, ProgramEvent } from '../model';
import { addDays, daysBetween, isIsoDate, lastDayOfMonth, parseIsoDate } from '../schedule/iso-dates';

export type CheckInCadence =
  | { mode: 'pair-months' }
  | { mode: 'every-weeks'; weeks: number }
  | { mode: 'off' };

export const DEFAULT_CHECK_IN_CADENCE: CheckInCadence = { mode: 'pair-months' };

/** Meta key of a program's cadence (per-program settings are `<name>:<programId>`). */
export const checkInCadenceKey = (programId: string): string => `checkInCadence:${programId}`;

/** One period in which each team should have one check-in. */
export interface CheckInWindow {
  /** First day a check-in counts for this window, `YYYY-MM-DD`. */
  opensOn: string;
  /** The day it is due, `YYYY-MM-DD` (the window's last day). */
  dueOn: string;
  /** In words, for lists: "October check-in", "Check-in 3". */
  label: string;
}

const MONTH_LABELS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Read a stored cadence, falling back to the default for anything unexpected. */
export function readCheckInCadence(value: unknown): CheckInCadence {
  if (value && typeof value === 'object') {
    const v = value as { mode?: unknown; weeks?: unknown };
    if (v.mode === 'off') return { mode: 'off' };
    if (v.mode === 'pair-months') return { mode: 'pair-months' };
    if (v.mode === 'every-weeks' && typeof v.weeks === 'number' && Number.isInteger(v.weeks) && v.weeks >= 1 && v.weeks <= 26) {
      return { mode: 'every-weeks', weeks: v.weeks };
    }
  }
  return DEFAULT_CHECK_IN_CADENCE;
}

/**
 * The check-in windows of a cycle, in date order, never overlapping. `pair-months`: one per
 * "pairs" event of the schedule, spanning its calendar month. `every-weeks`: consecutive windows
 * of N weeks from the cycle start; the last one ends on the cycle end.
 */
export function checkInWindows(
  events: readonly ProgramEvent[],
  cadence: CheckInCadence,
  cycle: { cycleStart: string; cycleEnd: string },
): CheckInWindow[] {
  if (cadence.mode === 'off') return [];
  if (cadence.mode === 'pair-months') {
    const months = new Set<string>();
    const windows: CheckInWindow[] = [];
    const pairs = events
      .filter((e) => e.kind === 'pairs' && isIsoDate(e.date))
      .sort((a, b) => a.date.localeCompare(b.date));
    for (const e of pairs) {
      const day = parseIsoDate(e.date);
      if (!day) continue;
      const key = e.date.slice(0, 7);
      if (months.has(key)) continue;
      months.add(key);
      windows.push({
        opensOn: `${key}-01`,
        dueOn: lastDayOfMonth({ year: day.year, month: day.month }),
        label: `${MONTH_LABELS[day.month - 1]} check-in`,
      });
    }
    return windows;
  }
  if (!isIsoDate(cycle.cycleStart) || !isIsoDate(cycle.cycleEnd) || cycle.cycleEnd < cycle.cycleStart) return [];
  const span = cadence.weeks * 7;
  const windows: CheckInWindow[] = [];
  for (let opensOn = cycle.cycleStart, i = 1; opensOn <= cycle.cycleEnd; opensOn = addDays(opensOn, span), i++) {
    const end = addDays(opensOn, span - 1);
    windows.push({ opensOn, dueOn: end > cycle.cycleEnd ? cycle.cycleEnd : end, label: `Check-in ${i}` });
  }
  return windows;
}

/** The check-ins of one team that fall inside a window. */
export function checkInsInWindow(window: CheckInWindow, checkIns: readonly CheckIn[]): CheckIn[] {
  return checkIns.filter((c) => c.date >= window.opensOn && c.date <= window.dueOn);
}

/** A window a team has no check-in for, and how it stands on `today`. */
export interface MissingCheckIn {
  window: CheckInWindow;
  /** `open`: due later or today; `overdue`: past its due day (by `daysOverdue`). */
  state: 'open' | 'overdue';
  daysOverdue: number;
}

/**
 * The windows, up to `today`, for which a team has no check-in: the open one (if `today` is
 * inside it) and every past one. Windows that close before the team was confirmed do not count.
 */
export function missingCheckIns(
  windows: readonly CheckInWindow[],
  teamCheckIns: readonly CheckIn[],
  today: string,
  confirmedOn: string,
): MissingCheckIn[] {
  const out: MissingCheckIn[] = [];
  for (const w of windows) {
    if (w.opensOn > today) break;
    if (confirmedOn && w.dueOn < confirmedOn) continue;
    if (checkInsInWindow(w, teamCheckIns).length > 0) continue;
    const daysOverdue = today > w.dueOn ? daysBetween(w.dueOn, today) : 0;
    out.push({ window: w, state: daysOverdue > 0 ? 'overdue' : 'open', daysOverdue });
  }
  return out;
}
