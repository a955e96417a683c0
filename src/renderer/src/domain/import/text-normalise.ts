/**
 * Text clean-up shared by the roster import steps: what a cell becomes before it is stored, and
 * the "folded" form used to compare names loosely (headers, competencies, people).
 */

// C0 and C1 controls except tab, line feed and carriage return, plus zero-width and BOM marks
// that spreadsheets carry in from copy-paste and that nobody means to store.
const CONTROL_EXCEPT_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u2028\u2029\ufeff]/g;
const ANY_BREAK_OR_TAB = /[\t\n\r]+/g;
// Anything that is not printable ASCII; strings without it skip the costly steps (fast path).
const NEEDS_WORK = /[^\x20-\x7e]/;
const NEEDS_WORK_MULTILINE = /[^\x20-\x7e\n]/;

// Characters no cleaning step changes: printable ASCII; U+00A1–U+02FF (Latin-1 signs and letters
// after the no-break space, which trim removes, up to where combining marks begin); and the
// typographic dashes, quotes, bullet and ellipsis U+2010–U+2027. Each is its own NFC form, none
// is a control character or whitespace other than the space, and no two of them compose (the
// tests check every pair), so a cell made only of them is already NFC. Names such as "Björn
// Núñez" or "O’Brien" thus skip normalisation, the costly part of cleaning a roster.
const OUTSIDE_PLAIN_LINE = /[^\x20-\x7e\xa1-\u02ff\u2010-\u2027]| {2}/;
const OUTSIDE_PLAIN_MULTILINE = /[^\x20-\x7e\n\xa1-\u02ff\u2010-\u2027]/;

/**
 * True when `cleanLine` would return the value unchanged for certain: only plain characters (see
 * above), no double space, no space at either end. False means "maybe not", never "changed".
 */
export function isPlainLine(value: string): boolean {
  const n = value.length;
  if (n === 0) return true;
  return value.charCodeAt(0) !== 32 && value.charCodeAt(n - 1) !== 32 && !OUTSIDE_PLAIN_LINE.test(value);
}

/**
 * A single-line cell as stored: NFC, control characters removed, tabs and line breaks turned into
 * spaces, runs of spaces collapsed, trimmed.
 */
export function cleanLine(value: string): string {
  // The usual cell is already clean; proving it is one scan, cleaning it would be several.
  return isPlainLine(value) ? value : cleanLineFully(value);
}

/** `cleanLine` with every step applied (no plain-cell shortcut): what the shortcut must equal. */
export function cleanLineFully(value: string): string {
  let s = value;
  if (NEEDS_WORK.test(s)) {
    s = s.normalize('NFC').replace(CONTROL_EXCEPT_BREAKS, '').replace(ANY_BREAK_OR_TAB, ' ');
  }
  if (s.includes('  ')) s = s.replace(/ {2,}/g, ' ');
  return s.trim();
}

/**
 * A multi-line cell (notes) as stored: NFC, control characters removed, line breaks kept as `\n`,
 * tabs as spaces, trimmed.
 */
export function cleanMultiline(value: string): string {
  if (value === '') return value;
  // Plain characters and line feeds (see above) need trimming at most.
  return OUTSIDE_PLAIN_MULTILINE.test(value) ? cleanMultilineFully(value) : value.trim();
}

/** `cleanMultiline` with every step applied (no plain-cell shortcut): what the shortcut must equal. */
export function cleanMultilineFully(value: string): string {
  let s = value;
  if (NEEDS_WORK_MULTILINE.test(s)) {
    s = s
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(CONTROL_EXCEPT_BREAKS, '')
      .replace(/\t/g, ' ');
  }
  return s.trim();
}

// Letters that NFD does not split into base + mark but that people type both ways.
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_FOLD_CHARS = /[ßæœøłđðþı]/g;

/**
 * Loose comparison form: accents removed, lower case, `&` read as "and", every run of
 * punctuation or spaces turned into one space. "Stress-Management!" and "stress management"
 * fold to the same string.
 */
export function fold(value: string): string {
  let s = value.toLowerCase();
  if (NEEDS_WORK.test(s)) {
    s = s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(SPECIAL_FOLD_CHARS, (c) => SPECIAL_FOLDS[c] ?? c);
  }
  return s
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Anything but printable ASCII without capital letters: an address without it is its own key.
const NOT_LOWER_ASCII = /[^\x20-\x40\x5b-\x7e]/;

/** The merge key of an email address: trimmed, lower case, NFC. */
export function emailKey(email: string): string {
  const s = email.trim();
  // Usual case: already lower-case ASCII (lower-casing would copy it for nothing).
  if (!NOT_LOWER_ASCII.test(s)) return s;
  return (NEEDS_WORK.test(s) ? s.normalize('NFC') : s).toLowerCase();
}

/** Levenshtein distance, giving up (returning `max + 1`) once it is sure to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = curr;
    curr = t;
  }
  return prev[b.length] ?? max + 1;
}

/** Quote a value for a message the coordinator reads, shortened so one bad cell cannot flood it. */
export function quoteForMessage(value: string, maxLength = 60): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  const shown = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  return `"${shown}"`;
}
