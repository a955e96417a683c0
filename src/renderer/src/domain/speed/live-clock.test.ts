import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCountdown, readClock, startPhase, stepPhase, togglePause } from './live-clock';
import { livePhases, roundsThatFit } from './timing';

const phases = livePhases(4, 8, 3, 10);

describe('live clock', () => {
  it('reads the same remaining time however often (or rarely) it is read: only timestamps count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 120_000 }), { maxLength: 8 }),
        (start, gaps) => {
          // Pause and resume at the given gaps: running time is the sum of the running stretches.
          let clock = startPhase(1, start);
          let now = start;
          let running = 0;
          gaps.forEach((gap, i) => {
            now += gap;
            if (i % 2 === 0) running += gap;
            clock = togglePause(clock, now);
          });
          const reading = readClock(clock, phases, now);
          expect(reading.elapsedMs).toBe(running);
          expect(reading.remainingMs).toBe(Math.max(0, 8 * 60_000 - running));
          expect(reading.paused).toBe(gaps.length % 2 === 1);
        },
      ),
    );
  });

  it('a paused clock stands still, a running one counts from its start', () => {
    const start = 1_000_000;
    const paused = togglePause(startPhase(1, start), start + 60_000);
    expect(readClock(paused, phases, start + 3_600_000).remainingMs).toBe(7 * 60_000);
    const running = startPhase(1, start);
    expect(readClock(running, phases, start + 4 * 60_000).switched).toBe(true);
    expect(readClock(running, phases, start + 4 * 60_000 - 1).switched).toBe(false);
    expect(readClock(running, phases, start + 8 * 60_000).over).toBe(true);
  });

  it('steps between phases without leaving them, each phase starting afresh', () => {
    const clock = startPhase(0, 0);
    expect(stepPhase(clock, -1, phases.length, 5)).toBe(clock);
    const next = stepPhase(clock, 1, phases.length, 5);
    expect(next).toEqual({ phase: 1, startedAt: 5, pausedAt: null, pausedMs: 0 });
    const last = stepPhase(startPhase(phases.length - 1, 0), 1, phases.length, 9);
    expect(last.phase).toBe(phases.length - 1);
  });

  it('formats the countdown rounding up to the second', () => {
    expect(formatCountdown(8 * 60_000)).toBe('8:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
  });
});

describe('timetable', () => {
  it('fits as many whole rounds as the time left after preparation and wrap-up allows', () => {
    expect(roundsThatFit(90, 5, 15, 8)).toBe(8);
    expect(roundsThatFit(10, 5, 15, 8)).toBe(0);
    expect(livePhases(0, 8, 2, 0).map((p) => p.kind)).toEqual(['round', 'round']);
    expect(phases.map((p) => `${p.kind}${p.round}`)).toEqual(['prep0', 'round1', 'round2', 'round3', 'wrap0']);
  });
});
