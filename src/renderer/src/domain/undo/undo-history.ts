/**
 * The app's one undo history as plain data: a list of named entries and a cursor. Entries before
 * the cursor are done (the newest, at cursor − 1, is the next undo); entries from the cursor on
 * were undone (the one at the cursor is the next redo). A new change clears what could be redone;
 * the oldest entries fall off past the limit. What an entry does is opaque here (`A`), so the rules
 * are the same for a database change and for a counter in a test.
 */

/** The history never keeps fewer steps than this (the product promises at least 20). */
export const MIN_HISTORY_LIMIT = 20;

/** How many steps the app keeps (a roll call's marks are steps too). */
export const DEFAULT_HISTORY_LIMIT = 100;

/** One change that can be taken back: its name for people ("swap Ann and Bo") and its action. */
export interface HistoryEntry<A> {
  readonly id: number;
  readonly label: string;
  readonly action: A;
}

/** The history at one moment. */
export interface UndoHistory<A> {
  readonly entries: readonly HistoryEntry<A>[];
  /** Number of entries that are done; 0 ≤ cursor ≤ entries.length. */
  readonly cursor: number;
  readonly limit: number;
  /** The id the next pushed entry gets (ids only grow, so an old id never names a new entry). */
  readonly nextId: number;
}

/** An empty history keeping at most `limit` steps (raised to {@link MIN_HISTORY_LIMIT}). */
export function emptyHistory<A>(limit: number = DEFAULT_HISTORY_LIMIT): UndoHistory<A> {
  return { entries: [], cursor: 0, limit: Math.max(MIN_HISTORY_LIMIT, Math.floor(limit)), nextId: 1 };
}

/** Records a change that was just made: what could be redone is forgotten, the oldest falls off. */
export function pushEntry<A>(history: UndoHistory<A>, label: string, action: A): { history: UndoHistory<A>; id: number } {
  const id = history.nextId;
  const kept = [...history.entries.slice(0, history.cursor), { id, label, action }];
  const entries = kept.slice(Math.max(0, kept.length - history.limit));
  return { history: { ...history, entries, cursor: entries.length, nextId: id + 1 }, id };
}

/** The entry the next undo takes back, if any. */
export function nextUndo<A>(history: UndoHistory<A>): HistoryEntry<A> | undefined {
  return history.cursor > 0 ? history.entries[history.cursor - 1] : undefined;
}

/** The entry the next redo applies again, if any. */
export function nextRedo<A>(history: UndoHistory<A>): HistoryEntry<A> | undefined {
  return history.entries[history.cursor];
}

/** Where an entry stands: done (can be undone), undone (can be redone) or gone from the history. */
export function entryState<A>(history: UndoHistory<A>, id: number): 'done' | 'undone' | 'gone' {
  const index = history.entries.findIndex((e) => e.id === id);
  if (index < 0) return 'gone';
  return index < history.cursor ? 'done' : 'undone';
}

/** After entry `id` (the next undo) was taken back: it becomes the next redo. Unchanged otherwise. */
export function markUndone<A>(history: UndoHistory<A>, id: number): UndoHistory<A> {
  return nextUndo(history)?.id === id ? { ...history, cursor: history.cursor - 1 } : history;
}

/** After entry `id` (the next redo) was applied again: it becomes the next undo. Unchanged otherwise. */
export function markRedone<A>(history: UndoHistory<A>, id: number): UndoHistory<A> {
  return nextRedo(history)?.id === id ? { ...history, cursor: history.cursor + 1 } : history;
}

/**
 * Forgets one entry: its undo failed (the change stays, and so do the ones around it, which check
 * their own records when they run), or it was taken back out of turn from its notification.
 */
export function dropEntry<A>(history: UndoHistory<A>, id: number): UndoHistory<A> {
  const index = history.entries.findIndex((e) => e.id === id);
  if (index < 0) return history;
  return {
    ...history,
    entries: history.entries.filter((e) => e.id !== id),
    cursor: index < history.cursor ? history.cursor - 1 : history.cursor,
  };
}

/**
 * Forgets an undone entry whose redo failed together with every later undone entry: those were
 * made on top of it, so they cannot be redone without it.
 */
export function dropRedoFrom<A>(history: UndoHistory<A>, id: number): UndoHistory<A> {
  const index = history.entries.findIndex((e) => e.id === id);
  if (index < history.cursor) return history;
  return { ...history, entries: history.entries.slice(0, index) };
}
