/**
 * Roster import and export: read a file, map its columns, validate rows, match competencies, plan
 * and apply the merge, and write the roster back out as CSV. Screens import from here.
 */
export { readRoster } from './read-roster';
export type { ReadRosterOptions } from './read-roster';
export type { RosterProblem, RosterRead, RosterRow } from './roster-types';
export { MAX_ROSTER_BYTES, MAX_ROSTER_ROWS, RESERVED_HEADERS, baseHeader, columnLetter } from './shape-table';
export {
  cellMeaning,
  columnCells,
  defaultGridMapping,
  defaultGridTarget,
  defaultScale,
  findGridGroups,
  GRID_MEANINGS,
  gridAnswers,
  labelMeanings,
  meaningsFor,
  parseGridHeader,
  scaleMeanings,
} from './grid-questions';
export type { GridAnswers, GridGroup, GridKind, GridMapping, GridMeaning, GridScale, GridTarget } from './grid-questions';
export { canonicalEncoding } from './decode-bytes';
export {
  headerSignature,
  mappingForHeaders,
  microsoftFormsAccountColumns,
  MAPPING_TARGET_LABELS,
  MAPPING_TARGETS,
  MULTI_COLUMN_TARGETS,
  suggestMapping,
  suggestTarget,
  validateMapping,
} from './column-mapping';
export type { ColumnAssignment, ColumnMapping, MappingProblem, MappingTarget } from './column-mapping';
export { createCompetencyMatcher } from './competency-matching';
export type {
  CellCompetencyMatch,
  CompetencyCandidate,
  CompetencyMatcher,
  CompetencyMatchKind,
  CompetencyTermMatch,
} from './competency-matching';
export { compileMapping, parseCareerStage, validateRow, validateRowList, validateRows } from './row-schema';
export type { CompiledMapping, ParticipantDraft, RowValidation } from './row-schema';
export { applyMergePlan, changeCount, planMerge } from './merge-plan';
export type {
  DuplicateRows,
  FieldChange,
  MergeOptions,
  MergePlan,
  MergeWrite,
  PlannedAbsent,
  PlannedAdd,
  PlannedFields,
  PlannedUpdate,
} from './merge-plan';
export { prepareImport, resolveDraftCompetencies } from './prepare-import';
export { duplicateDifferences, looksLikeFormula, sameNameNotes, suspiciousCells } from './review-notes';
export type { DuplicateDifference, SuspiciousCell } from './review-notes';
export type { CompetencyChoices, CompetencyIssue, ImportPreparation, PrepareImportOptions } from './prepare-import';
export { exportParticipantsCsv, EXPORT_HEADERS, guardFormula, rosterTemplateCsv } from './export-csv';
