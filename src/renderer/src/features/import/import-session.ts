/**
 * The state of one import on the screen, from the chosen file to the committed batch, and the
 * only ways it changes. Everything the coordinator decides lives here (reading choices, column
 * mapping, corrected cells, rows left out, competency decisions); what the file means is always
 * recomputed from it by the pure roster pipeline.
 */
import type { ColumnMapping, CompetencyChoices, RosterRow } from '../../domain/import';
import { headerSignature, mappingForHeaders } from '../../domain/import';
import type { ReadChoices, SpreadsheetSource as RosterSource } from '../../components/import/spreadsheet-source';
import { setCellEdit, withRowsLeftOut, type CellEdits } from './import-helpers';

/** The chosen file and how it is read (shared with the check-in survey import). */
export type { ReadChoices, SpreadsheetSource as RosterSource } from '../../components/import/spreadsheet-source';

/** 0 File, 1 Columns, 2 Review, 3 Done. */
export type ImportStep = 0 | 1 | 2 | 3;

/** What a committed import did, for the Done step. */
export interface DoneSummary {
  batchId: string;
  fileName: string;
  added: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
}

export interface ImportSession {
  source: RosterSource | null;
  /** Why the last file could not even be read (too large, unreadable). */
  fileError: string | null;
  choices: ReadChoices;
  /** The coordinator's mapping; null until they change the suggested one. */
  mapping: ColumnMapping | null;
  edits: CellEdits;
  /** Row numbers left out of the import. */
  excluded: number[];
  decisions: CompetencyChoices;
  markAbsentWithdrawn: boolean;
  listMode: 'replace' | 'add';
  step: ImportStep;
  done: DoneSummary | null;
}

export type SessionAction =
  | { type: 'file-loaded'; source: RosterSource }
  | { type: 'file-refused'; message: string }
  | { type: 'choices'; choices: Partial<ReadChoices> }
  | { type: 'mapping'; mapping: ColumnMapping | null }
  | { type: 'edit-cell'; row: RosterRow; column: number; value: string }
  | { type: 'leave-out'; rows: readonly number[] }
  | { type: 'include'; row: number }
  | { type: 'decide'; decisions: Readonly<Record<string, string | null | undefined>> }
  | { type: 'absent'; withdraw: boolean }
  | { type: 'list-mode'; mode: 'replace' | 'add' }
  | { type: 'step'; step: ImportStep }
  | { type: 'committed'; done: DoneSummary }
  | { type: 'reset' };

/** A session with nothing chosen yet. */
export const EMPTY_SESSION: ImportSession = {
  source: null,
  fileError: null,
  choices: { encoding: '', delimiter: '', sheet: '' },
  mapping: null,
  edits: {},
  excluded: [],
  decisions: {},
  markAbsentWithdrawn: false,
  listMode: 'replace',
  step: 0,
  done: null,
};

/** Apply one action. A new file starts over; once committed, only a new file or reset changes it. */
export function sessionReducer(state: ImportSession, action: SessionAction): ImportSession {
  switch (action.type) {
    case 'file-loaded':
      return { ...EMPTY_SESSION, source: action.source };
    case 'file-refused':
      return { ...EMPTY_SESSION, fileError: action.message };
    case 'reset':
      return EMPTY_SESSION;
  }
  // A committed import is a record now: its screen only offers a new import or undo.
  if (state.done !== null) return state;
  switch (action.type) {
    case 'choices':
      return { ...state, choices: { ...state.choices, ...action.choices } };
    case 'mapping':
      return { ...state, mapping: action.mapping };
    case 'edit-cell':
      return { ...state, edits: setCellEdit(state.edits, action.row, action.column, action.value) };
    case 'leave-out':
      return { ...state, excluded: withRowsLeftOut(state.excluded, action.rows) };
    case 'include':
      return { ...state, excluded: state.excluded.filter((r) => r !== action.row) };
    case 'decide': {
      const decisions: Record<string, string | null> = { ...state.decisions };
      for (const [key, value] of Object.entries(action.decisions)) {
        if (value === undefined) delete decisions[key];
        else decisions[key] = value;
      }
      return { ...state, decisions };
    }
    case 'absent':
      return { ...state, markAbsentWithdrawn: action.withdraw };
    case 'list-mode':
      return { ...state, listMode: action.mode };
    case 'step':
      return { ...state, step: action.step };
    case 'committed':
      return { ...state, step: 3, done: action.done };
  }
}

/**
 * The mapping to use for these headers: the coordinator's own when it was made for them; their
 * choices carried over column by column when only the reading changed (another encoding renames
 * headers but keeps their places); otherwise the remembered or suggested one.
 */
export function effectiveMapping(
  headers: readonly string[],
  own: ColumnMapping | null,
  remembered: readonly ColumnMapping[],
  rows: readonly RosterRow[] = [],
): { mapping: ColumnMapping; source: 'own' | 'remembered' | 'suggested' } {
  const signature = headerSignature(headers);
  if (own !== null && own.signature === signature && own.columns.length === headers.length)
    return { mapping: own, source: 'own' };
  if (own !== null && own.columns.length === headers.length) {
    return {
      mapping: {
        signature,
        columns: headers.map((header, i) => ({
          header,
          target: own.columns[i]?.target ?? 'custom',
        })),
        ...(own.grids !== undefined ? { grids: own.grids } : {}),
      },
      source: 'own',
    };
  }
  const known = remembered.some(
    (m) => m.signature === signature && m.columns.length === headers.length,
  );
  return {
    mapping: mappingForHeaders(headers, remembered, rows),
    source: known ? 'remembered' : 'suggested',
  };
}
