/**
 * The trial-period opt-in: who takes part (is paired, counted, expected at meetings), and when a
 * trial period ends by default.
 *
 * Lifecycle: interested → opted in (the day, and the trial period's end) → active, or withdrawn
 * at any point. `opted-in` and `active` both take part; `interested` people registered but have
 * not committed yet, so pairing, the sign-in sheet and the counts leave them out.
 */
import type { Participant, ParticipantStatus, ProgramEvent } from '../model';
import { addDays } from '../schedule/iso-dates';

/** True for people who take part in the program: opted in for the trial, or active. */
export function takesPart(p: Pick<Participant, 'status'>): boolean {
  return p.status === 'active' || p.status === 'opted-in';
}

/** How many weeks a trial period lasts when the schedule has no group meeting after the opt-in. */
export const TRIAL_FALLBACK_WEEKS = 8;

/**
 * The default last day of a trial period that starts on `optedInOn`: the first group meeting
 * after that day (by then the pair has met for a few weeks and can say whether it works: the
 * program's first review), or eight weeks on when the schedule has none.
 */
export function defaultTrialEnd(optedInOn: string, events: readonly Pick<ProgramEvent, 'kind' | 'date'>[]): string {
  const next = events
    .filter((e) => e.kind === 'group' && e.date > optedInOn)
    .map((e) => e.date)
    .sort()[0];
  return next ?? addDays(optedInOn, TRIAL_FALLBACK_WEEKS * 7);
}

/**
 * The record after a change of status on `today`: opting in stamps the day and the trial end
 * (kept when already set); going back to interested clears both; active and withdrawn keep them
 * as history.
 */
export function withStatus<P extends Pick<Participant, 'status' | 'optedInOn' | 'trialEndsOn'>>(
  p: P,
  status: ParticipantStatus,
  today: string,
  events: readonly Pick<ProgramEvent, 'kind' | 'date'>[],
): P {
  if (status === 'opted-in') {
    const optedInOn = p.optedInOn || today;
    return { ...p, status, optedInOn, trialEndsOn: p.trialEndsOn || defaultTrialEnd(optedInOn, events) };
  }
  if (status === 'interested') return { ...p, status, optedInOn: '', trialEndsOn: '' };
  return { ...p, status };
}

/** Counts for the banner: people interested but not opted in yet. */
export function notYetOptedIn(people: readonly Pick<Participant, 'status'>[]): number {
  return people.filter((p) => p.status === 'interested').length;
}
