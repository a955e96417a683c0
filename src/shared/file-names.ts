/**
 * The one file-name rule of the app: what a file or folder name may be on Windows, macOS and
 * Linux. Main checks every name the renderer sends with it (the IPC contract), the app scheme
 * refuses device names with it, and the renderer builds its names with `cleanFileNamePart` so
 * that what it suggests is always accepted. Pure TypeScript: no Node, DOM or zod.
 */

/** Characters Windows refuses in a name (`\ / : * ? " < > |`), and control characters. */
export const FORBIDDEN_FILE_NAME_CHARACTER = /[\\/:*?"<>|\u0000-\u001f\u007f]/;

const FORBIDDEN_FILE_NAME_CHARACTERS = new RegExp(FORBIDDEN_FILE_NAME_CHARACTER.source, 'g');

/**
 * Names Windows maps to devices in any folder, whatever follows the first dot ("nul.docx",
 * "Com1.tar.gz"), and to be safe with spaces before the dot ("CON .txt"). Microsoft's naming
 * rules also list COM0/LPT0, the superscript digits ¹²³ and the console names CONIN$/CONOUT$.
 * Opening such a "file" may block on a device instead of reading or writing a file.
 */
export const WINDOWS_DEVICE_NAME =
  /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *(\.|$)/i;

/** Longest name accepted, in UTF-16 code units; well within every file system's limit of 255. */
export const MAX_FILE_NAME_LENGTH = 200;

/** Why a name is refused; `null` from {@link fileNameProblem} means it is fine. */
export type FileNameProblem =
  | 'empty'
  | 'too-long'
  | 'forbidden-character'
  | 'dot-name'
  | 'windows-device-name'
  | 'trailing-dot-or-space';

/** What to tell people about each problem. */
export const FILE_NAME_PROBLEM_MESSAGES: Readonly<Record<FileNameProblem, string>> = {
  empty: 'File name is empty',
  'too-long': `File name is longer than ${MAX_FILE_NAME_LENGTH} characters`,
  'forbidden-character': 'File name contains characters that are not allowed in file names',
  'dot-name': 'File name cannot be "." or ".."',
  'windows-device-name':
    'File name is reserved by Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, with or without an extension)',
  // Windows silently drops a trailing dot or space, so the file would get another name.
  'trailing-dot-or-space': 'File name cannot end with a dot or a space',
};

/** True for a Windows device name, with or without an extension ("NUL", "com1.txt"). */
export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_DEVICE_NAME.test(name);
}

/**
 * `name`, or `_name` when it would be a Windows device name ("nul.txt - schedule.ics"): for names
 * that start with text people typed. Any other problem is left for the caller.
 */
export function avoidingWindowsDeviceName(name: string): string {
  return isWindowsDeviceName(name) ? `_${name}` : name;
}

/** Every reason `name` cannot be used as a file or folder name (empty when it can). */
export function fileNameProblems(name: string): FileNameProblem[] {
  const problems: FileNameProblem[] = [];
  if (name.length === 0) return ['empty'];
  if (name.length > MAX_FILE_NAME_LENGTH) problems.push('too-long');
  if (FORBIDDEN_FILE_NAME_CHARACTER.test(name)) problems.push('forbidden-character');
  if (name === '.' || name === '..') problems.push('dot-name');
  if (isWindowsDeviceName(name)) problems.push('windows-device-name');
  if (/[. ]$/.test(name)) problems.push('trailing-dot-or-space');
  return problems;
}

/** The first reason `name` cannot be a file name, or `null` when it can. */
export function fileNameProblem(name: string): FileNameProblem | null {
  return fileNameProblems(name)[0] ?? null;
}

// A lone half of a surrogate pair cannot be written as UTF-8: the file would get another name.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text made fit to be part of a file name: Unicode NFC (as macOS stores names), forbidden
 * characters and lone surrogates replaced by spaces, runs of white space collapsed, trimmed.
 * Accents and other scripts are kept. May be empty; callers supply their own fallback.
 */
export function cleanFileNamePart(text: string): string {
  return text
    .replace(LONE_SURROGATE, ' ')
    .normalize('NFC')
    .replace(FORBIDDEN_FILE_NAME_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `text` cut to at most `max` UTF-16 code units (the unit of {@link MAX_FILE_NAME_LENGTH}),
 * never between the two halves of a surrogate pair.
 */
export function truncateFileNamePart(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * True when `text` holds a letter or a digit in any script: a name part without one (".", "-",
 * "&") says nothing and is left out of a file name rather than leave a dangling separator.
 */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

const TRAILING_SEPARATORS = /[\s.,;&\-–—]+$/;
const LEADING_SEPARATORS = /^[\s.,;&\-–—]+/;

/**
 * `text` without the separators, dots and spaces at its end ("Finance -" → "Finance"), so a name
 * built from it never ends in a dangling " -" or ",".
 */
export function withoutTrailingSeparators(text: string): string {
  return text.replace(TRAILING_SEPARATORS, '');
}

/** `text` without separators, dots and spaces at either end ("Jr." → "Jr", "-Lee," → "Lee"). */
export function withoutEdgeSeparators(text: string): string {
  return withoutTrailingSeparators(text.replace(LEADING_SEPARATORS, ''));
}

/** `text` without the dots and spaces at its end, which Windows would drop. */
export function withoutTrailingDotsAndSpaces(text: string): string {
  return text.replace(/[. ]+$/, '');
}
