/**
 * The event's timetable: how many rounds fit in a time slot, and the phases the live mode runs
 * through (preparation, each round, wrap-up).
 */

/** Rounds that fit in `totalMinutes` after preparation and wrap-up (never negative). */
export function roundsThatFit(totalMinutes: number, prepMinutes: number, wrapMinutes: number, roundMinutes: number): number {
  if (roundMinutes <= 0) return 0;
  return Math.max(0, Math.floor((totalMinutes - prepMinutes - wrapMinutes) / roundMinutes));
}

/** One phase of the live mode. */
export interface LivePhase {
  kind: 'prep' | 'round' | 'wrap';
  /** Round number from 1 (0 for preparation and wrap-up). */
  round: number;
  /** Length in milliseconds. */
  ms: number;
}

/** Preparation (when it has minutes), each round, then wrap-up (when it has minutes). */
export function livePhases(prepMinutes: number, roundMinutes: number, rounds: number, wrapMinutes: number): LivePhase[] {
  const out: LivePhase[] = [];
  if (prepMinutes > 0) out.push({ kind: 'prep', round: 0, ms: prepMinutes * 60_000 });
  for (let r = 1; r <= rounds; r++) out.push({ kind: 'round', round: r, ms: roundMinutes * 60_000 });
  if (wrapMinutes > 0) out.push({ kind: 'wrap', round: 0, ms: wrapMinutes * 60_000 });
  return out;
}
