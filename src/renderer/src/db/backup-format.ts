/**
 * The backup file: one versioned JSON document of every table. `readBackup` validates a file
 * completely before anything may be restored from it, and says in plain words why a corrupt,
 * foreign or newer file is refused.
 */
import { z } from 'zod';
import { DATA_VERSION, TABLE_NAMES, type TableName } from './schema-versions';
import { tableSchemas } from './record-schemas';

export const BACKUP_FORMAT = 'peer-mentor-desk-backup';
export const BACKUP_FORMAT_VERSION = 1;

export type BackupTables = { [T in TableName]: z.infer<(typeof tableSchemas)[T]>[] };

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  dataVersion: number;
  createdAt: string;
  tables: BackupTables;
}

export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  dataVersion: number;
  programs: { name: string; organisation: string; status: string; isDemo: boolean }[];
  counts: Record<TableName, number>;
}

export type BackupCheck =
  | { ok: true; backup: BackupFile; summary: BackupSummary }
  | { ok: false; message: string };

const envelope = z.object({
  format: z.string(),
  formatVersion: z.number().int(),
  appVersion: z.string().max(50),
  dataVersion: z.number().int().min(1),
  createdAt: z.string().max(40),
  tables: z.record(z.string(), z.unknown()),
});

const HUMAN_TABLE: Record<TableName, string> = {
  programs: 'programs',
  competencies: 'competencies',
  participants: 'participants',
  teams: 'teams',
  teamMembers: 'team members',
  events: 'events',
  attendance: 'attendance',
  meetingLogs: 'meeting logs',
  checkIns: 'check-ins',
  ratings: 'ratings',
  speedEvents: 'speed events',
  importBatches: 'import batches',
  attentionActions: 'attention actions',
  teamNotes: 'team notes',
  meta: 'settings',
};

function idOf(row: unknown): string | undefined {
  if (row && typeof row === 'object') {
    const r = row as { id?: unknown; key?: unknown };
    if (typeof r.id === 'string') return r.id;
    if (typeof r.key === 'string') return r.key;
  }
  return undefined;
}

/** Summarise what a valid backup holds, for the confirm dialog. */
export function summariseBackup(backup: BackupFile): BackupSummary {
  const counts = Object.fromEntries(
    TABLE_NAMES.map((t) => [t, backup.tables[t].length]),
  ) as Record<TableName, number>;
  return {
    createdAt: backup.createdAt,
    appVersion: backup.appVersion,
    dataVersion: backup.dataVersion,
    programs: backup.tables.programs.map((p) => ({
      name: p.name,
      organisation: p.organisation,
      status: p.status,
      isDemo: p.isDemo,
    })),
    counts,
  };
}

/** Parse and validate a backup file's text. Never throws. */
export function readBackup(json: string): BackupCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {
      ok: false,
      message:
        'This file is not a Peer Mentor Desk backup: it is not valid JSON (it may be damaged or cut short). Nothing was changed.',
    };
  }
  const head = envelope.safeParse(raw);
  if (!head.success || head.data.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      message:
        'This file is not a Peer Mentor Desk backup (it lacks the backup header). Choose a file the app wrote with "Back up now" or from the automatic backups. Nothing was changed.',
    };
  }
  const { dataVersion, formatVersion } = head.data;
  if (dataVersion > DATA_VERSION || formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      message: `This backup was written by a newer version of Peer Mentor Desk (${head.data.appVersion}, data version ${dataVersion}). Install that version or newer to restore it. Nothing was changed.`,
    };
  }
  const tables: Partial<BackupTables> = {};
  for (const name of TABLE_NAMES) {
    const rows = head.data.tables[name] ?? [];
    if (!Array.isArray(rows)) {
      return { ok: false, message: `The backup is damaged: "${HUMAN_TABLE[name]}" is not a list. Nothing was changed.` };
    }
    const schema = tableSchemas[name];
    const seen = new Set<string>();
    const parsed: unknown[] = [];
    for (let i = 0; i < rows.length; i++) {
      const result = schema.safeParse(rows[i]);
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue?.path.join('.') || '(record)';
        return {
          ok: false,
          message: `The backup is damaged: ${HUMAN_TABLE[name]} record ${i + 1}, field "${field}": ${issue?.message ?? 'invalid'}. Nothing was changed.`,
        };
      }
      const key = idOf(result.data);
      if (key !== undefined) {
        if (seen.has(key)) {
          return {
            ok: false,
            message: `The backup is damaged: ${HUMAN_TABLE[name]} record ${i + 1} repeats the id "${key}". Nothing was changed.`,
          };
        }
        seen.add(key);
      }
      parsed.push(result.data);
    }
    (tables as Record<string, unknown[]>)[name] = parsed;
  }
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion,
    appVersion: head.data.appVersion,
    dataVersion,
    createdAt: head.data.createdAt,
    tables: tables as BackupTables,
  };
  const programIds = new Set(backup.tables.programs.map((p) => p.id));
  for (const name of TABLE_NAMES) {
    if (name === 'programs' || name === 'meta') continue;
    const rows = backup.tables[name] as { programId: string }[];
    const orphan = rows.findIndex((r) => !programIds.has(r.programId));
    if (orphan >= 0) {
      return {
        ok: false,
        message: `The backup is damaged: ${HUMAN_TABLE[name]} record ${orphan + 1} belongs to a program that is not in the file. Nothing was changed.`,
      };
    }
  }
  return { ok: true, backup, summary: summariseBackup(backup) };
}

/** File name for a backup the user saves by hand. */
export function backupFileName(createdAt: string): string {
  const stamp = createdAt.replace(/[:]/g, '-').replace(/\.\d+Z$/, '').replace('T', ' ');
  return `Peer Mentor Desk backup ${stamp}.json`;
}
