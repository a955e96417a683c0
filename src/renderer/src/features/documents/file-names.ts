/**
 * File and folder names for saved documents, made to be easy to find in a folder: what the
 * document is first, then the program ("Pairing letters - Larkfield Health.docx"), and safe on
 * Windows, macOS and Linux.
 */
import {
  cleanFileNamePart as clean,
  truncateFileNamePart,
  withoutTrailingDotsAndSpaces,
} from '../../../../shared/file-names';

/**
 * "What - Program" without an extension (also the folder name for several files). The program
 * part is shortened so the whole name stays well within path limits; a trailing dot or space,
 * which Windows drops, is removed.
 */
export function documentBaseName(what: string, programName: string): string {
  const head = clean(what) || 'Document';
  // Trailing dots and spaces go before joining, so a program named "." cannot leave "What -".
  const program = withoutTrailingDotsAndSpaces(truncateFileNamePart(clean(programName), 90));
  return withoutTrailingDotsAndSpaces(program === '' ? head : `${head} - ${program}`);
}

/** "What - Program.docx". */
export function documentFileName(what: string, programName: string, extension = 'docx'): string {
  return `${documentBaseName(what, programName)}.${extension}`;
}

/** Joins a folder the platform returned and a file name with the folder's own separator. */
export function joinPath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`;
}
