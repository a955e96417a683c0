/**
 * Validates each roster row against the column mapping and turns it into a participant draft.
 * Cells are cleaned first (NFC, control characters removed, trimmed, the export's formula guard
 * undone); zod then checks what must hold (a name, a well-formed email, lengths). Every problem
 * names the row, the column as headed in the file, and what to change.
 *
 * zod is the validator of record, but a roster has 100,000 cells or more and nearly all of them
 * are short plain text: a cell that plainly passes (length within the limit, a plain ASCII
 * address) is not handed to zod, and anything else is. The tests hold this shortcut to zod's
 * verdict on random cells.
 */
import { z } from 'zod';
import type { CareerStage } from '../model';
import type { ColumnMapping, MappingTarget } from './column-mapping';
import type { GridMapping, GridMeaning } from './grid-questions';
import { cellMeaning, findGridGroups, guessChoiceMeaning, splitChoices } from './grid-questions';
import type { RosterProblem, RosterRead, RosterRow } from './roster-types';
import { baseHeader, RESERVED_HEADERS } from './shape-table';
import { cleanLine, cleanMultiline, emailKey, quoteForMessage } from './text-normalise';
import { parseOptInCell, type OptInAnswer } from './opt-in-cell';

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
  /** The opt-in column's answer; null or absent when the file says nothing. */
  optIn?: OptInAnswer | null;
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

/**
 * What one cleaned cell must satisfy: zod, the validator of record, with the limits spelled out
 * again for the plain-cell shortcut in `cellIssue`.
 */
export interface CellRule {
  schema: z.ZodString;
  /** Fewest UTF-16 units a cell may have and still pass without asking zod. */
  min: number;
  /** Most UTF-16 units a cell may have and still pass without asking zod. */
  max: number;
  email: boolean;
}

function rule(min: number, max: number, email = false): CellRule {
  let schema = z.string();
  if (min > 0) schema = schema.min(min);
  schema = schema.max(max);
  if (email) schema = schema.regex(EMAIL_PATTERN);
  return { schema, min, max, email };
}

const NAME_RULE = rule(1, NAME_MAX);
const NAME_PART_RULE = rule(0, NAME_MAX);
const EMAIL_RULE = rule(1, EMAIL_MAX, true);
const LINE_RULE = rule(0, FIELD_MAX);
const LONG_RULE = rule(0, LONG_FIELD_MAX);

/** Every kind of cell rule, by name (for tests that compare the shortcut with zod). */
export const CELL_RULES = { name: NAME_RULE, namePart: NAME_PART_RULE, email: EMAIL_RULE, line: LINE_RULE, long: LONG_RULE } as const;

/**
 * What each cleaned field must satisfy; built once. Messages are written by `messageFor` with the
 * header of the column the value came from.
 */
const FIELD_RULES = {
  name: NAME_RULE,
  firstName: NAME_PART_RULE,
  lastName: NAME_PART_RULE,
  email: EMAIL_RULE,
  department: LINE_RULE,
  jobTitle: LINE_RULE,
  location: LINE_RULE,
  manager: LINE_RULE,
  careerStage: LINE_RULE,
  offersText: LONG_RULE,
  wantsText: LONG_RULE,
  knownWellText: LONG_RULE,
  doNotPairText: LONG_RULE,
  preferredPartnerText: LINE_RULE,
  registeredWithText: LINE_RULE,
  optInText: LINE_RULE,
  notes: LONG_RULE,
} as const satisfies Record<string, CellRule>;
const CUSTOM_RULE = LINE_RULE;

// Plain ASCII addresses, each part drawn from a subset of what EMAIL_PATTERN allows in the same
// place (same structure, narrower classes), so whatever this matches EMAIL_PATTERN matches too.
// Anything else, international or odd, is left to zod. No space, quote, apostrophe, "<" or ":"
// either, so such a cell is also already clean, has no formula guard, and is no "Name <address>"
// or "mailto:" link (see `plainEmailCell`).
const PLAIN_EMAIL = /^[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** The first issue zod finds in a cleaned cell, as code and limit; null when it passes. */
export interface CellIssue {
  code: string;
  limit: number;
}

/** Ask zod about one cell: the validator of record. */
export function zodCellIssue(cellRule: CellRule, value: string): CellIssue | null {
  const parsed = cellRule.schema.safeParse(value);
  if (parsed.success) return null;
  // First issue only: an empty email is "empty", not also "malformed".
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  return { code: issue.code, limit: 'maximum' in issue && typeof issue.maximum === 'number' ? issue.maximum : 0 };
}

/**
 * True when zod would surely accept the cell: its length in UTF-16 units is within the limits
 * (zod counts code points, and a string never has more code points than units) and an email is
 * a plain ASCII address. False means "ask zod", not "invalid".
 */
export function plainlyValid(cellRule: CellRule, value: string): boolean {
  const n = value.length;
  return n >= cellRule.min && n <= cellRule.max && (!cellRule.email || PLAIN_EMAIL.test(value));
}

/** The issue of one cell: plainly valid cells skip zod; everything else is zod's call. */
export function cellIssue(cellRule: CellRule, value: string): CellIssue | null {
  return plainlyValid(cellRule, value) ? null : zodCellIssue(cellRule, value);
}

type CleanedField = keyof typeof FIELD_RULES;

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
  optIn: 'optInText',
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
  /** Grid columns: the competency each one asks about and the rule that reads its cells. */
  grid: { column: number; item: string; rule: GridMapping | null; meanings: Map<string, GridMeaning> }[];
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
    grid: [],
    fieldColumn: {},
  };
  const groups = mapping.columns.some((c) => c.target === 'grid') ? findGridGroups(headers) : [];
  const groupMeanings = new Map<number, Map<string, GridMeaning>>();
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
    } else if (t === 'grid') {
      const group = groups.find((g) => g.columns.includes(i));
      if (group === undefined) return;
      const rule = mapping.grids?.find((g) => g.column === group.columns[0]) ?? null;
      // A group's cells repeat a handful of answers: each is read once per import.
      let meanings = groupMeanings.get(group.columns[0] as number);
      if (meanings === undefined) {
        meanings = new Map();
        groupMeanings.set(group.columns[0] as number, meanings);
      }
      compiled.grid.push({ column: i, item: group.items[group.columns.indexOf(i)] as string, rule, meanings });
      // Competency names from a grid are named by its question (the column differs per name).
      compiled.fieldColumn.offersText ??= group.question;
      compiled.fieldColumn.wantsText ??= group.question;
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

function joinedNotes(cells: readonly string[], indexes: readonly number[], headers: readonly string[], labelled: boolean): string {
  if (indexes.length === 1) return unguard(cleanMultiline(cells[indexes[0] as number] ?? ''));
  const parts: string[] = [];
  for (const i of indexes) {
    const v = unguard(cleanMultiline(cells[i] ?? ''));
    // Several note questions: say which one each answer belongs to (not when a form with
    // sections asked the same question twice).
    if (v !== '') parts.push(labelled ? `${baseHeader(headers[i] as string)}: ${v}` : v);
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
    return `${where}: ${quoteForMessage(value)} is not an email address. Correct the address so it looks like name@example.org.`;
  }
  if (code === 'too_big') {
    return `${where}: the text is ${value.length.toLocaleString('en')} characters long; at most ${limit.toLocaleString('en')} fit. Shorten the text.`;
  }
  return `${where}: ${quoteForMessage(value)} cannot be used. Correct the cell.`;
}

/** How one cell is checked: `cellIssue` in the app, `zodCellIssue` (zod on every cell) in tests. */
type CellCheck = (cellRule: CellRule, value: string) => CellIssue | null;

/**
 * True when a raw email cell is a plain address that is valid as it stands: cleaning, taking an
 * address out of "Name <address>" or "mailto:", and zod would all leave it as it is and accept it.
 */
export function plainEmailCell(raw: string): boolean {
  return raw.length <= EMAIL_MAX && PLAIN_EMAIL.test(raw);
}

// Adds the problem of a failing cell to a row's list (made on the first problem). A row gets at
// most one problem per column: the first.
function checkCell(
  problems: RosterProblem[] | null,
  check: CellCheck,
  cellRule: CellRule,
  field: string,
  value: string,
  rowNumber: number,
  column: string,
): RosterProblem[] | null {
  const issue = check(cellRule, value);
  if (issue === null) return problems;
  return addProblem(problems, rowNumber, column, messageFor(field, issue.code, rowNumber, column, value, issue.limit));
}

function addProblem(problems: RosterProblem[] | null, rowNumber: number, column: string, message: string): RosterProblem[] {
  const list = problems ?? [];
  if (!list.some((p) => p.column === column)) list.push({ row: rowNumber, column, severity: 'error', message });
  return list;
}

/** Validate rows against a compiled mapping: one outcome per row, in the same order. */
export function validateRowList(rows: readonly RosterRow[], mapping: CompiledMapping): RowValidation[] {
  return validateRowsWith(rows, mapping, false);
}

/**
 * `validateRowList`, or with `zodOnEveryCell` the same without any shortcut: every cell cleaned
 * in full and checked by zod (what the tests hold the shortcuts to). Rows are cleaned, checked
 * and turned into drafts one at a time, with no per-column copies; problems come in field
 * order, then custom columns, then the career stage.
 */
export function validateRowsWith(rows: readonly RosterRow[], mapping: CompiledMapping, zodOnEveryCell: boolean): RowValidation[] {
  const check: CellCheck = zodOnEveryCell ? zodCellIssue : cellIssue;
  const n = rows.length;
  const { single, lists, fieldColumn, headers } = mapping;
  const noteColumns = mapping.notes;
  const customColumns = mapping.custom;
  const customHeaders = customColumns.map((i) => headers[i] as string);
  const gridColumns = mapping.grid;
  const labelledNotes = new Set(noteColumns.map((i) => baseHeader(headers[i] as string).toLowerCase())).size > 1;
  // Headers for messages, worked out once rather than per problem.
  const col = (field: CleanedField): string => fieldColumn[field] ?? field;
  const nameColumn = fieldColumn.name ?? fieldColumn.firstName ?? fieldColumn.lastName ?? 'Name';
  const c = {
    firstName: col('firstName'),
    lastName: col('lastName'),
    email: col('email'),
    department: col('department'),
    jobTitle: col('jobTitle'),
    location: col('location'),
    manager: col('manager'),
    careerStage: col('careerStage'),
    offersText: col('offersText'),
    wantsText: col('wantsText'),
    knownWellText: col('knownWellText'),
    doNotPairText: col('doNotPairText'),
    preferredPartnerText: col('preferredPartnerText'),
    registeredWithText: col('registeredWithText'),
    optInText: col('optInText'),
    notes: col('notes'),
  };
  const careerColumn = fieldColumn.careerStage ?? 'Career stage';

  const out = new Array<RowValidation>(n);
  for (let r = 0; r < n; r++) {
    const row = rows[r] as RosterRow;
    const cells = row.cells;
    const rowNumber = row.rowNumber;

    const nameCell = line(cells, single.name);
    const firstCell = line(cells, single.firstName);
    const lastCell = line(cells, single.lastName);
    const name = nameCell !== '' ? nameCell : firstCell === '' ? lastCell : lastCell === '' ? firstCell : `${firstCell} ${lastCell}`;
    // The usual email cell is a plain address: nothing to clean, take out or ask zod about.
    const emailRaw = single.email === undefined ? '' : (cells[single.email] ?? '');
    const emailPlain = !zodOnEveryCell && plainEmailCell(emailRaw);
    const email = emailPlain ? emailRaw : emailFromCell(line(cells, single.email));
    const department = line(cells, single.department);
    const jobTitle = line(cells, single.jobTitle);
    const location = line(cells, single.location);
    const manager = line(cells, single.manager);
    const careerText = line(cells, single.careerStage);
    let offersText = joinedLines(cells, lists.offers);
    let wantsText = joinedLines(cells, lists.wants);
    if (gridColumns.length > 0) ({ offersText, wantsText } = withGridItems(cells, gridColumns, offersText, wantsText));
    const knownWellText = joinedLines(cells, lists.knownWell);
    const doNotPairText = joinedLines(cells, lists.doNotPair);
    const preferredPartnerText = line(cells, single.preferredPartner);
    const registeredWithText = line(cells, single.registeredWith);
    const optInText = line(cells, single.optIn);
    const notes = noteColumns.length === 0 ? '' : joinedNotes(cells, noteColumns, headers, labelledNotes);

    let problems: RosterProblem[] | null = null;
    problems = checkCell(problems, check, FIELD_RULES.name, 'name', name, rowNumber, nameColumn);
    problems = checkCell(problems, check, FIELD_RULES.firstName, 'firstName', firstCell, rowNumber, c.firstName);
    problems = checkCell(problems, check, FIELD_RULES.lastName, 'lastName', lastCell, rowNumber, c.lastName);
    if (!emailPlain) problems = checkCell(problems, check, FIELD_RULES.email, 'email', email, rowNumber, c.email);
    problems = checkCell(problems, check, FIELD_RULES.department, 'department', department, rowNumber, c.department);
    problems = checkCell(problems, check, FIELD_RULES.jobTitle, 'jobTitle', jobTitle, rowNumber, c.jobTitle);
    problems = checkCell(problems, check, FIELD_RULES.location, 'location', location, rowNumber, c.location);
    problems = checkCell(problems, check, FIELD_RULES.manager, 'manager', manager, rowNumber, c.manager);
    problems = checkCell(problems, check, FIELD_RULES.careerStage, 'careerStage', careerText, rowNumber, c.careerStage);
    problems = checkCell(problems, check, FIELD_RULES.offersText, 'offersText', offersText, rowNumber, c.offersText);
    problems = checkCell(problems, check, FIELD_RULES.wantsText, 'wantsText', wantsText, rowNumber, c.wantsText);
    problems = checkCell(problems, check, FIELD_RULES.knownWellText, 'knownWellText', knownWellText, rowNumber, c.knownWellText);
    problems = checkCell(problems, check, FIELD_RULES.doNotPairText, 'doNotPairText', doNotPairText, rowNumber, c.doNotPairText);
    problems = checkCell(problems, check, FIELD_RULES.preferredPartnerText, 'preferredPartnerText', preferredPartnerText, rowNumber, c.preferredPartnerText);
    problems = checkCell(problems, check, FIELD_RULES.registeredWithText, 'registeredWithText', registeredWithText, rowNumber, c.registeredWithText);
    problems = checkCell(problems, check, FIELD_RULES.notes, 'notes', notes, rowNumber, c.notes);
    const optIn = optInText === '' ? null : parseOptInCell(optInText);
    if (optIn === undefined) {
      problems = addProblem(
        problems,
        rowNumber,
        c.optInText,
        `Row ${rowNumber}, column "${c.optInText}": ${quoteForMessage(optInText)} is not an opt-in answer. Write yes, no, or the day they opted in (like 2027-09-14 or 14 Sep 2027), or leave the cell empty.`,
      );
    }

    const custom: Record<string, string> = {};
    for (let k = 0; k < customColumns.length; k++) {
      const v = line(cells, customColumns[k]);
      const header = customHeaders[k] as string;
      problems = checkCell(problems, check, CUSTOM_RULE, 'custom', v, rowNumber, header);
      if (v !== '') custom[header] = v;
    }

    const careerStage = parseCareerStage(careerText);
    if (careerStage === undefined) {
      problems = addProblem(
        problems,
        rowNumber,
        careerColumn,
        `Row ${rowNumber}, column "${careerColumn}": ${quoteForMessage(careerText)} is not a career stage Peer Mentor Desk understands. Write Early, Mid or Late (career), or leave the cell empty.`,
      );
    }
    if (problems !== null || careerStage === undefined || optIn === undefined) {
      out[r] = { rowNumber, ok: false, problems: problems ?? [] };
      continue;
    }
    let firstName = firstCell;
    let lastName = lastCell;
    const derivedParts = firstName === '' && lastName === '';
    if (derivedParts) ({ firstName, lastName } = splitName(name));
    out[r] = {
      rowNumber,
      ok: true,
      value: {
        rowNumber,
        email,
        emailKey: emailPlain ? plainEmailKey(email) : emailKey(email),
        name,
        firstName,
        lastName,
        derived: { name: nameCell === '', firstName: derivedParts, lastName: derivedParts },
        department,
        jobTitle,
        location,
        manager,
        careerStage,
        offersText,
        wantsText,
        offers: null,
        wants: null,
        knownWellText,
        doNotPairText,
        preferredPartnerText,
        registeredWithText,
        ...(optIn === null ? {} : { optIn }),
        notes,
        custom,
      },
    };
  }
  return out;
}

// Distinct answers remembered per grid question; free text beyond that is simply read again.
const MEANINGS_KEPT = 1000;

/** What a grid cell means under its group's rule; without a rule, what its labels say. */
export function gridCellMeaning(cell: string, rule: GridMapping | null): GridMeaning {
  if (rule !== null) return cellMeaning(cell, rule);
  const labels: Record<string, GridMeaning> = {};
  for (const label of splitChoices(cell)) labels[label] = guessChoiceMeaning(label);
  return cellMeaning(cell, { labels });
}

// The competency of each grid column whose cell offers or wants it, one per line after what the
// list columns say, so the usual competency matching reads it.
function withGridItems(
  cells: readonly string[],
  grid: CompiledMapping['grid'],
  offersText: string,
  wantsText: string,
): { offersText: string; wantsText: string } {
  const offers: string[] = offersText === '' ? [] : [offersText];
  const wants: string[] = wantsText === '' ? [] : [wantsText];
  for (const g of grid) {
    const raw = cells[g.column] ?? '';
    let meaning = g.meanings.get(raw);
    if (meaning === undefined) {
      meaning = gridCellMeaning(cleanLine(raw), g.rule);
      if (g.meanings.size < MEANINGS_KEPT) g.meanings.set(raw, meaning);
    }
    if (meaning === 'offers' || meaning === 'both') offers.push(g.item);
    if (meaning === 'wants' || meaning === 'both') wants.push(g.item);
  }
  return { offersText: offers.join('\n'), wantsText: wants.join('\n') };
}

// A plain address (see PLAIN_EMAIL) is ASCII without spaces: its key is it in lower case.
function plainEmailKey(email: string): string {
  return HAS_CAPITAL.test(email) ? email.toLowerCase() : email;
}
const HAS_CAPITAL = /[A-Z]/;

/** Validate one row against a compiled mapping. */
export function validateRow(row: RosterRow, mapping: CompiledMapping): RowValidation {
  return validateRowList([row], mapping)[0] as RowValidation;
}

/** Validate every row of a read with a mapping. */
export function validateRows(read: RosterRead, mapping: ColumnMapping): RowValidation[] {
  return validateRowList(read.rows, compileMapping(read.headers, mapping));
}
