/**
 * File names for the directory export and the blank roster template, safe on Windows, macOS and
 * Linux (the program name may hold characters a file name cannot).
 */
import {
  cleanFileNamePart,
  hasLetterOrDigit,
  truncateFileNamePart,
  withoutTrailingSeparators,
} from '../../../../shared/file-names';

/** The program name made safe to use inside a file name (never empty). */
export function fileSafe(text: string): string {
  const cleaned = withoutTrailingSeparators(cleanFileNamePart(text));
  return truncateFileNamePart(hasLetterOrDigit(cleaned) ? cleaned : 'Program', 120).trim();
}

/** "Participants – Finance Peer Mentoring – 2026-09-14.csv" (`today` is `YYYY-MM-DD`). */
export function directoryFileName(programName: string, today: string): string {
  return `Participants – ${fileSafe(programName)} – ${today}.csv`;
}

/** "Roster template – Finance Peer Mentoring.csv". */
export function templateFileName(programName: string): string {
  return `Roster template – ${fileSafe(programName)}.csv`;
}
