/**
 * Where each team stands with its check-ins on a given day, and the latest check-in in words.
 * Built on the windows of `check-in-schedule.ts`: the "current" window of a team is the latest one
 * that has opened by `today` (and did not close before the team was confirmed). Pure: records and
 * `today` in, plain data out.
 */
import type { CheckIn, CheckInStatus, ContributionBalance } from '../model';
import { CHECK_IN_STATUS_LABELS } from '../model';
import { daysBetween } from '../schedule/iso-dates';
import { checkInsInWindow, type CheckInCadence, type CheckInWindow } from './check-in-schedule';

/** A team's check-in state on one day. */
export type TeamCheckInState =
  /** Check-ins are switched off for the program. */
  | { kind: 'off' }
  /** No window has opened for this team yet; `next` is the first one to come (null: none left). */
  | { kind: 'not-yet'; next: CheckInWindow | null }
  /** The current window has a check-in (`checkIn`, the latest in it). */
  | { kind: 'done'; window: CheckInWindow; checkIn: CheckIn; next: CheckInWindow | null }
  /** The current window is open and has no check-in yet; due in `daysLeft` days (0: today). */
  | { kind: 'due'; window: CheckInWindow; daysLeft: number }
  /** The current window closed without a check-in `daysOverdue` days ago. */
  | { kind: 'overdue'; window: CheckInWindow; daysOverdue: number; next: CheckInWindow | null };

/** Which teams a list shows. */
export type CheckInFilter = 'due' | 'overdue' | 'all';

/** Newest first: by day, then by when the record was made. */
export function compareCheckInsNewestFirst(a: CheckIn, b: CheckIn): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** The most recent check-in, or null. */
export function latestCheckIn(checkIns: readonly CheckIn[]): CheckIn | null {
  let best: CheckIn | null = null;
  for (const c of checkIns) if (best === null || compareCheckInsNewestFirst(c, best) < 0) best = c;
  return best;
}

/**
 * A team's state for `today`. Windows are in date order and never overlap (as `checkInWindows`
 * makes them); a window that closed before the team was confirmed does not count for it.
 */
export function teamCheckInState(
  cadence: CheckInCadence,
  windows: readonly CheckInWindow[],
  teamCheckIns: readonly CheckIn[],
  today: string,
  confirmedOn: string,
): TeamCheckInState {
  if (cadence.mode === 'off') return { kind: 'off' };
  const relevant = windows.filter((w) => confirmedOn === '' || w.dueOn >= confirmedOn);
  let current: CheckInWindow | null = null;
  let next: CheckInWindow | null = null;
  for (const w of relevant) {
    if (w.opensOn <= today) current = w;
    else {
      next = w;
      break;
    }
  }
  if (current === null) return { kind: 'not-yet', next };
  const inside = checkInsInWindow(current, teamCheckIns);
  const latest = latestCheckIn(inside);
  if (latest !== null) return { kind: 'done', window: current, checkIn: latest, next };
  if (today <= current.dueOn) return { kind: 'due', window: current, daysLeft: daysBetween(today, current.dueOn) };
  return { kind: 'overdue', window: current, daysOverdue: daysBetween(current.dueOn, today), next };
}

/** True when a team in this state belongs in the filtered list. */
export function matchesCheckInFilter(state: TeamCheckInState, filter: CheckInFilter): boolean {
  if (filter === 'all') return true;
  return state.kind === filter;
}

/** Sorting weight: overdue first (longest first), then due (soonest first), then the rest. */
export function checkInUrgency(state: TeamCheckInState): number {
  switch (state.kind) {
    case 'overdue':
      return 2_000_000 + state.daysOverdue;
    case 'due':
      return 1_000_000 - state.daysLeft;
    default:
      return 0;
  }
}

/** A participant as the words about a check-in name them. */
export interface NamedMember {
  id: string;
  name: string;
}

/** "Equal, both ways", "Mostly one way: Zoë Hartmann gives more", "Not said". */
export function balanceInWords(balance: ContributionBalance, givesMoreId: string, members: readonly NamedMember[]): string {
  if (balance === 'equal') return 'Equal, both ways';
  if (balance === 'unknown') return 'Not said';
  const giver = members.find((m) => m.id === givesMoreId);
  return giver ? `Mostly one way: ${giver.name} gives more` : 'Mostly one way';
}

/** "On track", "Some concerns", "Stalled". */
export function statusInWords(status: CheckInStatus): string {
  return CHECK_IN_STATUS_LABELS[status];
}

/**
 * A check-in in a few words for lists: how it is going and whether contributions are equal, then
 * the next step when one was agreed. Never the coordinator's private note.
 */
export function checkInInWords(checkIn: CheckIn, members: readonly NamedMember[]): { headline: string; nextStep: string } {
  const balance =
    checkIn.balance === 'unknown'
      ? 'contributions not said'
      : checkIn.balance === 'equal'
        ? 'contributions equal, both ways'
        : balanceInWords(checkIn.balance, checkIn.givesMoreId, members).replace(/^Mostly/, 'mostly');
  return {
    headline: `${statusInWords(checkIn.status)} · ${balance}`,
    nextStep: checkIn.nextStep.trim(),
  };
}

/**
 * The day a check-in asked for today should come back by: the due day of the window open today,
 * else of the next window; empty when no window is left (or check-ins are off).
 */
export function returnByDay(windows: readonly CheckInWindow[], today: string): string {
  for (const w of windows) if (w.dueOn >= today) return w.dueOn;
  return '';
}
