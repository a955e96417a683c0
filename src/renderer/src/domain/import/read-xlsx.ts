/**
 * Reads an Excel workbook (.xlsx) into raw records, one per worksheet row, with every cell turned
 * into the text the coordinator sees in Excel: dates as `YYYY-MM-DD`, numbers without binary
 * noise (0.1 + 0.2 shows as 0.3), booleans as TRUE/FALSE. Uses read-excel-file's "universal"
 * entry, which takes an ArrayBuffer and runs the same in the browser and in Node (tests, bench).
 */
import readXlsxFile from 'read-excel-file/universal';
import type { RawRecord } from './shape-table';

/** One worksheet as raw records (row numbers as Excel shows them). */
export interface WorkbookSheet {
  name: string;
  records: RawRecord[];
}

/** The sheets of a workbook, or the reason it could not be opened. */
export type WorkbookRead = { ok: true; sheets: WorkbookSheet[] } | { ok: false; message: string };

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A date cell as text. Excel dates carry no time zone; the library hands them over as UTC
 * instants, so UTC getters give back the calendar day that was typed.
 */
export function formatExcelDate(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  // Serial day fractions carry binary noise (10:10 arrives as 10:09:59.999): round to the second.
  const date = new Date(Math.round(value.getTime() / 1000) * 1000);
  const day = `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return s === 0 ? `${day} ${pad2(h)}:${pad2(m)}` : `${day} ${pad2(h)}:${pad2(m)}:${pad2(s)}`;
}

/**
 * A number cell as text, the way Excel's General format shows it: at most 15 significant digits
 * (Excel's own precision), so binary noise like 0.30000000000000004 reads as 0.3.
 */
export function formatExcelNumber(raw: string): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw.trim();
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** A number cell as stored in the file, kept apart from text cells that look like numbers. */
class StoredNumber {
  constructor(readonly raw: string) {}
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (value instanceof StoredNumber) return formatExcelNumber(value.raw);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatExcelNumber(String(value));
  if (value instanceof Date) return formatExcelDate(value);
  return String(value);
}

function messageFor(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const code = (error as { code?: unknown } | null)?.code;
  if (name === 'InvalidInputError' && code === 'XLS_FILE_NOT_SUPPORTED') {
    return 'This is an old-style Excel workbook (.xls). Open it in Excel, choose File › Save As › Excel Workbook (.xlsx) or CSV UTF-8, and import that file.';
  }
  if (name === 'InvalidInputError' && code === 'NO_DATA') {
    return 'The file is empty. Choose the file that holds your roster.';
  }
  if (name === 'InvalidInputError') {
    return 'This file is named like an Excel workbook but is not one (or it is damaged). Open it in Excel and save it again as Excel Workbook (.xlsx) or CSV UTF-8, then import that file.';
  }
  return 'This Excel workbook could not be read: it may be damaged or protected with a password. Open it in Excel, save a copy as Excel Workbook (.xlsx) or CSV UTF-8, and import that copy.';
}

/** Read every sheet of a workbook. Never throws: an unreadable workbook gives a message. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  try {
    const sheets = await readXlsxFile(bytes.slice().buffer, {
      trim: false,
      // Keep the number exactly as stored; formatExcelNumber decides how it is shown.
      parseNumber: (raw: string) => new StoredNumber(raw),
    });
    return {
      ok: true,
      sheets: sheets.map((sheet) => ({
        name: sheet.sheet,
        records: sheet.data.map((row, i) => ({
          rowNumber: i + 1,
          cells: row.map(cellText),
        })),
      })),
    };
  } catch (error) {
    return { ok: false, message: messageFor(error) };
  }
}
