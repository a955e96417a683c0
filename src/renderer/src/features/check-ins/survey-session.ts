/**
 * The check-in survey import's session: the shared survey session (components/import) with the
 * check-in mapping and what its Done step shows.
 */
import {
  EMPTY_SURVEY_SESSION as EMPTY,
  ownMappingFor,
  surveySessionReducer,
  type SurveyActionOf,
  type SurveySessionOf,
  type SurveyStep,
} from '../../components/import/survey-session';
import type { SurveyMapping } from '../../domain/check-ins/survey-mapping';

export { ownMappingFor, type SurveyStep };

/** What a committed import did, for the Done step. */
export interface SurveyDone {
  batchId: string;
  fileName: string;
  added: number;
  teams: number;
  alreadyImported: number;
  skipped: number;
}

export type SurveySession = SurveySessionOf<SurveyMapping, SurveyDone>;
export type SurveyAction = SurveyActionOf<SurveyMapping, SurveyDone>;
export const EMPTY_SURVEY_SESSION: SurveySession = EMPTY;
export const surveyReducer: (state: SurveySession, action: SurveyAction) => SurveySession = surveySessionReducer;
