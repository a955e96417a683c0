/**
 * The one Dexie database of Peer Mentor Desk. Only files in db/ import this.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type {
  Attendance,
  AttentionAction,
  CheckIn,
  Competency,
  ImportBatch,
  MeetingLog,
  MetaEntry,
  Participant,
  Program,
  ProgramEvent,
  Rating,
  Feedback,
  SpeedEvent,
  Team,
  TeamMember,
  TeamNote,
} from '../domain/model';
import {
  checkTableSet,
  latestVersion,
  schemaVersions,
  tableNamesAt,
  type RawTables,
  type SchemaVersion,
} from './schema-versions';
import { archivedGuardMiddleware } from './archived-guard';
import { DATA_VERSION_KEY } from './write-guard';

/** Name of the IndexedDB database. Never change it once released: data would look lost. */
export const DATABASE_NAME = 'peer-mentor-desk';

export class PeerMentorDatabase extends Dexie {
  programs!: EntityTable<Program, 'id'>;
  competencies!: EntityTable<Competency, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  teams!: EntityTable<Team, 'id'>;
  teamMembers!: EntityTable<TeamMember, 'id'>;
  events!: EntityTable<ProgramEvent, 'id'>;
  attendance!: EntityTable<Attendance, 'id'>;
  meetingLogs!: EntityTable<MeetingLog, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  ratings!: EntityTable<Rating, 'id'>;
  speedEvents!: EntityTable<SpeedEvent, 'id'>;
  importBatches!: EntityTable<ImportBatch, 'id'>;
  attentionActions!: EntityTable<AttentionAction, 'id'>;
  teamNotes!: EntityTable<TeamNote, 'id'>;
  feedback!: EntityTable<Feedback, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  /** The schema versions this connection was declared with (the real ones unless a test stacks more). */
  readonly versions: readonly SchemaVersion[];
  /** The data version this connection writes: the newest of its versions. */
  readonly dataVersion: number;
  /** Every table of that version, in backup order. */
  readonly tableNames: readonly string[];

  /**
   * `upTo` opens the database as an older version declared it (to build fixtures in tests);
   * `versions` replaces the real version list (tests stack a test-only version on top of it).
   */
  constructor(
    name: string = DATABASE_NAME,
    options: { upTo?: number; versions?: readonly SchemaVersion[] } = {},
  ) {
    super(name);
    const all = options.versions ?? schemaVersions;
    const versions = all.filter((v) => options.upTo === undefined || v.version <= options.upTo);
    this.versions = versions;
    this.dataVersion = latestVersion(versions);
    this.tableNames = tableNamesAt(versions);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      // Dexie runs this only when an existing, older database is opened.
      if (v.version > 1) declared.upgrade((tx) => upgradeData(tx, versions, v));
    }
    this.use(archivedGuardMiddleware);
  }
}

/**
 * One version's upgrade inside Dexie's upgrade transaction: read every table of the version
 * before, apply the same pure `migrate` a backup of that version goes through, write every table
 * back, and stamp the data version. Anything that throws aborts the upgrade: the database stays
 * at the version before, untouched.
 */
async function upgradeData(tx: Transaction, versions: readonly SchemaVersion[], v: SchemaVersion): Promise<void> {
  if (v.migrate) {
    const before: RawTables = {};
    for (const name of tableNamesAt(versions, v.version - 1)) before[name] = await tx.table(name).toArray();
    const after = v.migrate(before);
    const names = tableNamesAt(versions, v.version);
    checkTableSet(after, names, v.version);
    for (const name of names) {
      const table = tx.table(name);
      await table.clear();
      const rows = after[name]!;
      if (rows.length > 0) await table.bulkAdd(rows);
    }
  }
  await tx.table('meta').put({ key: DATA_VERSION_KEY, value: v.version });
}
