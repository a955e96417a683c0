/**
 * The shapes that travel between the roster import steps (read → map → validate → merge) and the
 * screens that show them. Plain data only, so every step can be tested and re-run freely.
 */

/**
 * Something the coordinator should know about the file. `error` stops the import until fixed;
 * `warning` is shown but does not block. Messages name the row, the column and the fix.
 */
export interface RosterProblem {
  /** 1-based spreadsheet row, when the problem belongs to one row. */
  row?: number;
  /** Header of the column (as in the file), when the problem belongs to one column. */
  column?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** One data row of the file, cells aligned with `RosterRead.headers`. */
export interface RosterRow {
  /** 1-based row number as a spreadsheet program shows it (header row is usually 1). */
  rowNumber: number;
  cells: string[];
}

/**
 * Everything read from one roster file. A file that cannot be read has no rows and at least one
 * problem with severity `error`.
 */
export interface RosterRead {
  fileName: string;
  format: 'csv' | 'xlsx';
  /**
   * WHATWG name of the encoding used (`utf-8`, `utf-16le`, `windows-1252`, …). Workbooks are XML
   * inside, always `utf-8`.
   */
  encoding: string;
  /** Delimiter used for text files; '' for workbooks. */
  delimiter: string;
  /** Column headers, trimmed; blank ones are named "Column N". */
  headers: string[];
  /** Row number of the header row (the first non-empty row). */
  headerRow: number;
  rows: RosterRow[];
  problems: RosterProblem[];
  /** Workbooks only: every sheet name, in workbook order. */
  sheets?: string[];
  /** Workbooks only: the sheet that was read. */
  sheet?: string;
}
