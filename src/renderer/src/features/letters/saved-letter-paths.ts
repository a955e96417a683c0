/**
 * Where each letter file was saved during this session (desktop only: a browser download has no
 * path we can see). Kept in memory, not stored: a file may be moved or deleted at any time, so
 * "Show in folder" is only offered for files this session wrote.
 */
import { useSyncExternalStore } from 'react';

const paths = new Map<string, string>();
const listeners = new Set<() => void>();
let version = 0;

/** Key of one team's letter file; a new file name (changed members) is a different file. */
export function letterKey(teamId: string, fileName: string): string {
  return `${teamId}\u0000${fileName}`;
}

/** Remember where letter files were written. */
export function rememberLetterPaths(entries: readonly { key: string; path: string }[]): void {
  if (entries.length === 0) return;
  for (const e of entries) paths.set(e.key, e.path);
  version++;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Live lookup of saved paths (re-renders when a path is remembered). */
export function useSavedLetterPaths(): (key: string) => string | undefined {
  useSyncExternalStore(subscribe, () => version);
  return (key) => paths.get(key);
}
