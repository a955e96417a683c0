/**
 * App-wide settings kept in the `meta` table: the current program, paper size, remembered
 * column mappings. Each is saved at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PaperSize } from '../domain/model';
import { db } from './client';
import { runWrite } from './write-guard';

export const CURRENT_PROGRAM_KEY = 'currentProgramId';
export const PAPER_SIZE_KEY = 'paperSize';

/** Read one meta value. */
export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

/** Save one meta value at once. */
export async function setMeta(key: string, value: unknown): Promise<void> {
  await runWrite(db, [db.meta], () => db.meta.put({ key, value }));
}

/** Live value of one meta key (undefined while loading, `fallback` when unset). */
export function useMeta<T>(key: string, fallback: T): T | undefined {
  return useLiveQuery(async () => ((await db.meta.get(key))?.value as T | undefined) ?? fallback, [key]);
}

export function usePaperSize(): PaperSize {
  return useMeta<PaperSize>(PAPER_SIZE_KEY, 'a4') ?? 'a4';
}
