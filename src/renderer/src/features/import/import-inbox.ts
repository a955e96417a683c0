/**
 * Hands a roster file (dropped onto the window) or a request to open the file picker (menu,
 * Ctrl/Cmd+O) from wherever it happened to the import screen. The screen may not be mounted yet
 * when the request arrives, so the latest request waits here until the screen takes it.
 */

import type { PickedFile } from './import-actions';

/** Something the import screen should act on. */
export type InboxItem =
  | { kind: 'file'; file: File }
  | { kind: 'picked'; picked: Exclude<PickedFile, null> }
  | { kind: 'pick' };

// A request the screen could not take soon (no program open, say) is stale: acting on it minutes
// later would open a picker nobody asked for.
const FRESH_MS = 30_000;

let pending: { item: InboxItem; at: number } | null = null;
const listeners = new Set<() => void>();

/** Ask the import screen to read this file (replaces any request not yet taken). */
export function offerRosterFile(file: File): void {
  pending = { item: { kind: 'file', file }, at: Date.now() };
  for (const l of listeners) l();
}

/** Hand the import screen a file already chosen in a picker opened elsewhere. */
export function offerPickedFile(picked: Exclude<PickedFile, null>): void {
  pending = { item: { kind: 'picked', picked }, at: Date.now() };
  for (const l of listeners) l();
}

/** Ask the import screen to open the file picker. */
export function requestRosterPicker(): void {
  pending = { item: { kind: 'pick' }, at: Date.now() };
  for (const l of listeners) l();
}

/** Take the waiting request, if any and recent (it is then gone). */
export function takeInboxItem(now: number = Date.now()): InboxItem | null {
  const waiting = pending;
  pending = null;
  return waiting !== null && now - waiting.at <= FRESH_MS ? waiting.item : null;
}

/** Be told when a request arrives; returns the unsubscribe function. */
export function onInboxItem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
