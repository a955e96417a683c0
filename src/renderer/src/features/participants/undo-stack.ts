/**
 * The per-session undo history of participant edits: for each person, the versions their record
 * had before each saved change, newest last. It lives for the session only (closing the app
 * forgets it); the stored data is always the current version.
 */
import { useSyncExternalStore } from 'react';
import type { Participant } from '../../domain/model';

/** How many earlier versions are kept per person. */
const MAX_VERSIONS = 50;

const stacks = new Map<string, Participant[]>();
const listeners = new Set<() => void>();
let revision = 0;

function changed(): void {
  revision += 1;
  for (const listener of listeners) listener();
}

/** Remember the version a record had before a change was saved. */
export function pushVersion(before: Participant): void {
  const stack = stacks.get(before.id) ?? [];
  stack.push(before);
  if (stack.length > MAX_VERSIONS) stack.shift();
  stacks.set(before.id, stack);
  changed();
}

/** Take the newest earlier version off the stack (undefined when there is none). */
export function popVersion(participantId: string): Participant | undefined {
  const version = stacks.get(participantId)?.pop();
  if (version) changed();
  return version;
}

/** How many changes of this person can be undone. */
export function useUndoDepth(participantId: string | null): number {
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => revision,
  );
  return participantId ? (stacks.get(participantId)?.length ?? 0) : 0;
}
