/**
 * Splits decoded roster text into records with papaparse. Line endings are normalised first, so
 * files with a mix of Windows (CRLF), old Mac (CR) and Unix (LF) endings are read as the
 * coordinator sees them in a spreadsheet: accepted, never reported. Each record keeps its row
 * number in the spreadsheet sense (one record is one row, even when a quoted cell spans lines).
 */
import Papa from 'papaparse';
import type { RosterProblem } from './roster-types';

/** Delimiters the detector chooses between, most distinctive first. */
export const DETECTABLE_DELIMITERS: readonly string[] = ['\t', ';', ','];

/** One parsed record: its 1-based row number and its raw cells. */
export interface ParsedRecord {
  rowNumber: number;
  cells: string[];
}

/** Records of a delimited file, or the problem that makes the file unreadable. */
export type DelimitedParse =
  | { ok: true; records: ParsedRecord[] }
  | { ok: false; problem: RosterProblem };

/** Replace CRLF and lone CR with LF. */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Count each candidate delimiter in the first non-blank line, ignoring anything inside quotes. */
function countInHeader(text: string): Map<string, number> {
  const counts = new Map<string, number>(DETECTABLE_DELIMITERS.map((d) => [d, 0]));
  const firstNonBlank = /[^\s]/.exec(text);
  if (firstNonBlank === null) return counts;
  let inQuotes = false;
  for (let i = text.lastIndexOf('\n', firstNonBlank.index) + 1; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') {
      inQuotes = !inQuotes;
    } else if (!inQuotes) {
      if (ch === '\n') break;
      const n = counts.get(ch);
      if (n !== undefined) counts.set(ch, n + 1);
    }
  }
  return counts;
}

/** How evenly a delimiter splits the first lines: the share of lines with the header's width. */
function consistency(text: string, delimiter: string): number {
  const preview = Papa.parse<string[]>(text, { delimiter, newline: '\n', preview: 20, skipEmptyLines: true });
  const rows = preview.data;
  const first = rows[0];
  if (!first || first.length < 2) return 0;
  let same = 0;
  for (const r of rows) if (r.length === first.length) same++;
  return same / rows.length;
}

/**
 * The delimiter of the header line (outside quotes): the candidate that occurs most; on a tie the
 * one that splits the first lines most evenly; comma when none occurs (a one-column file).
 */
export function detectDelimiter(text: string): string {
  // The header and the first lines are all it looks at.
  const normalised = normaliseLineEndings(text.slice(0, 65_536));
  const counts = countInHeader(normalised);
  let best = 0;
  for (const n of counts.values()) best = Math.max(best, n);
  if (best === 0) return ',';
  const tied = DETECTABLE_DELIMITERS.filter((d) => counts.get(d) === best);
  if (tied.length === 1) return tied[0] as string;
  let choice = tied[0] as string;
  let choiceScore = -1;
  for (const d of tied) {
    const score = consistency(normalised, d);
    if (score > choiceScore) {
      choice = d;
      choiceScore = score;
    }
  }
  return choice;
}

/** Describe a delimiter in words for messages. */
export function delimiterName(delimiter: string): string {
  if (delimiter === ',') return 'comma';
  if (delimiter === ';') return 'semicolon';
  if (delimiter === '\t') return 'tab';
  return `"${delimiter}"`;
}

/**
 * Parse text into records. Line breaks must be uniform (`newline`, LF by default): run
 * `normaliseLineEndings` first on mixed files. Unbalanced quotes make the file unreadable.
 */
export function parseDelimited(text: string, delimiter: string, newline: '\n' | '\r\n' = '\n'): DelimitedParse {
  const result = Papa.parse<string[]>(text, {
    delimiter,
    newline,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
  });
  for (const error of result.errors) {
    if (error.type !== 'Quotes') continue;
    const rowNumber = (error.row ?? 0) + 1;
    if (error.code === 'MissingQuotes') {
      return {
        ok: false,
        problem: {
          row: rowNumber,
          severity: 'error',
          message: `Row ${rowNumber}: a cell starts with a quote mark (") that is never closed, so the rest of the file ran into that one cell. Open the file, close or remove that quote mark in row ${rowNumber}, save and import again.`,
        },
      };
    }
    return {
      ok: false,
      problem: {
        row: rowNumber,
        severity: 'error',
        message: `Row ${rowNumber}: a quoted cell has text after its closing quote mark ("), so the rows after it cannot be told apart. In row ${rowNumber}, remove that quote mark or put the whole cell in quotes with any quote inside doubled (""), save and import again.`,
      },
    };
  }
  const records: ParsedRecord[] = new Array<ParsedRecord>(result.data.length);
  for (let i = 0; i < result.data.length; i++) {
    const cells = result.data[i] ?? [];
    if (newline === '\r\n') {
      // Line breaks inside quoted cells read as LF whatever the file uses between rows.
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c] as string;
        if (cell.includes('\r')) cells[c] = normaliseLineEndings(cell);
      }
    }
    records[i] = { rowNumber: i + 1, cells };
  }
  return { ok: true, records };
}
