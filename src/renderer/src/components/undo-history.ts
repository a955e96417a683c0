/**
 * The app's one undo history, live: every undoable change registers here with a name, and
 * Ctrl/Cmd+Z, the Edit menu, the command palette, the header buttons and each notification's Undo
 * button all take back from it. Steps run one at a time, in the order asked. Each step's own
 * functions write in one transaction and refuse when their records changed since; a step that
 * fails is reported and taken off the history, so nothing is ever half taken back.
 */
import { notifications } from '@mantine/notifications';
import { useSyncExternalStore } from 'react';
import {
  dropEntry,
  dropRedoFrom,
  emptyHistory,
  entryState,
  markRedone,
  markUndone,
  nextRedo,
  nextUndo,
  pushEntry,
  type UndoHistory,
} from '../domain/undo/undo-history';
import { reportDone } from './report-error';

/** A change as the history runs it. */
export interface UndoableAction {
  /** Takes the change back (one transaction; throws the reason in words when refused). */
  undo(): Promise<void>;
  /** Makes the change again (same rules); absent when it cannot be redone. */
  redo?: (() => Promise<void>) | undefined;
  /** Why it cannot be redone, in plain words, when `redo` is absent. */
  cannotRedo?: string | undefined;
  /** What undoing did, in words ("The teams are back as they were."). */
  undoneMessage?: string | undefined;
  /** The thing changed ("participant:42"), for that thing's own "Undo last change". */
  scope?: string | undefined;
}

/** How the history speaks to people. */
export interface UndoReporter {
  done(title: string, message?: string): void;
  failed(title: string, message: string): void;
}

/** What the screens show of the history. */
export interface UndoHistoryView {
  /** Name of the next undo ("swap Ann and Bo"), or null when there is nothing to undo. */
  undoLabel: string | null;
  /** Name of the next redo, or null. */
  redoLabel: string | null;
  /** Why the next redo cannot be done, when it cannot. */
  redoBlocked: string | null;
  /** Changes that can be undone, newest first (for a list). */
  undoLabels: readonly string[];
}

const NOTHING: UndoHistoryView = { undoLabel: null, redoLabel: null, redoBlocked: null, undoLabels: [] };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** An undo history with its runner; the app uses {@link appUndoHistory}, tests make their own. */
export function createUndoHistory(report: UndoReporter, limit?: number) {
  let history: UndoHistory<UndoableAction> = emptyHistory(limit);
  let view: UndoHistoryView = NOTHING;
  let queue: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();

  const set = (next: UndoHistory<UndoableAction>): void => {
    history = next;
    const undo = nextUndo(history);
    const redo = nextRedo(history);
    view = {
      undoLabel: undo?.label ?? null,
      redoLabel: redo?.label ?? null,
      redoBlocked: redo && !redo.action.redo ? (redo.action.cannotRedo ?? 'This change cannot be redone.') : null,
      undoLabels: history.entries
        .slice(0, history.cursor)
        .map((e) => e.label)
        .reverse(),
    };
    for (const listener of listeners) listener();
  };

  /** Runs `step` after every step asked for before it (a second Ctrl+Z waits for the first). */
  const enqueue = (step: () => Promise<void>): Promise<void> => {
    queue = queue.then(step, step);
    return queue;
  };

  /** Runs one entry's undo; true when it was undone. */
  const undoOne = async (id: number): Promise<boolean> => {
    const entry = history.entries.find((e) => e.id === id);
    if (!entry) return false;
    const inTurn = nextUndo(history)?.id === id;
    try {
      await entry.action.undo();
    } catch (error) {
      set(dropEntry(history, id));
      report.failed(`Could not undo: ${entry.label}`, `${messageOf(error)} It is taken off the undo list.`);
      return false;
    }
    // Taken back out of turn (from its notification), it cannot be redone in order: it leaves.
    set(inTurn ? markUndone(history, id) : dropEntry(history, id));
    report.done(`Undone: ${entry.label}`, entry.action.undoneMessage);
    return true;
  };

  /** The newest entry of `scope` that can be undone. */
  const latestIn = (scope: string) =>
    history.entries
      .slice(0, history.cursor)
      .reverse()
      .find((e) => e.action.scope === scope);

  const api = {
    /** Registers a change that was just made; returns its id (for its notification's Undo). */
    record(label: string, action: UndoableAction): number {
      const pushed = pushEntry(history, label, action);
      set(pushed.history);
      return pushed.id;
    },

    /** Takes back the newest change. */
    undo(): Promise<void> {
      return enqueue(async () => {
        const entry = nextUndo(history);
        if (!entry) {
          report.done('Nothing to undo', 'Changes you make from now on can be undone here.');
          return;
        }
        await undoOne(entry.id);
      });
    },

    /** Makes the newest undone change again. */
    redo(): Promise<void> {
      return enqueue(async () => {
        const entry = nextRedo(history);
        if (!entry) {
          report.done('Nothing to redo', 'Only changes you undid can be redone.');
          return;
        }
        if (!entry.action.redo) {
          report.failed(`Can’t redo: ${entry.label}`, entry.action.cannotRedo ?? 'This change cannot be redone.');
          return;
        }
        try {
          await entry.action.redo();
        } catch (error) {
          set(dropRedoFrom(history, entry.id));
          report.failed(`Could not redo: ${entry.label}`, `${messageOf(error)} It is taken off the redo list.`);
          return;
        }
        set(markRedone(history, entry.id));
        report.done(`Redone: ${entry.label}`);
      });
    },

    /**
     * Takes back one particular change (its notification's Undo button): in turn when it is the
     * newest, otherwise on its own (then it cannot be redone). Says so when it was undone already.
     */
    undoEntry(id: number): Promise<void> {
      return enqueue(async () => {
        const state = entryState(history, id);
        if (state === 'undone') {
          report.done('Already undone', 'Use Redo to make that change again.');
          return;
        }
        if (state === 'gone') {
          report.failed('Cannot undo this any more', 'It is no longer in the undo list (a later undo failed or it is too old).');
          return;
        }
        await undoOne(id);
      });
    },

    /**
     * Takes back the newest change of `scope` that can be undone; resolves with its name, or null
     * when there was none or it was refused (then the refusal is reported).
     */
    undoLatestIn(scope: string): Promise<string | null> {
      let undone: string | null = null;
      return enqueue(async () => {
        const entry = latestIn(scope);
        if (entry && (await undoOne(entry.id))) undone = entry.label;
      }).then(() => undone);
    },

    /** The name of the newest change of `scope` that can be undone, or null. */
    latestLabelIn(scope: string): string | null {
      return latestIn(scope)?.label ?? null;
    },

    /** How many changes of `scope` can be undone. */
    countIn(scope: string): number {
      return history.entries.slice(0, history.cursor).filter((e) => e.action.scope === scope).length;
    },

    /** What the screens show. */
    view(): UndoHistoryView {
      return view;
    },

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Waits until every step asked for so far has run (for callers that report afterwards). */
    settled(): Promise<void> {
      return queue;
    },
  };
  return api;
}

export type UndoHistoryStore = ReturnType<typeof createUndoHistory>;

/** The app's history speaks through the notifications. */
const notificationsReporter: UndoReporter = {
  done: (title, message) => reportDone(title, message),
  failed: (title, message) =>
    notifications.show({ color: 'red', title, message, autoClose: 10_000, closeButtonProps: { 'aria-label': 'Dismiss' } }),
};

let appHistory: UndoHistoryStore | null = null;

/** The app's one undo history (lives for the session: closing the app forgets it). */
export function appUndoHistory(): UndoHistoryStore {
  appHistory ??= createUndoHistory(notificationsReporter);
  return appHistory;
}

/** Registers a change in the app's history; returns its id. */
export function recordUndoable(label: string, action: UndoableAction): number {
  return appUndoHistory().record(label, action);
}

/** The app history's next undo and redo, live. */
export function useUndoHistory(): UndoHistoryView {
  const store = appUndoHistory();
  return useSyncExternalStore(store.subscribe, store.view, store.view);
}

/** How many changes of `scope` can be undone, and the newest one's name, live. */
export function useUndoCount(scope: string | null): number {
  return useScopedUndo(scope).count;
}

/** How many changes of `scope` can be undone and the newest one's name, live. */
export function useScopedUndo(scope: string | null): { count: number; latest: string | null } {
  const store = appUndoHistory();
  useSyncExternalStore(store.subscribe, store.view, store.view);
  return scope ? { count: store.countIn(scope), latest: store.latestLabelIn(scope) } : { count: 0, latest: null };
}
