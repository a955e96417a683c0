/**
 * Grid questions of Google Forms and Microsoft Forms. A checkbox or multiple-choice grid is
 * exported as one column per row of the grid, headed `Question [Item]`; each cell holds the
 * column label(s) the person chose ("I can offer", "Novice" … "Expert", "1st"). Here a run of such
 * columns is recognised as one group, the kind of answers is told from the labels, and each cell
 * value is given exactly one meaning for the competency in the brackets: offered, wanted, both,
 * or nothing, under a rule the coordinator can change.
 */
import { fold } from './text-normalise';
import { baseHeader } from './shape-table';

/** What one grid cell says about the competency of its column. */
export type GridMeaning = 'offers' | 'wants' | 'both' | 'none';

/** Every meaning, in the order a screen lists them. */
export const GRID_MEANINGS: readonly GridMeaning[] = ['offers', 'wants', 'both', 'none'];

/** Where a whole group goes: all to offers, all to wants, or split by each cell's value. */
export type GridTarget = 'offers' | 'wants' | 'split';

/**
 * How the answers of a group are told apart: choices (labels that mean something on their own),
 * levels (an ordered scale, lowest first) or ranks (1st, 2nd…, stored worst first so that "from
 * a label up" means the same as for levels).
 */
export type GridKind = 'choice' | 'level' | 'rank';

/** A header of the form `Question [Item]`. */
export interface GridHeader {
  question: string;
  item: string;
}

// "Question [Item]", the item not empty and without brackets of its own; the letter that
// `shapeTable` adds to a repeated header is not part of it.
const GRID_HEADER = /^(.*\S)\s*\[([^[\]]*[^\s[\]][^[\]]*)\]$/s;

// Some Microsoft Forms exports join a Likert question and its statement with a dot instead:
// "Rate your level.Initiative" (no space after the dot, the statement starting with a letter).
const DOTTED_HEADER = /^(.*[^\s.])\.(\p{L}[^.]*)$/su;

/**
 * The question and the item of a grid column's header, `Question [Item]` or `Question.Item`;
 * null for any other header.
 */
export function parseGridHeader(header: string): GridHeader | null {
  const text = baseHeader(header).trim();
  const m = GRID_HEADER.exec(text) ?? DOTTED_HEADER.exec(text);
  if (m === null) return null;
  const item = (m[2] as string).trim();
  return item === '' ? null : { question: (m[1] as string).trim(), item };
}

/** A recognised grid question: its columns (file order) and the item each one asks about. */
export interface GridGroup {
  question: string;
  /** 0-based column indexes; the first one identifies the group. */
  columns: number[];
  items: string[];
}

/**
 * Groups of grid columns. Columns with the same question belong to one group, unless an item
 * comes again: then the form asked the whole grid again (in another section) and a new group
 * starts. A question needs two columns or more to count as a grid, so a lone "Phone [optional]"
 * stays an ordinary column.
 */
export function findGridGroups(headers: readonly string[]): GridGroup[] {
  const groups: GridGroup[] = [];
  const open = new Map<string, GridGroup>();
  headers.forEach((header, index) => {
    const parsed = parseGridHeader(header);
    if (parsed === null) return;
    const key = fold(parsed.question);
    const itemKey = fold(parsed.item);
    let group = open.get(key);
    if (group === undefined || group.items.some((i) => fold(i) === itemKey)) {
      group = { question: parsed.question, columns: [], items: [] };
      open.set(key, group);
      groups.push(group);
    }
    group.columns.push(index);
    group.items.push(parsed.item);
  });
  return groups.filter((g) => g.columns.length >= 2);
}

/**
 * The labels chosen in one cell. Microsoft Forms ends every choice with ";", Google Forms joins
 * several with ", ". A piece is only split at ", " when the cell is not one of the known labels
 * as a whole (so a label like "Yes, I can offer" stays one).
 */
export function splitChoices(cell: string, known: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const raw of cell.split(';')) {
    const piece = raw.trim();
    if (piece === '') continue;
    if (known.has(piece) || !piece.includes(', ')) {
      if (!out.includes(piece)) out.push(piece);
      continue;
    }
    for (const part of piece.split(', ')) {
      const label = part.trim();
      if (label !== '' && !out.includes(label)) out.push(label);
    }
  }
  return out;
}

// Known level words, lowest first; a scale uses a few of them.
const LEVEL_WORDS: readonly string[][] = [
  ['none', 'no experience', 'not at all', 'never'],
  ['novice', 'beginner', 'basic', 'aware', 'awareness', 'elementary', 'foundation', 'limited'],
  ['developing', 'some experience', 'learning', 'fair'],
  ['intermediate', 'competent', 'working knowledge', 'moderate', 'practitioner', 'good'],
  ['proficient', 'advanced', 'skilled', 'strong', 'very good'],
  ['expert', 'master', 'excellent', 'specialist', 'authority'],
];

function levelOf(label: string): number | null {
  const f = fold(label);
  for (let i = 0; i < LEVEL_WORDS.length; i++) {
    if ((LEVEL_WORDS[i] as string[]).some((w) => f === w || f.startsWith(`${w} `))) return i;
  }
  const n = /^(\d{1,2})(?: (?:out of )?\d{1,2})?$/.exec(f);
  return n === null ? null : 10 + Number(n[1]);
}

function rankOf(label: string): number | null {
  const m = /^(\d{1,2})\s*(?:st|nd|rd|th)(?:\s+(?:choice|place|priority))?$/.exec(fold(label));
  return m === null ? null : Number(m[1]);
}

/** The labels a group's cells use, in the order a screen lists them, and how they read. */
export interface GridAnswers {
  kind: GridKind;
  /** Distinct labels; for levels lowest first, for ranks last rank first. */
  labels: string[];
  /** How many cells hold each label. */
  counts: Record<string, number>;
}

/** Every label used in the given cells, and whether they form a scale (levels or ranks). */
export function gridAnswers(cells: Iterable<string>): GridAnswers {
  const counts = new Map<string, number>();
  const known = new Set<string>();
  const all: string[] = [];
  for (const cell of cells) all.push(cell);
  // A cell with ", " is one label (such as "Yes, I can offer") unless its parts are all labels
  // chosen on their own elsewhere: then it is several choices joined by Google Forms.
  const alone = new Set<string>();
  for (const cell of all) {
    const t = cell.trim();
    if (t !== '' && !t.includes(';') && !t.includes(', ')) alone.add(t);
  }
  for (const cell of all) {
    const t = cell.trim();
    if (t.includes(', ') && !t.includes(';') && !t.split(', ').every((p) => alone.has(p.trim()))) known.add(t);
  }
  for (const cell of all) {
    for (const label of splitChoices(cell, known)) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const labels = [...counts.keys()];
  let kind: GridKind = 'choice';
  let ordered = [...labels].sort((a, b) => a.localeCompare(b));
  if (labels.length > 0 && labels.every((l) => rankOf(l) !== null)) {
    kind = 'rank';
    ordered = [...labels].sort((a, b) => (rankOf(b) as number) - (rankOf(a) as number));
  } else if (labels.length > 1 && labels.every((l) => levelOf(l) !== null)) {
    kind = 'level';
    ordered = [...labels].sort((a, b) => (levelOf(a) as number) - (levelOf(b) as number) || a.localeCompare(b));
  }
  return { kind, labels: ordered, counts: Object.fromEntries(ordered.map((l) => [l, counts.get(l) as number])) };
}

/** A scale rule: labels from `from` up (in scale order) mean `above`, the others `below`. */
export interface GridScale {
  from: string;
  above: GridMeaning;
  below: GridMeaning;
}

/** How one group is imported; kept in the column mapping. */
export interface GridMapping {
  /** First column of the group (0-based): identifies it in the header row. */
  column: number;
  question: string;
  kind: GridKind;
  target: GridTarget;
  /** Meaning of each label; a label not listed means nothing. */
  labels: Record<string, GridMeaning>;
  /** Levels and ranks: the threshold rule the labels were set from. */
  scale?: GridScale;
}

/** The meanings a target allows for one label. */
export function meaningsFor(target: GridTarget): readonly GridMeaning[] {
  if (target === 'offers') return ['offers', 'none'];
  if (target === 'wants') return ['wants', 'none'];
  return GRID_MEANINGS;
}

const OFFER_WORDS = ['offer', 'can offer', 'i can offer', 'help', 'teach', 'share', 'mentor', 'strength', 'strong', 'give', 'support others', 'good at'];
const WANT_WORDS = ['want', 'develop', 'learn', 'improve', 'grow', 'need', 'like to develop', 'get better', 'mentee', 'receive'];
const NO_WORDS = ['no', 'none', 'not', 'n a', 'na', 'never', 'not interested', 'not applicable', 'neither'];

function isRefusal(label: string): boolean {
  const f = fold(label);
  return NO_WORDS.some((w) => f === w || f.startsWith(`${w} `));
}

/** What a choice label says on its own. */
export function guessChoiceMeaning(label: string): GridMeaning {
  const f = ` ${fold(label)} `;
  if (isRefusal(label)) return 'none';
  const offers = OFFER_WORDS.some((w) => f.includes(` ${w}`));
  const wants = WANT_WORDS.some((w) => f.includes(` ${w}`));
  if (offers && wants) return 'both';
  if (offers) return 'offers';
  if (wants) return 'wants';
  return 'none';
}

/** The meaning a cell holding several labels has: what its labels say together. */
export function combineMeanings(meanings: Iterable<GridMeaning>): GridMeaning {
  let offers = false;
  let wants = false;
  for (const m of meanings) {
    if (m === 'offers' || m === 'both') offers = true;
    if (m === 'wants' || m === 'both') wants = true;
  }
  return offers && wants ? 'both' : offers ? 'offers' : wants ? 'wants' : 'none';
}

/** Labels in scale order meaning `above` from `from` on, `below` before it. */
export function scaleMeanings(order: readonly string[], scale: GridScale): Record<string, GridMeaning> {
  const at = order.indexOf(scale.from);
  const out: Record<string, GridMeaning> = {};
  order.forEach((label, i) => {
    out[label] = at !== -1 && i >= at ? scale.above : scale.below;
  });
  return out;
}

/** The threshold rule a target starts with for a scale. */
export function defaultScale(kind: GridKind, order: readonly string[], target: GridTarget): GridScale {
  if (kind === 'rank') {
    // The three best ranks (or all of them) count; the question says for what.
    const from = order[Math.max(0, order.length - 3)] ?? '';
    return { from, above: target === 'wants' ? 'wants' : 'offers', below: target === 'split' ? 'wants' : 'none' };
  }
  // Levels: from the middle of the scale up ("Intermediate" of Novice … Expert).
  const from = order[Math.floor(order.length / 2)] ?? '';
  if (target === 'offers') return { from, above: 'offers', below: 'none' };
  if (target === 'wants') return { from, above: 'none', below: 'wants' };
  return { from, above: 'offers', below: 'wants' };
}

/**
 * Where a group of choices goes when nothing is known yet: split when its labels speak of both
 * offering and wanting, otherwise the side they (or the question) speak of.
 */
export function defaultGridTarget(kind: GridKind, labels: readonly string[], question: string): GridTarget {
  if (kind === 'level') return 'split';
  const q = guessChoiceMeaning(question);
  if (kind === 'rank') return q === 'wants' ? 'wants' : q === 'offers' ? 'offers' : 'wants';
  const meanings = labels.map(guessChoiceMeaning);
  const any = combineMeanings(meanings);
  if (any === 'both') return 'split';
  if (any === 'offers' || any === 'wants') return any;
  return q === 'offers' || q === 'wants' ? q : 'split';
}

/** The meaning of each label under a target (and a scale rule, for levels and ranks). */
export function labelMeanings(
  answers: Pick<GridAnswers, 'kind' | 'labels'>,
  target: GridTarget,
  scale?: GridScale,
): Record<string, GridMeaning> {
  if (answers.kind !== 'choice') return scaleMeanings(answers.labels, scale ?? defaultScale(answers.kind, answers.labels, target));
  const out: Record<string, GridMeaning> = {};
  for (const label of answers.labels) {
    const guess = guessChoiceMeaning(label);
    if (target === 'split') out[label] = guess;
    // One-sided groups: "Yes", a tick or any label that is not a refusal counts for that side.
    else if (guess === target || guess === 'both' || (guess === 'none' && !isRefusal(label))) out[label] = target;
    else out[label] = 'none';
  }
  return out;
}

/** The whole rule for a group, from its cells. */
export function defaultGridMapping(group: GridGroup, answers: GridAnswers, target?: GridTarget): GridMapping {
  const chosen = target ?? defaultGridTarget(answers.kind, answers.labels, group.question);
  const scale = answers.kind === 'choice' ? undefined : defaultScale(answers.kind, answers.labels, chosen);
  return {
    column: group.columns[0] as number,
    question: group.question,
    kind: answers.kind,
    target: chosen,
    labels: labelMeanings(answers, chosen, scale),
    ...(scale === undefined ? {} : { scale }),
  };
}

/**
 * What one cell of a group means: the meanings of its labels taken together. A label the rule
 * does not list, and an empty cell, mean nothing; so every cell has exactly one meaning.
 */
export function cellMeaning(cell: string, rule: Pick<GridMapping, 'labels'>): GridMeaning {
  const t = cell.trim();
  if (t === '') return 'none';
  const labels = rule.labels;
  const own = (label: string): GridMeaning | undefined => (Object.prototype.hasOwnProperty.call(labels, label) ? labels[label] : undefined);
  const whole = own(t);
  if (whole !== undefined) return whole;
  return combineMeanings(splitChoices(t, knownLabels(labels)).map((l) => own(l) ?? 'none'));
}

// The labels of a rule as a set, made once per rule object (a roster reads it for every cell).
const labelSets = new WeakMap<object, Set<string>>();
function knownLabels(labels: Record<string, GridMeaning>): Set<string> {
  let set = labelSets.get(labels);
  if (set === undefined) {
    set = new Set(Object.keys(labels));
    labelSets.set(labels, set);
  }
  return set;
}

/** The cells of one column, for `gridAnswers`. */
export function* columnCells(rows: readonly { cells: readonly string[] }[], columns: readonly number[]): Generator<string> {
  for (const row of rows) for (const c of columns) yield row.cells[c] ?? '';
}
