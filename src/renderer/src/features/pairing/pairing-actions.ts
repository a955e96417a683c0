/**
 * What the coordinator does on the pairing board: run (cancelling a run in progress), edit by
 * hand, pin, confirm and undo. Each action reads the stored state afresh, lets the worker do the
 * computing, and saves in one transaction that is refused when the proposals changed meanwhile.
 * Edits run one after another, so quick clicks never work from a stale board.
 *
 * The session (a run's progress, the last confirm's undo) lives in this module, so it survives
 * leaving the screen and coming back.
 */
import { newId, nowIso } from '../../db/ids';
import {
  confirmProposals,
  isChangedMeanwhile,
  loadPairingState,
  proposalRecords,
  readTeamsSnapshot,
  replaceProposals,
  savePins,
  stateWithProposals,
  switchTeamsSnapshot,
  type PairingPin,
  type PairingRunRecord,
  type PairingState,
  type TeamsSnapshot,
} from '../../db/teams-repo';
import { suggestTeamCompetencies } from '../../domain/pairing/team-competencies';
import type { PairingPlan } from '../../domain/pairing/plan-model';
import { teamIndexOf, teamKey, type BoardEdit } from './board-edits';
import { deriveBoard, type BoardState } from './board-state';
import { pinEdit } from './edit-splits';
import { CancelledError, PairingWorkerClient, type PairingProgress } from './pairing-client';
import { proposalDrafts, proposalDraftsFromPlan, type AlternativeOption } from './pairing-protocol';
import { takesPart } from '../../domain/participants/opt-in';

/** Runs of the matching: one at a time, cancelled by the next. */
const runClient = new PairingWorkerClient();
/** Evaluations, edits and alternatives (quick jobs). */
export const evaluationClient = new PairingWorkerClient();

/** Starts both workers, so the first run and its evaluation find them ready. */
export function warmPairingWorkers(): void {
  runClient.warmUp();
  evaluationClient.warmUp();
}

/** A run in progress. */
export interface RunStatus {
  programId: string;
  progress: PairingProgress;
}

/** The last confirm of a program, kept for undo during this session. */
export interface ConfirmUndo {
  programId: string;
  count: number;
  snapshot: TeamsSnapshot;
  /** The teams as the confirm left them: undo is refused once they changed since. */
  after: TeamsSnapshot;
}

/**
 * A run's proposals shown before their write has reached the board's live read: the state as it
 * will read back, over the state (`base`) the run started from. The board shows it only while its
 * live read still gives `base`; the next read (the write, or anything else) replaces it.
 */
export interface RunPreview {
  programId: string;
  base: PairingState;
  state: PairingState;
}

/** What the session holds. */
export interface PairingSession {
  run: RunStatus | null;
  confirmUndo: Readonly<Record<string, ConfirmUndo>>;
  preview: RunPreview | null;
}

let session: PairingSession = { run: null, confirmUndo: {}, preview: null };
const listeners = new Set<() => void>();

function update(change: Partial<PairingSession>): void {
  session = { ...session, ...change };
  for (const l of listeners) l();
}

/** Subscribes to session changes (for `useSyncExternalStore`). */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session as it is now. */
export function getSession(): PairingSession {
  return session;
}

let queue: Promise<unknown> = Promise.resolve();
/** Runs `work` after every earlier edit has finished. */
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

async function fresh(programId: string): Promise<{ state: PairingState; board: BoardState }> {
  const state = await loadPairingState(programId);
  if (!state) throw new Error('That program no longer exists.');
  return { state, board: deriveBoard(state) };
}

/** A finished run: the plan and the state before it (for undo). */
export interface RunOutcome {
  plan: PairingPlan;
  snapshot: TeamsSnapshot;
}

let currentRun: object | null = null;

/**
 * The plan of the board on screen, worked out ahead while the coordinator reads the screen, so
 * "Run pairing" finds it ready (or under way) instead of starting from nothing. Keyed by the job:
 * any change to the people, the settings, the pins or the locked teams makes a new key, and a
 * run with another key cancels it. The same worker and the same pure planner as a run, so the
 * proposals are exactly the ones a run would make.
 */
let ahead: { key: string; plan: Promise<PlanResult> } | null = null;
type PlanResult = Awaited<ReturnType<typeof runClient.request<'plan'>>>;

/** Starts working out the plan of `board` in the background (nothing is saved). */
export function planAhead(board: BoardState): void {
  if (currentRun !== null) return;
  const key = JSON.stringify(board.planJob);
  if (ahead?.key === key) return;
  runClient.cancelAll();
  const plan = runClient.request('plan', board.planJob);
  plan.catch(() => undefined);
  ahead = { key, plan };
}

/**
 * Runs pairing for everyone not in a locked or confirmed team, replacing the other proposals.
 * A run already in progress is cancelled first. Resolves with null when this run was cancelled.
 *
 * `known` is the state and board on screen: the run starts from them instead of reading again,
 * and the board shows the new proposals as soon as the plan is made, while they are written.
 * The write is refused if the proposals changed meanwhile; the run then starts again from a
 * fresh read.
 */
export async function runPairing(
  programId: string,
  known?: { state: PairingState; board: BoardState },
): Promise<RunOutcome | null> {
  const key = known ? JSON.stringify(known.board.planJob) : null;
  const ready = ahead !== null && ahead.key === key ? ahead.plan : null;
  ahead = null;
  if (!ready) runClient.cancelAll();
  const token = {};
  currentRun = token;
  const show = (progress: PairingProgress): void => {
    if (currentRun === token) update({ run: { programId, progress } });
  };
  show({ stage: 'scoring', fraction: 0.02, message: 'Reading the roster' });
  try {
    const { state, board } = known ?? (await fresh(programId));
    const result = ready
      ? await ready.catch((error: unknown) => {
          if (error instanceof CancelledError && currentRun === token)
            return runClient.request('plan', board.planJob, show);
          throw error;
        })
      : await runClient.request('plan', board.planJob, show);
    if (currentRun !== token) return null;
    const drafts = proposalDraftsFromPlan(result.plan, board.planJob.lockedTeams);
    const run: PairingRunRecord = {
      ranAt: nowIso(),
      mode: state.stored.mode,
      settings: state.stored.settings,
      unpaired: result.plan.unpaired,
      notices: result.plan.notices,
      people: board.planJob.participants.filter((p) => takesPart(p)).map((p) => p.id),
    };
    const ids: string[] = [];
    const records = proposalRecords(programId, state, drafts, run.ranAt, () => {
      const id = newId();
      ids.push(id);
      return id;
    });
    update({ preview: { programId, base: state, state: stateWithProposals(state, records, run) } });
    try {
      const snapshot = await serial(() =>
        replaceProposals(programId, drafts, {
          expectFingerprint: board.fingerprint,
          run,
          ids,
          now: run.ranAt,
        }),
      );
      return { plan: result.plan, snapshot };
    } catch (error) {
      update({ preview: null });
      if (known && isChangedMeanwhile(error) && currentRun === token) {
        currentRun = null;
        return await runPairing(programId);
      }
      throw error;
    }
  } catch (error) {
    if (error instanceof CancelledError) return null;
    throw error;
  } finally {
    if (currentRun === token) {
      currentRun = null;
      update({ run: null });
    }
  }
}

/** Stops the run in progress (nothing is saved). */
export function cancelPairingRun(): void {
  currentRun = null;
  ahead = null;
  runClient.cancelAll();
  update({ run: null, preview: null });
}

/** Applies one hand edit to the proposals; resolves with the state before, for undo. */
export function editProposals(
  programId: string,
  edit: BoardEdit,
  pins?: readonly PairingPin[],
): Promise<TeamsSnapshot> {
  return serial(async () => {
    const { board } = await fresh(programId);
    const result = await evaluationClient.request('edit', { ...board.evaluateJob, edit });
    return replaceProposals(programId, proposalDrafts(result.teams, result.plan), {
      expectFingerprint: board.fingerprint,
      ...(pins ? { pins } : {}),
    });
  });
}

/** What `edit` would change in the plan's total, worked out without saving anything. */
export async function previewTotalChange(board: BoardState, edit: BoardEdit): Promise<number> {
  const [now, after] = await Promise.all([
    evaluationClient.request('evaluate', board.evaluateJob),
    evaluationClient.request('edit', { ...board.evaluateJob, edit }),
  ]);
  return after.plan.quality.totalScore - now.plan.quality.totalScore;
}

/** The best alternatives for one person in the working plan. */
export async function loadAlternatives(
  programId: string,
  personId: string,
): Promise<AlternativeOption[]> {
  const { board } = await fresh(programId);
  const result = await evaluationClient.request('alternatives', { ...board.evaluateJob, personId });
  return result.options;
}

/** What pinning did: paired them now, or kept the pin for the next run. */
export type PinOutcome =
  { appliedNow: true; snapshot: TeamsSnapshot } | { appliedNow: false; reason: string };

/**
 * Pins `personId` to `otherId` (each keeps at most one pin). In pairs mode they are paired at
 * once when neither is in a locked team; otherwise the pin applies at the next run.
 */
export function pinPeople(
  programId: string,
  personId: string,
  otherId: string,
): Promise<PinOutcome> {
  return serial(async () => {
    const { state, board } = await fresh(programId);
    const pins: PairingPin[] = [
      ...state.pins.filter(
        ([a, b]) => ![personId, otherId].includes(a) && ![personId, otherId].includes(b),
      ),
      [personId, otherId],
    ];
    const tx = teamIndexOf(board.drafts, personId);
    const ty = teamIndexOf(board.drafts, otherId);
    const together = tx >= 0 && tx === ty;
    const edit = pinEdit(state.stored.mode, board.drafts, personId, otherId);
    if (edit) {
      const result = await evaluationClient.request('edit', { ...board.evaluateJob, edit });
      const snapshot = await replaceProposals(
        programId,
        proposalDrafts(result.teams, result.plan),
        {
          expectFingerprint: board.fingerprint,
          pins,
        },
      );
      return { appliedNow: true, snapshot };
    }
    await savePins(programId, pins);
    return {
      appliedNow: false,
      reason: together
        ? 'They are already together; the next run keeps them together.'
        : state.stored.mode === 'pairs'
          ? 'One of them is in a locked team; the pin applies at the next run.'
          : 'The pin applies at the next run.',
    };
  });
}

/** Removes a pin (the teams stay as they are). */
export function unpin(programId: string, pin: PairingPin): Promise<void> {
  return serial(async () => {
    const { state } = await fresh(programId);
    const key = teamKey(pin);
    await savePins(
      programId,
      state.pins.filter((p) => teamKey(p) !== key),
    );
  });
}

/**
 * Confirms every proposal with its current score and reasons, each team starting from the
 * suggested competencies. The state before is kept for undo during this session.
 */
export function confirmAll(programId: string): Promise<ConfirmUndo> {
  return serial(async () => {
    const { state, board } = await fresh(programId);
    const evaluation = await evaluationClient.request('evaluate', board.evaluateJob);
    const byKey = new Map(evaluation.plan.teams.map((t) => [teamKey(t.memberIds), t] as const));
    const updates = board.proposals.map(({ team, members }) => {
      const planned = byKey.get(teamKey(members.map((m) => m.id)));
      return {
        teamId: team.id,
        score: planned?.score ?? team.score,
        reasons: planned?.reasons ?? team.reasons,
        competencyIds: suggestTeamCompetencies(members, state.catalog, state.program.rules)
          .competencyIds,
      };
    });
    const snapshot = await confirmProposals(programId, updates, board.fingerprint);
    const after = await readTeamsSnapshot(programId);
    const undo: ConfirmUndo = { programId, count: updates.length, snapshot, after };
    update({ confirmUndo: { ...session.confirmUndo, [programId]: undo } });
    return undo;
  });
}

/** Undoes the last confirm of a program (the board's "Undo confirm"), restoring exactly the state before it. */
export function undoConfirm(programId: string): Promise<void> {
  const undo = session.confirmUndo[programId];
  if (!undo) return Promise.reject(new Error('There is no confirmation to undo.'));
  return undoConfirmOf(undo);
}

/**
 * Undoes one confirm, also when it was redone from the undo history since: refused, changing
 * nothing, once the teams changed after it (a team ended, competencies chosen, a letter sent).
 */
export function undoConfirmOf(undo: ConfirmUndo): Promise<void> {
  const { programId } = undo;
  return serial(async () => {
    // A team ended since (no-fault rematch) would lose its end and its reason: say so plainly.
    const { state } = await fresh(programId);
    const endedBefore = new Set(
      undo.snapshot.teams.filter((t) => t.status === 'ended').map((t) => t.id),
    );
    if (state.teams.some((t) => t.status === 'ended' && !endedBefore.has(t.id))) {
      throw new Error(
        'A team was ended since this confirmation, so it can no longer be undone here. Nothing was changed.',
      );
    }
    await switchTeamsSnapshot(undo.after, undo.snapshot);
    if (session.confirmUndo[programId] === undo) {
      const rest = { ...session.confirmUndo };
      delete rest[programId];
      update({ confirmUndo: rest });
    }
  });
}
