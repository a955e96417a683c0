/**
 * Data version 3 ("evaluation"): a new table keeps each participant's end-of-program feedback.
 * No record of version 2 changes shape: the table starts empty. (Self-ratings already had their
 * table in version 1.)
 *
 * Pure, like every migration: Dexie's upgrade and the restore of an old backup both run it.
 */
export type RawTables = Record<string, unknown[]>;

export function migrateToV3(tables: RawTables): RawTables {
  return { ...tables, feedback: tables.feedback ?? [] };
}
