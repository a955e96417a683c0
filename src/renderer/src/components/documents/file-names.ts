/**
 * File and folder names for saved documents, made to be easy to find in a folder: what the
 * document is first, then the program ("Pairing letters - Larkfield Health.docx"), and safe on
 * Windows, macOS and Linux.
 */
import {
  cleanFileNamePart as clean,
  hasLetterOrDigit,
  truncateFileNamePart,
  withoutTrailingDotsAndSpaces,
  withoutTrailingSeparators,
} from '../../../../shared/file-names';

/**
 * "What - Program" without an extension (also the folder name for several files). The program
 * part is shortened so the whole name stays well within path limits; a trailing dot or space,
 * which Windows drops, is removed.
 */
export function documentBaseName(what: string, programName: string): string {
  const head = clean(what) || 'Document';
  // Separators at its end go before joining, and a program name of only punctuation is left
  // out, so a program named ".", "-" or "Finance -" cannot leave a dangling " -".
  const program = withoutTrailingSeparators(truncateFileNamePart(clean(programName), 90));
  return withoutTrailingDotsAndSpaces(hasLetterOrDigit(program) ? `${head} - ${program}` : head);
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
