/**
 * What the review step points out beyond row errors: how rows that share an email differ (so the
 * coordinator keeps the right one), people with the same name but different emails (one person
 * typed twice, or a new address for someone already on the roster), and cells that start like a
 * spreadsheet formula. Pure: drafts, rows and participants in, notes out.
 */
import type { Participant } from '../model';
import { CAREER_STAGE_LABELS } from '../model';
import type { DuplicateRows } from './merge-plan';
import type { RosterProblem, RosterRow } from './roster-types';
import type { CompiledMapping, ParticipantDraft } from './row-schema';
import { fold, quoteForMessage } from './text-normalise';

/** One field that is not the same on every row of a duplicate group: its value on each row. */
export interface DuplicateDifference {
  label: string;
  /** Same order as `DuplicateRows.rows`. */
  values: string[];
}

type DraftText = (d: ParticipantDraft) => string;

const COMPARED: readonly [string, DraftText][] = [
  ['Name', (d) => d.name],
  ['Department', (d) => d.department],
  ['Job title', (d) => d.jobTitle],
  ['Career stage', (d) => (d.careerStage === null ? '' : CAREER_STAGE_LABELS[d.careerStage])],
  ['Location', (d) => d.location],
  ['Manager', (d) => d.manager],
  ['Can offer', (d) => d.offersText.replace(/\n/g, '; ')],
  ['Wants to develop', (d) => d.wantsText.replace(/\n/g, '; ')],
  ['Knows well', (d) => d.knownWellText],
  ['Do not pair with', (d) => d.doNotPairText],
  ['Preferred partner', (d) => d.preferredPartnerText],
  ['Registered together with', (d) => d.registeredWithText],
  ['Notes', (d) => d.notes],
];

/**
 * Every field whose value differs between the rows of a duplicate group, the email as typed in
 * the file first (it differs in case or spacing more often than one thinks). `rawEmail` gives the
 * email cell of a row as the file has it. An empty list means the rows say the same.
 */
export function duplicateDifferences(
  group: DuplicateRows,
  drafts: ReadonlyMap<number, ParticipantDraft>,
  rawEmail: (row: number) => string,
): DuplicateDifference[] {
  const rows = group.rows.map((r) => drafts.get(r));
  const out: DuplicateDifference[] = [];
  const add = (label: string, values: string[]) => {
    if (new Set(values).size > 1) out.push({ label, values });
  };
  add('Email as typed', group.rows.map(rawEmail));
  for (const [label, read] of COMPARED) add(label, rows.map((d) => (d === undefined ? '' : read(d))));
  const customKeys = new Set(rows.flatMap((d) => (d === undefined ? [] : Object.keys(d.custom))));
  for (const key of customKeys) add(key, rows.map((d) => d?.custom[key] ?? ''));
  return out;
}

function listRows(rows: readonly number[]): string {
  if (rows.length === 1) return `Row ${rows[0]}`;
  return `Rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
}

/** People by their name as compared (case, accents and punctuation aside); nameless left out. */
function byFoldedName<T extends { name: string }>(people: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const p of people) {
    const key = fold(p.name);
    if (key === '') continue;
    const list = out.get(key);
    if (list === undefined) out.set(key, [p]);
    else list.push(p);
  }
  return out;
}

/**
 * People named alike with different emails: rows of the file among themselves, and people the
 * import would add who share a name with someone on the roster. Warnings: two people may well
 * share a name; the coordinator decides.
 */
export function sameNameNotes(
  drafts: readonly ParticipantDraft[],
  existing: readonly Participant[],
  addedKeys: ReadonlySet<string>,
): RosterProblem[] {
  const notes: RosterProblem[] = [];
  for (const list of byFoldedName(drafts).values()) {
    const emails = [...new Set(list.map((d) => d.emailKey))];
    if (emails.length < 2) continue;
    const first = list[0] as ParticipantDraft;
    notes.push({
      row: first.rowNumber,
      severity: 'warning',
      message: `${listRows(list.map((d) => d.rowNumber))} all name “${first.name}”, with different emails (${list.map((d) => d.email).join(', ')}). If it is one person, keep one row and leave the others out; if they are different people, nothing needs doing.`,
    });
  }
  const stored = byFoldedName(existing);
  for (const d of drafts) {
    if (!addedKeys.has(d.emailKey)) continue;
    const namesakes = stored.get(fold(d.name))?.filter((p) => p.emailKey !== d.emailKey) ?? [];
    if (namesakes.length === 0) continue;
    notes.push({
      row: d.rowNumber,
      severity: 'warning',
      message: `Row ${d.rowNumber}: “${d.name}” (${d.email}) would be added as a new person, but “${(namesakes[0] as Participant).name}” is already on the roster with ${namesakes.map((p) => p.email).join(', ')}. If it is the same person with a new address, change their email on the Participants screen first, then import; if they are different people, nothing needs doing.`,
    });
  }
  return notes;
}

// "+44 20 7946 0000", "-5", "(0)20 …": a phone number or a signed number.
const NUMBER_LIKE = /^[+-]?[\d\s().,/-]*\d[\d\s().,/-]*$/;
// "-", "--", "—", "+", "=": a placeholder for "nothing to say".
const PLACEHOLDER = /^[-+=–—_.\s]+$/;
// "- Python" or "+ mentoring": a bullet before plain words.
const BULLET = /^[-+]\s+\p{L}[\p{L}\p{N}\s,.'’&/-]*$/u;
// "@amelie.durand": a chat handle.
const HANDLE = /^@[\p{L}\p{N}._-]+$/u;

/**
 * True when a cell starts like a spreadsheet formula (=, +, -, @) and is not plainly something
 * else: a phone or signed number, a placeholder such as "-", a bullet before words, or a chat
 * handle. A cell our own export guarded with an apostrophe is not suspicious.
 */
export function looksLikeFormula(cell: string): boolean {
  const t = cell.trim();
  if (t === '') return false;
  const c = t.charAt(0);
  if (c !== '=' && c !== '+' && c !== '-' && c !== '@') return false;
  if (PLACEHOLDER.test(t)) return false;
  if (c === '=') return true;
  if (c === '@') return !HANDLE.test(t);
  return !(NUMBER_LIKE.test(t) || BULLET.test(t));
}

/** A cell that starts like a formula, where it is. */
export interface SuspiciousCell {
  row: number;
  /** 0-based column index. */
  column: number;
  header: string;
  value: string;
}

/** Cells of imported columns that start like a formula, row by row. */
export function suspiciousCells(rows: readonly RosterRow[], mapping: CompiledMapping, importedColumns: readonly number[]): SuspiciousCell[] {
  const out: SuspiciousCell[] = [];
  for (const row of rows) {
    for (const c of importedColumns) {
      const value = row.cells[c] ?? '';
      if (looksLikeFormula(value)) out.push({ row: row.rowNumber, column: c, header: mapping.headers[c] as string, value });
    }
  }
  return out;
}

/** The warning for one suspicious cell. */
export function suspiciousCellMessage(cell: SuspiciousCell): string {
  return `Row ${cell.row}, column "${cell.header}": ${quoteForMessage(cell.value)} starts like a spreadsheet formula. It is kept as plain text and never run, but check that it is what the person wrote: correct the cell or leave the row out.`;
}
