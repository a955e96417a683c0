/**
 * React hooks of the pairing board: the stored state, the board derived from it, the worker's
 * evaluation of the working plan (scores, warnings, quality), and the session (run progress,
 * undo of the last confirm).
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { usePairingState, type PairingState } from '../../db/teams-repo';
import type { PairingPlan } from '../../domain/pairing/plan-model';
import { reportError } from '../../components/report-error';
import { deriveBoard, type BoardState } from './board-state';
import {
  evaluationClient,
  getSession,
  planAhead,
  subscribeSession,
  warmPairingWorkers,
  type PairingSession,
} from './pairing-actions';
import { CancelledError } from './pairing-client';

/** The pairing session (run progress, undo of the last confirm). */
export function usePairingSession(): PairingSession {
  return useSyncExternalStore(subscribeSession, getSession);
}

/** The evaluation of the working plan, and whether it matches what is stored right now. */
export interface Evaluation {
  plan: PairingPlan;
  current: boolean;
}

/** Stored state, derived board and the worker's evaluation of the proposals. */
export function usePairingBoard(programId: string): {
  state: PairingState | null | undefined;
  board: BoardState | null;
  evaluation: Evaluation | null;
} {
  const stored = usePairingState(programId);
  const session = usePairingSession();
  const preview = session.preview;
  // A run's proposals show as soon as its plan is made; the live read takes over once it moves on.
  const state =
    preview && preview.programId === programId && preview.base === stored ? preview.state : stored;
  // The workers start with the screen, not with the first click on "Run pairing".
  useEffect(warmPairingWorkers, []);
  const board = useMemo(() => (state ? deriveBoard(state) : null), [state]);
  const key = useMemo(() => (board ? JSON.stringify(board.evaluateJob) : ''), [board]);
  const [result, setResult] = useState<{ key: string; plan: PairingPlan } | null>(null);
  const latest = useRef('');
  useEffect(() => {
    latest.current = key;
    if (!board || key === '') return;
    let cancelled = false;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        if (!cancelled) evaluate();
      }, 0),
    );
    const evaluate = () =>
      evaluationClient.request('evaluate', board.evaluateJob).then(
        (r) => {
          // Only the evaluation of what is stored now is shown.
          if (latest.current === key) setResult({ key, plan: r.plan });
        },
        (error: unknown) => {
          if (!(error instanceof CancelledError)) reportError(error);
        },
      );
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
    // `board` changes whenever `key` does; the key alone decides whether to evaluate again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  // While the coordinator reads the board, the plan a run would make is worked out ahead.
  const running = session.run !== null;
  const planKey = board && !running && board.runPeople.length >= 2 ? board.planJob : null;
  useEffect(() => {
    if (!planKey || !board) return;
    const timer = setTimeout(() => planAhead(board), 500);
    return () => clearTimeout(timer);
    // The job decides; `board` changes whenever it does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planKey]);
  const evaluation = result ? { plan: result.plan, current: result.key === key } : null;
  return { state, board, evaluation };
}
