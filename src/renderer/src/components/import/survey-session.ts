/**
 * The state of one survey import on screen (a check-in survey, an evaluation survey), from the
 * chosen file to the committed batch, and the only ways it changes. What the coordinator decides
 * lives here (reading choices, column mapping, corrected cells, skipped rows); what the file means
 * is always recomputed from it. Generic over the mapping and over what the Done step shows.
 */
import type { RosterRow } from '../../domain/import';
import { headerSignature } from '../../domain/import';
import { setCellEdit, type CellEdits } from './spreadsheet-helpers';
import { DETECT_ALL, type ReadChoices, type SpreadsheetSource } from './spreadsheet-source';

/** 0 File, 1 Columns, 2 Review. */
export type SurveyStep = 0 | 1 | 2;

export interface SurveySessionOf<M, D> {
  source: SpreadsheetSource | null;
  fileError: string | null;
  choices: ReadChoices;
  /** The coordinator's mapping; null until they change the suggested (or remembered) one. */
  mapping: M | null;
  edits: CellEdits;
  /** Rows the coordinator skipped. */
  skipped: number[];
  step: SurveyStep;
  done: D | null;
}

export type SurveyActionOf<M, D> =
  | { type: 'file-loaded'; source: SpreadsheetSource }
  | { type: 'file-refused'; message: string }
  | { type: 'choices'; choices: Partial<ReadChoices> }
  | { type: 'mapping'; mapping: M | null }
  | { type: 'edit-cell'; row: RosterRow; column: number; value: string }
  | { type: 'skip'; rows: readonly number[] }
  | { type: 'include'; row: number }
  | { type: 'step'; step: SurveyStep }
  | { type: 'committed'; done: D }
  | { type: 'reset' };

/** A session with nothing chosen yet. */
export const EMPTY_SURVEY_SESSION: SurveySessionOf<never, never> = {
  source: null,
  fileError: null,
  choices: DETECT_ALL,
  mapping: null,
  edits: {},
  skipped: [],
  step: 0,
  done: null,
};

/** Apply one action. A new file starts over; once committed, only a new file or reset changes it. */
export function surveySessionReducer<M, D>(
  state: SurveySessionOf<M, D>,
  action: SurveyActionOf<M, D>,
): SurveySessionOf<M, D> {
  switch (action.type) {
    case 'file-loaded':
      return { ...EMPTY_SURVEY_SESSION, source: action.source };
    case 'file-refused':
      return { ...EMPTY_SURVEY_SESSION, fileError: action.message };
    case 'reset':
      return EMPTY_SURVEY_SESSION;
  }
  if (state.done !== null) return state;
  switch (action.type) {
    case 'choices':
      return { ...state, choices: { ...state.choices, ...action.choices } };
    case 'mapping':
      return { ...state, mapping: action.mapping };
    case 'edit-cell':
      return { ...state, edits: setCellEdit(state.edits, action.row, action.column, action.value) };
    case 'skip':
      return {
        ...state,
        skipped: [...new Set([...state.skipped, ...action.rows])].sort((a, b) => a - b),
      };
    case 'include':
      return { ...state, skipped: state.skipped.filter((r) => r !== action.row) };
    case 'step':
      return { ...state, step: action.step };
    case 'committed':
      return { ...state, done: action.done };
  }
}

/** The coordinator's own mapping when it was made for these headers; null otherwise. */
export function ownMappingFor<M extends { signature: string; columns: readonly unknown[] }>(
  headers: readonly string[],
  own: M | null,
): M | null {
  return own !== null &&
    own.signature === headerSignature(headers) &&
    own.columns.length === headers.length
    ? own
    : null;
}
