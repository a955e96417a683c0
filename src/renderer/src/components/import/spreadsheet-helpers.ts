/**
 * Pure pieces shared by the spreadsheet imports (the roster and check-in surveys): the reading
 * choices offered, file-size refusals, sample values for a mapping table, and the coordinator's
 * cell corrections laid over the rows read from the file (the file itself is never changed).
 */
import type { RosterRead, RosterRow } from '../../domain/import';

/** Encodings offered for text files (WHATWG names), with the words coordinators recognise. */
export const ENCODING_CHOICES: readonly { value: string; label: string }[] = [
  { value: 'utf-8', label: 'UTF-8 (Unicode)' },
  { value: 'windows-1252', label: 'Windows-1252 (Western Europe)' },
  { value: 'utf-16le', label: 'UTF-16 LE (Excel Unicode Text)' },
  { value: 'utf-16be', label: 'UTF-16 BE' },
  { value: 'windows-1250', label: 'Windows-1250 (Central Europe)' },
  { value: 'windows-1251', label: 'Windows-1251 (Cyrillic)' },
  { value: 'iso-8859-15', label: 'ISO-8859-15 (Latin-9)' },
  { value: 'macintosh', label: 'Mac Roman (older Mac Excel)' },
];

/** Short name of an encoding for "detected: …" texts. */
export function encodingName(encoding: string): string {
  const known: Record<string, string> = {
    'utf-8': 'UTF-8',
    'windows-1252': 'Windows-1252',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    'windows-1250': 'Windows-1250',
    'windows-1251': 'Windows-1251',
    'iso-8859-15': 'ISO-8859-15',
    macintosh: 'Mac Roman',
  };
  return known[encoding] ?? encoding;
}

/** Column separators offered; '' lets the reader detect it. */
export const DELIMITER_CHOICES: readonly { value: string; label: string }[] = [
  { value: '', label: 'Detect' },
  { value: ',', label: 'Comma' },
  { value: ';', label: 'Semicolon' },
  { value: '\t', label: 'Tab' },
];

/** Name of a separator in words. */
export function delimiterLabel(delimiter: string): string {
  if (delimiter === ',') return 'comma';
  if (delimiter === ';') return 'semicolon';
  if (delimiter === '\t') return 'tab';
  if (delimiter === '|') return 'vertical bar';
  return `"${delimiter}"`;
}

/** File types the picker offers for spreadsheets (rosters, survey exports). */
export const SPREADSHEET_FILE_FILTERS = [
  { name: 'Spreadsheets (CSV, text, Excel)', extensions: ['csv', 'txt', 'tsv', 'xlsx'] },
];

/** "2.4 MB", "830 KB", "120 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} MB`;
  if (n >= 1_000) return `${Math.round(n / 1_000)} KB`;
  return `${n} ${n === 1 ? 'byte' : 'bytes'}`;
}

/** The refusal for a file over the size limit; `what` names the file's kind ("roster"). */
export function tooLargeMessage(name: string, sizeBytes: number, maxBytes: number, what = 'roster'): string {
  return (
    `"${name}" is ${formatBytes(sizeBytes)}; a ${what} import takes at most ${formatBytes(maxBytes)}. ` +
    `Remove columns you do not need (photos, long answers) or split the ${what} into smaller files.`
  );
}

const SAMPLE_MAX_CHARS = 60;

/** Up to `max` different non-empty values of one column, from the first rows, shortened for display. */
export function sampleValues(rows: readonly RosterRow[], column: number, max = 3): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const value = (row.cells[column] ?? '').replace(/\s+/g, ' ').trim();
    if (value === '') continue;
    const shown =
      value.length > SAMPLE_MAX_CHARS ? `${value.slice(0, SAMPLE_MAX_CHARS - 1)}…` : value;
    if (!out.includes(shown)) out.push(shown);
    if (out.length >= max) break;
  }
  return out;
}

/** The coordinator's corrections: row number → column index → new cell text. */
export type CellEdits = Readonly<Record<number, Readonly<Record<number, string>>>>;

/** Set one cell; setting it back to the file's value removes the correction. */
export function setCellEdit(
  edits: CellEdits,
  row: RosterRow,
  column: number,
  value: string,
): CellEdits {
  const forRow = { ...(edits[row.rowNumber] ?? {}) };
  if (value === (row.cells[column] ?? '')) delete forRow[column];
  else forRow[column] = value;
  const next = { ...edits };
  if (Object.keys(forRow).length === 0) delete next[row.rowNumber];
  else next[row.rowNumber] = forRow;
  return next;
}

/** The read with corrections laid over its rows (the read itself is left untouched). */
export function applyCellEdits(read: RosterRead, edits: CellEdits): RosterRead {
  if (Object.keys(edits).length === 0) return read;
  const rows = read.rows.map((row) => {
    const forRow = edits[row.rowNumber];
    if (forRow === undefined) return row;
    const cells = [...row.cells];
    for (const [column, value] of Object.entries(forRow)) {
      const c = Number(column);
      while (cells.length <= c) cells.push('');
      cells[c] = value;
    }
    return { rowNumber: row.rowNumber, cells };
  });
  return { ...read, rows };
}

/** Every correction as a list, in row and column order. */
export function listCellEdits(edits: CellEdits): { row: number; column: number; value: string }[] {
  const out: { row: number; column: number; value: string }[] = [];
  for (const [row, forRow] of Object.entries(edits)) {
    for (const [column, value] of Object.entries(forRow))
      out.push({ row: Number(row), column: Number(column), value });
  }
  return out.sort((a, b) => a.row - b.row || a.column - b.column);
}
