/**
 * Every IndexedDB schema version the app has ever shipped, oldest first, and the one way data is
 * brought from one version to the next.
 *
 * APPEND-ONLY: never edit a shipped entry. A version lists the tables it adds or whose indexes
 * change (`null` deletes a table; tables it does not name stay as they were, as in Dexie), and,
 * when records change shape, a pure `migrate` that turns the whole data of the version before
 * into the whole data of this one (rename fields, add defaults, split or add tables).
 *
 * The same `migrate` runs in two places, so a database on disk and a backup file of the same
 * version always arrive at the same shape:
 *  - in Dexie's upgrade transaction when an older database is opened (`database.ts`), and
 *  - on a backup file written by an older version, before it is validated (`backup-format.ts`).
 *
 * When a later issue adds a real version, it adds its entry with its `migrate`, a fixture of the
 * version before (a database in test/fixtures/db and a backup in test/fixtures/backups, written
 * by the app as it was), and the same two tests `schema-upgrade.test.ts` runs on a stacked
 * test-only version: the fixture database opens through the upgrade, and the fixture backup
 * restores through it, both ending in the new shape.
 */
import type { tableSchemas } from './record-schemas';
import { migrateToV2 } from './migrations/v2-running-the-year';
import { migrateToV3 } from './migrations/v3-evaluation';

/** The whole data of one version: table name → its records, as plain JSON-like objects. */
export type RawTables = Record<string, unknown[]>;

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions of the tables this version adds or changes (`null`: deleted). */
  stores: Record<string, string | null>;
  /**
   * Pure: the data of the version before → the data of this version. Receives every table of
   * the version before and returns every table of this one (no more, no fewer). Must not mutate
   * its input; never drops a field it does not know about.
   */
  migrate?: (tables: RawTables) => RawTables;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      programs: 'id, status, updatedAt',
      competencies: 'id, programId, [programId+order]',
      participants: 'id, programId, [programId+emailKey], [programId+status], *offers, *wants',
      teams: 'id, programId, [programId+status]',
      teamMembers: 'id, teamId, programId, participantId',
      events: 'id, programId, [programId+date]',
      attendance: 'id, programId, eventId, participantId, [eventId+participantId]',
      meetingLogs: 'id, programId, teamId, date',
      checkIns: 'id, programId, teamId, date',
      ratings: 'id, programId, participantId, [participantId+competencyId+phase]',
      speedEvents: 'id, programId',
      importBatches: 'id, programId, createdAt',
      meta: 'key',
    },
  },
  {
    // Running the year: follow-up records in their new shape, attention actions and team notes.
    version: 2,
    stores: {
      attentionActions: 'id, programId, teamId',
      teamNotes: 'id, programId, teamId',
    },
    migrate: migrateToV2,
  },
  {
    // Evaluation: each participant's end-of-program feedback.
    version: 3,
    stores: {
      feedback: 'id, programId, participantId',
    },
    migrate: migrateToV3,
  },
];

/** The newest version in `versions` (the data version a database built from them writes). */
export function latestVersion(versions: readonly SchemaVersion[]): number {
  const last = versions[versions.length - 1];
  if (!last) throw new Error('There must be at least one schema version.');
  return last.version;
}

/**
 * The tables that exist at `version` (default: the newest), in the order they were first
 * declared: the stores of every version up to it, folded as Dexie folds them.
 */
export function tableNamesAt(versions: readonly SchemaVersion[], version = latestVersion(versions)): string[] {
  const names: string[] = [];
  for (const v of versions) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) {
      const at = names.indexOf(name);
      if (spec === null) {
        if (at >= 0) names.splice(at, 1);
      } else if (at < 0) {
        names.push(name);
      }
    }
  }
  return names;
}

/**
 * Bring the whole data of version `from` up to the newest version in `versions`, running every
 * `migrate` in turn. Each step's result is checked to hold exactly the tables of its version,
 * so a migration that forgets a table (or leaves one behind that was deleted) fails loudly
 * instead of losing records.
 */
export function migrateTables(tables: RawTables, from: number, versions: readonly SchemaVersion[]): RawTables {
  let data = tables;
  for (const v of versions) {
    if (v.version <= from) continue;
    if (v.migrate) data = v.migrate(data);
    const expected = tableNamesAt(versions, v.version);
    checkTableSet(data, expected, v.version);
  }
  return data;
}

/** Throws when `data` does not hold exactly the tables `expected` (each a list). */
export function checkTableSet(data: RawTables, expected: readonly string[], version: number): void {
  const missing = expected.filter((name) => !Array.isArray(data[name]));
  const extra = Object.keys(data).filter((name) => !expected.includes(name));
  if (missing.length || extra.length) {
    throw new Error(
      `The upgrade to data version ${version} is incomplete` +
        (missing.length ? `: it lost the table(s) ${missing.join(', ')}` : '') +
        (extra.length ? `${missing.length ? ';' : ':'} it left the table(s) ${extra.join(', ')} behind` : '') +
        '. Nothing was changed.',
    );
  }
}

/** The data version this build writes. Data stamped with a higher one is never written to. */
export const DATA_VERSION = latestVersion(schemaVersions);

export type TableName = keyof typeof tableSchemas;

/**
 * Every table of the newest version, in the order backups list them. Derived from the stores, so
 * it cannot drift from the database; `database.test.ts` checks every one has a record schema.
 */
export const TABLE_NAMES = tableNamesAt(schemaVersions) as readonly TableName[];
