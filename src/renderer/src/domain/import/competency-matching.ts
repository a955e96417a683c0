/**
 * Reads the competencies people typed into a roster cell ("stress mgmt, Analytical thinkng") and
 * matches each one to the program's catalog. Exact and normalised matches (case, accents,
 * punctuation, common abbreviations, word endings) are accepted on their own; near misses
 * (typos) come back as suggestions with their candidate; anything else is listed as unknown so
 * the coordinator decides: accept a suggestion, add it to the catalog, or ignore it. Nothing is
 * dropped silently.
 */
import type { Competency } from '../model';
import { editDistance, fold } from './text-normalise';

/** How a typed name was matched. */
export type CompetencyMatchKind = 'exact' | 'normalised' | 'suggested' | 'unknown';

/** A catalog entry offered as the likely meaning of a typed name. */
export interface CompetencyCandidate {
  competencyId: string;
  name: string;
  /** 0–1, how close the typed name is to this competency. */
  confidence: number;
}

/** One typed name from a cell and what it matched. */
export interface CompetencyTermMatch {
  /** The name as typed (trimmed). */
  term: string;
  /** Folded form of the term: the key decisions about it are stored under. */
  key: string;
  kind: CompetencyMatchKind;
  /** Set for exact and normalised matches (accepted) and for suggestions (to confirm). */
  competencyId: string | null;
  confidence: number;
  /** Best candidates, best first (for suggestions and unknown names). */
  candidates: CompetencyCandidate[];
}

/** Matches for a list of competency names typed in one cell. */
export interface CellCompetencyMatch {
  terms: CompetencyTermMatch[];
  /** Ids accepted without asking (exact and normalised matches), in cell order, no repeats. */
  acceptedIds: string[];
}

/** Matches cells against one catalog; build once per import and reuse for every cell. */
export interface CompetencyMatcher {
  matchCell(cell: string): CellCompetencyMatch;
  matchTerm(term: string): CompetencyTermMatch;
  /**
   * The same matches as `matchCell`, handed to `visit` one by one in cell order (repeats
   * skipped) without building a result: the fast path for a whole roster.
   */
  eachTerm(cell: string, visit: (term: CompetencyTermMatch) => void): void;
}

// Common abbreviations and spelling variants, applied word by word before comparing.
const ABBREVIATIONS: Record<string, string> = {
  mgmt: 'management',
  mgt: 'management',
  mngmt: 'management',
  mgmnt: 'management',
  mngt: 'management',
  mang: 'management',
  comm: 'communication',
  comms: 'communication',
  commns: 'communication',
  commun: 'communication',
  dev: 'development',
  devt: 'development',
  devel: 'development',
  info: 'information',
  tech: 'technical',
  cust: 'customer',
  collab: 'collaborative',
  interpers: 'interpersonal',
  strat: 'strategic',
  perf: 'performance',
  motiv: 'motivational',
  biz: 'business',
  org: 'organisation',
  orgs: 'organisation',
  selfconfidence: 'self confidence',
};

// Words that carry no meaning when comparing competency names.
const STOPWORDS = new Set(['and', 'of', 'the', 'a', 'an', 'to', 'in', 'for', 'skill', 'skills', 'my', 'with']);

// Suffixes stripped (repeatedly, longest first) so "managing" ~ "management", "decisive" ~
// "decisiveness". Crude on purpose: it only has to make variants of one name agree.
const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ness', 'ings', 'ing', 'ity', 'ive', 'ion', 'ers', 'er', 'ed', 'al', 'ly', 'es', 's', 'e'];

function stemWord(word: string): string {
  let w = word.replace(/iz(?=e|es|ed|ing|ation|ations)/, 'is');
  for (let pass = 0; pass < 3; pass++) {
    const before = w;
    for (const suffix of SUFFIXES) {
      if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
        w = w.slice(0, -suffix.length);
        break;
      }
    }
    if (w === before) break;
  }
  return w;
}

/** Folded name → comparison key: abbreviations expanded, stopwords dropped, stems, sorted. */
function stemKey(folded: string): string {
  const words: string[] = [];
  for (const raw of folded.split(' ')) {
    if (raw === '') continue;
    const expanded = ABBREVIATIONS[raw] ?? raw;
    for (const w of expanded.split(' ')) {
      if (!STOPWORDS.has(w)) words.push(stemWord(w));
    }
  }
  // Word order rarely matters in these names ("change management" is "managing change").
  return words.sort().join(' ');
}

interface CatalogEntry {
  id: string;
  name: string;
  folded: string;
  stem: string;
  stemWords: string[];
}

// Below this, a near miss is not worth suggesting.
const SUGGEST_THRESHOLD = 0.72;
// A suggestion needs to beat the runner-up by this much, or it is a guess between two.
const AMBIGUITY_MARGIN = 0.04;
const MAX_CANDIDATES = 3;
// Below this, a catalog entry is not even listed as a possible meaning.
const CANDIDATE_THRESHOLD = 0.45;

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 0;
  const maxEdits = Math.floor(longest * (1 - SUGGEST_THRESHOLD * 0.8));
  const d = editDistance(a, b, maxEdits);
  return d > maxEdits ? 0 : 1 - d / longest;
}

/** Word-level closeness: every typed word found (or nearly) among the catalog name's words. */
function wordCoverage(typed: readonly string[], entry: CatalogEntry): number {
  if (typed.length === 0) return 0;
  let found = 0;
  for (const t of typed) {
    let best = 0;
    for (const w of entry.stemWords) best = Math.max(best, t === w ? 1 : t.length >= 4 ? similarity(t, w) : 0);
    if (best >= 0.8) found += best;
  }
  // Some words in common: worth listing as a candidate, never enough to suggest on its own.
  if (found < typed.length * 0.8) return found === 0 ? 0 : 0.4 + 0.2 * (found / typed.length);
  // A partial name ("teamwork" for "Fostering teamwork") is less sure than a full one.
  return 0.6 + 0.35 * Math.min(1, found / Math.max(1, entry.stemWords.length));
}

// Separators people use between several names in one cell.
const STRONG_SEPARATORS = /[;|\n\r•·]+/;
const ANY_SEPARATOR = /[,;|\n\r•·]/;

/** True when `key` is among the first `count` entries of `seen`. */
function seenBefore(seen: readonly string[], count: number, key: string): boolean {
  for (let i = 0; i < count; i++) if (seen[i] === key) return true;
  return false;
}

const LIST_MARKER = /^\s*(?:[-*–—]+|\d{1,2}[.)])\s+/;

/**
 * Build a matcher for a catalog. Retired competencies are never matched (they cannot be chosen
 * for new records). Results are memoised per typed name, so a 10,000-row roster costs little more
 * than splitting its cells and looking up its distinct names.
 */
export function createCompetencyMatcher(catalog: readonly Competency[]): CompetencyMatcher {
  const entries: CatalogEntry[] = [];
  for (const c of catalog) {
    if (c.retired) continue;
    const folded = fold(c.name);
    if (folded === '') continue;
    const stem = stemKey(folded);
    entries.push({ id: c.id, name: c.name, folded, stem, stemWords: stem === '' ? [] : stem.split(' ') });
  }
  const byFolded = new Map<string, CatalogEntry[]>();
  const byStem = new Map<string, CatalogEntry[]>();
  for (const e of entries) {
    byFolded.set(e.folded, [...(byFolded.get(e.folded) ?? []), e]);
    if (e.stem !== '') byStem.set(e.stem, [...(byStem.get(e.stem) ?? []), e]);
  }
  // Names that themselves contain a separator ("Planning, organising"): found in a cell before it
  // is split, longest first so a longer name wins over a shorter one inside it.
  const separatorNames = entries
    .filter((e) => /[,;|\n]/.test(e.name))
    .map((e) => ({ entry: e, lower: e.name.normalize('NFC').toLowerCase() }))
    .sort((a, b) => b.lower.length - a.lower.length);

  const termCache = new Map<string, CompetencyTermMatch>();
  const rawCache = new Map<string, CompetencyTermMatch>();

  function build(term: string, folded: string, kind: CompetencyMatchKind, entry: CatalogEntry | null, confidence: number, candidates: CompetencyCandidate[]): CompetencyTermMatch {
    return { term, key: folded, kind, competencyId: entry?.id ?? null, confidence, candidates };
  }

  /** Exact or normalised match only (two map lookups): cheap enough to try on whole cells. */
  function matchAccepted(term: string, folded: string, stem: string): CompetencyTermMatch | null {
    const exact = byFolded.get(folded);
    if (exact?.length === 1) {
      const e = exact[0] as CatalogEntry;
      return build(term, folded, 'exact', e, 1, [{ competencyId: e.id, name: e.name, confidence: 1 }]);
    }
    const normalised = stem === '' ? undefined : byStem.get(stem);
    if (normalised?.length === 1) {
      const e = normalised[0] as CatalogEntry;
      return build(term, folded, 'normalised', e, 0.95, [{ competencyId: e.id, name: e.name, confidence: 0.95 }]);
    }
    return null;
  }

  function matchFolded(term: string, folded: string): CompetencyTermMatch {
    const stem = stemKey(folded);
    const accepted = matchAccepted(term, folded, stem);
    if (accepted !== null) return accepted;
    // Fuzzy: character-level closeness of the whole name, or word-level coverage.
    const typedWords = stem === '' ? [] : stem.split(' ');
    const scored: CompetencyCandidate[] = [];
    for (const e of entries) {
      const score = Math.max(similarity(stem, e.stem), similarity(folded, e.folded), wordCoverage(typedWords, e));
      if (score >= CANDIDATE_THRESHOLD) scored.push({ competencyId: e.id, name: e.name, confidence: Math.round(score * 100) / 100 });
    }
    scored.sort((a, b) => b.confidence - a.confidence || a.name.localeCompare(b.name));
    const candidates = scored.slice(0, MAX_CANDIDATES);
    const best = candidates[0];
    const runnerUp = candidates[1];
    if (best !== undefined && best.confidence >= SUGGEST_THRESHOLD && (runnerUp === undefined || best.confidence - runnerUp.confidence >= AMBIGUITY_MARGIN)) {
      const e = entries.find((x) => x.id === best.competencyId) as CatalogEntry;
      return build(term, folded, 'suggested', e, best.confidence, candidates);
    }
    return build(term, folded, 'unknown', null, 0, candidates);
  }

  function matchTerm(raw: string): CompetencyTermMatch {
    // Two caches: by the text as given (no work at all on a repeat) and by its tidy form.
    const hit = rawCache.get(raw);
    if (hit !== undefined) return hit;
    const term = raw.normalize('NFC').replace(LIST_MARKER, '').trim().replace(/\s+/g, ' ');
    let result = termCache.get(term);
    if (result === undefined) {
      result = matchFolded(term, fold(term));
      termCache.set(term, result);
    }
    rawCache.set(raw, result);
    return result;
  }

  function isAccepted(m: CompetencyTermMatch): boolean {
    return m.kind === 'exact' || m.kind === 'normalised';
  }

  /** The whole text as one accepted name, or null (no fuzzy search: used before splitting). */
  function wholeIfAccepted(text: string): CompetencyTermMatch | null {
    const term = text.normalize('NFC').trim().replace(/\s+/g, ' ');
    const cached = termCache.get(term);
    if (cached !== undefined) return isAccepted(cached) ? cached : null;
    const folded = fold(term);
    return folded === '' ? null : matchAccepted(term, folded, stemKey(folded));
  }

  /** Catalog without names that contain separators: every separator splits. */
  function splitEverywhere(cell: string): CompetencyTermMatch[] {
    const terms: CompetencyTermMatch[] = [];
    for (const part of cell.split(ANY_SEPARATOR)) {
      const m = matchTerm(part);
      if (m.key !== '' && !terms.some((t) => t.key === m.key)) terms.push(m);
    }
    return terms;
  }

  // Raw pieces of cells (the text between separators, spaces and all) and their matches, in a
  // small open-addressing table. A 10,000-row roster repeats a few dozen pieces tens of thousands
  // of times, and a Map would need each piece cut out of its cell and hashed in full; here a
  // piece is placed by its length and three of its characters, and found by comparing it in
  // place, character for character, so the table only ever returns what `matchTerm` gave for
  // that exact text.
  let pieceKeys: (string | undefined)[] = new Array<string | undefined>(256);
  let pieceMatches: (CompetencyTermMatch | undefined)[] = new Array<CompetencyTermMatch | undefined>(256);
  let pieceCount = 0;
  // Beyond this many distinct pieces (a file of free text, not names), pieces go to matchTerm.
  const MAX_PIECES = 4096;

  /** Slot of `text.slice(start, end)`, worked out without cutting it out. */
  function pieceSlot(text: string, start: number, end: number, mask: number): number {
    const n = end - start;
    if (n === 0) return 0;
    const h =
      Math.imul(n, 0x9e3779b1) ^
      Math.imul(text.charCodeAt(start + (n >> 1)), 0x85ebca6b) ^
      Math.imul(text.charCodeAt(end - 1), 0xc2b2ae35) ^
      text.charCodeAt(n > 1 ? start + 1 : start);
    return (h ^ (h >>> 15)) & mask;
  }

  function storePiece(piece: string, match: CompetencyTermMatch): void {
    if ((pieceCount + 1) * 2 > pieceKeys.length) {
      const keys = pieceKeys;
      const matches = pieceMatches;
      pieceKeys = new Array<string | undefined>(keys.length * 2);
      pieceMatches = new Array<CompetencyTermMatch | undefined>(keys.length * 2);
      pieceCount = 0;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k !== undefined) storePiece(k, matches[i] as CompetencyTermMatch);
      }
    }
    const mask = pieceKeys.length - 1;
    let slot = pieceSlot(piece, 0, piece.length, mask);
    while (pieceKeys[slot] !== undefined) slot = (slot + 1) & mask;
    pieceKeys[slot] = piece;
    pieceMatches[slot] = match;
    pieceCount++;
  }

  /** `matchTerm` for `cell.slice(start, end)`, remembered in the piece table. */
  function matchPiece(cell: string, start: number, end: number): CompetencyTermMatch {
    const mask = pieceKeys.length - 1;
    const n = end - start;
    for (let slot = pieceSlot(cell, start, end, mask); ; slot = (slot + 1) & mask) {
      const key = pieceKeys[slot];
      if (key === undefined) break;
      // Same length, and found first at `start`: the piece is that key.
      if (key.length === n && cell.indexOf(key, start) === start) return pieceMatches[slot] as CompetencyTermMatch;
    }
    const piece = cell.slice(start, end);
    const match = matchTerm(piece);
    if (pieceCount < MAX_PIECES) storePiece(piece, match);
    return match;
  }

  // Keys already visited in the cell being read, the first `count` entries of a list lent to one
  // call at a time (a visitor that reads another cell meanwhile gets a list of its own). Kept at
  // its size between cells: emptying an array gives its storage back, and it would be regrown for
  // every cell.
  let spareSeen: string[] | null = [];
  // ANY_SEPARATOR, searched from a position (one separator is one character).
  const separatorAfter = new RegExp(ANY_SEPARATOR.source, 'g');

  function eachTerm(cell: string, visit: (term: CompetencyTermMatch) => void): void {
    if (separatorNames.length > 0) {
      for (const t of splitAndMatch(cell)) visit(t);
      return;
    }
    const seen = spareSeen ?? [];
    spareSeen = null;
    let count = 0;
    // The pieces `cell.split(ANY_SEPARATOR)` gives, cut out one by one (no array of them). The
    // regex finds each separator natively; `lastIndex` is set right before each search and read
    // right after, so a visitor that uses the matcher in between cannot disturb it.
    let start = 0;
    for (;;) {
      separatorAfter.lastIndex = start;
      const found = separatorAfter.test(cell);
      const end = found ? separatorAfter.lastIndex - 1 : cell.length;
      const m = matchPiece(cell, start, end);
      // Cells hold a handful of names: a short list of keys seen beats a Set.
      if (m.key !== '' && !seenBefore(seen, count, m.key)) {
        seen[count++] = m.key;
        visit(m);
      }
      if (!found) break;
      start = end + 1;
    }
    spareSeen = seen;
  }

  function splitAndMatch(cell: string): CompetencyTermMatch[] {
    if (separatorNames.length === 0) return splitEverywhere(cell);
    // The catalog has names with separators in them: the whole cell may be one of them, and
    // they are found by search before the rest is split.
    const whole = wholeIfAccepted(cell.replace(LIST_MARKER, ''));
    if (whole !== null) return [whole];
    let rest = cell.normalize('NFC');
    const found: { index: number; match: CompetencyTermMatch }[] = [];
    let lower = rest.toLowerCase();
    // Positions found in the lower-case copy are used on the original: only when lower-casing
    // kept every character in place (it does for all but a few letters such as "İ").
    if (lower.length === rest.length) {
      for (const { entry, lower: name } of separatorNames) {
        let at = lower.indexOf(name);
        while (at !== -1) {
          found.push({ index: at, match: build(rest.slice(at, at + name.length), entry.folded, 'exact', entry, 1, [{ competencyId: entry.id, name: entry.name, confidence: 1 }]) });
          // Blank it out (same length keeps later indexes right) so its commas do not split it.
          rest = `${rest.slice(0, at)}${'\n'.repeat(name.length)}${rest.slice(at + name.length)}`;
          lower = rest.toLowerCase();
          at = lower.indexOf(name);
        }
      }
    }
    const pieces: { index: number; text: string }[] = [];
    let offset = 0;
    for (const strong of rest.split(STRONG_SEPARATORS)) {
      const strongAt = rest.indexOf(strong, offset);
      offset = strongAt + strong.length;
      const piece = strong.replace(LIST_MARKER, '').trim();
      if (piece === '') continue;
      // Try the piece whole first: a name may contain a comma the catalog knows as one name.
      if (!piece.includes(',') || wholeIfAccepted(piece) !== null) {
        pieces.push({ index: strongAt, text: piece });
        continue;
      }
      let inner = 0;
      for (const part of piece.split(',')) {
        const text = part.replace(LIST_MARKER, '').trim();
        if (text !== '') pieces.push({ index: strongAt + inner, text });
        inner += part.length + 1;
      }
    }
    for (const p of pieces) found.push({ index: p.index, match: matchTerm(p.text) });
    found.sort((a, b) => a.index - b.index);
    const seen = new Set<string>();
    const terms: CompetencyTermMatch[] = [];
    for (const { match } of found) {
      if (match.key === '' || seen.has(match.key)) continue;
      seen.add(match.key);
      terms.push(match);
    }
    return terms;
  }

  // Cells themselves are not cached: most are unique combinations, while their names repeat.
  function matchCell(cell: string): CellCompetencyMatch {
    const terms = cell.trim() === '' ? [] : splitAndMatch(cell);
    const acceptedIds: string[] = [];
    for (const t of terms) {
      if (isAccepted(t) && t.competencyId !== null && !acceptedIds.includes(t.competencyId)) acceptedIds.push(t.competencyId);
    }
    return { terms, acceptedIds };
  }

  return { matchCell, matchTerm, eachTerm };
}
