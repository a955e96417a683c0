/**
 * Quality summary of a whole plan: total score, how much of everyone's wants the plan covers,
 * who gets nothing they asked for, the weakest teams, blocking pairs (two people who would both
 * score higher together than they do now) and who is unpaired and why.
 */
import type { Participant } from '../model';
import type {
  BlockingPair,
  PlanQuality,
  PlannedTeam,
  UnpairedPerson,
  UnpairedReason,
} from './plan-model';
import type { PreparedPairing } from './prepare';
import { isEligible, tableScore } from './prepare';

/** Unpaired reasons that mean "the matching could still place this person". */
export const MATCHABLE_UNPAIRED: ReadonlySet<UnpairedReason> = new Set<UnpairedReason>([
  'odd-count',
  'no-triad-allowed',
  'no-partner-left',
]);

const MAX_BLOCKING_LISTED = 50;
const WEAKEST_LISTED = 5;

function wantedIds(p: Participant, prep: PreparedPairing): Set<string> {
  return new Set(p.wants.filter((id) => prep.context.competencyBit.has(id)));
}

/**
 * What each movable person has now, for blocking pairs: their pair score, or in a triad the
 * better of their two pair scores (the conservative choice: fewer false alarms). Kept teams
 * (locked, pinned, registered, preferred) and groups are not movable, so they never block.
 */
function currentValues(
  prep: PreparedPairing,
  teams: readonly PlannedTeam[],
  unpaired: readonly UnpairedPerson[],
): { value: Float64Array; team: Int32Array; movable: number[] } {
  const value = new Float64Array(prep.n).fill(Number.NaN);
  const team = new Int32Array(prep.n).fill(-1);
  const movable: number[] = [];
  teams.forEach((t, k) => {
    if (t.origin !== 'matched' || (t.kind !== 'pair' && t.kind !== 'triad')) return;
    const idx = t.memberIds
      .map((id) => prep.indexById.get(id))
      .filter((i): i is number => i !== undefined);
    for (const i of idx) {
      let best = Number.NEGATIVE_INFINITY;
      for (const j of idx) if (j !== i) best = Math.max(best, tableScore(prep, i, j));
      value[i] = best;
      team[i] = k;
      movable.push(i);
    }
  });
  // Without "pair as many as possible", staying unpaired is worth the same as a zero-score pair.
  const alone = prep.settings.pairAsManyAsPossible ? Number.NEGATIVE_INFINITY : 0;
  for (const u of unpaired) {
    if (!MATCHABLE_UNPAIRED.has(u.reason)) continue;
    const i = prep.indexById.get(u.participantId);
    if (i === undefined) continue;
    value[i] = alone;
    movable.push(i);
  }
  movable.sort((a, b) => a - b);
  return { value, team, movable };
}

/** Finds every blocking pair among movable people (highest pair score first). */
export function findBlockingPairs(
  prep: PreparedPairing,
  teams: readonly PlannedTeam[],
  unpaired: readonly UnpairedPerson[],
): BlockingPair[] {
  const { value, team, movable } = currentValues(prep, teams, unpaired);
  const found: BlockingPair[] = [];
  for (let a = 0; a < movable.length; a += 1) {
    const i = movable[a] as number;
    for (let b = a + 1; b < movable.length; b += 1) {
      const j = movable[b] as number;
      if (team[i] !== -1 && team[i] === team[j]) continue;
      if (!isEligible(prep, i, j)) continue;
      const s = tableScore(prep, i, j);
      const vi = value[i] as number;
      const vj = value[j] as number;
      if (s > vi && s > vj) {
        found.push({
          aId: (prep.people[i] as Participant).id,
          bId: (prep.people[j] as Participant).id,
          pairScore: s,
          aCurrent: Number.isFinite(vi) && team[i] !== -1 ? vi : null,
          bCurrent: Number.isFinite(vj) && team[j] !== -1 ? vj : null,
        });
      }
    }
  }
  found.sort(
    (x, y) =>
      y.pairScore - x.pairScore ||
      (x.aId < y.aId ? -1 : x.aId > y.aId ? 1 : x.bId < y.bId ? -1 : 1),
  );
  return found;
}

/** Summarises a plan's teams and unpaired people. */
export function summarisePlan(
  prep: PreparedPairing,
  teams: readonly PlannedTeam[],
  unpaired: readonly UnpairedPerson[],
): PlanQuality {
  let totalScore = 0;
  let wantsTotal = 0;
  let wantsCovered = 0;
  let pairedCount = 0;
  const peopleWithNoWantsCovered: string[] = [];
  for (const t of teams) {
    totalScore += t.score;
    pairedCount += t.memberIds.length;
    const members = t.memberIds
      .map((id) => prep.indexById.get(id))
      .filter((i): i is number => i !== undefined)
      .map((i) => prep.people[i] as Participant);
    for (const m of members) {
      const wanted = wantedIds(m, prep);
      const offered = new Set<string>();
      for (const o of members) if (o.id !== m.id) for (const id of o.offers) offered.add(id);
      let covered = 0;
      for (const id of wanted) if (offered.has(id)) covered += 1;
      wantsTotal += wanted.size;
      wantsCovered += covered;
      if (wanted.size > 0 && covered === 0) peopleWithNoWantsCovered.push(m.id);
    }
  }
  for (const u of unpaired) {
    if (
      !MATCHABLE_UNPAIRED.has(u.reason) &&
      u.reason !== 'no-allowed-partner' &&
      u.reason !== 'below-minimum' &&
      u.reason !== 'no-group-fits'
    ) {
      continue;
    }
    const i = prep.indexById.get(u.participantId);
    if (i !== undefined) wantsTotal += wantedIds(prep.people[i] as Participant, prep).size;
  }
  const weakestTeams = teams
    .map((t, k) => ({ k, score: t.score }))
    .sort((a, b) => a.score - b.score || a.k - b.k)
    .slice(0, WEAKEST_LISTED)
    .map((x) => x.k);
  const blocking = findBlockingPairs(prep, teams, unpaired);
  return {
    totalScore,
    teamCount: teams.length,
    pairedCount,
    wantsTotal,
    wantsCovered,
    wantsCoveredPercent:
      wantsTotal === 0 ? 100 : Math.round((1000 * wantsCovered) / wantsTotal) / 10,
    peopleWithNoWantsCovered,
    weakestTeams,
    blockingPairs: blocking.slice(0, MAX_BLOCKING_LISTED),
    blockingPairCount: blocking.length,
    unpaired: [...unpaired],
  };
}
