/**
 * The backup file: one versioned JSON document of every table. `readBackup` brings a file written
 * by an older data version up to today's shape through the same upgrade steps as the database
 * (schema-versions.ts), then validates it completely before anything may be restored from it,
 * and says in plain words why a corrupt, foreign or newer file is refused.
 */
import { z } from 'zod';
import {
  latestVersion,
  migrateTables,
  schemaVersions,
  tableNamesAt,
  type RawTables,
  type SchemaVersion,
  type TableName,
} from './schema-versions';
import { tableSchemas, type TableRecords } from './record-schemas';

export const BACKUP_FORMAT = 'peer-mentor-desk-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Every table's records (fields a record carries beyond its type are kept as they are). */
export type BackupTables = { [T in TableName]: TableRecords[T][] };

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** The data version the tables are in (after `readBackup`: the version they were brought up to). */
  dataVersion: number;
  createdAt: string;
  tables: BackupTables;
}

/** Fields a record carried that this version's record schemas do not know: kept, and counted. */
export interface KeptUnknownField {
  table: string;
  /** Dotted path inside the record, e.g. `pronouns` or `updatedBefore.pronouns`. */
  field: string;
  count: number;
}

export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  /** The data version the file was written in. */
  dataVersion: number;
  /** The data version it is restored as (higher than `dataVersion` when it was upgraded). */
  restoresAs: number;
  programs: { name: string; organisation: string; status: string; isDemo: boolean }[];
  counts: Record<TableName, number>;
  /** Teams by status: confirmed teams and proposals are different things to the coordinator. */
  teams: { confirmed: number; proposed: number; ended: number };
  unknownFields: KeptUnknownField[];
}

export type BackupCheck =
  | { ok: true; backup: BackupFile; summary: BackupSummary }
  | { ok: false; message: string };

/** What a backup is read against: the schema versions and the record schemas of the newest one. */
export interface BackupModel {
  versions?: readonly SchemaVersion[];
  schemas?: Readonly<Record<string, z.ZodType>>;
}

const envelope = z.object({
  format: z.string(),
  formatVersion: z.number().int(),
  appVersion: z.string().max(50),
  dataVersion: z.number().int().min(1),
  createdAt: z.string().max(40),
  tables: z.record(z.string(), z.unknown()),
});

const HUMAN_TABLE: Record<string, string> = {
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
  feedback: 'feedback answers',
  meta: 'settings',
} satisfies Record<TableName, string>;

const human = (table: string): string => HUMAN_TABLE[table] ?? table;

function idOf(row: unknown): string | undefined {
  if (row && typeof row === 'object') {
    const r = row as { id?: unknown; key?: unknown };
    if (typeof r.id === 'string') return r.id;
    if (typeof r.key === 'string') return r.key;
  }
  return undefined;
}

/**
 * Where a schema can hold objects, and which keys each declares: the part of a record schema the
 * unknown-field count needs, computed once per schema. `null` where no object can occur (a
 * string, a list of ids…), so those values are never walked.
 */
type FieldPlan =
  | { kind: 'object'; fields: Map<string, FieldPlan | null> }
  | { kind: 'items'; item: FieldPlan }
  | { kind: 'tuple'; items: (FieldPlan | null)[] }
  | { kind: 'values'; value: FieldPlan };

const plans = new WeakMap<z.ZodType, FieldPlan | null>();

function planFor(schema: z.ZodType): FieldPlan | null {
  if (plans.has(schema)) return plans.get(schema)!;
  let plan: FieldPlan | null = null;
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    plan = { kind: 'object', fields: new Map(Object.entries(shape).map(([key, inner]) => [key, planFor(inner)])) };
  } else if (schema instanceof z.ZodArray) {
    const item = planFor(schema.element as z.ZodType);
    plan = item && { kind: 'items', item };
  } else if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    plan = planFor(schema.unwrap() as z.ZodType);
  } else if (schema instanceof z.ZodTuple) {
    const items = (schema.def.items as readonly z.ZodType[]).map(planFor);
    plan = items.some(Boolean) ? { kind: 'tuple', items } : null;
  } else if (schema instanceof z.ZodRecord) {
    const value = planFor(schema.def.valueType as z.ZodType);
    plan = value && { kind: 'values', value };
  }
  plans.set(schema, plan);
  return plan;
}

/**
 * Count the fields of `value` that its schema does not declare (loose objects keep them), by path.
 * Array items share their parent's path, so "3 participants with pronouns" is one path, count 3.
 */
function collectUnknownFields(plan: FieldPlan, value: unknown, path: string, out: Map<string, number>): void {
  if (value === null || typeof value !== 'object') return;
  switch (plan.kind) {
    case 'object': {
      if (Array.isArray(value)) return;
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const field = `${path}.${key}`;
        if (!plan.fields.has(key)) out.set(field, (out.get(field) ?? 0) + 1);
        else {
          const inner = plan.fields.get(key);
          if (inner) collectUnknownFields(inner, record[key], field, out);
        }
      }
      return;
    }
    case 'items':
      if (Array.isArray(value)) for (const item of value) collectUnknownFields(plan.item, item, path, out);
      return;
    case 'tuple':
      if (Array.isArray(value)) {
        plan.items.forEach((item, i) => item && collectUnknownFields(item, (value as unknown[])[i], path, out));
      }
      return;
    case 'values':
      for (const inner of Object.values(value)) collectUnknownFields(plan.value, inner, path, out);
      return;
  }
}

/** Summarise what a valid backup holds, for the confirm dialog. */
function summarise(
  backup: BackupFile,
  writtenAs: number,
  tableNames: readonly string[],
  unknownFields: KeptUnknownField[],
): BackupSummary {
  const tables = backup.tables as unknown as RawTables;
  const counts = Object.fromEntries(tableNames.map((t) => [t, tables[t]?.length ?? 0])) as Record<TableName, number>;
  return {
    createdAt: backup.createdAt,
    appVersion: backup.appVersion,
    dataVersion: writtenAs,
    restoresAs: backup.dataVersion,
    programs: backup.tables.programs.map((p) => ({
      name: p.name,
      organisation: p.organisation,
      status: p.status,
      isDemo: p.isDemo,
    })),
    counts,
    teams: {
      confirmed: backup.tables.teams.filter((t) => t.status === 'confirmed').length,
      proposed: backup.tables.teams.filter((t) => t.status === 'proposed').length,
      ended: backup.tables.teams.filter((t) => t.status === 'ended').length,
    },
    unknownFields,
  };
}

function counted(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/**
 * What a backup holds, in words for the restore dialog: "24 participants, 31 competencies,
 * 12 confirmed teams, 3 proposed pairs not confirmed yet, 9 events, 106 meeting logs and
 * 36 check-ins." (kinds with none are left out, except participants).
 */
export function describeBackupCounts(summary: Pick<BackupSummary, 'counts' | 'teams'>): string {
  const { counts, teams } = summary;
  const parts = [
    counted(counts.participants, 'participant', 'participants'),
    counts.competencies > 0 ? counted(counts.competencies, 'competency', 'competencies') : '',
    teams.confirmed > 0 ? counted(teams.confirmed, 'confirmed team', 'confirmed teams') : '',
    teams.proposed > 0 ? counted(teams.proposed, 'proposed team not confirmed yet', 'proposed teams not confirmed yet') : '',
    teams.ended > 0 ? counted(teams.ended, 'ended team', 'ended teams') : '',
    counts.events > 0 ? counted(counts.events, 'event', 'events') : '',
    counts.attendance > 0 ? counted(counts.attendance, 'attendance mark', 'attendance marks') : '',
    counts.meetingLogs > 0 ? counted(counts.meetingLogs, 'meeting log', 'meeting logs') : '',
    counts.checkIns > 0 ? counted(counts.checkIns, 'check-in', 'check-ins') : '',
  ].filter((p) => p !== '');
  const last = parts.pop() ?? '';
  return `${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}.`;
}

/** "3 fields this version does not know were kept as they are (participants: pronouns ×3)", or null. */
export function describeKeptFields(summary: Pick<BackupSummary, 'unknownFields'>): string | null {
  const total = summary.unknownFields.reduce((n, f) => n + f.count, 0);
  if (total === 0) return null;
  const which = summary.unknownFields
    .slice(0, 5)
    .map((f) => `${human(f.table)}: ${f.field}${f.count > 1 ? ` ×${f.count}` : ''}`)
    .join('; ');
  const more = summary.unknownFields.length > 5 ? '; …' : '';
  const kept = total === 1 ? 'field this version does not know was kept as it is' : 'fields this version does not know were kept as they are';
  return `${total} ${kept} (${which}${more}).`;
}

const refuse = (message: string): BackupCheck => ({ ok: false, message });

/**
 * Parse a backup file's text, bring it up to the newest data version and validate every record.
 * Never throws. `model` replaces the real schema versions and record schemas (tests stack a
 * test-only version on top of the real ones).
 */
export function readBackup(json: string, model: BackupModel = {}): BackupCheck {
  const versions = model.versions ?? schemaVersions;
  const schemas = model.schemas ?? (tableSchemas as Readonly<Record<string, z.ZodType>>);
  const newest = latestVersion(versions);

  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return refuse(
      'This file is not a Peer Mentor Desk backup: it is not valid JSON (it may be damaged or cut short). Nothing was changed.',
    );
  }
  const head = envelope.safeParse(raw);
  if (!head.success || head.data.format !== BACKUP_FORMAT) {
    return refuse(
      'This file is not a Peer Mentor Desk backup (it lacks the backup header). Choose a file the app wrote with "Back up now" or from the automatic backups. Nothing was changed.',
    );
  }
  const { dataVersion, formatVersion, appVersion } = head.data;
  if (dataVersion > newest) {
    return refuse(
      `This backup was written by data version ${dataVersion} (Peer Mentor Desk ${appVersion}); this app reads up to data version ${newest}. Update the app to restore it. Nothing was changed.`,
    );
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    return refuse(
      `This backup was written in backup format ${formatVersion} (Peer Mentor Desk ${appVersion}); this app reads up to backup format ${BACKUP_FORMAT_VERSION}. Update the app to restore it. Nothing was changed.`,
    );
  }

  // The tables as the version that wrote them had them: an empty table may be left out.
  const writtenTables = tableNamesAt(versions, dataVersion);
  const stranger = Object.keys(head.data.tables).find((name) => !writtenTables.includes(name));
  if (stranger !== undefined) {
    return refuse(
      `The backup is damaged: it holds a table "${stranger}" that data version ${dataVersion} does not have. Nothing was changed.`,
    );
  }
  let tables: RawTables = {};
  for (const name of writtenTables) {
    const rows = head.data.tables[name] ?? [];
    if (!Array.isArray(rows)) {
      return refuse(`The backup is damaged: "${human(name)}" is not a list. Nothing was changed.`);
    }
    tables[name] = rows;
  }
  if (dataVersion < newest) {
    try {
      tables = migrateTables(tables, dataVersion, versions);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return refuse(
        `This backup (data version ${dataVersion}) could not be brought up to data version ${newest}: ${why} Nothing was changed.`,
      );
    }
  }

  const tableNames = tableNamesAt(versions);
  const unknown = new Map<string, number>();
  const parsed: RawTables = {};
  for (const name of tableNames) {
    const schema = schemas[name];
    if (!schema) return refuse(`This app cannot check the table "${name}" (no record schema). Nothing was changed.`);
    const rows = tables[name]!;
    const plan = planFor(schema);
    const seen = new Set<string>();
    const out: unknown[] = [];
    for (let i = 0; i < rows.length; i++) {
      const result = schema.safeParse(rows[i]);
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue?.path.join('.') || '(record)';
        return refuse(
          `The backup is damaged: ${human(name)} record ${i + 1}, field "${field}": ${issue?.message ?? 'invalid'}. Nothing was changed.`,
        );
      }
      const key = idOf(result.data);
      if (key !== undefined) {
        if (seen.has(key)) {
          return refuse(
            `The backup is damaged: ${human(name)} record ${i + 1} repeats the id "${key}". Nothing was changed.`,
          );
        }
        seen.add(key);
      }
      if (plan) collectUnknownFields(plan, result.data, name, unknown);
      out.push(result.data);
    }
    parsed[name] = out;
  }

  const programIds = new Set((parsed.programs as { id: string }[]).map((p) => p.id));
  for (const name of tableNames) {
    if (name === 'programs') continue;
    const orphan = parsed[name]!.findIndex((r) => {
      const programId = (r as { programId?: unknown }).programId;
      return typeof programId === 'string' && !programIds.has(programId);
    });
    if (orphan >= 0) {
      return refuse(
        `The backup is damaged: ${human(name)} record ${orphan + 1} belongs to a program that is not in the file. Nothing was changed.`,
      );
    }
  }

  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion,
    appVersion,
    dataVersion: newest,
    createdAt: head.data.createdAt,
    tables: parsed as unknown as BackupTables,
  };
  const unknownFields = [...unknown].map(([path, count]) => {
    const dot = path.indexOf('.');
    return { table: path.slice(0, dot), field: path.slice(dot + 1), count };
  });
  return { ok: true, backup, summary: summarise(backup, dataVersion, tableNames, unknownFields) };
}

/** File name for a backup the user saves by hand. */
export function backupFileName(createdAt: string): string {
  const stamp = createdAt.replace(/[:]/g, '-').replace(/\.\d+Z$/, '').replace('T', ' ');
  return `Peer Mentor Desk backup ${stamp}.json`;
}
