/**
 * Every IndexedDB schema version the app has ever shipped, oldest first.
 * APPEND-ONLY: never edit a shipped entry; add a new one with an `upgrade` that brings old
 * records to the new shape. A fixture database of each version lives in test/fixtures/db and
 * is opened through every later upgrade by `database.test.ts`.
 */
import type { Transaction } from 'dexie';
import { migrateToV2, V2_TABLES, type RawTables } from './migrations/v2-running-the-year';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Run a pure whole-table migration inside Dexie's upgrade transaction. */
function upgradeTables(names: readonly string[], migrate: (tables: RawTables) => RawTables) {
  return async (tx: Transaction): Promise<void> => {
    const before: RawTables = {};
    for (const name of names) before[name] = await tx.table(name).toArray();
    const after = migrate(before);
    for (const name of names) {
      const table = tx.table(name);
      await table.clear();
      const rows = after[name] ?? [];
      if (rows.length) await table.bulkAdd(rows);
    }
  };
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
    version: 2,
    stores: {
      attentionActions: 'id, programId, teamId',
      teamNotes: 'id, programId, teamId',
    },
    upgrade: upgradeTables(V2_TABLES, migrateToV2),
  },
];

/** The data version this build writes. Data stamped with a higher one is never written to. */
export const DATA_VERSION = schemaVersions[schemaVersions.length - 1]!.version;

/** Every table, in the order backups list them. */
export const TABLE_NAMES = [
  'programs',
  'competencies',
  'participants',
  'teams',
  'teamMembers',
  'events',
  'attendance',
  'meetingLogs',
  'checkIns',
  'ratings',
  'speedEvents',
  'importBatches',
  'attentionActions',
  'teamNotes',
  'meta',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
