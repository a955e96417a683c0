/**
 * The one read step of a roster import, shared by the import screen and the tests: bytes and a
 * file name in, headers and rows out, or problems that say what is wrong and how to fix it. It
 * never throws and never changes anything; a file that cannot be read gives no rows and at least
 * one problem with severity `error`.
 *
 * Decisions worth knowing:
 * - Encoding: a byte-order mark wins (UTF-8, UTF-16LE/BE); otherwise strict UTF-8; otherwise
 *   Windows-1252. `options.encoding` overrides (any WHATWG label).
 * - Delimiter: comma, semicolon or tab, whichever occurs most in the header line outside quotes;
 *   `options.delimiter` overrides.
 * - Line endings: CRLF, CR and LF may be mixed; all are read as row breaks (accepted, not
 *   reported), because spreadsheet programs show such files normally.
 * - Row numbers are those a spreadsheet program shows: one record is one row even when a quoted
 *   cell spans lines; blank rows are skipped but still counted.
 */
import { decodeRosterLines } from './decode-bytes';
import { delimiterName, DETECTABLE_DELIMITERS, detectDelimiter, parseDelimited } from './parse-delimited';
import { readWorkbook } from './read-xlsx';
import type { RosterProblem, RosterRead } from './roster-types';
import { MAX_ROSTER_BYTES, shapeTable } from './shape-table';
import type { RawRecord } from './shape-table';
import { fileExtension, looksBinary, sniffBytes, TEXT_EXTENSIONS, WORKBOOK_EXTENSIONS } from './sniff-file';

export type { RosterProblem, RosterRead, RosterRow } from './roster-types';

/** Choices the coordinator can change after a first read. */
export interface ReadRosterOptions {
  /** WHATWG encoding label, e.g. `utf-8`, `windows-1252`, `utf-16le`. */
  encoding?: string;
  /** One character: `,`, `;`, a tab, or any other separator. */
  delimiter?: string;
  /** Workbooks only: name of the sheet to read. */
  sheet?: string;
}

function failed(base: RosterRead, message: string, extra: Partial<RosterProblem> = {}): RosterRead {
  return { ...base, headers: [], headerRow: 0, rows: [], problems: [{ severity: 'error', ...extra, message }] };
}

function megabytes(n: number): string {
  return `${(n / 1_000_000).toFixed(1)} MB`;
}

/** True when the first non-empty record looks like a header row: at least two filled cells. */
function hasHeaderRow(records: readonly RawRecord[]): boolean {
  for (const r of records) {
    let filled = 0;
    for (const c of r.cells) if (c.trim() !== '') filled++;
    if (filled > 0) return filled >= 2;
  }
  return false;
}

async function readWorkbookRoster(bytes: Uint8Array, base: RosterRead, sheetChoice: string | undefined): Promise<RosterRead> {
  const book = await readWorkbook(bytes);
  if (!book.ok) return failed(base, book.message);
  const names = book.sheets.map((s) => s.name);
  const withSheets: RosterRead = { ...base, sheets: names };
  if (book.sheets.length === 0) {
    return failed(withSheets, 'This workbook has no sheets. Open it in Excel, check that the roster is there, save and import again.');
  }
  let chosen = book.sheets[0];
  if (sheetChoice !== undefined && sheetChoice !== '') {
    const wanted = sheetChoice.trim().toLowerCase();
    chosen =
      book.sheets.find((s) => s.name === sheetChoice) ?? book.sheets.find((s) => s.name.trim().toLowerCase() === wanted);
    if (chosen === undefined) {
      return failed(
        withSheets,
        `This workbook has no sheet called "${sheetChoice}". Choose one of its sheets: ${names.map((n) => `"${n}"`).join(', ')}.`,
      );
    }
  } else {
    chosen = book.sheets.find((s) => hasHeaderRow(s.records)) ?? chosen;
  }
  const sheet = chosen as (typeof book.sheets)[number];
  const table = shapeTable(sheet.records, `The sheet "${sheet.name}"`);
  return { ...withSheets, sheet: sheet.name, ...table };
}

function readTextRoster(bytes: Uint8Array, base: RosterRead, options: ReadRosterOptions): RosterRead {
  // Decoded with every line break as LF already (CRLF, CR and LF may be mixed; a CRLF inside a
  // quoted cell reads as LF like any other line break in a cell).
  const decoded = decodeRosterLines(bytes, options.encoding);
  if (!decoded.ok) return failed(base, decoded.message);
  const withEncoding: RosterRead = { ...base, encoding: decoded.encoding };
  if (looksBinary(decoded.head)) {
    return failed(
      withEncoding,
      `This file does not look like a spreadsheet: it holds binary data, not text. Choose the roster saved as CSV (in Excel: File › Save As › CSV UTF-8) or as an Excel workbook (.xlsx).`,
    );
  }
  const text = decoded.text;
  let delimiter: string;
  if (options.delimiter !== undefined && options.delimiter !== '') {
    delimiter = options.delimiter;
    if ([...delimiter].length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      return failed(
        withEncoding,
        `"${delimiter}" cannot separate columns. Choose comma, semicolon or tab as the separator.`,
      );
    }
  } else {
    // Detection looks at the first 64K characters of the file: as decoded when its line breaks
    // were all alike, as rewritten when they were mixed.
    delimiter = detectDelimiter(decoded.uniformBreaks ? decoded.head : text);
  }
  const withDelimiter: RosterRead = { ...withEncoding, delimiter };
  const parsed = parseDelimited(text, delimiter);
  if (!parsed.ok) return { ...withDelimiter, problems: [parsed.problem] };
  const table = shapeTable(parsed.records, 'The file');
  const problems: RosterProblem[] = [];
  if (decoded.warning !== undefined) problems.push({ severity: 'warning', message: decoded.warning });
  if (table.headers.length === 1) {
    const header = table.headers[0] as string;
    const other = DETECTABLE_DELIMITERS.find((d) => d !== delimiter && header.includes(d));
    if (other !== undefined) {
      problems.push({
        row: table.headerRow,
        column: header,
        severity: 'warning',
        message: `Only one column was found, but the header row contains ${delimiterName(other)}s. Choose ${delimiterName(other)} as the separator.`,
      });
    }
  }
  return { ...withDelimiter, ...table, problems: [...problems, ...table.problems] };
}

/**
 * Read a roster file (CSV/TSV/"Unicode Text" or .xlsx) into headers and rows. Never throws.
 */
export async function readRoster(
  bytes: Uint8Array,
  fileName: string,
  options: ReadRosterOptions = {},
): Promise<RosterRead> {
  const ext = fileExtension(fileName);
  const kind = sniffBytes(bytes);
  const isWorkbook = kind === 'zip' && !TEXT_EXTENSIONS.includes(ext);
  const base: RosterRead = {
    fileName,
    format: isWorkbook ? 'xlsx' : 'csv',
    encoding: isWorkbook ? 'utf-8' : '',
    delimiter: '',
    headers: [],
    headerRow: 0,
    rows: [],
    problems: [],
  };
  try {
    if (bytes.length === 0) {
      return failed(base, 'The file is empty. Choose the file that holds your roster: one header row (for example Name, Email) and one row per participant.');
    }
    if (bytes.length > MAX_ROSTER_BYTES) {
      return failed(
        base,
        `The file is ${megabytes(bytes.length)}; a roster import takes at most ${megabytes(MAX_ROSTER_BYTES)}. Remove columns you do not need (photos, long answers) or split the roster into smaller files.`,
      );
    }
    if (kind === 'zip' && TEXT_EXTENSIONS.includes(ext)) {
      return failed(
        base,
        `This is an Excel workbook saved with a .${ext} name: its content is a workbook, not text. Rename the file so it ends in .xlsx and import it again, or open it in Excel and choose File › Save As › CSV UTF-8.`,
      );
    }
    if (kind === 'ole') {
      return failed(
        base,
        'This is an old-style Excel workbook (.xls) or another Office 97–2003 file. Open it in Excel, choose File › Save As › Excel Workbook (.xlsx) or CSV UTF-8, and import that file.',
      );
    }
    if (kind === 'pdf' || kind === 'image') {
      return failed(
        base,
        `This file is a ${kind === 'pdf' ? 'PDF document' : 'picture'}, not a spreadsheet. Choose the roster saved as CSV or as an Excel workbook (.xlsx).`,
      );
    }
    if (ext === 'ods' && kind === 'zip') {
      return failed(
        base,
        'This is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel, save it as Excel Workbook (.xlsx) or CSV, and import that file.',
      );
    }
    if (isWorkbook) return await readWorkbookRoster(bytes, base, options.sheet);
    const read = readTextRoster(bytes, base, options);
    if (WORKBOOK_EXTENSIONS.includes(ext) && read.rows.length > 0) {
      read.problems.unshift({
        severity: 'warning',
        message: `This file is named .${ext} but holds plain text, so it was read as CSV. If the columns look wrong, open it in Excel and save it again as Excel Workbook (.xlsx).`,
      });
    }
    return read;
  } catch {
    // Defensive: a library can still fail in a way nobody foresaw; the coordinator gets a message.
    return failed(
      base,
      'This file could not be read. Open it in Excel, save it as CSV UTF-8 or Excel Workbook (.xlsx), and import that file.',
    );
  }
}
