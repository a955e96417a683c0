/**
 * The files main itself wrote since the app started (documents saved, backups written). Only
 * these may be revealed in the file manager: the renderer can ask to show a path, but never
 * name one freely, so a compromised page cannot probe the disk or make Windows reach out to a
 * network share. Kept in memory only: after a restart nothing can be revealed until saved again.
 */
import { normalize } from 'node:path';

/** Paths written by main in this run. */
export interface WrittenPaths {
  /** Records that main wrote `path` (an absolute path). */
  remember(path: string): void;
  /** True when main wrote exactly `path` in this run. */
  has(path: string): boolean;
}

/**
 * How many paths are kept; the oldest are forgotten beyond it. A coordinator saves at most a few
 * thousand files in one sitting (one letter per pair, a worksheet per person).
 */
export const MAX_WRITTEN_PATHS = 20_000;

/** An empty {@link WrittenPaths}. */
export function createWrittenPaths(limit = MAX_WRITTEN_PATHS): WrittenPaths {
  // A Set keeps insertion order: re-adding moves a path to the newest end.
  const paths = new Set<string>();
  return {
    remember(path) {
      const key = normalize(path);
      paths.delete(key);
      paths.add(key);
      while (paths.size > limit) {
        const oldest = paths.values().next().value;
        if (oldest === undefined) break;
        paths.delete(oldest);
      }
    },
    has(path) {
      return paths.has(normalize(path));
    },
  };
}
