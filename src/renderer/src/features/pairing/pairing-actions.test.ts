import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/client';
import { loadDemoProgram } from '../../db/programs-repo';
import { loadPairingState, savePairingSettings, type PairingState } from '../../db/teams-repo';
import { deriveBoard, type BoardState } from './board-state';
import { PairingWorkerClient } from './pairing-client';
import { getSession, planAhead, runPairing } from './pairing-actions';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function onScreen(programId: string): Promise<{ state: PairingState; board: BoardState }> {
  const state = (await loadPairingState(programId))!;
  return { state, board: deriveBoard(state) };
}

describe('Run pairing from the board on screen', () => {
  it('uses the plan worked out ahead for the same board, shows exactly what it then stores, and plans afresh after a change', async () => {
    const program = await loadDemoProgram('ready-to-pair');
    const plans = vi.spyOn(PairingWorkerClient.prototype, 'request');
    const known = await onScreen(program.id);

    planAhead(known.board);
    planAhead(known.board); // the same board again: no second plan
    expect(plans.mock.calls.filter(([type]) => type === 'plan')).toHaveLength(1);

    const outcome = await runPairing(program.id, known);
    expect(outcome?.plan.teams).toHaveLength(12);
    // The run took the plan worked out ahead.
    expect(plans.mock.calls.filter(([type]) => type === 'plan')).toHaveLength(1);
    // The board shown before the write is the state the write stored.
    const stored = (await loadPairingState(program.id))!;
    expect(getSession().preview?.base).toBe(known.state);
    expect(getSession().preview?.state).toEqual(stored);
    expect(stored.teams.filter((t) => t.status === 'proposed')).toHaveLength(12);

    // The settings change: the plan worked out ahead for the old board is not used.
    const before = await onScreen(program.id);
    planAhead(before.board);
    expect(
      await savePairingSettings(
        program.id,
        { ...before.state.stored.settings, objective: 'raise-weakest' },
        'pairs',
      ),
    ).toBeNull();
    const after = await onScreen(program.id);
    await runPairing(program.id, after);
    expect(plans.mock.calls.filter(([type]) => type === 'plan')).toHaveLength(3);
    expect((await loadPairingState(program.id))!.run?.settings.objective).toBe('raise-weakest');
  });

  it('starts again from a fresh read when the proposals changed after the board on screen was read', async () => {
    const program = await loadDemoProgram('ready-to-pair');
    const stale = await onScreen(program.id);
    await runPairing(program.id, await onScreen(program.id)); // someone else's run lands first
    const first = (await loadPairingState(program.id))!;
    const outcome = await runPairing(program.id, stale);
    expect(outcome?.plan.teams).toHaveLength(12);
    const now = (await loadPairingState(program.id))!;
    // The second run replaced the first one's proposals (no error, nothing doubled).
    expect(now.teams.filter((t) => t.status === 'proposed')).toHaveLength(12);
    expect(now.teams.map((t) => t.id)).not.toEqual(first.teams.map((t) => t.id));
    expect(now.members).toHaveLength(24);
  });
});
