/**
 * Pairs mode: the whole plan for a run. Kept teams first (locked, pinned, registered together,
 * mutual preferences under a hard rule), then an exact matching on everyone else: as many pairs
 * as possible, then the highest total score (or, in "raise the weakest pair" mode, the highest
 * weakest pair first). An odd person left over joins the pair where they add most to the
 * three-way score, unless the coordinator chose to leave them out for now.
 */
import { maxWeightMatching } from './max-weight-matching';
import type { PairingSettings } from './pairing-settings';
import type { PairingInput, PairingPlan, PlannedTeam, UnpairedPerson } from './plan-model';
import type { PreparedPairing } from './prepare';
import {
  arrangeFixed,
  buildTeam,
  isEligible,
  preparePairing,
  tableScore,
  unpairedEntry,
} from './prepare';
import { summarisePlan } from './quality';
import { NOT_ALLOWED } from './scoring';

/** A weighted edge between two local vertex numbers. */
export type MatchingEdge = [number, number, number];

function countMatched(mate: Int32Array): number {
  let c = 0;
  for (const m of mate) if (m >= 0) c += 1;
  return c / 2;
}

function solveTotal(
  vertexCount: number,
  edges: readonly MatchingEdge[],
  maxCardinality: boolean,
): Int32Array {
  if (edges.length === 0) return new Int32Array(vertexCount).fill(-1);
  if (!maxCardinality) {
    // Only pairs that add to the total are worth forming when cardinality does not come first.
    return maxWeightMatching(
      vertexCount,
      edges.filter((e) => e[2] > 0),
      { maxCardinality: false },
    );
  }
  // Every maximum-cardinality matching has the same number of edges, so adding one constant to
  // every weight keeps their order and lets the solver work with positive weights only.
  let min = Number.POSITIVE_INFINITY;
  for (const e of edges) min = Math.min(min, e[2]);
  const weighted = min >= 1 ? edges : edges.map(([u, v, w]): MatchingEdge => [u, v, w + 1 - min]);
  return maxWeightMatching(vertexCount, weighted, { maxCardinality: true });
}

/** Size of a maximum matching: any weights give it when cardinality comes first. */
function maxCardinalityOf(vertexCount: number, edges: readonly MatchingEdge[]): number {
  return countMatched(solveTotal(vertexCount, edges, true));
}

/**
 * Chooses the matching for the coordinator's objective. `raise-weakest` keeps the number of
 * pairs the total objective reaches, raises the weakest pair as far as that allows (binary
 * search over the distinct scores), then maximises the total among pairs at or above it.
 * Returns the mate of each vertex (-1 when unmatched).
 */
export function chooseMatching(
  vertexCount: number,
  edges: readonly MatchingEdge[],
  settings: Pick<PairingSettings, 'objective' | 'pairAsManyAsPossible'>,
): Int32Array {
  const mate = solveTotal(vertexCount, edges, settings.pairAsManyAsPossible);
  if (settings.objective !== 'raise-weakest') return mate;
  const target = countMatched(mate);
  if (target === 0) return mate;
  const distinct = [...new Set(edges.map((e) => e[2]))].sort((a, b) => a - b);
  // Invariant: the threshold distinct[lo] keeps `target` pairs possible; distinct[0] keeps all edges.
  let lo = 0;
  let hi = distinct.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const t = distinct[mid] as number;
    if (
      maxCardinalityOf(
        vertexCount,
        edges.filter((e) => e[2] >= t),
      ) >= target
    )
      lo = mid;
    else hi = mid - 1;
  }
  const threshold = distinct[lo] as number;
  return solveTotal(
    vertexCount,
    edges.filter((e) => e[2] >= threshold),
    true,
  );
}

/** Plans pairs for a run: scores every pair, then solves. */
export function planPairs(input: PairingInput): PairingPlan {
  return planPairsPrepared(preparePairing(input));
}

/** Plans pairs from an already prepared (scored) input. */
export function planPairsPrepared(prep: PreparedPairing): PairingPlan {
  const settings = prep.settings;
  const arrangement = arrangeFixed(prep, 3);
  const { pool } = arrangement;
  const size = pool.length;

  const hasAllowed = new Uint8Array(size);
  const hasEligible = new Uint8Array(size);
  let minScore = 0;
  for (let a = 0; a < size; a += 1) {
    const i = pool[a] as number;
    for (let b = a + 1; b < size; b += 1) {
      const j = pool[b] as number;
      if (tableScore(prep, i, j) === NOT_ALLOWED) continue;
      hasAllowed[a] = 1;
      hasAllowed[b] = 1;
      if (!isEligible(prep, i, j)) continue;
      hasEligible[a] = 1;
      hasEligible[b] = 1;
      minScore = Math.min(minScore, tableScore(prep, i, j));
    }
  }
  // When cardinality comes first, a constant added to every weight changes no choice (every
  // candidate matching has the same number of pairs), and positive weights spare the solver a
  // second copy of a large edge list. Without it, zero and negative scores must stay as they are.
  const shift = settings.pairAsManyAsPossible ? 1 - minScore : 0;
  const edges: MatchingEdge[] = [];
  for (let a = 0; a < size; a += 1) {
    if (hasEligible[a] !== 1) continue;
    const i = pool[a] as number;
    for (let b = a + 1; b < size; b += 1) {
      const j = pool[b] as number;
      if (isEligible(prep, i, j)) edges.push([a, b, tableScore(prep, i, j) + shift]);
    }
  }
  const mate = chooseMatching(size, edges, settings);

  const pairs: [number, number][] = [];
  const leftover: number[] = [];
  for (let a = 0; a < size; a += 1) {
    const m = mate[a] as number;
    if (m < 0) leftover.push(a);
    else if (a < m) pairs.push([a, m]);
  }

  // The odd person: pick the leftover and pair where they add most to the three-way score
  // (their two new pair scores; the pair's own score is already in the plan). Ties go to the
  // better triad overall, then to the earlier person and pair, so the choice is repeatable.
  const odd = size % 2 === 1;
  let triad: { x: number; pair: number } | null = null;
  if (odd && settings.oddPerson === 'triad') {
    let bestGain = Number.NEGATIVE_INFINITY;
    let bestTriad = Number.NEGATIVE_INFINITY;
    for (const x of leftover) {
      const px = pool[x] as number;
      pairs.forEach(([a, b], k) => {
        const pa = pool[a] as number;
        const pb = pool[b] as number;
        if (!isEligible(prep, px, pa) || !isEligible(prep, px, pb)) return;
        const gain = tableScore(prep, px, pa) + tableScore(prep, px, pb);
        const whole = gain + tableScore(prep, pa, pb);
        if (gain > bestGain || (gain === bestGain && whole > bestTriad)) {
          bestGain = gain;
          bestTriad = whole;
          triad = { x, pair: k };
        }
      });
    }
  }

  const teams: PlannedTeam[] = [];
  for (const unit of arrangement.locked) teams.push(buildTeam(prep, unit.members, 'locked'));
  for (const unit of arrangement.fixed) teams.push(buildTeam(prep, unit.members, unit.origin));
  const matched: PlannedTeam[] = [];
  const chosen = triad as { x: number; pair: number } | null;
  pairs.forEach(([a, b], k) => {
    const members = [pool[a] as number, pool[b] as number];
    if (chosen !== null && chosen.pair === k) members.push(pool[chosen.x] as number);
    matched.push(buildTeam(prep, members, 'matched'));
  });
  matched.sort(
    (s, t) => t.score - s.score || ((s.memberIds[0] ?? '') < (t.memberIds[0] ?? '') ? -1 : 1),
  );
  teams.push(...matched);

  const unpaired: UnpairedPerson[] = [...arrangement.unpaired];
  let oddNamed = false;
  for (const x of leftover) {
    if (chosen !== null && chosen.x === x) continue;
    const i = pool[x] as number;
    if (hasAllowed[x] !== 1) {
      unpaired.push(unpairedEntry(prep, i, 'no-allowed-partner'));
    } else if (hasEligible[x] !== 1) {
      unpaired.push(unpairedEntry(prep, i, 'below-minimum'));
    } else if (odd && !oddNamed && settings.pairAsManyAsPossible) {
      oddNamed = true;
      unpaired.push(
        unpairedEntry(prep, i, settings.oddPerson === 'triad' ? 'no-triad-allowed' : 'odd-count'),
      );
    } else {
      unpaired.push(unpairedEntry(prep, i, 'no-partner-left'));
    }
  }
  unpaired.sort((a, b) =>
    a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0,
  );

  return {
    mode: 'pairs',
    teams,
    unpaired,
    quality: summarisePlan(prep, teams, unpaired),
    notices: arrangement.notices,
  };
}
