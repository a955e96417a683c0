/**
 * Folding text for the directory search: what the coordinator types and what each participant is
 * searched by are folded the same way, so "zoe" finds "Zoë", "MULLER" finds "Müller" and
 * "oconnell" finds "O'Connell".
 */

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
// Apostrophes vanish ("O'Connell" ~ "OConnell"); every other run of spacing becomes one space.
const APOSTROPHES = /['’‘`´]/g;
const SPACING = /\s+/g;
// Printable ASCII without apostrophes needs only lower-casing and spacing (the fast path).
const NEEDS_WORK = /[^\x20-\x26\x28-\x5f\x61-\x7e]/;
// Most fields are plain ASCII words separated by single spaces: nothing to do but lower-case.
const ALREADY_PLAIN = /^[\x21-\x26\x28-\x5f\x61-\x7e]+(?: [\x21-\x26\x28-\x5f\x61-\x7e]+)*$/;

/** Lower case, accents removed, apostrophes dropped, spaces collapsed and trimmed. */
export function foldForSearch(text: string): string {
  if (ALREADY_PLAIN.test(text)) return text.toLowerCase();
  let s = text.toLowerCase();
  if (NEEDS_WORK.test(s)) {
    s = s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(SPECIAL_FOLD_CHARS, (c) => SPECIAL_FOLDS[c] ?? c)
      .replace(APOSTROPHES, '');
  }
  return s.replace(SPACING, ' ').trim();
}

/**
 * The folded words of a query. Every word must appear somewhere in a participant's search key,
 * in any order, so "nursing early" finds early-career nurses.
 */
export function queryTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/** True when every term occurs in the (already folded) search key. No terms match everything. */
export function matchesTerms(searchKey: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!searchKey.includes(term)) return false;
  return true;
}

/** A search key from several already folded fields; the separator cannot occur in a folded query. */
export function joinSearchKey(foldedParts: readonly string[]): string {
  return foldedParts.join('\n');
}

/** A search key from several fields; the separator cannot occur in a folded query. */
export function buildSearchKey(parts: readonly string[]): string {
  return joinSearchKey(parts.map(foldForSearch));
}
