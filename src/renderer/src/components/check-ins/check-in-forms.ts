/**
 * Making the printable check-in forms, shared by the Check-ins and Documents screens: the day to
 * return them by (from the program's check-in windows), the file names, and the document job
 * that builds them in the documents worker (all teams in one file, or one file per team).
 */
import { checkInWindows, type CheckInCadence } from '../../domain/check-ins/check-in-schedule';
import { returnByDay } from '../../domain/check-ins/check-in-status';
import { checkInFormFileName, type CheckInFormModel } from '../../domain/documents/check-in-form';
import type { DocumentContext } from '../../domain/documents/document-models';
import type { Program, ProgramEvent } from '../../domain/model';
import { plural } from '../documents/document-plans';
import { documentBaseName, documentFileName } from '../documents/file-names';
import { saveDocument, saveDocumentSet } from '../documents/save-files';
import type { DocumentRun } from '../documents/use-document-job';

/** The day forms handed out today should come back by ('' when no check-in window is left). */
export function formsReturnBy(
  program: Pick<Program, 'cycleStart' | 'cycleEnd'>,
  events: readonly ProgramEvent[],
  cadence: CheckInCadence,
  today: string,
): string {
  return returnByDay(checkInWindows(events, cadence, program), today);
}

/** "Check-in forms - <program>.docx", or the folder of one file per team. */
export function checkInFormsName(programName: string, mode: 'combined' | 'files'): string {
  return mode === 'combined'
    ? documentFileName('Check-in forms', programName)
    : documentBaseName('Check-in forms', programName);
}

/** The job that builds and saves the forms of `model` (one team: always a single file). */
export function checkInFormsRun(
  ctx: DocumentContext,
  model: CheckInFormModel,
  mode: 'combined' | 'files',
  programName: string,
): DocumentRun {
  const teams = model.teams.length;
  if (mode === 'files' && teams > 1) {
    return {
      title: `Building ${plural(teams, 'check-in form')}`,
      unit: 'form',
      job: { type: 'check-in-form-files', ctx, model },
      save: async (files) => void (await saveDocumentSet(checkInFormsName(programName, 'files'), files)),
    };
  }
  const fileName =
    teams === 1 ? checkInFormFileName(model.teams[0]!) : checkInFormsName(programName, 'combined');
  return {
    title: teams === 1 ? `Building the check-in form for ${model.teams[0]!.label}` : `Building ${plural(teams, 'check-in form')}`,
    job: { type: 'check-in-forms', ctx, model, fileName },
    save: async (files) => {
      const file = files[0];
      if (file) await saveDocument(file);
    },
  };
}
