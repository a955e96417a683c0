/**
 * The live mode's clock, computed from timestamps only: the phase's start, when it was paused and
 * for how long, and "now". Nothing counts down tick by tick, so a slow laptop or a hidden tab
 * never makes the countdown drift: the next reading is simply right again.
 */
import type { LivePhase } from './timing';

/** Where the live mode stands (store it; every field is a plain number). */
export interface LiveClock {
  /** Index into the phases. */
  phase: number;
  /** When the phase started (ms since the epoch). */
  startedAt: number;
  /** When it was paused, or null while running. */
  pausedAt: number | null;
  /** Milliseconds spent paused in this phase before `pausedAt`. */
  pausedMs: number;
}

/** What the screen shows at one moment. */
export interface LiveReading {
  phase: number;
  elapsedMs: number;
  /** Milliseconds left, never below 0. */
  remainingMs: number;
  /** A round past its half: time to switch roles (mentor becomes mentee). */
  switched: boolean;
  /** The phase's time is up. */
  over: boolean;
  paused: boolean;
}

/** Starts phase `phase` at `now`, running. */
export function startPhase(phase: number, now: number): LiveClock {
  return { phase, startedAt: now, pausedAt: null, pausedMs: 0 };
}

/** Pauses a running clock, or resumes a paused one. */
export function togglePause(clock: LiveClock, now: number): LiveClock {
  if (clock.pausedAt === null) return { ...clock, pausedAt: now };
  return { ...clock, pausedAt: null, pausedMs: clock.pausedMs + Math.max(0, now - clock.pausedAt) };
}

/** Moves to the next (+1) or previous (−1) phase, starting it afresh; stays within the phases. */
export function stepPhase(clock: LiveClock, by: 1 | -1, phaseCount: number, now: number): LiveClock {
  const phase = Math.min(Math.max(0, clock.phase + by), Math.max(0, phaseCount - 1));
  if (phase === clock.phase) return clock;
  const next = startPhase(phase, now);
  return clock.pausedAt === null ? next : { ...next, pausedAt: now };
}

/** Reads the clock at `now`. */
export function readClock(clock: LiveClock, phases: readonly LivePhase[], now: number): LiveReading {
  const phase = phases[clock.phase];
  const length = phase?.ms ?? 0;
  const upTo = clock.pausedAt ?? now;
  const elapsedMs = Math.max(0, upTo - clock.startedAt - clock.pausedMs);
  const remainingMs = Math.max(0, length - elapsedMs);
  return {
    phase: clock.phase,
    elapsedMs,
    remainingMs,
    switched: phase?.kind === 'round' && elapsedMs >= length / 2,
    over: elapsedMs >= length,
    paused: clock.pausedAt !== null,
  };
}

/** "m:ss" for a countdown, rounding up so 0:00 shows only when the time is really up. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
