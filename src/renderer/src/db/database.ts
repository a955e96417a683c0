/**
 * The one Dexie database of Peer Mentor Desk. Only files in db/ import this.
 */
import { Dexie, type EntityTable } from 'dexie';
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
  SpeedEvent,
  Team,
  TeamMember,
  TeamNote,
} from '../domain/model';
import { schemaVersions } from './schema-versions';

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
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name: string = DATABASE_NAME, options?: { upTo?: number }) {
    super(name);
    for (const v of schemaVersions) {
      if (options?.upTo !== undefined && v.version > options.upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
