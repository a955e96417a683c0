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
  'Why together': 60,
  Competencies: 30,
  'Competencies are': 22,
};

/** The .xlsx file of the plan, one sheet named "Pairing plan". */
export async function planExportXlsx(rows: readonly PlanExportRow[]): Promise<Uint8Array> {
  const header: Row = PLAN_EXPORT_HEADERS.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const }));
  const body: Row[] = rows.map((r) =>
    PLAN_EXPORT_HEADERS.map((h) => ({ value: r[h], type: String, wrap: true, alignVertical: 'top' as const })),
  );
  const blob = await writeXlsxFile([header, ...body], {
    sheet: 'Pairing plan',
    columns: PLAN_EXPORT_HEADERS.map((h) => ({ width: WIDTHS[h] })),
    stickyRowsCount: 1,
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
