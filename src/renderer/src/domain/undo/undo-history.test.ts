import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dropEntry,
  dropRedoFrom,
  emptyHistory,
  entryState,
  markRedone,
  markUndone,
  MIN_HISTORY_LIMIT,
  nextRedo,
  nextUndo,
  pushEntry,
  type UndoHistory,
} from './undo-history';

/**
 * A model app: one counter. Each change adds `delta`; undo subtracts it, redo adds it again.
 * `base` is what stays applied without being in the history any more (fell off, or its undo failed).
 */
interface World {
  history: UndoHistory<number>;
  counter: number;
  base: number;
}

type Op =
  | { type: 'change'; delta: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'undo-fails' }
  | { type: 'redo-fails' }
  | { type: 'undo-out-of-turn'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -50, max: 50 }).map((delta) => ({ type: 'change' as const, delta })) },
  { weight: 3, arbitrary: fc.constant({ type: 'undo' as const }) },
  { weight: 2, arbitrary: fc.constant({ type: 'redo' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'undo-fails' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'redo-fails' as const }) },
  { weight: 1, arbitrary: fc.nat().map((pick) => ({ type: 'undo-out-of-turn' as const, pick })) },
);

function step(world: World, op: Op): World {
  const { history } = world;
  switch (op.type) {
    case 'change': {
      const pushed = pushEntry(history, `add ${op.delta}`, op.delta);
      // What falls off the front stays applied.
      const fell = history.entries
        .slice(0, history.cursor)
        .filter((e) => !pushed.history.entries.some((k) => k.id === e.id))
        .reduce((sum, e) => sum + e.action, 0);
      return { history: pushed.history, counter: world.counter + op.delta, base: world.base + fell };
    }
    case 'undo': {
      const entry = nextUndo(history);
      if (!entry) return world;
      return { ...world, history: markUndone(history, entry.id), counter: world.counter - entry.action };
    }
    case 'redo': {
      const entry = nextRedo(history);
      if (!entry) return world;
      return { ...world, history: markRedone(history, entry.id), counter: world.counter + entry.action };
    }
    case 'undo-fails': {
      const entry = nextUndo(history);
      if (!entry) return world;
      return { ...world, history: dropEntry(history, entry.id), base: world.base + entry.action };
    }
    case 'redo-fails': {
      const entry = nextRedo(history);
      if (!entry) return world;
      return { ...world, history: dropRedoFrom(history, entry.id) };
    }
    case 'undo-out-of-turn': {
      const done = history.entries.slice(0, history.cursor);
      const entry = done[op.pick % Math.max(1, done.length)];
      if (!entry) return world;
      return { ...world, history: dropEntry(history, entry.id), counter: world.counter - entry.action };
    }
  }
}

function expectInvariants({ history, counter, base }: World): void {
  expect(history.cursor).toBeGreaterThanOrEqual(0);
  expect(history.cursor).toBeLessThanOrEqual(history.entries.length);
  expect(history.entries.length).toBeLessThanOrEqual(history.limit);
  const ids = history.entries.map((e) => e.id);
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toBeLessThan(history.nextId);
  // The counter is exactly what stayed applied plus the done entries.
  const done = history.entries.slice(0, history.cursor).reduce((sum, e) => sum + e.action, 0);
  expect(counter).toBe(base + done);
}

const start = (): World => ({ history: emptyHistory<number>(), counter: 0, base: 0 });

describe('the undo history', () => {
  it('keeps its invariants through any sequence of changes, undos, redos and failures', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 120 }), (ops) => {
        let world = start();
        for (const op of ops) {
          world = step(world, op);
          expectInvariants(world);
        }
      }),
    );
  });

  it('undo then redo gives back the same counter and the same history', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        const world = ops.reduce(step, start());
        fc.pre(nextUndo(world.history) !== undefined);
        const back = step(step(world, { type: 'undo' }), { type: 'redo' });
        expect(back.counter).toBe(world.counter);
        expect(back.history).toEqual(world.history);
      }),
    );
  });

  it('undoing every step brings the counter back to what stayed applied', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        let world = ops.reduce(step, start());
        while (nextUndo(world.history)) world = step(world, { type: 'undo' });
        expect(world.counter).toBe(world.base);
        expect(world.history.cursor).toBe(0);
      }),
    );
  });

  it('a new change forgets what could be redone', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), fc.integer(), (ops, delta) => {
        const world = step(ops.reduce(step, start()), { type: 'change', delta });
        expect(nextRedo(world.history)).toBeUndefined();
        expect(nextUndo(world.history)?.action).toBe(delta);
      }),
    );
  });

  it('keeps at least 20 steps, and only the newest ones past its limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 80 }), (limit, changes) => {
        let history = emptyHistory<number>(limit);
        expect(history.limit).toBeGreaterThanOrEqual(MIN_HISTORY_LIMIT);
        for (let i = 1; i <= changes; i += 1) history = pushEntry(history, `change ${i}`, i).history;
        const kept = Math.min(changes, history.limit);
        expect(history.entries.map((e) => e.action)).toEqual(Array.from({ length: kept }, (_, i) => changes - kept + i + 1));
        let undone = 0;
        while (nextUndo(history)) {
          history = markUndone(history, nextUndo(history)!.id);
          undone += 1;
        }
        expect(undone).toBe(kept);
      }),
    );
  });

  it('ignores a stale mark: only the next undo or redo moves the cursor', () => {
    let history = emptyHistory<string>();
    const first = pushEntry(history, 'first', 'a');
    const second = pushEntry(first.history, 'second', 'b');
    history = second.history;
    expect(markUndone(history, first.id)).toBe(history);
    expect(markRedone(history, second.id)).toBe(history);
    history = markUndone(history, second.id);
    expect(entryState(history, second.id)).toBe('undone');
    expect(entryState(history, first.id)).toBe('done');
    expect(entryState(history, 999)).toBe('gone');
    expect(nextRedo(history)?.label).toBe('second');
  });

  it('a failed redo forgets that entry and the ones made on top of it, and nothing done', () => {
    let history = emptyHistory<string>();
    for (const name of ['a', 'b', 'c', 'd']) history = pushEntry(history, name, name).history;
    history = markUndone(history, nextUndo(history)!.id);
    history = markUndone(history, nextUndo(history)!.id);
    history = dropRedoFrom(history, nextRedo(history)!.id);
    expect(history.entries.map((e) => e.label)).toEqual(['a', 'b']);
    expect(history.cursor).toBe(2);
    expect(nextRedo(history)).toBeUndefined();
  });
});
