/**
 * Turns raw records (from a CSV or a worksheet) into a header row and data rows, and reports the
 * structural problems that make a roster unusable: nothing in it, a header row and nothing under
 * it, duplicate or reserved headers, too many rows. Shared by the text and workbook readers so
 * both say the same thing about the same mistake.
 */
import type { RosterProblem, RosterRow } from './roster-types';
import { cleanLine } from './text-normalise';

/** Largest roster file accepted, in bytes. Matches the default size limit of the file dialog. */
export const MAX_ROSTER_BYTES = 5_000_000;

/** Most data rows accepted in one import. */
export const MAX_ROSTER_ROWS = 10_000;

/**
 * Header names that would break plain JavaScript objects if used as keys (custom fields are kept
 * under their header name), so they are refused outright.
 */
export const RESERVED_HEADERS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** Raw record before shaping. */
export interface RawRecord {
  rowNumber: number;
  cells: string[];
}

/** Header and rows, or the reasons there are none. */
export interface ShapedTable {
  headers: string[];
  headerRow: number;
  rows: RosterRow[];
  problems: RosterProblem[];
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function lastFilledIndex(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i] as string;
    if (c !== '' && c.trim() !== '') return i;
  }
  return -1;
}

function fatal(problem: RosterProblem): ShapedTable {
  return { headers: [], headerRow: 0, rows: [], problems: [problem] };
}

/** Longest list of rows named one by one in a message before it says "and N more". */
const LISTED_ROWS = 10;

/**
 * Shape records into a table. `where` names the source in messages ("The file", "The sheet
 * "Roster""). The header row is the first non-empty record; blank records are skipped but their
 * row numbers stay counted.
 */
export function shapeTable(records: readonly RawRecord[], where: string): ShapedTable {
  // Last filled cell of each record (-1 when blank), computed once: it decides blank rows, the
  // table width and the overflow warnings.
  const lastFilled = records.map((r) => lastFilledIndex(r.cells));
  const headerIndex = lastFilled.findIndex((last) => last !== -1);
  if (headerIndex === -1) {
    return fatal({
      severity: 'error',
      message: `${where} is empty. Choose the file that holds your roster: one header row (for example Name, Email) and one row per participant.`,
    });
  }
  const header = records[headerIndex] as RawRecord;
  const dataRecords: RawRecord[] = [];
  const dataLast: number[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const last = lastFilled[i] as number;
    if (last !== -1) {
      dataRecords.push(records[i] as RawRecord);
      dataLast.push(last);
    }
  }
  if (dataRecords.length === 0) {
    return fatal({
      row: header.rowNumber,
      severity: 'error',
      message: `${where} has a header row (row ${header.rowNumber}) but no participants under it. Add one row per participant below the header row, save and import again.`,
    });
  }
  if (dataRecords.length > MAX_ROSTER_ROWS) {
    return fatal({
      severity: 'error',
      message: `${where} has ${dataRecords.length.toLocaleString('en')} rows of participants; one import takes at most ${MAX_ROSTER_ROWS.toLocaleString('en')}. Split the roster into smaller files and import them one after the other.`,
    });
  }

  const headerWidth = (lastFilled[headerIndex] as number) + 1;
  let width = headerWidth;
  for (const last of dataLast) if (last + 1 > width) width = last + 1;

  const problems: RosterProblem[] = [];
  const headers: string[] = [];
  const blankHeaderColumns: number[] = [];
  for (let c = 0; c < width; c++) {
    const text = cleanLine(header.cells[c] ?? '');
    if (text === '') {
      blankHeaderColumns.push(c);
      headers.push('');
    } else {
      headers.push(text);
    }
  }

  const reserved = headers
    .map((h, c) => ({ h, c }))
    .filter(({ h }) => RESERVED_HEADERS.includes(h.toLowerCase()));
  if (reserved.length > 0) {
    const { h, c } = reserved[0] as { h: string; c: number };
    return fatal({
      row: header.rowNumber,
      column: h,
      severity: 'error',
      message: `Column ${columnLetter(c)} is headed "${h}", a name Peer Mentor Desk cannot store. Rename that header in row ${header.rowNumber} (for example "${h.replace(/_/g, '')} info"), save and import again.`,
    });
  }

  const seen = new Map<string, number>();
  for (let c = 0; c < headers.length; c++) {
    const h = headers[c] as string;
    if (h === '') continue;
    const key = h.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      return fatal({
        row: header.rowNumber,
        column: h,
        severity: 'error',
        message: `Columns ${columnLetter(first)} and ${columnLetter(c)} are both headed "${h}", so their answers cannot be told apart. Rename one of them in row ${header.rowNumber} (for example "${h} 2"), save and import again.`,
      });
    }
    seen.set(key, c);
  }

  for (const c of blankHeaderColumns) {
    let name = `Column ${c + 1}`;
    // A real header may already be called "Column 4": keep names unique.
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `Column ${c + 1} (${k})`;
    seen.set(name.toLowerCase(), c);
    headers[c] = name;
    if (c < headerWidth) {
      problems.push({
        row: header.rowNumber,
        column: name,
        severity: 'warning',
        message: `Column ${columnLetter(c)} has no header, so it is called "${name}" here. To give it a clearer name, type a header in row ${header.rowNumber} of the file.`,
      });
    }
  }

  const rows: RosterRow[] = new Array<RosterRow>(dataRecords.length);
  const overflowRows: number[] = [];
  for (let i = 0; i < dataRecords.length; i++) {
    const r = dataRecords[i] as RawRecord;
    let cells = r.cells;
    if (cells.length !== width) {
      cells = cells.slice(0, width);
      while (cells.length < width) cells.push('');
    }
    if ((dataLast[i] as number) >= headerWidth) overflowRows.push(r.rowNumber);
    // Records already of the right width are rows as they are (records are ours, fresh from the
    // parser): no copy for the usual case.
    rows[i] = cells === r.cells ? r : { rowNumber: r.rowNumber, cells };
  }
  if (overflowRows.length > 0) {
    const listed = overflowRows.slice(0, LISTED_ROWS).join(', ');
    const more = overflowRows.length > LISTED_ROWS ? ` and ${overflowRows.length - LISTED_ROWS} more` : '';
    const firstExtra = columnLetter(headerWidth);
    problems.push({
      ...(overflowRows.length === 1 ? { row: overflowRows[0] as number } : {}),
      column: headers[headerWidth] as string,
      severity: 'warning',
      message: `Row${overflowRows.length === 1 ? '' : 's'} ${listed}${more} ha${overflowRows.length === 1 ? 's' : 've'} values to the right of the last header (from column ${firstExtra} on). Often a separator inside a cell that is not in quotes shifted them; check those rows, or give the column a header in row ${header.rowNumber}.`,
    });
  }

  return { headers, headerRow: header.rowNumber, rows, problems };
}
