/**
 * Alternatives for one person: in a pairs plan, their best partners other than the current one
 * and what pairing with each would change in the plan's total; in a groups plan, the best swaps
 * with someone in another group. Only people the matching placed can be moved: members of locked,
 * pinned, registered or preferred teams are never offered as the other side of a swap.
 */
import type { Participant } from '../model';
import type { PairingPlan, PlannedTeam } from './plan-model';
import type { PreparedPairing } from './prepare';
import { isEligible, tableScore, teamScore } from './prepare';
import { MATCHABLE_UNPAIRED } from './quality';
import { NOT_ALLOWED, formatPoints, listInWords, scorePair } from './scoring';

/** One alternative for a person and its effect on the plan. */
export interface Alternative {
  /** `pair-with`: the person would pair with `otherId`; `swap-with`: they would swap groups. */
  kind: 'pair-with' | 'swap-with';
  otherId: string;
  /** Score of the person's new team (the pair score for `pair-with`). */
  newTeamScore: number;
  /** Change of the plan's total score if the coordinator made this change. */
  totalChange: number;
  /** What else would change, in words. */
  effects: string[];
  /** Reasons for the new pair (pairs only). */
  reasons: string[];
}

interface Placement {
  teamIndex: number;
  members: number[];
}

function personName(p: Participant): string {
  return p.name.trim() || `${p.firstName} ${p.lastName}`.trim() || p.email || p.id;
}

function placements(prep: PreparedPairing, plan: PairingPlan): Map<number, Placement> {
  const out = new Map<number, Placement>();
  plan.teams.forEach((t, k) => {
    const members = t.memberIds
      .map((id) => prep.indexById.get(id))
      .filter((i): i is number => i !== undefined);
    for (const i of members) out.set(i, { teamIndex: k, members });
  });
  return out;
}

function movableSet(prep: PreparedPairing, plan: PairingPlan): Set<number> {
  const movable = new Set<number>();
  for (const t of plan.teams) {
    if (t.origin !== 'matched') continue;
    for (const id of t.memberIds) {
      const i = prep.indexById.get(id);
      if (i !== undefined) movable.add(i);
    }
  }
  for (const u of plan.unpaired) {
    if (
      !MATCHABLE_UNPAIRED.has(u.reason) &&
      u.reason !== 'no-allowed-partner' &&
      u.reason !== 'below-minimum' &&
      u.reason !== 'no-group-fits'
    ) {
      continue;
    }
    const i = prep.indexById.get(u.participantId);
    if (i !== undefined) movable.add(i);
  }
  return movable;
}

function allAllowed(prep: PreparedPairing, members: readonly number[]): boolean {
  for (let a = 0; a < members.length; a += 1) {
    for (let b = a + 1; b < members.length; b += 1) {
      if (tableScore(prep, members[a] as number, members[b] as number) === NOT_ALLOWED)
        return false;
    }
  }
  return true;
}

function pairAlternatives(
  prep: PreparedPairing,
  plan: PairingPlan,
  x: number,
  limit: number,
): Alternative[] {
  const where = placements(prep, plan);
  const movable = movableSet(prep, plan);
  const people = prep.people;
  const tx = where.get(x);
  const rx = tx ? tx.members.filter((i) => i !== x) : [];
  const txScore = tx ? teamScore(prep, tx.members) : 0;
  const found: Alternative[] = [];
  for (const y of movable) {
    if (y === x || (tx && tx.members.includes(y)) || !isEligible(prep, x, y)) continue;
    const ty = where.get(y);
    if (ty && (plan.teams[ty.teamIndex] as PlannedTeam).kind === 'group') continue;
    const ry = ty ? ty.members.filter((i) => i !== y) : [];
    const pairScore = tableScore(prep, x, y);
    let after = pairScore;
    const effects: string[] = [];
    const rest = (r: number[]): void => {
      if (r.length >= 2) {
        const s = teamScore(prep, r);
        after += s;
        effects.push(
          `${listInWords(r.map((i) => personName(people[i] as Participant)))} would stay together (score ${s})`,
        );
      }
    };
    rest(rx);
    rest(ry);
    const p = rx.length === 1 ? (rx[0] as number) : -1;
    const q = ry.length === 1 ? (ry[0] as number) : -1;
    if (p >= 0 && q >= 0 && isEligible(prep, p, q)) {
      const s = tableScore(prep, p, q);
      after += s;
      effects.push(
        `${personName(people[p] as Participant)} and ${personName(people[q] as Participant)} would pair up (score ${s})`,
      );
    } else {
      for (const lone of [p, q]) {
        if (lone >= 0)
          effects.push(
            `${personName(people[lone] as Participant)} would be left without a partner`,
          );
      }
    }
    const before = txScore + (ty ? teamScore(prep, ty.members) : 0);
    const assessed = scorePair(people[x] as Participant, people[y] as Participant, prep.context);
    found.push({
      kind: 'pair-with',
      otherId: (people[y] as Participant).id,
      newTeamScore: pairScore,
      totalChange: after - before,
      effects: [`Total score ${formatPoints(after - before)}`, ...effects],
      reasons: assessed.reasons,
    });
  }
  found.sort(
    (a, b) =>
      b.newTeamScore - a.newTeamScore ||
      b.totalChange - a.totalChange ||
      (a.otherId < b.otherId ? -1 : a.otherId > b.otherId ? 1 : 0),
  );
  return found.slice(0, limit);
}

function groupAlternatives(
  prep: PreparedPairing,
  plan: PairingPlan,
  x: number,
  limit: number,
): Alternative[] {
  const where = placements(prep, plan);
  const movable = movableSet(prep, plan);
  const people = prep.people;
  const tx = where.get(x);
  const rx = tx ? tx.members.filter((i) => i !== x) : [];
  const found: Alternative[] = [];
  for (const y of movable) {
    if (y === x) continue;
    const ty = where.get(y);
    if (!ty || (tx && ty.teamIndex === tx.teamIndex)) continue;
    const newX = [...ty.members.filter((i) => i !== y), x];
    const newY = tx ? [...rx, y] : [];
    if (!allAllowed(prep, newX) || !allAllowed(prep, newY)) continue;
    const before = teamScore(prep, ty.members) + (tx ? teamScore(prep, tx.members) : 0);
    const xScore = teamScore(prep, newX);
    const after = xScore + (tx ? teamScore(prep, newY) : 0);
    const xName = personName(people[x] as Participant);
    const yName = personName(people[y] as Participant);
    const effects = [
      `Total score ${formatPoints(after - before)}`,
      `${xName} would take ${yName}'s place in their group`,
    ];
    effects.push(
      tx ? `${yName} would take ${xName}'s place` : `${yName} would be left without a group`,
    );
    found.push({
      kind: 'swap-with',
      otherId: (people[y] as Participant).id,
      newTeamScore: xScore,
      totalChange: after - before,
      effects,
      reasons: [],
    });
  }
  found.sort(
    (a, b) =>
      b.totalChange - a.totalChange ||
      b.newTeamScore - a.newTeamScore ||
      (a.otherId < b.otherId ? -1 : a.otherId > b.otherId ? 1 : 0),
  );
  return found.slice(0, limit);
}

/**
 * A person's best alternatives (five by default). Pairs plan: best partners by pair score, each
 * with the change in the plan's total if the coordinator paired them (the two left-behind
 * partners pair up when allowed, otherwise they are left unpaired). Groups plan: the best swaps
 * with a person in another group, by change in total. Unknown people get an empty list.
 */
export function alternativesFor(
  prep: PreparedPairing,
  plan: PairingPlan,
  personId: string,
  limit = 5,
): Alternative[] {
  const x = prep.indexById.get(personId);
  if (x === undefined || limit <= 0) return [];
  const own = plan.teams.find((t) => t.memberIds.includes(personId));
  if (own && own.origin !== 'matched') return [];
  return plan.mode === 'groups'
    ? groupAlternatives(prep, plan, x, limit)
    : pairAlternatives(prep, plan, x, limit);
}
