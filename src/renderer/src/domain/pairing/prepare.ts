/**
 * Preparation shared by pairs and groups: people in a canonical order, every pair scored once
 * (the expensive step), and the coordinator's fixed arrangements (locked teams, pins, pairs that
 * registered together, mutual preferences when honoured as a hard rule) set apart from the pool.
 */
import type { Participant, TeamKind } from '../model';
import type { PairingSettings } from './pairing-settings';
import type {
  PairingInput,
  PlannedTeam,
  TeamOrigin,
  UnpairedPerson,
  UnpairedReason,
} from './plan-model';
import type { ScoringContext } from './scoring';
import {
  NOT_ALLOWED,
  buildPairFeatures,
  createScoringContext,
  isMutualPreference,
  normaliseEmailKey,
  scorePairFast,
  scoreTeam,
  shortNames,
} from './scoring';

/** Input with every pair scored. Index = position in `people` (sorted by id). */
export interface PreparedPairing {
  input: PairingInput;
  settings: PairingSettings;
  context: ScoringContext;
  people: Participant[];
  indexById: ReadonlyMap<string, number>;
  n: number;
  /** `scores[i * n + j]`: pair score, or `NOT_ALLOWED` when a hard rule forbids the pair. */
  scores: Int32Array;
  /** Ids that appeared more than once in the input (only the first is kept). */
  duplicateIds: string[];
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Scores every pair once. Sorting by id first makes every later step independent of the order
 * the roster arrived in.
 */
export function preparePairing(input: PairingInput): PreparedPairing {
  const seen = new Set<string>();
  const duplicateIds: string[] = [];
  const people: Participant[] = [];
  for (const p of [...input.participants].sort((a, b) => compareIds(a.id, b.id))) {
    if (seen.has(p.id)) {
      duplicateIds.push(p.id);
      continue;
    }
    seen.add(p.id);
    people.push(p);
  }
  const context = createScoringContext(input.catalog, input.settings, input.previousPartners ?? [], input.knownNotes ?? []);
  const features = buildPairFeatures(people, context);
  const n = people.length;
  const scores = new Int32Array(n * n).fill(NOT_ALLOWED);
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const s = scorePairFast(features, i, j);
      scores[i * n + j] = s;
      scores[j * n + i] = s;
    }
  }
  const indexById = new Map<string, number>();
  people.forEach((p, i) => indexById.set(p.id, i));
  return { input, settings: input.settings, context, people, indexById, n, scores, duplicateIds };
}

/** Pair score from the table (`NOT_ALLOWED` when forbidden). */
export function tableScore(prep: PreparedPairing, i: number, j: number): number {
  return prep.scores[i * prep.n + j] as number;
}

/** Whether the pair may be formed by the matching: allowed and at least the minimum score. */
export function isEligible(prep: PreparedPairing, i: number, j: number): boolean {
  const s = tableScore(prep, i, j);
  if (s === NOT_ALLOWED) return false;
  const min = prep.settings.minPairScore;
  return min === null || s >= min;
}

/** The words shown for each reason a person is not in a team. */
export function unpairedMessage(reason: UnpairedReason, settings: PairingSettings): string {
  switch (reason) {
    case 'withdrawn':
      return 'Withdrawn from the program';
    case 'not-opted-in':
      return 'Interested, not opted in yet: opt them in on Participants to pair them';
    case 'excluded':
      return 'Left out of this run by the coordinator';
    case 'no-allowed-partner':
      return 'Hard rules exclude every available partner';
    case 'below-minimum':
      return `No allowed partner reaches the minimum pair score (${settings.minPairScore ?? 0})`;
    case 'odd-count':
      return 'Left out for now (odd count)';
    case 'no-triad-allowed':
      return 'Left over (odd count), and hard rules exclude every pair they could join';
    case 'no-partner-left':
      return settings.pairAsManyAsPossible
        ? 'Every partner the rules allow is already paired with someone else'
        : 'No available partner would raise the total score';
    case 'no-group-fits':
      return 'Hard rules or group sizes leave no group they can join';
  }
}

/** An unpaired entry for person index `i`. */
export function unpairedEntry(
  prep: PreparedPairing,
  i: number,
  reason: UnpairedReason,
): UnpairedPerson {
  return {
    participantId: (prep.people[i] as Participant).id,
    reason,
    message: unpairedMessage(reason, prep.settings),
  };
}

function teamKindFor(size: number, groupsMode: boolean): TeamKind {
  if (groupsMode) return 'group';
  return size === 2 ? 'pair' : size === 3 ? 'triad' : 'group';
}

/** Orders people for display: by name, then id, so equal names still sort the same every time. */
export function byName(a: Participant, b: Participant): number {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : compareIds(a.id, b.id);
}

/** Builds a planned team from member indexes, with its score and reasons. */
export function buildTeam(
  prep: PreparedPairing,
  indices: readonly number[],
  origin: TeamOrigin,
  options: { groupsMode?: boolean; facilitated?: boolean; extraWarnings?: string[] } = {},
): PlannedTeam {
  const members = indices.map((i) => prep.people[i] as Participant).sort(byName);
  const assessed = scoreTeam(members, prep.context);
  const warnings = [...assessed.warnings, ...(options.extraWarnings ?? [])];
  const names = shortNames(members);
  members.forEach((m, k) => {
    if (m.status === 'withdrawn')
      warnings.push(`${names[k] ?? m.id} has withdrawn from the program`);
    else if (m.status === 'interested')
      warnings.push(`${names[k] ?? m.id} has not opted in yet`);
  });
  return {
    memberIds: members.map((m) => m.id),
    kind: teamKindFor(members.length, options.groupsMode ?? false),
    origin,
    score: assessed.score,
    allowed: assessed.allowed,
    reasons: assessed.reasons,
    warnings,
    facilitated: options.facilitated ?? false,
  };
}

/** Sum of pairwise scores of a team; falls back to the worded scorer for forbidden pairs. */
export function teamScore(prep: PreparedPairing, indices: readonly number[]): number {
  let total = 0;
  for (let a = 0; a < indices.length; a += 1) {
    for (let b = a + 1; b < indices.length; b += 1) {
      const i = indices[a] as number;
      const j = indices[b] as number;
      const s = tableScore(prep, i, j);
      total +=
        s === NOT_ALLOWED
          ? scoreTeam([prep.people[i] as Participant, prep.people[j] as Participant], prep.context)
              .score
          : s;
    }
  }
  return total;
}

/** A group of people kept together before the matching runs. */
export interface FixedUnit {
  members: number[];
  origin: TeamOrigin;
}

/** The pool the matching works on, and what was set apart before it. */
export interface Arrangement {
  locked: FixedUnit[];
  fixed: FixedUnit[];
  /** Indexes of people the matching places, ascending. */
  pool: number[];
  unpaired: UnpairedPerson[];
  notices: string[];
}

function personLabel(p: Participant): string {
  return p.name.trim() || `${p.firstName} ${p.lastName}`.trim() || p.email || p.id;
}

/**
 * Sets apart locked teams, withdrawn and excluded people, and units kept together (pins, pairs
 * that registered together, mutual preferences under a hard rule). A unit never grows past
 * `maxUnitSize` and never joins two people when either's do-not-pair list names the other; such
 * instructions are skipped with a notice. Settings rules do not undo these units: the people or
 * the coordinator chose them explicitly, and any conflict shows as a team warning.
 */
export function arrangeFixed(prep: PreparedPairing, maxUnitSize: number): Arrangement {
  const { people, indexById, input } = prep;
  const notices: string[] = prep.duplicateIds.map(
    (id) => `Participant id ${id} appears more than once; only the first record is used`,
  );
  const unpaired: UnpairedPerson[] = [];
  const taken = new Uint8Array(prep.n);

  const locked: FixedUnit[] = [];
  for (const team of input.lockedTeams ?? []) {
    const members: number[] = [];
    for (const id of team) {
      const i = indexById.get(id);
      if (i === undefined) {
        notices.push(`A locked team names an unknown participant (${id}); that member is left out`);
      } else if (taken[i] === 1) {
        notices.push(
          `${personLabel(people[i] as Participant)} is in more than one locked team; only the first is kept`,
        );
      } else if (!members.includes(i)) {
        members.push(i);
      }
    }
    if (members.length < 2) {
      if (team.length > 0)
        notices.push('A locked team with fewer than two known members was ignored');
      continue;
    }
    for (const i of members) taken[i] = 1;
    locked.push({ members, origin: 'locked' });
  }

  const excluded = new Set(input.excludedIds ?? []);
  const candidate = new Uint8Array(prep.n);
  people.forEach((p, i) => {
    if (taken[i] === 1) return;
    if (p.status === 'withdrawn') unpaired.push(unpairedEntry(prep, i, 'withdrawn'));
    else if (p.status === 'interested') unpaired.push(unpairedEntry(prep, i, 'not-opted-in'));
    else if (excluded.has(p.id)) unpaired.push(unpairedEntry(prep, i, 'excluded'));
    else candidate[i] = 1;
  });

  // Union-find over candidates: pins first (the coordinator), then registrations, then preferences.
  const parent = people.map((_, i) => i);
  const origins = people.map(() => new Set<TeamOrigin>());
  const members = people.map((_, i) => [i]);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    let c = i;
    while (parent[c] !== r) {
      const next = parent[c] as number;
      parent[c] = r;
      c = next;
    }
    return r;
  };
  const refuses = (a: Participant, b: Participant): boolean =>
    a.doNotPair.includes(b.id) || b.doNotPair.includes(a.id);
  const join = (i: number, j: number, origin: TeamOrigin, what: string): boolean => {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) {
      origins[ri]?.add(origin);
      return true;
    }
    const a = members[ri] as number[];
    const b = members[rj] as number[];
    if (a.length + b.length > maxUnitSize) {
      notices.push(`${what} was not followed: it would make a team larger than ${maxUnitSize}`);
      return false;
    }
    // The instruction overrides settings rules for the two people it names, never for anyone
    // else it brings along, and never a do-not-pair list.
    for (const x of a) {
      for (const y of b) {
        const px = people[x] as Participant;
        const py = people[y] as Participant;
        if (refuses(px, py)) {
          notices.push(
            `${what} was not followed: ${personLabel(px)} and ${personLabel(py)} are on a do-not-pair list`,
          );
          return false;
        }
        const named = (x === i && y === j) || (x === j && y === i);
        if (!named && tableScore(prep, x, y) === NOT_ALLOWED) {
          notices.push(
            `${what} was not followed: it would put ${personLabel(px)} with ${personLabel(py)} against a hard rule`,
          );
          return false;
        }
      }
    }
    parent[rj] = ri;
    members[ri] = [...a, ...b];
    for (const o of origins[rj] ?? []) origins[ri]?.add(o);
    origins[ri]?.add(origin);
    return true;
  };

  for (const [x, y] of input.pins ?? []) {
    const i = indexById.get(x);
    const j = indexById.get(y);
    if (i === undefined || j === undefined || i === j) {
      notices.push('A pin names an unknown participant or the same person twice; it was ignored');
      continue;
    }
    const what = `Pin ${personLabel(people[i] as Participant)} – ${personLabel(people[j] as Participant)}`;
    if (candidate[i] !== 1 || candidate[j] !== 1) {
      notices.push(`${what} was not followed: one of them is locked, withdrawn or left out`);
      continue;
    }
    join(i, j, 'pinned', what);
  }

  const byEmail = new Map<string, number>();
  people.forEach((p, i) => {
    const key = normaliseEmailKey(p.emailKey);
    if (candidate[i] === 1 && key !== '' && !byEmail.has(key)) byEmail.set(key, i);
  });
  const registeredWith = new Int32Array(prep.n).fill(-1);
  people.forEach((p, i) => {
    if (candidate[i] !== 1) return;
    const wanted = normaliseEmailKey(p.registeredWithEmail);
    if (wanted === '' || wanted === normaliseEmailKey(p.emailKey)) return;
    const j = byEmail.get(wanted);
    if (j === undefined) {
      notices.push(
        `${personLabel(p)} registered together with ${wanted}, who is not among the people being paired`,
      );
      return;
    }
    const q = people[j] as Participant;
    const back = normaliseEmailKey(q.registeredWithEmail);
    if (registeredWith[i] === j) return;
    // Each registration is looked at from both sides; handle it once, from the lower index.
    if (back === normaliseEmailKey(p.emailKey) && j < i) return;
    if (back !== '' && back !== normaliseEmailKey(p.emailKey)) {
      notices.push(
        `${personLabel(p)} and ${personLabel(q)} name different registration partners; neither pair is kept`,
      );
      return;
    }
    // A registration is a pair: a second person naming the same partner is a conflict.
    const other = [i, j].find((k) => registeredWith[k] !== -1);
    if (other !== undefined) {
      const taken = people[other] as Participant;
      notices.push(
        `${personLabel(p)} registered together with ${personLabel(q)}, but ${personLabel(taken)} is already kept with ${personLabel(people[registeredWith[other] as number] as Participant)}; only that registration is kept`,
      );
      return;
    }
    if (join(i, j, 'registered', `Registration of ${personLabel(p)} with ${personLabel(q)}`)) {
      registeredWith[i] = j;
      registeredWith[j] = i;
    }
  });

  if (prep.settings.rules.mutualPreference.mode === 'hard') {
    people.forEach((p, i) => {
      if (candidate[i] !== 1) return;
      const j = byEmail.get(normaliseEmailKey(p.preferredPartnerEmail));
      if (j === undefined || j <= i) return;
      const q = people[j] as Participant;
      if (!isMutualPreference(p, q)) return;
      join(i, j, 'preferred', `Mutual preference of ${personLabel(p)} and ${personLabel(q)}`);
    });
  }

  const fixed: FixedUnit[] = [];
  const pool: number[] = [];
  people.forEach((_, i) => {
    if (candidate[i] !== 1) return;
    const r = find(i);
    const unit = members[r] as number[];
    if (unit.length === 1) {
      pool.push(i);
      return;
    }
    if (r !== i) return;
    const o = origins[r] ?? new Set<TeamOrigin>();
    const origin: TeamOrigin = o.has('pinned')
      ? 'pinned'
      : o.has('registered')
        ? 'registered'
        : 'preferred';
    fixed.push({ members: [...unit].sort((a, b) => a - b), origin });
  });
  fixed.sort((a, b) => (a.members[0] as number) - (b.members[0] as number));
  return { locked, fixed, pool, unpaired, notices };
}
