/**
 * Small pure pieces of the roster import screen: rows left out, row lists and problem texts in
 * words, catalog names for typed competencies. The reading choices, sample values and cell
 * corrections it shares with the check-in survey import live in components/import and are
 * re-exported here. Kept apart from the components so they are unit-tested.
 */
import type { DuplicateRows } from '../../domain/import';

export {
  applyCellEdits,
  DELIMITER_CHOICES,
  delimiterLabel,
  ENCODING_CHOICES,
  encodingName,
  formatBytes,
  listCellEdits,
  sampleValues,
  setCellEdit,
  SPREADSHEET_FILE_FILTERS as ROSTER_FILE_FILTERS,
  tooLargeMessage,
  type CellEdits,
} from '../../components/import/spreadsheet-helpers';

/** Rows to leave out so that only `keep` remains of a group of rows sharing one email. */
export function rowsToLeaveOut(duplicate: DuplicateRows, keep: number): number[] {
  return duplicate.rows.filter((r) => r !== keep);
}

/** Add rows to the left-out list (no repeats, sorted). */
export function withRowsLeftOut(excluded: readonly number[], rows: readonly number[]): number[] {
  return [...new Set([...excluded, ...rows])].sort((a, b) => a - b);
}

/** "rows 3, 7 and 12", shortened after `max` rows. */
export function rowList(rows: readonly number[], max = 6): string {
  const unique = [...new Set(rows)];
  if (unique.length === 1) return `row ${unique[0]}`;
  const shown = unique.slice(0, max);
  if (unique.length > max) return `rows ${shown.join(', ')} and ${unique.length - max} more`;
  return `rows ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** A typed name tidied into a catalog name: single spaces, first letter capital. */
export function catalogNameFor(term: string): string {
  const t = term.replace(/\s+/g, ' ').trim();
  return t === '' ? t : t.charAt(0).toLocaleUpperCase() + t.slice(1);
}

/**
 * A row problem's message without its "Row 5, column "Email": " opening, for a table that shows
 * the row and the column in their own cells.
 */
export function problemText(message: string): string {
  const rest = message.replace(/^Row \d+(?:, column "[^"]*")?: /, '');
  return rest === message ? message : rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}
