/**
 * The pairing plan's table (`domain/pairing/plan-export`) as an Excel workbook, written with
 * write-excel-file's "universal" entry (runs the same in the browser and in Node's tests). Every
 * cell is a text cell, so nothing in it is ever run as a formula; lists inside a cell wrap one
 * item per line, the header row stays in view and is bold.
 */
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { PLAN_EXPORT_HEADERS, type PlanExportRow } from '../domain/pairing/plan-export';

const WIDTHS: Record<(typeof PLAN_EXPORT_HEADERS)[number], number> = {
  Team: 10,
  Status: 13,
  Members: 24,
  Departments: 20,
  Emails: 32,
  'Why together': 70,
  Competencies: 30,
  'Competencies are': 22,
};

/** Points per line of 11-point text: rows get their height from their longest cell. */
const LINE_HEIGHT = 15;

/**
 * Lines a wrapped cell takes in a column `width` characters wide (text in a proportional font fits
 * a few more characters than the width, which makes up for breaking at spaces). Spreadsheet programs do not all grow a row to its wrapped text when
 * opening a file, so the height is written.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** The .xlsx file of the plan, one sheet named "Pairing plan". */
export async function planExportXlsx(rows: readonly PlanExportRow[]): Promise<Uint8Array> {
  const header: Row = PLAN_EXPORT_HEADERS.map((h) => ({
    value: h,
    type: String,
    fontWeight: 'bold' as const,
  }));
  const body: Row[] = rows.map((r) => {
    const lines = Math.max(...PLAN_EXPORT_HEADERS.map((h) => wrappedLines(r[h], WIDTHS[h])));
    return PLAN_EXPORT_HEADERS.map((h) => ({
      value: r[h],
      type: String,
      wrap: true,
      alignVertical: 'top' as const,
      height: lines * LINE_HEIGHT,
    }));
  });
  const blob = await writeXlsxFile([header, ...body], {
    sheet: 'Pairing plan',
    columns: PLAN_EXPORT_HEADERS.map((h) => ({ width: WIDTHS[h] })),
    stickyRowsCount: 1,
    orientation: 'landscape',
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
