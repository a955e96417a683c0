/**
 * Saving built documents through the platform: a save dialog (desktop) or a download (browser)
 * for one file; a chosen folder (desktop) or one .zip download (browser) for several.
 */
import { reportDone } from '../report-error';
import { platform } from '../../platform';
import type { FileFilter, SaveManyResult } from '../../platform/platform';
import type { GeneratedFile } from '../../features/documents/documents-protocol';

export const DOCX_FILTERS: FileFilter[] = [{ name: 'Word document', extensions: ['docx'] }];

/** Save one document; resolves with its path (desktop), null (browser download) or 'cancelled'. */
export async function saveDocument(file: GeneratedFile): Promise<string | null | 'cancelled'> {
  const result = await platform.saveFile(file.name, file.data, DOCX_FILTERS);
  if (result.status === 'cancelled') return 'cancelled';
  reportDone('Document saved', file.name);
  return result.path;
}

/** Save several documents into a folder named `folderName` (a .zip of that name in a browser). */
export async function saveDocumentSet(
  folderName: string,
  files: GeneratedFile[],
): Promise<SaveManyResult> {
  const result = await platform.saveFiles(folderName, files);
  if (result.status === 'saved') {
    const skipped =
      result.skipped.length > 0
        ? ` ${result.skipped.length} already existed and were kept as they were.`
        : '';
    reportDone(
      result.written.length === 1 ? '1 file saved' : `${result.written.length} files saved`,
      result.folder
        ? `In ${result.folder}.${skipped}`
        : `Downloaded together as “${folderName}.zip”.${skipped}`,
    );
  }
  return result;
}
