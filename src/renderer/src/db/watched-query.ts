/**
 * A query that is read again whenever one of its tables changes, for the few screens that read
 * thousands of records at once (the home). Dexie's own live queries remember every record key a
 * query returned so that only the changes that touch them wake it; on a large program that
 * bookkeeping costs more than the reading itself. Here a change anywhere in a watched table reads
 * the query again: coarse, and cheap until something changes.
 *
 * Changes made in other windows of the app arrive too (Dexie forwards them between windows).
 */
import Dexie, { type Table } from 'dexie';
import { useEffect, useState } from 'react';

/** Whether a set of changed parts (Dexie's `storagemutated` keys) touches one of `tables`. */
export function touchesTables(dbName: string, tables: readonly string[], parts: Iterable<string>): boolean {
  const prefixes = tables.map((name) => `idb://${dbName}/${name}/`);
  for (const part of parts) {
    if (prefixes.some((prefix) => part.startsWith(prefix))) return true;
  }
  return false;
}

export type WatchedResult<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/**
 * Runs `query` now and again after every change to `tables` of `db`, giving each result to
 * `onResult` in order (a result that a newer read has overtaken is dropped). Returns the
 * function that stops watching.
 */
export function watchQuery<T>(
  db: Dexie,
  tables: readonly Table[],
  query: () => Promise<T>,
  onResult: (result: WatchedResult<T>) => void,
): () => void {
  const names = tables.map((t) => t.name);
  let stopped = false;
  let latest = 0;
  const read = () => {
    const ticket = ++latest;
    query().then(
      (value) => {
        if (!stopped && ticket === latest) onResult({ state: 'ready', value });
      },
      (error: unknown) => {
        if (!stopped && ticket === latest) onResult({ state: 'failed', error });
      },
    );
  };
  const onChange = (parts: Record<string, unknown>) => {
    if (touchesTables(db.name, names, Object.keys(parts))) read();
  };
  Dexie.on('storagemutated', onChange);
  read();
  return () => {
    stopped = true;
    Dexie.on('storagemutated').unsubscribe(onChange);
  };
}

/**
 * React: the latest result of `query` over `tables` (undefined while the first read runs).
 * `deps` are what the query depends on besides the tables, as for `useEffect`. A failed read
 * is thrown during render, so the screen's error boundary shows it.
 */
export function useWatchedQuery<T>(db: Dexie, tables: readonly Table[], query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [result, setResult] = useState<WatchedResult<T>>({ state: 'loading' });
  useEffect(
    () => watchQuery(db, tables, query, setResult),
    // The query and tables are rebuilt every render; what they read is named by `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    deps,
  );
  if (result.state === 'failed') throw result.error;
  return result.state === 'ready' ? result.value : undefined;
}
