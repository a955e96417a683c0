/**
 * Saving the directory as CSV (UTF-8 with a byte-order mark, formula-looking cells neutralised by
 * the roster exporter) and the blank roster template, through the platform's save dialog.
 */
import { reportDone } from '../../components/report-error';
import { todayIso } from '../../components/today';
import { directoryFileName, templateFileName } from '../../domain/participants/export-file-name';
import type { Competency, Participant, Program } from '../../domain/model';
import { exportParticipantsCsv, rosterTemplateCsv } from '../../domain/import';
import { platform } from '../../platform';

const CSV_FILTER = [{ name: 'CSV (opens in Excel)', extensions: ['csv'] }];

/** Save these participants, in this order, as a CSV file. */
export async function exportDirectory(
  program: Program,
  participants: readonly Participant[],
  catalog: readonly Competency[],
): Promise<void> {
  const csv = exportParticipantsCsv(participants, catalog);
  const result = await platform.saveFile(directoryFileName(program.name, todayIso()), new TextEncoder().encode(csv), CSV_FILTER);
  if (result.status === 'saved') {
    const who = participants.length === 1 ? '1 participant' : `${participants.length} participants`;
    reportDone('Directory exported', `${who} saved${result.path ? ` to ${result.path}` : ' (see your downloads)'}.`);
  }
}

/** Save a blank roster with this program's competency names in the example rows. */
export async function downloadTemplate(program: Program, catalog: readonly Competency[]): Promise<void> {
  const result = await platform.saveFile(
    templateFileName(program.name),
    new TextEncoder().encode(rosterTemplateCsv(catalog)),
    CSV_FILTER,
  );
  if (result.status === 'saved') {
    reportDone('Template saved', 'Hand it out or fill it in, then import it. Delete the two example rows first.');
  }
}
