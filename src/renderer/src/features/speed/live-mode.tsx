/**
 * The live mode for the projector: full screen, large type, readable from the back of a room.
 * Preparation (with what to write down), each round (number, countdown, "switch roles" at half
 * time, the table list), then the wrap-up questions. The clock is read from timestamps only
 * (domain/speed/live-clock), so a slow laptop or a hidden tab never makes it drift.
 * Keys: Space pause/resume, → next, ← back, F full screen, Esc leave.
 */
import { Box, Group, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { setRoundsHeld } from '../../db/speed-repo';
import type { Participant } from '../../domain/model';
import {
  PREPARATION_STEPS,
  ROUND_GUIDELINES,
  WRAP_UP_QUESTIONS,
  formatCountdown,
  livePhases,
  planRounds,
  readClock,
  speedNames,
  startPhase,
  stepPhase,
  togglePause,
  type LiveClock,
  type SpeedEventView,
} from '../../domain/speed';
import { reportError } from '../../components/report-error';
import { playEndChime, playSwitchCue, unlockAudio } from './chime';
import classes from './live-mode.module.css';

export function LiveMode({ event, participants, onLeave }: { event: SpeedEventView; participants: Participant[]; onLeave: () => void }) {
  const rounds = useMemo(() => planRounds(event), [event]);
  const phases = useMemo(() => livePhases(event.prepMinutes, event.roundMinutes, rounds.length, event.wrapMinutes), [event, rounds.length]);
  const names = useMemo(() => speedNames(event, participants), [event, participants]);
  // Start at the first round not held yet (or the preparation when nothing was held).
  const firstPhase = useMemo(() => {
    const i = phases.findIndex((p) => p.kind === 'round' && p.round === event.roundsHeld + 1);
    return event.roundsHeld === 0 || i < 0 ? 0 : i;
  }, [phases, event.roundsHeld]);
  const [clock, setClock] = useState<LiveClock>(() => startPhase(firstPhase, Date.now()));
  const [now, setNow] = useState(() => Date.now());
  const root = useRef<HTMLDivElement>(null);
  const cues = useRef({ phase: -1, switched: false, over: false });

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);

  const reading = readClock(clock, phases, now);
  const phase = phases[clock.phase];

  // Sounds fire once per phase, when the reading first crosses half time and the end.
  useEffect(() => {
    const c = cues.current;
    if (c.phase !== reading.phase) cues.current = { phase: reading.phase, switched: reading.switched, over: reading.over };
    else {
      if (reading.switched && !c.switched) playSwitchCue();
      if (reading.over && !c.over) playEndChime();
      cues.current = { phase: reading.phase, switched: reading.switched, over: reading.over };
    }
  }, [reading.phase, reading.switched, reading.over]);

  useEffect(() => {
    root.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      const at = Date.now();
      unlockAudio();
      if (e.key === ' ') {
        e.preventDefault();
        setClock((c) => togglePause(c, at));
      } else if (e.key === 'ArrowRight') {
        e.preventDefault();
        setClock((c) => {
          const done = phases[c.phase];
          // Leaving a round forwards means it was held: later re-plans keep it as it was.
          if (done?.kind === 'round' && done.round > event.roundsHeld) setRoundsHeld(event.id, done.round).catch(reportError);
          return stepPhase(c, 1, phases.length, at);
        });
      } else if (e.key === 'ArrowLeft') {
        e.preventDefault();
        setClock((c) => stepPhase(c, -1, phases.length, at));
      } else if (e.key === 'f' || e.key === 'F') {
        e.preventDefault();
        if (document.fullscreenElement) void document.exitFullscreen();
        else void root.current?.requestFullscreen?.().catch(() => undefined);
      } else if (e.key === 'Escape') {
        if (document.fullscreenElement) void document.exitFullscreen();
        onLeave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [phases, event.id, event.roundsHeld, onLeave]);

  const round = phase?.kind === 'round' ? rounds[phase.round - 1] : undefined;
  const name = (id: string) => names.get(id) ?? '—';
  const heading =
    phase?.kind === 'prep' ? 'Get ready' : phase?.kind === 'wrap' ? 'Wrap-up' : `Round ${phase?.round ?? ''} of ${rounds.length}`;
  const cue =
    phase?.kind !== 'round'
      ? null
      : reading.over
        ? 'Time! Thank your partner and go to your next table.'
        : reading.switched
          ? 'Switch roles: the mentee now mentors'
          : 'First half: one mentors, the other asks';

  return (
    <div ref={root} tabIndex={-1} className={classes.root} role="region" aria-label="Live mode" data-testid="live-mode">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={0}>
          <Text className={classes.heading}>{heading}</Text>
          {cue && (
            <Text className={reading.switched ? classes.cueSwitch : classes.cue} data-testid="live-cue">
              {cue}
            </Text>
          )}
        </Stack>
        <Stack gap={0} align="flex-end">
          <Text className={reading.over ? classes.countdownOver : classes.countdown} data-testid="live-countdown" aria-live="off">
            {formatCountdown(reading.remainingMs)}
          </Text>
          {reading.paused && <Text className={classes.paused}>Paused · Space to go on</Text>}
        </Stack>
      </Group>
      {phase?.kind === 'prep' && <Questions items={[...PREPARATION_STEPS, ...ROUND_GUIDELINES]} />}
      {phase?.kind === 'wrap' && <Questions items={WRAP_UP_QUESTIONS} />}
      {round && (
        <Box className={classes.tables} data-testid="live-tables" style={tableLayout(round.tables.length + (round.sitOut.length > 0 ? 1 : 0))}>
          {[...round.tables]
            .sort((a, b) => a.table - b.table)
            .map((t) => (
              <div key={t.table} className={classes.table}>
                <span className={classes.tableNumber}>Table {t.table}</span>
                <span className={classes.names}>{t.people.map(name).join(' & ')}</span>
              </div>
            ))}
          {round.sitOut.length > 0 && (
            <div className={classes.table}>
              <span className={classes.tableNumber}>Break</span>
              <span className={classes.names}>{round.sitOut.map(name).join(', ')}</span>
            </div>
          )}
        </Box>
      )}
      <Text className={classes.keys}>Space pause · → next · ← back · F full screen · Esc leave</Text>
    </div>
  );
}

/**
 * Columns and type size for the table list: one column while names fit on a line, and the
 * largest type that still shows every table without scrolling (the back row reads it).
 */
function tableLayout(rows: number): CSSProperties {
  const columns = rows <= 8 ? 1 : rows <= 24 ? 2 : 3;
  const perColumn = Math.max(1, Math.ceil(rows / columns));
  // Caps keep two full names and the table number on one line at each column width.
  const size = Math.min(columns === 1 ? 5 : columns === 2 ? 3.2 : 2.3, 58 / perColumn / 1.45);
  return { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, fontSize: `max(14px, ${size.toFixed(2)}vh)` };
}

function Questions({ items }: { items: readonly string[] }) {
  return (
    <ol className={classes.questions}>
      {items.map((q) => (
        <li key={q}>{q}</li>
      ))}
    </ol>
  );
}
