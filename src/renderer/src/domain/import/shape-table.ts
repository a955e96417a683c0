/**
 * Turns raw records (from a CSV or a worksheet) into a header row and data rows, and reports the
 * structural problems that make a roster unusable: nothing in it, a header row and nothing under
 * it, reserved headers, too many rows. Repeated headers are named apart (see `repeatedHeaderName`). Shared by the text and workbook readers so
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

const REPEATED_SUFFIX = / — column [A-Z]+(?: \(\d+\))?$/;

/** The name of a column whose header is also another column's: the header and its letter. */
export function repeatedHeaderName(header: string, index: number): string {
  return `${header} — column ${columnLetter(index)}`;
}

/** A header as the file has it: without the column letter added to a repeated header. */
export function baseHeader(header: string): string {
  return header.replace(REPEATED_SUFFIX, '');
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

  // Forms with sections ask a question twice, so two columns may share a header. Each of them is
  // named with its column letter as well ("Skills [Python] — column AL"); the mapping decides
  // which to use, and only refuses two of them on one single-column field.
  const byKey = new Map<string, number[]>();
  for (let c = 0; c < headers.length; c++) {
    const h = headers[c] as string;
    if (h === '') continue;
    const key = h.toLowerCase();
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [c]);
    else list.push(c);
  }
  const repeated = [...byKey.values()].filter((cols) => cols.length > 1);
  const seen = new Map<string, number>();
  for (const [key, cols] of byKey) if (cols.length === 1) seen.set(key, cols[0] as number);
  for (const cols of repeated) {
    for (const c of cols) {
      let name = repeatedHeaderName(headers[c] as string, c);
      for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${repeatedHeaderName(headers[c] as string, c)} (${k})`;
      seen.set(name.toLowerCase(), c);
      headers[c] = name;
    }
  }
  if (repeated.length > 0) {
    const listed = repeated
      .slice(0, 3)
      .map((cols) => `"${baseHeader(headers[cols[0] as number] as string)}" (columns ${cols.map(columnLetter).join(', ')})`)
      .join('; ');
    const more = repeated.length > 3 ? ` and ${repeated.length - 3} more` : '';
    problems.push({
      row: header.rowNumber,
      severity: 'warning',
      message: `Some columns share a header: ${listed}${more}. Forms with sections often repeat a question. Each is named with its column letter as well; on the Columns step, choose where each one goes (two of them cannot both go to a field that takes one column, such as Email).`,
    });
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
