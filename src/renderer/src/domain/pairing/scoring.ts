/**
 * Pair scoring. A pair is good when it is complementary both ways: what A offers covers what B
 * wants and what B offers covers what A wants, with a bonus when both directions are covered.
 * The coordinator's rules then move the score (soft) or forbid the pair (hard); do-not-pair lists
 * are always hard. Scores are integers.
 *
 * Two paths compute the same number: `scorePair` (slow, with reasons in words, for pairs that are
 * shown) and `scorePairFast` (bit masks and interned attributes, for scoring every pair of a large
 * roster). Tests hold them equal.
 */
import type { CareerStage, Competency, Participant } from '../model';
import { CAREER_STAGE_LABELS } from '../model';
import type { PairingSettings } from './pairing-settings';

/** Catalog, settings and history every score depends on. */
export interface ScoringContext {
  settings: PairingSettings;
  /** Bit index of each active (not retired) competency, in catalog order. */
  competencyBit: ReadonlyMap<string, number>;
  /** Competency names by bit index. */
  competencyNames: readonly string[];
  /** 32-bit words per competency mask. */
  words: number;
  /** Unordered email-key pairs of earlier programs' confirmed partners (see `partnerKey`). */
  previousPartners: ReadonlySet<string>;
  /** Where two people got to know each other, by unordered id pair (see `idPairKey`), e.g. "met at speed mentoring on …". */
  knownNotes?: ReadonlyMap<string, string>;
}

/** Key of an unordered pair of participant ids. */
export function idPairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** A pair's score with its reasons in words. */
export interface PairAssessment {
  score: number;
  /** False when a hard rule or a do-not-pair list forbids the pair. */
  allowed: boolean;
  /** How the score is made, one line each ("Ana offers …, which Ben wants to develop"). */
  reasons: string[];
  /** What the coordinator should look at (hard-rule conflicts, one-way pairs). */
  warnings: string[];
}

/** Normalises free text (department, manager, location) so "Finance " and "finance" match. */
export function normaliseAttribute(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Normalises an email key the way the roster does (trim, lower case, NFC). */
export function normaliseEmailKey(value: string): string {
  return value.normalize('NFC').trim().toLowerCase();
}

/** Key of an unordered pair of email keys. */
export function partnerKey(a: string, b: string): string {
  const x = normaliseEmailKey(a);
  const y = normaliseEmailKey(b);
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/** Builds the scoring context: active catalog in order, settings, previous partners by email key. */
export function createScoringContext(
  catalog: readonly Competency[],
  settings: PairingSettings,
  previousPartners: readonly (readonly [string, string])[] = [],
  knownNotes: readonly (readonly [string, string, string])[] = [],
): ScoringContext {
  // Retired competencies can no longer be chosen by a team, so covering them is not a reason to pair.
  const active = catalog
    .filter((c) => !c.retired)
    .slice()
    .sort((x, y) => x.order - y.order || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const competencyBit = new Map<string, number>();
  const competencyNames: string[] = [];
  for (const c of active) {
    if (competencyBit.has(c.id)) continue;
    competencyBit.set(c.id, competencyNames.length);
    competencyNames.push(c.name);
  }
  const previous = new Set<string>();
  for (const [a, b] of previousPartners) {
    if (normaliseEmailKey(a) === '' || normaliseEmailKey(b) === '') continue;
    if (normaliseEmailKey(a) === normaliseEmailKey(b)) continue;
    previous.add(partnerKey(a, b));
  }
  return {
    settings,
    competencyBit,
    competencyNames,
    words: Math.max(1, Math.ceil(competencyNames.length / 32)),
    previousPartners: previous,
    knownNotes: new Map(knownNotes.map(([a, b, note]) => [idPairKey(a, b), note])),
  };
}

/** Short names for people shown together: first names, or full names when first names clash. */
export function shortNames(people: readonly Participant[]): string[] {
  const first = people.map((p) => p.firstName.trim() || p.name.trim() || p.email.trim() || p.id);
  return people.map((p, i) => {
    const clash = first.some(
      (f, j) => j !== i && f.toLowerCase() === (first[i] ?? '').toLowerCase(),
    );
    if (!clash) return first[i] ?? p.id;
    return p.name.trim() || `${p.firstName} ${p.lastName}`.trim() || p.email.trim() || p.id;
  });
}

/** Signed points with a true minus sign, as shown to people ("+3", "−2"). */
export function formatPoints(points: number): string {
  return points < 0 ? `\u2212${Math.abs(points)}` : `+${points}`;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function coveredIds(offerer: Participant, wanter: Participant, ctx: ScoringContext): number[] {
  const offered = new Set<number>();
  for (const id of offerer.offers) {
    const bit = ctx.competencyBit.get(id);
    if (bit !== undefined) offered.add(bit);
  }
  const covered = new Set<number>();
  for (const id of wanter.wants) {
    const bit = ctx.competencyBit.get(id);
    if (bit !== undefined && offered.has(bit)) covered.add(bit);
  }
  return [...covered].sort((x, y) => x - y);
}

/** One line of a pair's score, kept structured so teams can prefix it with the two names. */
interface ScoreItem {
  label: string;
  /** Points shown after the label, or null for coverage lines (shown without points). */
  points: number | null;
}

interface PairExplanation {
  score: number;
  allowed: boolean;
  items: ScoreItem[];
  /** Hard-rule conflicts, as labels ("same department (Finance)"). */
  conflicts: string[];
  coveredAB: number;
  coveredBA: number;
}

function knows(a: Participant, b: Participant): boolean {
  return a.knownWell.includes(b.id) || b.knownWell.includes(a.id);
}

function refuses(a: Participant, b: Participant): boolean {
  return a.doNotPair.includes(b.id) || b.doNotPair.includes(a.id);
}

/**
 * True when the two were in one team of the program this one was started from (each person's
 * `previousPartners`, carried over by "Start next year's program"; either side is enough).
 */
export function workedTogetherLastYear(a: Participant, b: Participant): boolean {
  return (a.previousPartners ?? []).includes(b.id) || (b.previousPartners ?? []).includes(a.id);
}

/** True when each chose the other to continue with after a speed mentoring event. */
export function choseEachOther(a: Participant, b: Participant): boolean {
  return (a.continueWith ?? []).includes(b.id) && (b.continueWith ?? []).includes(a.id);
}

/** True when each names the other as preferred partner. */
export function isMutualPreference(a: Participant, b: Participant): boolean {
  const pa = normaliseEmailKey(a.preferredPartnerEmail);
  const pb = normaliseEmailKey(b.preferredPartnerEmail);
  return (
    pa !== '' &&
    pb !== '' &&
    pa === normaliseEmailKey(b.emailKey) &&
    pb === normaliseEmailKey(a.emailKey)
  );
}

function stageLabel(stage: CareerStage): string {
  return CAREER_STAGE_LABELS[stage].toLowerCase();
}

/** The reason shown on a card when two people were partners in the program this one continues. */
export const PREVIOUS_PARTNERS_LAST_YEAR = 'Worked together last year';

function knownWellLabel(na: string, nb: string, note: string | undefined): string {
  return `${na} and ${nb} already know each other well${note ? ` (${note})` : ''}`;
}

function explain(
  a: Participant,
  b: Participant,
  names: [string, string],
  ctx: ScoringContext,
): PairExplanation {
  const s = ctx.settings;
  const r = s.rules;
  const items: ScoreItem[] = [];
  const conflicts: string[] = [];
  const [na, nb] = names;
  let allowed = a.id !== b.id;

  const ab = coveredIds(a, b, ctx);
  const ba = coveredIds(b, a, ctx);
  let score = s.pointsPerCoveredWant * (ab.length + ba.length);
  if (ab.length > 0) {
    const list = listInWords(ab.map((i) => ctx.competencyNames[i] ?? ''));
    items.push({ label: `${na} offers ${list}, which ${nb} wants to develop`, points: null });
  }
  if (ba.length > 0) {
    const list = listInWords(ba.map((i) => ctx.competencyNames[i] ?? ''));
    items.push({ label: `${nb} offers ${list}, which ${na} wants to develop`, points: null });
  }
  if (ab.length > 0 && ba.length > 0 && s.bothWaysBonus > 0) {
    score += s.bothWaysBonus;
    items.push({ label: 'Complementary both ways', points: s.bothWaysBonus });
  }

  if (refuses(a, b)) {
    allowed = false;
    const who = a.doNotPair.includes(b.id)
      ? `${na} asked not to be paired with ${nb}`
      : `${nb} asked not to be paired with ${na}`;
    conflicts.push(`do-not-pair list (${who})`);
  }

  const avoid = (
    mode: 'off' | 'soft' | 'hard',
    weight: number,
    applies: boolean,
    label: string,
  ): void => {
    if (!applies || mode === 'off') return;
    if (mode === 'hard') {
      allowed = false;
      conflicts.push(label.charAt(0).toLowerCase() + label.slice(1));
    } else if (weight > 0) {
      score -= weight;
      items.push({ label, points: -weight });
    }
  };
  const prefer = (
    mode: 'off' | 'soft' | 'hard',
    weight: number,
    met: boolean | null,
    metLabel: string,
    unmetLabel: string,
  ): void => {
    // null: one of the two has no value, so the preference can neither be met nor broken.
    if (met === null || mode === 'off') return;
    if (mode === 'hard') {
      if (!met) {
        allowed = false;
        conflicts.push(unmetLabel.charAt(0).toLowerCase() + unmetLabel.slice(1));
      }
    } else if (met && weight > 0) {
      score += weight;
      items.push({ label: metLabel, points: weight });
    }
  };

  const deptA = normaliseAttribute(a.department);
  avoid(
    r.sameDepartment.mode,
    r.sameDepartment.weight,
    deptA !== '' && deptA === normaliseAttribute(b.department),
    `Same department (${a.department.trim()})`,
  );
  const mgrA = normaliseAttribute(a.manager);
  avoid(
    r.sameManager.mode,
    r.sameManager.weight,
    mgrA !== '' && mgrA === normaliseAttribute(b.manager),
    `Same manager (${a.manager.trim()})`,
  );
  avoid(
    r.knownWell.mode,
    r.knownWell.weight,
    knows(a, b),
    knownWellLabel(na, nb, ctx.knownNotes?.get(idPairKey(a.id, b.id))),
  );
  const lastYear = workedTogetherLastYear(a, b);
  const prev =
    lastYear ||
    (normaliseEmailKey(a.emailKey) !== '' &&
      normaliseEmailKey(b.emailKey) !== '' &&
      ctx.previousPartners.has(partnerKey(a.emailKey, b.emailKey)));
  avoid(
    r.previousPartners.mode,
    r.previousPartners.weight,
    prev,
    lastYear ? PREVIOUS_PARTNERS_LAST_YEAR : 'Partners in an earlier program',
  );

  const stage = r.careerStage;
  if (a.careerStage !== null && b.careerStage !== null) {
    const same = a.careerStage === b.careerStage;
    const both = `Both ${stageLabel(a.careerStage)}`;
    const diff = `Different career stages (${stageLabel(a.careerStage)} and ${stageLabel(b.careerStage)})`;
    if (stage.prefer === 'similar') {
      prefer(stage.mode, stage.weight, same, `${both} (peers)`, diff);
    } else {
      prefer(stage.mode, stage.weight, !same, diff, both);
    }
  }
  const locA = normaliseAttribute(a.location);
  const locB = normaliseAttribute(b.location);
  prefer(
    r.sameLocation.mode,
    r.sameLocation.weight,
    locA === '' || locB === '' ? null : locA === locB,
    `Same location (${a.location.trim()})`,
    `Different locations (${a.location.trim()} and ${b.location.trim()})`,
  );
  if (
    isMutualPreference(a, b) &&
    r.mutualPreference.mode === 'soft' &&
    r.mutualPreference.weight > 0
  ) {
    score += r.mutualPreference.weight;
    items.push({ label: 'Each asked for the other as partner', points: r.mutualPreference.weight });
  } else if (choseEachOther(a, b) && r.mutualPreference.mode === 'soft' && r.mutualPreference.weight > 0) {
    // The same bonus as a mutual preference (never both): the wish was said at speed mentoring.
    score += r.mutualPreference.weight;
    items.push({ label: `${na} and ${nb} both asked to continue together after speed mentoring`, points: r.mutualPreference.weight });
  }
  return { score, allowed, items, conflicts, coveredAB: ab.length, coveredBA: ba.length };
}

function itemText(item: ScoreItem, prefix: string): string {
  const label =
    prefix === ''
      ? item.label
      : `${prefix}: ${item.label.charAt(0).toLowerCase()}${item.label.slice(1)}`;
  return item.points === null ? label : `${label}: ${formatPoints(item.points)}`;
}

/**
 * Scores one pair with reasons in words (slow path: for pairs that are shown). The same number as
 * `scorePairFast` for the same people, catalog, settings and history.
 */
export function scorePair(a: Participant, b: Participant, ctx: ScoringContext): PairAssessment {
  const [na = '', nb = ''] = shortNames([a, b]);
  const e = explain(a, b, [na, nb], ctx);
  const warnings = e.conflicts.map((c) => `Not allowed: ${c}`);
  if (e.coveredAB === 0 && e.coveredBA === 0) {
    warnings.push('Neither offers anything the other wants to develop');
  } else if (e.coveredAB === 0) {
    warnings.push(`One way only: nothing ${na} offers is on ${nb}'s wants list`);
  } else if (e.coveredBA === 0) {
    warnings.push(`One way only: nothing ${nb} offers is on ${na}'s wants list`);
  }
  return {
    score: e.score,
    allowed: e.allowed,
    reasons: e.items.map((i) => itemText(i, '')),
    warnings,
  };
}

/**
 * Scores a whole team (pair, triad or group): the sum of its pairwise scores, allowed only when
 * every pair is. Reason lines name the two people they concern once the team has three or more.
 */
export function scoreTeam(members: readonly Participant[], ctx: ScoringContext): PairAssessment {
  if (members.length === 2) {
    const [a, b] = members as [Participant, Participant];
    return scorePair(a, b, ctx);
  }
  const names = shortNames(members);
  let score = 0;
  let allowed = true;
  const reasons: string[] = [];
  const warnings: string[] = [];
  for (let i = 0; i < members.length; i += 1) {
    for (let j = i + 1; j < members.length; j += 1) {
      const a = members[i] as Participant;
      const b = members[j] as Participant;
      const na = names[i] ?? '';
      const nb = names[j] ?? '';
      const e = explain(a, b, [na, nb], ctx);
      score += e.score;
      allowed &&= e.allowed;
      const prefix = `${na} & ${nb}`;
      for (const item of e.items) {
        // Coverage lines already name both people, so they need no prefix.
        reasons.push(item.points === null ? item.label : itemText(item, prefix));
      }
      for (const c of e.conflicts) warnings.push(`Not allowed: ${prefix}: ${c}`);
    }
  }
  // In a team of three or more, what matters is whether each person's wants are met by someone.
  members.forEach((m, i) => {
    const wanted = m.wants.filter((id) => ctx.competencyBit.has(id));
    if (wanted.length === 0) return;
    const hit = members.some((o) => o.id !== m.id && coveredIds(o, m, ctx).length > 0);
    if (!hit)
      warnings.push(`Nobody else in this team offers what ${names[i] ?? ''} wants to develop`);
  });
  return { score, allowed, reasons, warnings };
}

/** Sentinel returned by `scorePairFast` for a pair a hard rule forbids. */
export const NOT_ALLOWED = -0x7fffffff;

const FLAG_DO_NOT_PAIR = 1;
const FLAG_KNOWN_WELL = 2;
const FLAG_PREVIOUS = 4;
const FLAG_MUTUAL = 8;
const FLAG_CONTINUE = 16;

/** Precomputed per-person data for fast scoring of every pair in a roster. */
export interface PairFeatures {
  n: number;
  words: number;
  offers: Uint32Array;
  wants: Uint32Array;
  department: Int32Array;
  manager: Int32Array;
  location: Int32Array;
  /** 0 early, 1 mid, 2 late, -1 unknown. */
  stage: Int8Array;
  /** Sparse relations keyed `i * n + j` (i < j): do-not-pair, known well, previous, mutual. */
  relations: Map<number, number>;
  settings: PairingSettings;
}

const STAGE_CODE: Record<CareerStage, number> = { early: 0, mid: 1, late: 2 };

function intern(values: readonly string[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(values.length);
  values.forEach((v, i) => {
    const key = normaliseAttribute(v);
    if (key === '') {
      out[i] = -1;
      return;
    }
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    out[i] = id;
  });
  return out;
}

/** Precomputes bit masks, interned attributes and sparse relations for `people` (index = position). */
export function buildPairFeatures(
  people: readonly Participant[],
  ctx: ScoringContext,
): PairFeatures {
  const n = people.length;
  const w = ctx.words;
  const offers = new Uint32Array(n * w);
  const wants = new Uint32Array(n * w);
  const indexById = new Map<string, number>();
  const indexByEmail = new Map<string, number[]>();
  people.forEach((p, i) => {
    for (const id of p.offers) {
      const bit = ctx.competencyBit.get(id);
      if (bit !== undefined) offers[i * w + (bit >>> 5)]! |= 1 << (bit & 31);
    }
    for (const id of p.wants) {
      const bit = ctx.competencyBit.get(id);
      if (bit !== undefined) wants[i * w + (bit >>> 5)]! |= 1 << (bit & 31);
    }
    if (!indexById.has(p.id)) indexById.set(p.id, i);
    const key = normaliseEmailKey(p.emailKey);
    if (key !== '') {
      const list = indexByEmail.get(key);
      if (list) list.push(i);
      else indexByEmail.set(key, [i]);
    }
  });
  const relations = new Map<number, number>();
  const mark = (i: number, j: number, flag: number): void => {
    if (i === j) return;
    const key = i < j ? i * n + j : j * n + i;
    relations.set(key, (relations.get(key) ?? 0) | flag);
  };
  people.forEach((p, i) => {
    for (const id of p.doNotPair) {
      const j = indexById.get(id);
      if (j !== undefined) mark(i, j, FLAG_DO_NOT_PAIR);
    }
    for (const id of p.knownWell) {
      const j = indexById.get(id);
      if (j !== undefined) mark(i, j, FLAG_KNOWN_WELL);
    }
    for (const id of p.previousPartners ?? []) {
      const j = indexById.get(id);
      if (j !== undefined) mark(i, j, FLAG_PREVIOUS);
    }
    const pref = normaliseEmailKey(p.preferredPartnerEmail);
    if (pref !== '') {
      for (const j of indexByEmail.get(pref) ?? []) {
        if (isMutualPreference(p, people[j] as Participant)) mark(i, j, FLAG_MUTUAL);
      }
    }
    for (const id of p.continueWith ?? []) {
      const j = indexById.get(id);
      if (j !== undefined && choseEachOther(p, people[j] as Participant)) mark(i, j, FLAG_CONTINUE);
    }
  });
  for (const key of ctx.previousPartners) {
    const [x = '', y = ''] = key.split('\u0000');
    for (const i of indexByEmail.get(x) ?? []) {
      for (const j of indexByEmail.get(y) ?? []) mark(i, j, FLAG_PREVIOUS);
    }
  }
  const stage = new Int8Array(n);
  people.forEach((p, i) => {
    stage[i] = p.careerStage === null ? -1 : STAGE_CODE[p.careerStage];
  });
  return {
    n,
    words: w,
    offers,
    wants,
    department: intern(people.map((p) => p.department)),
    manager: intern(people.map((p) => p.manager)),
    location: intern(people.map((p) => p.location)),
    stage,
    relations,
    settings: ctx.settings,
  };
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Score of the pair (i, j) from precomputed features, or `NOT_ALLOWED` when a hard rule forbids
 * it. Same rules and arithmetic as `scorePair`, without words.
 */
export function scorePairFast(f: PairFeatures, i: number, j: number): number {
  if (i === j) return NOT_ALLOWED;
  const s = f.settings;
  const r = s.rules;
  const w = f.words;
  let ab = 0;
  let ba = 0;
  for (let k = 0; k < w; k += 1) {
    ab += popcount((f.offers[i * w + k] as number) & (f.wants[j * w + k] as number));
    ba += popcount((f.offers[j * w + k] as number) & (f.wants[i * w + k] as number));
  }
  let score = s.pointsPerCoveredWant * (ab + ba);
  if (ab > 0 && ba > 0) score += s.bothWaysBonus;
  const rel = f.relations.get(i < j ? i * f.n + j : j * f.n + i) ?? 0;
  if ((rel & FLAG_DO_NOT_PAIR) !== 0) return NOT_ALLOWED;

  const d = f.department[i] as number;
  if (d >= 0 && d === f.department[j]) {
    if (r.sameDepartment.mode === 'hard') return NOT_ALLOWED;
    if (r.sameDepartment.mode === 'soft') score -= r.sameDepartment.weight;
  }
  const m = f.manager[i] as number;
  if (m >= 0 && m === f.manager[j]) {
    if (r.sameManager.mode === 'hard') return NOT_ALLOWED;
    if (r.sameManager.mode === 'soft') score -= r.sameManager.weight;
  }
  if ((rel & FLAG_KNOWN_WELL) !== 0) {
    if (r.knownWell.mode === 'hard') return NOT_ALLOWED;
    if (r.knownWell.mode === 'soft') score -= r.knownWell.weight;
  }
  if ((rel & FLAG_PREVIOUS) !== 0) {
    if (r.previousPartners.mode === 'hard') return NOT_ALLOWED;
    if (r.previousPartners.mode === 'soft') score -= r.previousPartners.weight;
  }
  const si = f.stage[i] as number;
  const sj = f.stage[j] as number;
  if (si >= 0 && sj >= 0 && r.careerStage.mode !== 'off') {
    const met = r.careerStage.prefer === 'similar' ? si === sj : si !== sj;
    if (r.careerStage.mode === 'hard') {
      if (!met) return NOT_ALLOWED;
    } else if (met) score += r.careerStage.weight;
  }
  const li = f.location[i] as number;
  const lj = f.location[j] as number;
  if (li >= 0 && lj >= 0 && r.sameLocation.mode !== 'off') {
    if (r.sameLocation.mode === 'hard') {
      if (li !== lj) return NOT_ALLOWED;
    } else if (li === lj) score += r.sameLocation.weight;
  }
  if ((rel & FLAG_MUTUAL) !== 0 && r.mutualPreference.mode === 'soft')
    score += r.mutualPreference.weight;
  else if ((rel & FLAG_CONTINUE) !== 0 && r.mutualPreference.mode === 'soft' && r.mutualPreference.weight > 0)
    score += r.mutualPreference.weight;
  return score;
}
