/**
 * Validates each roster row against the column mapping and turns it into a participant draft.
 * Cells are cleaned first (NFC, control characters removed, trimmed, the export's formula guard
 * undone); zod then checks what must hold (a name, a well-formed email, lengths). Every problem
 * names the row, the column as headed in the file, and what to change.
 */
import { z } from 'zod';
import type { CareerStage } from '../model';
import type { ColumnMapping, MappingTarget } from './column-mapping';
import type { RosterProblem, RosterRead, RosterRow } from './roster-types';
import { RESERVED_HEADERS } from './shape-table';
import { cleanLine, cleanMultiline, emailKey, quoteForMessage } from './text-normalise';

/** Longest name, in characters. */
export const NAME_MAX = 200;
/** Longest single-line field (department, job title, custom fields…). */
export const FIELD_MAX = 500;
/** Longest notes or list cell (competencies, people). */
export const LONG_FIELD_MAX = 5000;
/** Longest email address (RFC 5321 path limit). */
export const EMAIL_MAX = 254;

/** A validated row, ready to be matched against the catalog and merged with the roster. */
export interface ParticipantDraft {
  rowNumber: number;
  /** As written (cleaned). */
  email: string;
  /** Merge key: trimmed, lower case, NFC. */
  emailKey: string;
  name: string;
  firstName: string;
  lastName: string;
  /**
   * Which name parts were worked out from the others rather than read from the file. A derived
   * part only fills a blank (or follows its source) on re-import; it never overwrites an edit.
   */
  derived: { name: boolean; firstName: boolean; lastName: boolean };
  department: string;
  jobTitle: string;
  location: string;
  manager: string;
  /** Null when the file says nothing (empty cell or no column). */
  careerStage: CareerStage | null;
  /** Competency cells as typed (several mapped columns joined by line breaks). */
  offersText: string;
  wantsText: string;
  /**
   * Competency ids once matched against the catalog (see `resolveDraftCompetencies`); null while
   * unmatched or when the file says nothing, which leaves existing choices alone.
   */
  offers: string[] | null;
  wants: string[] | null;
  /** People cells as typed: emails or names, several separated by ; , or line breaks. */
  knownWellText: string;
  doNotPairText: string;
  preferredPartnerText: string;
  registeredWithText: string;
  notes: string;
  /** Custom fields by header; empty cells are left out (they never blank a stored value). */
  custom: Record<string, string>;
}

/** Outcome of validating one row. */
export type RowValidation =
  | { rowNumber: number; ok: true; value: ParticipantDraft }
  | { rowNumber: number; ok: false; problems: RosterProblem[] };

// Local part: anything but spaces and the characters that end an address in a list; domain:
// dot-separated labels of letters, digits and hyphens ending in a top-level domain of letters.
const EMAIL_PATTERN =
  /^[^\s@<>()[\]\\,;:"]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$/u;

const lineField = z.string().max(FIELD_MAX);
const longField = z.string().max(LONG_FIELD_MAX);

/**
 * What each cleaned field must satisfy. Rows are checked column by column (one zod call per
 * column over every row), which is several times faster than one call per row on a large roster;
 * issues carry the row index in their path. Messages are written by `messageFor` with the header.
 */
const FIELD_SCHEMAS = {
  name: z.array(z.string().min(1).max(NAME_MAX)),
  firstName: z.array(z.string().max(NAME_MAX)),
  lastName: z.array(z.string().max(NAME_MAX)),
  email: z.array(z.string().min(1).max(EMAIL_MAX).regex(EMAIL_PATTERN)),
  department: z.array(lineField),
  jobTitle: z.array(lineField),
  location: z.array(lineField),
  manager: z.array(lineField),
  careerStage: z.array(lineField),
  offersText: z.array(longField),
  wantsText: z.array(longField),
  knownWellText: z.array(longField),
  doNotPairText: z.array(longField),
  preferredPartnerText: z.array(lineField),
  registeredWithText: z.array(lineField),
  notes: z.array(longField),
};
const CUSTOM_COLUMN_SCHEMA = z.array(lineField);

type CleanedField = keyof typeof FIELD_SCHEMAS;
const CLEANED_FIELDS = Object.keys(FIELD_SCHEMAS) as CleanedField[];
// Checked even when no column feeds them: they are required.
const REQUIRED_FIELDS: readonly CleanedField[] = ['name', 'email'];

// Single-value targets and the cleaned field each one fills.
const SINGLE_FIELDS = {
  name: 'name',
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  department: 'department',
  jobTitle: 'jobTitle',
  location: 'location',
  manager: 'manager',
  careerStage: 'careerStage',
  preferredPartner: 'preferredPartnerText',
  registeredWith: 'registeredWithText',
} as const satisfies Partial<Record<MappingTarget, CleanedField>>;
type SingleTarget = keyof typeof SINGLE_FIELDS;

const LIST_FIELDS = {
  offers: 'offersText',
  wants: 'wantsText',
  knownWell: 'knownWellText',
  doNotPair: 'doNotPairText',
} as const satisfies Partial<Record<MappingTarget, CleanedField>>;
type ListTarget = keyof typeof LIST_FIELDS;

/** A mapping resolved to column positions, computed once per import. */
export interface CompiledMapping {
  headers: string[];
  single: Partial<Record<SingleTarget, number>>;
  lists: Record<ListTarget, number[]>;
  notes: number[];
  custom: number[];
  /** Header of the column each cleaned field came from, for messages. */
  fieldColumn: Partial<Record<CleanedField, string>>;
}

/** Resolve a mapping to column positions. Later duplicates of a single target are ignored. */
export function compileMapping(headers: readonly string[], mapping: ColumnMapping): CompiledMapping {
  const compiled: CompiledMapping = {
    headers: [...headers],
    single: {},
    lists: { offers: [], wants: [], knownWell: [], doNotPair: [] },
    notes: [],
    custom: [],
    fieldColumn: {},
  };
  mapping.columns.forEach((c, i) => {
    if (i >= headers.length) return;
    const header = headers[i] as string;
    const t = c.target;
    if (t in SINGLE_FIELDS) {
      const target = t as SingleTarget;
      if (compiled.single[target] === undefined) {
        compiled.single[target] = i;
        compiled.fieldColumn[SINGLE_FIELDS[target]] = header;
      }
    } else if (t in LIST_FIELDS) {
      const target = t as ListTarget;
      compiled.lists[target].push(i);
      compiled.fieldColumn[LIST_FIELDS[target]] ??= header;
    } else if (t === 'notes') {
      compiled.notes.push(i);
      compiled.fieldColumn.notes ??= header;
    } else if (t === 'custom' && !RESERVED_HEADERS.includes(header.toLowerCase())) {
      // Reserved names never become object keys (the read step refuses them too).
      compiled.custom.push(i);
    }
  });
  return compiled;
}

// The export puts an apostrophe before cells that a spreadsheet would run as a formula; reading
// the file back takes one off again, so export → import gives back what was stored.
const FORMULA_GUARD = /^'(?='*[=+\-@\t\r])/;

function unguard(value: string): string {
  return value.charCodeAt(0) === 39 ? value.replace(FORMULA_GUARD, '') : value;
}

function line(cells: readonly string[], index: number | undefined): string {
  if (index === undefined) return '';
  return unguard(cleanLine(cells[index] ?? ''));
}

function joinedLines(cells: readonly string[], indexes: readonly number[]): string {
  if (indexes.length === 1) return unguard(cleanMultiline(cells[indexes[0] as number] ?? ''));
  const parts: string[] = [];
  for (const i of indexes) {
    const v = unguard(cleanMultiline(cells[i] ?? ''));
    if (v !== '') parts.push(v);
  }
  return parts.join('\n');
}

function joinedNotes(cells: readonly string[], indexes: readonly number[], headers: readonly string[]): string {
  if (indexes.length === 1) return unguard(cleanMultiline(cells[indexes[0] as number] ?? ''));
  const parts: string[] = [];
  for (const i of indexes) {
    const v = unguard(cleanMultiline(cells[i] ?? ''));
    // Several note columns: say which question each answer belongs to.
    if (v !== '') parts.push(`${headers[i] as string}: ${v}`);
  }
  return parts.join('\n');
}

/** Pull the address out of "Jane Doe <jane@x.org>" or "mailto:jane@x.org"; otherwise as is. */
export function emailFromCell(value: string): string {
  const angled = value.includes('<') ? /<([^<>\s]+@[^<>\s]+)>/.exec(value) : null;
  const address = angled?.[1] ?? value;
  return /^mailto:/i.test(address) ? address.slice(7).trim() : address;
}

/**
 * Career stage from the words people use: "Early career", "early", "junior", "entry level",
 * "mid-career", "Late career", "senior career", or years of experience ("0-5 years", "12").
 * Returns undefined when the text is not understood.
 */
export function parseCareerStage(text: string): CareerStage | null | undefined {
  if (text === '') return null;
  // A roster uses a handful of spellings over and over: remember them (bounded, results only).
  const known = careerStageMemo.get(text);
  if (known !== undefined) return known === 'unknown' ? undefined : known;
  const result = readCareerStage(text);
  if (careerStageMemo.size < 500) careerStageMemo.set(text, result ?? 'unknown');
  return result;
}

const careerStageMemo = new Map<string, CareerStage | null | 'unknown'>();

function readCareerStage(text: string): CareerStage | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (/\b(early|junior|entry|beginn|graduate|new (to|starter|joiner|hire)|first job|starting)/.test(t)) return 'early';
  if (/\b(mid|middle|intermediate|midway)/.test(t)) return 'mid';
  if (/\b(late|senior career|experienced|veteran|retir|advanced|established)/.test(t)) return 'late';
  const years = /^(?:less than |under |fewer than |<\s*)?(\d{1,2})(?:[.,]\d+)?\s*(?:\+|plus)?\s*(?:-|–|to)?\s*(\d{1,2})?\s*(?:\+|plus)?\s*(?:years?|yrs?|y)?(?: of experience)?$/.exec(t);
  if (years !== null) {
    const low = Number(years[1]);
    const high = years[2] === undefined ? low : Number(years[2]);
    const typical = /^(less than|under|fewer than|<)/.test(t) ? low - 1 : (low + high) / 2;
    if (typical < 5) return 'early';
    if (typical < 15) return 'mid';
    return 'late';
  }
  return undefined;
}

/** Split a full name into first and last: "Last, First" or "First Rest Of Name". */
export function splitName(name: string): { firstName: string; lastName: string } {
  const comma = name.indexOf(',');
  if (comma > 0) {
    return { firstName: name.slice(comma + 1).trim(), lastName: name.slice(0, comma).trim() };
  }
  const space = name.indexOf(' ');
  if (space === -1) return { firstName: name, lastName: '' };
  return { firstName: name.slice(0, space), lastName: name.slice(space + 1).trim() };
}

function messageFor(field: string, code: string, row: number, column: string, value: string, limit: number): string {
  const where = `Row ${row}, column "${column}"`;
  if (field === 'name' && code === 'too_small') {
    return `Row ${row}: the name is empty (column "${column}"). Type the person’s name in that cell, or leave the row out of this import.`;
  }
  if (field === 'email' && code === 'too_small') {
    return `${where}: the email address is empty. Type the person’s email address; it is how Peer Mentor Desk recognises them on the next import.`;
  }
  if (field === 'email' && code === 'invalid_format') {
    return `${where}: ${quoteForMessage(value)} is not an email address. Correct it in the file so it looks like name@example.org.`;
  }
  if (code === 'too_big') {
    return `${where}: the text is ${value.length.toLocaleString('en')} characters long; at most ${limit.toLocaleString('en')} fit. Shorten it in the file.`;
  }
  return `${where}: ${quoteForMessage(value)} cannot be used. Check that cell in the file.`;
}

type Columns = Record<CleanedField, string[]>;

/** Validate rows against a compiled mapping: one outcome per row, in the same order. */
export function validateRowList(rows: readonly RosterRow[], mapping: CompiledMapping): RowValidation[] {
  const n = rows.length;
  const { single, lists } = mapping;
  const columns = Object.fromEntries(CLEANED_FIELDS.map((f) => [f, new Array<string>(n)])) as Columns;
  const nameCells = new Array<string>(n);
  const customs = new Array<Record<string, string>>(n);
  const customValues = mapping.custom.map(() => new Array<string>(n));

  // 1. Clean every cell the mapping uses, column by column.
  for (let r = 0; r < n; r++) {
    const cells = (rows[r] as RosterRow).cells;
    const nameCell = line(cells, single.name);
    const firstCell = line(cells, single.firstName);
    const lastCell = line(cells, single.lastName);
    nameCells[r] = nameCell;
    columns.name[r] = nameCell !== '' ? nameCell : firstCell === '' ? lastCell : lastCell === '' ? firstCell : `${firstCell} ${lastCell}`;
    columns.firstName[r] = firstCell;
    columns.lastName[r] = lastCell;
    columns.email[r] = emailFromCell(line(cells, single.email));
    columns.department[r] = line(cells, single.department);
    columns.jobTitle[r] = line(cells, single.jobTitle);
    columns.location[r] = line(cells, single.location);
    columns.manager[r] = line(cells, single.manager);
    columns.careerStage[r] = line(cells, single.careerStage);
    columns.offersText[r] = joinedLines(cells, lists.offers);
    columns.wantsText[r] = joinedLines(cells, lists.wants);
    columns.knownWellText[r] = joinedLines(cells, lists.knownWell);
    columns.doNotPairText[r] = joinedLines(cells, lists.doNotPair);
    columns.preferredPartnerText[r] = line(cells, single.preferredPartner);
    columns.registeredWithText[r] = line(cells, single.registeredWith);
    columns.notes[r] = joinedNotes(cells, mapping.notes, mapping.headers);
    const custom: Record<string, string> = {};
    for (let c = 0; c < mapping.custom.length; c++) {
      const i = mapping.custom[c] as number;
      const v = line(cells, i);
      (customValues[c] as string[])[r] = v;
      if (v !== '') custom[mapping.headers[i] as string] = v;
    }
    customs[r] = custom;
  }

  // 2. Check each column with zod; note every failing cell (first issue per cell only: an empty
  // email is "empty", not also "malformed").
  const problems = new Array<RosterProblem[] | undefined>(n);
  const report = (r: number, column: string, message: string): void => {
    const list = problems[r] ?? [];
    if (list.some((p) => p.column === column)) return;
    list.push({ row: (rows[r] as RosterRow).rowNumber, column, severity: 'error', message });
    problems[r] = list;
  };
  const columnOf = (field: CleanedField): string =>
    mapping.fieldColumn[field] ?? (field === 'name' ? (mapping.fieldColumn.firstName ?? mapping.fieldColumn.lastName ?? 'Name') : field);
  for (const field of CLEANED_FIELDS) {
    const values = columns[field];
    // Optional fields with no column, or an empty one, have nothing that could fail.
    if (!REQUIRED_FIELDS.includes(field) && (mapping.fieldColumn[field] === undefined || values.every((v) => v === ''))) continue;
    const parsed = FIELD_SCHEMAS[field].safeParse(values);
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) {
      const r = Number(issue.path[0]);
      const column = columnOf(field);
      const limit = 'maximum' in issue && typeof issue.maximum === 'number' ? issue.maximum : 0;
      report(r, column, messageFor(field, issue.code, (rows[r] as RosterRow).rowNumber, column, values[r] ?? '', limit));
    }
  }
  mapping.custom.forEach((i, c) => {
    const values = customValues[c] as string[];
    const parsed = CUSTOM_COLUMN_SCHEMA.safeParse(values);
    if (parsed.success) return;
    const column = mapping.headers[i] as string;
    for (const issue of parsed.error.issues) {
      const r = Number(issue.path[0]);
      const limit = 'maximum' in issue && typeof issue.maximum === 'number' ? issue.maximum : 0;
      report(r, column, messageFor('custom', issue.code, (rows[r] as RosterRow).rowNumber, column, values[r] ?? '', limit));
    }
  });

  // 3. One outcome per row.
  const out = new Array<RowValidation>(n);
  for (let r = 0; r < n; r++) {
    const rowNumber = (rows[r] as RosterRow).rowNumber;
    const careerText = columns.careerStage[r] as string;
    const careerStage = parseCareerStage(careerText);
    if (careerStage === undefined) {
      const column = mapping.fieldColumn.careerStage ?? 'Career stage';
      report(
        r,
        column,
        `Row ${rowNumber}, column "${column}": ${quoteForMessage(careerText)} is not a career stage Peer Mentor Desk understands. Write Early, Mid or Late (career), or leave the cell empty.`,
      );
    }
    const rowProblems = problems[r];
    if (rowProblems !== undefined || careerStage === undefined) {
      out[r] = { rowNumber, ok: false, problems: rowProblems ?? [] };
      continue;
    }
    const name = columns.name[r] as string;
    let firstName = columns.firstName[r] as string;
    let lastName = columns.lastName[r] as string;
    const derivedParts = firstName === '' && lastName === '';
    if (derivedParts) ({ firstName, lastName } = splitName(name));
    const email = columns.email[r] as string;
    out[r] = {
      rowNumber,
      ok: true,
      value: {
        rowNumber,
        email,
        emailKey: emailKey(email),
        name,
        firstName,
        lastName,
        derived: { name: nameCells[r] === '', firstName: derivedParts, lastName: derivedParts },
        department: columns.department[r] as string,
        jobTitle: columns.jobTitle[r] as string,
        location: columns.location[r] as string,
        manager: columns.manager[r] as string,
        careerStage,
        offersText: columns.offersText[r] as string,
        wantsText: columns.wantsText[r] as string,
        offers: null,
        wants: null,
        knownWellText: columns.knownWellText[r] as string,
        doNotPairText: columns.doNotPairText[r] as string,
        preferredPartnerText: columns.preferredPartnerText[r] as string,
        registeredWithText: columns.registeredWithText[r] as string,
        notes: columns.notes[r] as string,
        custom: customs[r] as Record<string, string>,
      },
    };
  }
  return out;
}

/** Validate one row against a compiled mapping. */
export function validateRow(row: RosterRow, mapping: CompiledMapping): RowValidation {
  return validateRowList([row], mapping)[0] as RowValidation;
}

/** Validate every row of a read with a mapping. */
export function validateRows(read: RosterRead, mapping: ColumnMapping): RowValidation[] {
  return validateRowList(read.rows, compileMapping(read.headers, mapping));
}
