/**
 * Which participant field each roster column fills. The app suggests a mapping from the headers
 * (plain-language form questions included), the coordinator adjusts it, and it is remembered under
 * a signature of the headers so the next import of the same spreadsheet maps itself.
 */
import type { GridMapping } from './grid-questions';
import { columnCells, defaultGridMapping, defaultGridTarget, findGridGroups, gridAnswers, guessChoiceMeaning } from './grid-questions';
import { baseHeader } from './shape-table';
import { fold } from './text-normalise';

/** Where a column's values go. `custom` keeps them under the header name; `ignore` drops them. */
export type MappingTarget =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'department'
  | 'jobTitle'
  | 'careerStage'
  | 'location'
  | 'manager'
  | 'offers'
  | 'wants'
  | 'knownWell'
  | 'doNotPair'
  | 'preferredPartner'
  | 'registeredWith'
  | 'optIn'
  | 'notes'
  | 'grid'
  | 'custom'
  | 'ignore';

/** Every target, in the order a mapping screen lists them. */
export const MAPPING_TARGETS: readonly MappingTarget[] = [
  'name',
  'firstName',
  'lastName',
  'email',
  'department',
  'jobTitle',
  'careerStage',
  'location',
  'manager',
  'offers',
  'wants',
  'knownWell',
  'doNotPair',
  'preferredPartner',
  'registeredWith',
  'optIn',
  'notes',
  'grid',
  'custom',
  'ignore',
];

/** Labels for the mapping screen and for messages. */
export const MAPPING_TARGET_LABELS: Record<MappingTarget, string> = {
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  department: 'Department',
  jobTitle: 'Job title',
  careerStage: 'Career stage',
  location: 'Location',
  manager: 'Manager',
  offers: 'Can offer (competencies)',
  wants: 'Wants to develop (competencies)',
  knownWell: 'Knows well (people)',
  doNotPair: 'Do not pair with (people)',
  preferredPartner: 'Preferred partner',
  registeredWith: 'Registered together with',
  optIn: 'Opted in (yes / no / day)',
  notes: 'Notes',
  grid: 'Grid question (competencies)',
  custom: 'Custom field (kept as is)',
  ignore: 'Ignore',
};

/**
 * Targets that may be fed by several columns: lists are concatenated (e.g. one "can offer"
 * question per competency category in a form), notes are joined, custom fields keep their own
 * header. Every other target takes at most one column.
 */
export const MULTI_COLUMN_TARGETS: readonly MappingTarget[] = ['offers', 'wants', 'knownWell', 'doNotPair', 'notes', 'grid', 'custom', 'ignore'];

/** One column's assignment. */
export interface ColumnAssignment {
  header: string;
  target: MappingTarget;
}

/** A mapping for one header row: `columns[i]` belongs to `headers[i]`. */
export interface ColumnMapping {
  /** `headerSignature(headers)` of the header row this mapping was made for. */
  signature: string;
  columns: ColumnAssignment[];
  /**
   * How each grid question (a group of `Question [Item]` columns set to `grid`) is imported, by
   * the group's first column. A group without one reads its cells by what their labels say.
   */
  grids?: GridMapping[];
}

/** A reason a mapping cannot be used yet. */
export interface MappingProblem {
  /** The header concerned, when one column is at fault. */
  column?: string;
  target?: MappingTarget;
  message: string;
}

function headerKey(header: string): string {
  return header.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

// 32-bit FNV-1a over UTF-16 code units, with a chosen offset basis.
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A stable key for a header row: the same headers (ignoring case, surrounding spaces and Unicode
 * composition) in the same order always give the same signature; anything else almost surely a
 * different one.
 */
export function headerSignature(headers: readonly string[]): string {
  // Unit separator between headers so ["a b", "c"] and ["a", "b c"] differ.
  const text = headers.map(headerKey).join('\u001f');
  const a = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(text, 0x050c5d1f).toString(16).padStart(8, '0');
  return `v1:${headers.length}:${a}${b}`;
}

interface Rule {
  target: MappingTarget;
  test: (folded: string) => boolean;
}

const has = (folded: string, phrase: string): boolean => ` ${folded} `.includes(` ${phrase} `);
const anyOf = (folded: string, phrases: readonly string[]): boolean => phrases.some((p) => has(folded, p));

// Checked in order; the first rule that fits wins. Relationship and "whose email" rules come
// before the plain email and name rules, so "Manager's email" is a manager, not the email column.
const RULES: readonly Rule[] = [
  {
    target: 'ignore',
    test: (f) =>
      anyOf(f, ['timestamp', 'time stamp', 'submitted at', 'submission date', 'start time', 'completion time', 'last modified time', 'response id', 'respondent id']) ||
      f === 'id' || f === 'no' || f === '#',
  },
  { target: 'doNotPair', test: (f) => anyOf(f, ['do not pair', 'dont pair', 'not be paired', 'not paired with', 'avoid', 'conflict of interest']) },
  {
    target: 'registeredWith',
    test: (f) => anyOf(f, ['registered with', 'registering with', 'registered together', 'register together', 'signed up with', 'signing up with', 'sign up together', 'applied together', 'applying together']),
  },
  {
    target: 'optIn',
    test: (f) => anyOf(f, ['opted in', 'opt in', 'opted', 'optin', 'opt', 'trial period', 'commit to the trial', 'committed']),
  },
  {
    target: 'preferredPartner',
    test: (f) => anyOf(f, ['preferred partner', 'preferred buddy', 'preferred mentor', 'preferred peer', 'partner', 'paired with', 'pair me with', 'buddy']),
  },
  {
    target: 'knownWell',
    test: (f) => anyOf(f, ['know well', 'knows well', 'known well', 'already know', 'already knows', 'work closely', 'worked closely', 'colleagues you know', 'people you know']),
  },
  { target: 'manager', test: (f) => anyOf(f, ['manager', 'line manager', 'supervisor', 'reports to', 'reporting to', 'boss', 'team leader']) && !anyOf(f, ['job title', 'position', 'role']) },
  {
    target: 'wants',
    test: (f) =>
      anyOf(f, ['want', 'wants', 'develop', 'improve', 'learn', 'grow', 'growth', 'would like help', 'need help', 'needs', 'areas to develop', 'development areas', 'development goals', 'goals', 'seeking', 'mentee']) &&
      !anyOf(f, ['email', 'e mail', 'name', 'department']),
  },
  {
    target: 'offers',
    test: (f) =>
      anyOf(f, ['offer', 'offers', 'can help', 'could help', 'help a colleague', 'help others', 'share', 'strengths', 'strength', 'can teach', 'could teach', 'expertise', 'skills', 'competencies', 'mentor others', 'good at']) &&
      !anyOf(f, ['email', 'e mail', 'name', 'department']),
  },
  { target: 'email', test: (f) => anyOf(f, ['email', 'e mail', 'mail', 'email address', 'e mail address', 'username', 'courriel']) },
  { target: 'firstName', test: (f) => anyOf(f, ['first name', 'firstname', 'given name', 'given names', 'forename', 'forenames', 'prenom', 'vorname']) },
  { target: 'lastName', test: (f) => anyOf(f, ['last name', 'lastname', 'surname', 'family name', 'nom de famille', 'nachname', 'apellido', 'apellidos']) },
  // Counts, dates, identifiers and phone numbers are kept as they are, whatever else they mention
  // ("Years in role", "Employee ID", "Date joined").
  {
    target: 'custom',
    test: (f) => anyOf(f, ['years', 'how long', 'how many', 'date', 'joined', 'id', 'number', 'phone', 'mobile', 'tel', 'extension', 'fte', 'hours']),
  },
  { target: 'department', test: (f) => anyOf(f, ['department', 'dept', 'division', 'business unit', 'unit', 'team', 'faculty', 'directorate', 'service', 'function', 'group']) },
  { target: 'jobTitle', test: (f) => anyOf(f, ['job title', 'title', 'role', 'position', 'job', 'occupation', 'grade']) },
  { target: 'careerStage', test: (f) => anyOf(f, ['career stage', 'career', 'stage', 'seniority', 'experience level', 'level']) },
  { target: 'location', test: (f) => anyOf(f, ['location', 'site', 'office', 'campus', 'city', 'building', 'country', 'region', 'based', 'where do you work', 'work location']) },
  { target: 'name', test: (f) => anyOf(f, ['name', 'full name', 'your name', 'participant', 'employee', 'person', 'colleague', 'staff member', 'nom', 'nombre']) },
  { target: 'notes', test: (f) => anyOf(f, ['notes', 'note', 'comments', 'comment', 'remarks', 'anything else', 'other information', 'additional information', 'anything we should know']) },
];

const NAME_WORDS = ['name', 'full name', 'your name', 'nom', 'nombre'];
const EMAIL_WORDS = ['email', 'e mail', 'mail', 'courriel'];

function firstAt(folded: string, phrases: readonly string[]): number {
  let best = -1;
  for (const p of phrases) {
    const at = ` ${folded} `.indexOf(` ${p} `);
    if (at !== -1 && (best === -1 || at < best)) best = at;
  }
  return best;
}

// "Your name (as in your email signature)" is about the name: a header that speaks of a name
// before it speaks of email is a name, whatever the email rule would say.
function nameBeforeEmail(folded: string): boolean {
  if (anyOf(folded, ['username', 'user name', 'first name', 'last name', 'given name', 'family name', 'surname'])) return false;
  const name = firstAt(folded, NAME_WORDS);
  const email = firstAt(folded, EMAIL_WORDS);
  return name !== -1 && email !== -1 && name < email;
}

/** The target a header suggests on its own, before one-column-per-target is enforced. */
export function suggestTarget(header: string): MappingTarget {
  const folded = fold(header);
  if (folded === '') return 'custom';
  for (const rule of RULES) {
    if (!rule.test(folded)) continue;
    if (rule.target === 'email' && nameBeforeEmail(folded)) return 'name';
    return rule.target;
  }
  return 'custom';
}

/** Rows to look at when suggesting: the first ones are enough to see what a column holds. */
const SAMPLE_ROWS = 200;

// A count ("How many mentees would you like?" → 3) is kept as it is, not read as competencies.
const SMALL_NUMBER = /^\s*[-+]?\d{1,4}(?:[.,]\d+)?\s*$/;

function filledSamples(rows: readonly { cells: readonly string[] }[], index: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < rows.length && r < SAMPLE_ROWS; r++) {
    const v = (rows[r] as { cells: readonly string[] }).cells[index] ?? '';
    if (v.trim() !== '') out.push(v.trim());
  }
  return out;
}

// Microsoft Forms puts ID, Start time, Completion time, Email, Name (and Last modified time)
// before the questions; its Email and Name are the account of whoever answered ("anonymous"
// or empty when the form does not ask people to sign in). Their positions in that leading block.
const MICROSOFT_FORMS_COLUMNS = ['id', 'start time', 'completion time', 'email', 'name', 'last modified time'];

/** Columns of a Microsoft Forms export that hold the account of whoever answered (Email, Name). */
export function microsoftFormsAccountColumns(headers: readonly string[]): Set<number> {
  return microsoftAccountColumns(headers.map((h) => fold(baseHeader(h))));
}

function microsoftAccountColumns(folded: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (!(folded.includes('start time') && folded.includes('completion time'))) return out;
  for (let i = 0; i < folded.length && MICROSOFT_FORMS_COLUMNS.includes(folded[i] as string); i++) {
    if (folded[i] === 'email' || folded[i] === 'name') out.add(i);
  }
  return out;
}

function unusableAccount(values: readonly string[]): boolean {
  return values.every((v) => fold(v) === 'anonymous');
}

/** The targets a grid question's columns start with: `grid` when it is about competencies. */
function gridSuggestions(headers: readonly string[], rows: readonly { cells: readonly string[] }[]): { columns: Map<number, MappingTarget>; grids: GridMapping[] } {
  const columns = new Map<number, MappingTarget>();
  const grids: GridMapping[] = [];
  for (const group of findGridGroups(headers)) {
    const answers = gridAnswers(columnCells(rows.slice(0, SAMPLE_ROWS), group.columns));
    const byQuestion = suggestTarget(group.question);
    const byLabels = defaultGridTarget(answers.kind, answers.labels, group.question);
    const labelsSpeak = answers.kind !== 'choice' || answers.labels.some((l) => guessChoiceMeaning(l) !== 'none');
    // A grid about something else (availability, satisfaction) keeps one column per row.
    if (!(byQuestion === 'offers' || byQuestion === 'wants' || labelsSpeak)) continue;
    const target = answers.kind === 'choice' && !labelsSpeak && (byQuestion === 'offers' || byQuestion === 'wants') ? byQuestion : byLabels;
    grids.push(defaultGridMapping(group, answers, target));
    for (const c of group.columns) columns.set(c, 'grid');
  }
  return { columns, grids };
}

/**
 * Suggest a target for every column. A single-column target goes to the first column that asks
 * for it; later ones become custom fields (nothing is dropped unless it is clearly form metadata
 * such as a timestamp). With rows, what the columns hold counts too: grid questions about
 * competencies become groups, a column of numbers is never a list of competencies, and a
 * Microsoft Forms account column gives way to a question that asks for the same thing.
 */
export function suggestMapping(headers: readonly string[], rows: readonly { cells: readonly string[] }[] = []): ColumnMapping {
  const folded = headers.map((h) => fold(baseHeader(h)));
  const account = microsoftAccountColumns(folded);
  const grid = gridSuggestions(headers, rows);
  const metadata = (i: number): boolean => account.has(i);
  const wanted = headers.map((header, i): MappingTarget => {
    const fromGrid = grid.columns.get(i);
    if (fromGrid !== undefined) return fromGrid;
    let target = suggestTarget(baseHeader(header));
    if (rows.length === 0) return target;
    const values = filledSamples(rows, i);
    if ((target === 'offers' || target === 'wants') && values.length > 0 && values.every((v) => SMALL_NUMBER.test(v))) target = 'custom';
    if (metadata(i) && unusableAccount(values)) target = 'ignore';
    return target;
  });
  // Questions first, account columns last: a single target goes to the first that asks for it.
  const order = headers.map((_h, i) => i).sort((a, b) => Number(metadata(a)) - Number(metadata(b)) || a - b);
  const taken = new Set<MappingTarget>();
  const targets = [...wanted];
  for (const i of order) {
    const target = wanted[i] as MappingTarget;
    if (MULTI_COLUMN_TARGETS.includes(target)) continue;
    if (taken.has(target)) targets[i] = metadata(i) ? 'ignore' : 'custom';
    else taken.add(target);
  }
  return {
    signature: headerSignature(headers),
    columns: headers.map((header, i) => ({ header, target: targets[i] as MappingTarget })),
    ...(grid.grids.length > 0 ? { grids: grid.grids } : {}),
  };
}

/**
 * The mapping to start from for these headers: the remembered one when its signature matches
 * (the same spreadsheet layout as last time), otherwise a fresh suggestion (from the rows too,
 * when given).
 */
export function mappingForHeaders(
  headers: readonly string[],
  remembered: readonly ColumnMapping[] = [],
  rows: readonly { cells: readonly string[] }[] = [],
): ColumnMapping {
  const signature = headerSignature(headers);
  const saved = remembered.find((m) => m.signature === signature && m.columns.length === headers.length);
  if (saved === undefined) return suggestMapping(headers, rows);
  // Keep the file's spelling of each header; the remembered target decides where it goes.
  return {
    signature,
    columns: headers.map((header, i) => ({ header, target: (saved.columns[i] as ColumnAssignment).target })),
    ...(saved.grids !== undefined && saved.grids.length > 0 ? { grids: saved.grids } : {}),
  };
}

/**
 * Check a mapping before rows are validated: it must belong to these headers, use each
 * single-column target once, and give both a name (or first + last name) and an email.
 */
export function validateMapping(mapping: ColumnMapping, headers?: readonly string[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (headers !== undefined && (mapping.signature !== headerSignature(headers) || mapping.columns.length !== headers.length)) {
    problems.push({
      message: 'This column mapping was made for a file with different headers. Review the mapping for this file before importing.',
    });
  }
  const byTarget = new Map<MappingTarget, string[]>();
  for (const c of mapping.columns) {
    const list = byTarget.get(c.target) ?? [];
    list.push(c.header);
    byTarget.set(c.target, list);
  }
  for (const [target, columns] of byTarget) {
    if (MULTI_COLUMN_TARGETS.includes(target) || columns.length < 2) continue;
    const label = MAPPING_TARGET_LABELS[target];
    problems.push({
      target,
      column: columns[1] as string,
      message: `${columns.map((c) => `"${c}"`).join(' and ')} are all set to ${label}, which takes one column. Keep ${label} on one of them and set the other${columns.length > 2 ? 's' : ''} to Custom field or Ignore.`,
    });
  }
  const gridColumns = new Set(findGridGroups(headers ?? mapping.columns.map((c) => c.header)).flatMap((g) => g.columns));
  mapping.columns.forEach((c, i) => {
    if (c.target === 'grid' && !gridColumns.has(i)) {
      problems.push({
        target: 'grid',
        column: c.header,
        message: `"${c.header}" is set to Grid question, but it is not one of a group of columns headed "Question [Item]". Set it to Can offer, Wants to develop, Custom field or Ignore.`,
      });
    }
  });
  const hasName = byTarget.has('name');
  const hasFirst = byTarget.has('firstName');
  const hasLast = byTarget.has('lastName');
  if (!hasName && !(hasFirst && hasLast)) {
    const missing = hasFirst ? 'Last name' : hasLast ? 'First name' : 'Name';
    problems.push({
      target: hasFirst ? 'lastName' : hasLast ? 'firstName' : 'name',
      message:
        missing === 'Name'
          ? 'No column is set to Name. Set the column that holds people’s names to Name (or two columns to First name and Last name).'
          : `A column is set to ${hasFirst ? 'First name' : 'Last name'} but none to ${missing}. Set the matching column to ${missing}, or use one Name column instead.`,
    });
  }
  if (!byTarget.has('email')) {
    problems.push({
      target: 'email',
      message: 'No column is set to Email. Email addresses are how Peer Mentor Desk recognises people on the next import: set the column that holds them to Email.',
    });
  }
  return problems;
}
