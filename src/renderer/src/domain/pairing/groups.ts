/**
 * Groups mode: peer mentoring groups of 3–5 (sizes from the settings), formed within a chosen
 * attribute (career stage, department, location) or mixed for complementary skills. The steps:
 * pair first (exact matching), merge pairs into groups of four (a matching over pairs, weighted by
 * the four cross scores), place whoever is left, then improve by swaps (deterministic local
 * search). A group's score is the sum of its pairwise scores; hard rules hold for every pair in
 * every group the plan forms, except a pair someone kept together on purpose (see prepare.ts).
 */
import type { Participant } from '../model';
import type { GroupFormBy } from './pairing-settings';
import type { MatchingEdge } from './plan-pairs';
import { chooseMatching } from './plan-pairs';
import type {
  PairingInput,
  PairingPlan,
  PlannedTeam,
  TeamOrigin,
  UnpairedPerson,
} from './plan-model';
import type { FixedUnit, PreparedPairing } from './prepare';
import { arrangeFixed, buildTeam, preparePairing, tableScore, unpairedEntry } from './prepare';
import { summarisePlan } from './quality';
import { NOT_ALLOWED, normaliseAttribute } from './scoring';

/** Local-search passes are capped so a pathological roster still finishes promptly. */
const MAX_SEARCH_PASSES = 30;

interface Unit {
  members: number[];
  /** A coordinator's or participants' fixed unit: never split. */
  fixed: boolean;
  origin: TeamOrigin;
}

interface Group {
  members: number[];
  bucket: string;
  /** Set when the group is exactly one kept unit with nobody added. */
  keptOrigin: TeamOrigin | null;
}

/** The attribute value a person is grouped by ('' when unknown or in mixed mode). */
function bucketKey(p: Participant, formBy: GroupFormBy): string {
  switch (formBy) {
    case 'mixed':
      return '';
    case 'careerStage':
      return p.careerStage ?? '';
    case 'department':
      return normaliseAttribute(p.department);
    case 'location':
      return normaliseAttribute(p.location);
  }
}

const ATTRIBUTE_WORDS: Record<Exclude<GroupFormBy, 'mixed'>, string> = {
  careerStage: 'career stage',
  department: 'department',
  location: 'location',
};

class GroupBuilder {
  readonly groups: Group[] = [];
  readonly unplaced: Unit[] = [];
  private readonly movable: Uint8Array;

  constructor(
    private readonly prep: PreparedPairing,
    private readonly minSize: number,
    private readonly maxSize: number,
  ) {
    this.movable = new Uint8Array(prep.n);
  }

  private score(i: number, j: number): number {
    return tableScore(this.prep, i, j);
  }

  private allowedWith(members: readonly number[], others: readonly number[]): boolean {
    for (const i of members)
      for (const j of others) if (this.score(i, j) === NOT_ALLOWED) return false;
    return true;
  }

  private gain(members: readonly number[], others: readonly number[]): number {
    let total = 0;
    for (const i of members) for (const j of others) total += this.score(i, j);
    return total;
  }

  /** Matching of singles into pairs, maximum cardinality first, allowed pairs only. */
  private pairUp(singles: readonly number[]): { pairs: number[][]; rest: number[] } {
    const edges: MatchingEdge[] = [];
    for (let a = 0; a < singles.length; a += 1) {
      for (let b = a + 1; b < singles.length; b += 1) {
        const s = this.score(singles[a] as number, singles[b] as number);
        if (s !== NOT_ALLOWED) edges.push([a, b, s]);
      }
    }
    const mate = chooseMatching(singles.length, edges, {
      objective: 'total',
      pairAsManyAsPossible: true,
    });
    const pairs: number[][] = [];
    const rest: number[] = [];
    singles.forEach((i, a) => {
      const m = mate[a] as number;
      if (m < 0) rest.push(i);
      else if (a < m) pairs.push([i, singles[m] as number]);
    });
    return { pairs, rest };
  }

  /** Merges two-person units into fours with a matching over the units. */
  private mergePairs(units: readonly Unit[]): { merged: Unit[][]; rest: Unit[] } {
    const edges: MatchingEdge[] = [];
    if (this.maxSize >= 4) {
      for (let a = 0; a < units.length; a += 1) {
        for (let b = a + 1; b < units.length; b += 1) {
          const x = (units[a] as Unit).members;
          const y = (units[b] as Unit).members;
          if (this.allowedWith(x, y)) edges.push([a, b, this.gain(x, y)]);
        }
      }
    }
    const mate = chooseMatching(units.length, edges, {
      objective: 'total',
      pairAsManyAsPossible: true,
    });
    const merged: Unit[][] = [];
    const rest: Unit[] = [];
    units.forEach((u, a) => {
      const m = mate[a] as number;
      if (m < 0) rest.push(u);
      else if (a < m) merged.push([u, units[m] as Unit]);
    });
    return { merged, rest };
  }

  private addGroup(units: readonly Unit[], bucket: string): void {
    const members = units.flatMap((u) => u.members);
    for (const u of units) if (!u.fixed) for (const i of u.members) this.movable[i] = 1;
    const only = units.length === 1 ? (units[0] as Unit) : null;
    this.groups.push({
      members,
      bucket,
      keptOrigin: only !== null && only.fixed ? only.origin : null,
    });
  }

  private static sizeOf(units: readonly Unit[]): number {
    return units.reduce((s, u) => s + u.members.length, 0);
  }

  /** Forms new groups out of units smaller than a group; returns the units it could not use. */
  private formFromSmall(small: readonly Unit[], bucket: string): Unit[] {
    const order = (a: Unit, b: Unit): number =>
      b.members.length - a.members.length || (a.members[0] as number) - (b.members[0] as number);
    let remaining = [...small].sort(order);
    const rest: Unit[] = [];
    while (remaining.length > 0) {
      if (GroupBuilder.sizeOf(remaining) < this.minSize) {
        rest.push(...remaining);
        break;
      }
      const seed = remaining.shift() as Unit;
      const parts: Unit[] = [seed];
      let size = seed.members.length;
      while (size < this.minSize) {
        const current = parts.flatMap((u) => u.members);
        let best = -1;
        let bestGain = Number.NEGATIVE_INFINITY;
        remaining.forEach((u, k) => {
          if (size + u.members.length > this.maxSize) return;
          if (!this.allowedWith(current, u.members)) return;
          const g = this.gain(current, u.members);
          if (g > bestGain) {
            bestGain = g;
            best = k;
          }
        });
        if (best < 0) break;
        const [u] = remaining.splice(best, 1) as [Unit];
        parts.push(u);
        size += u.members.length;
      }
      if (size >= this.minSize) {
        this.addGroup(parts, bucket);
      } else {
        rest.push(seed);
        remaining = [...remaining, ...parts.slice(1)].sort(order);
      }
    }
    return rest;
  }

  /** Puts a unit into the existing group it adds most to, if one has room and allows it. */
  private insert(unit: Unit, sameBucket: string | null): boolean {
    let best = -1;
    let bestGain = Number.NEGATIVE_INFINITY;
    this.groups.forEach((g, k) => {
      if (sameBucket !== null && g.bucket !== sameBucket) return;
      if (g.members.length + unit.members.length > this.maxSize) return;
      if (!this.allowedWith(g.members, unit.members)) return;
      const gain = this.gain(g.members, unit.members);
      const bestSize =
        best < 0 ? Number.POSITIVE_INFINITY : (this.groups[best] as Group).members.length;
      if (gain > bestGain || (gain === bestGain && g.members.length < bestSize)) {
        bestGain = gain;
        best = k;
      }
    });
    if (best < 0) return false;
    const g = this.groups[best] as Group;
    g.members.push(...unit.members);
    g.keptOrigin = null;
    if (!unit.fixed) for (const i of unit.members) this.movable[i] = 1;
    return true;
  }

  /** Forms a new group around a unit by taking movable people from groups larger than the minimum. */
  private pull(units: readonly Unit[], sameBucket: string | null, bucket: string): boolean {
    const current = units.flatMap((u) => u.members);
    const taken: { person: number; from: number }[] = [];
    const sizes = this.groups.map((g) => g.members.length);
    while (current.length < this.minSize) {
      let bestPerson = -1;
      let bestFrom = -1;
      let bestValue = Number.NEGATIVE_INFINITY;
      this.groups.forEach((g, k) => {
        if (sameBucket !== null && g.bucket !== sameBucket) return;
        if ((sizes[k] as number) <= this.minSize) return;
        for (const p of g.members) {
          if (this.movable[p] !== 1 || taken.some((t) => t.person === p)) continue;
          if (!this.allowedWith(current, [p])) continue;
          const stay = g.members.filter((q) => q !== p && !taken.some((t) => t.person === q));
          const value = this.gain(current, [p]) - this.gain(stay, [p]);
          if (value > bestValue) {
            bestValue = value;
            bestPerson = p;
            bestFrom = k;
          }
        }
      });
      if (bestPerson < 0) return false;
      taken.push({ person: bestPerson, from: bestFrom });
      sizes[bestFrom] = (sizes[bestFrom] as number) - 1;
      current.push(bestPerson);
    }
    for (const t of taken) {
      const g = this.groups[t.from] as Group;
      g.members = g.members.filter((q) => q !== t.person);
      g.keptOrigin = null;
    }
    this.groups.push({ members: current, bucket, keptOrigin: null });
    for (const u of units) if (!u.fixed) for (const i of u.members) this.movable[i] = 1;
    return true;
  }

  /** Forms the groups of one bucket; returns units it could not place within the bucket. */
  formBucket(units: readonly Unit[], bucket: string): Unit[] {
    const singles = units.filter((u) => !u.fixed).flatMap((u) => u.members);
    const fixed = units.filter((u) => u.fixed);
    const { pairs, rest } = this.pairUp(singles);
    const complete = fixed.filter((u) => u.members.length >= this.minSize);
    for (const u of complete) this.addGroup([u], bucket);
    const twos: Unit[] = [
      ...fixed.filter((u) => u.members.length === 2),
      ...pairs.map((members): Unit => ({ members, fixed: false, origin: 'matched' })),
    ].sort((a, b) => (a.members[0] as number) - (b.members[0] as number));
    const { merged, rest: unmerged } = this.mergePairs(twos);
    for (const m of merged) this.addGroup(m, bucket);
    const small: Unit[] = [
      ...fixed.filter((u) => u.members.length < this.minSize && u.members.length !== 2),
      ...unmerged,
      ...rest.map((i): Unit => ({ members: [i], fixed: false, origin: 'matched' })),
    ];
    return this.place(small, bucket, bucket);
  }

  /** Places small units: new groups among them, then into groups with room, then by pulling. */
  place(small: readonly Unit[], sameBucket: string | null, bucket: string): Unit[] {
    const pending: Unit[] = [];
    for (const u of this.formFromSmall(small, bucket)) {
      if (this.insert(u, sameBucket)) continue;
      if (u.fixed || u.members.length === 1) {
        pending.push(u);
        continue;
      }
      // A matched pair that fits nowhere whole may still fit as two people in two groups.
      for (const i of u.members) {
        const single: Unit = { members: [i], fixed: false, origin: 'matched' };
        if (!this.insert(single, sameBucket)) pending.push(single);
      }
    }
    // Whoever is still left: start a new group with as many of them as can go together, and
    // take the rest of its members from groups larger than the minimum.
    const failed: Unit[] = [];
    while (pending.length > 0) {
      const seed = pending[0] as Unit;
      const together: Unit[] = [seed];
      for (const u of pending.slice(1)) {
        const size = GroupBuilder.sizeOf(together);
        if (size >= this.minSize || size + u.members.length > this.maxSize) continue;
        if (
          this.allowedWith(
            together.flatMap((t) => t.members),
            u.members,
          )
        )
          together.push(u);
      }
      if (this.pull(together, sameBucket, bucket)) {
        pending.splice(0, pending.length, ...pending.filter((u) => !together.includes(u)));
      } else if (together.length > 1 && this.pull([seed], sameBucket, bucket)) {
        pending.shift();
      } else {
        failed.push(seed);
        pending.shift();
      }
    }
    return failed;
  }

  /**
   * Improves the total by swapping two movable people between groups of the same bucket while
   * every group stays allowed. Only swaps: a group's score sums its pairs, so moving people
   * would merely push sizes towards the maximum. Best improvement per person, people in index
   * order, until a pass changes nothing (or the pass cap).
   */
  improve(): void {
    const people: number[] = [];
    const groupOf = new Int32Array(this.prep.n).fill(-1);
    this.groups.forEach((g, k) => {
      for (const i of g.members) {
        groupOf[i] = k;
        people.push(i);
      }
    });
    people.sort((a, b) => a - b);
    const local = new Int32Array(this.prep.n).fill(-1);
    people.forEach((i, li) => {
      local[i] = li;
    });
    const G = this.groups.length;
    const sumTo = new Float64Array(people.length * G);
    const badTo = new Int32Array(people.length * G);
    const s0 = (i: number, j: number): number => {
      const s = this.score(i, j);
      return s === NOT_ALLOWED ? 0 : s;
    };
    people.forEach((i, li) => {
      for (const j of people) {
        if (j === i) continue;
        const k = groupOf[j] as number;
        const s = this.score(i, j);
        if (s === NOT_ALLOWED) badTo[li * G + k] = (badTo[li * G + k] as number) + 1;
        else sumTo[li * G + k] = (sumTo[li * G + k] as number) + s;
      }
    });
    const relocate = (x: number, from: number, to: number): void => {
      people.forEach((p, lp) => {
        if (p === x) return;
        const s = this.score(p, x);
        if (s === NOT_ALLOWED) {
          badTo[lp * G + from] = (badTo[lp * G + from] as number) - 1;
          badTo[lp * G + to] = (badTo[lp * G + to] as number) + 1;
        } else {
          sumTo[lp * G + from] = (sumTo[lp * G + from] as number) - s;
          sumTo[lp * G + to] = (sumTo[lp * G + to] as number) + s;
        }
      });
      groupOf[x] = to;
    };
    const bucketOf = this.groups.map((g) => g.bucket);

    for (let pass = 0; pass < MAX_SEARCH_PASSES; pass += 1) {
      let changed = false;
      for (const x of people) {
        if (this.movable[x] !== 1) continue;
        const lx = local[x] as number;
        const a = groupOf[x] as number;
        let bestDelta = 0;
        let bestY = -1;
        let bestTo = -1;
        for (const y of people) {
          if (y === x || this.movable[y] !== 1) continue;
          const b = groupOf[y] as number;
          if (b === a || bucketOf[b] !== bucketOf[a]) continue;
          const ly = local[y] as number;
          const bad = this.score(x, y) === NOT_ALLOWED ? 1 : 0;
          if (
            (badTo[ly * G + a] as number) - bad !== 0 ||
            (badTo[lx * G + b] as number) - bad !== 0
          )
            continue;
          const delta =
            (sumTo[ly * G + a] as number) -
            (sumTo[lx * G + a] as number) +
            (sumTo[lx * G + b] as number) -
            (sumTo[ly * G + b] as number) -
            2 * s0(x, y);
          if (delta > bestDelta) {
            bestDelta = delta;
            bestY = y;
            bestTo = b;
          }
        }
        if (bestY < 0) continue;
        changed = true;
        relocate(x, a, bestTo);
        relocate(bestY, bestTo, a);
      }
      if (!changed) break;
    }
    const rebuilt = this.groups.map(() => [] as number[]);
    for (const i of people) rebuilt[groupOf[i] as number]?.push(i);
    this.groups.forEach((g, k) => {
      const next = rebuilt[k] as number[];
      const before = [...g.members].sort((p, q) => p - q);
      if (before.length !== next.length || before.some((v, idx) => v !== next[idx]))
        g.keptOrigin = null;
      g.members = next;
    });
  }
}

/** Forms peer groups for a run: scores every pair, then groups. */
export function planGroups(input: PairingInput): PairingPlan {
  return planGroupsPrepared(preparePairing(input));
}

/** Forms peer groups from an already prepared (scored) input. */
export function planGroupsPrepared(prep: PreparedPairing): PairingPlan {
  const g = prep.settings.groups;
  const arrangement = arrangeFixed(prep, g.maxSize);
  const builder = new GroupBuilder(prep, g.minSize, g.maxSize);

  const units: Unit[] = [
    ...arrangement.fixed.map((u: FixedUnit): Unit => ({
      members: u.members,
      fixed: true,
      origin: u.origin,
    })),
    ...arrangement.pool.map((i): Unit => ({ members: [i], fixed: false, origin: 'matched' })),
  ];
  const buckets = new Map<string, Unit[]>();
  for (const u of units) {
    const key = bucketKey(prep.people[u.members[0] as number] as Participant, g.formBy);
    const list = buckets.get(key);
    if (list) list.push(u);
    else buckets.set(key, [u]);
  }
  // Known values first, in a fixed order; people with no value are placed with the leftovers.
  const keys = [...buckets.keys()].filter((k) => k !== '' || g.formBy === 'mixed').sort();
  let leftovers: Unit[] = g.formBy === 'mixed' ? [] : [...(buckets.get('') ?? [])];
  for (const key of keys) {
    const bucketUnits = buckets.get(key) ?? [];
    if (bucketUnits.reduce((s, u) => s + u.members.length, 0) < g.minSize) {
      leftovers.push(...bucketUnits);
      continue;
    }
    leftovers.push(...builder.formBucket(bucketUnits, key));
  }
  leftovers = leftovers.sort((a, b) => (a.members[0] as number) - (b.members[0] as number));
  const unplaced = builder.place(leftovers, null, '\u0000mixed');
  builder.improve();

  const teams: PlannedTeam[] = arrangement.locked.map((u) => buildTeam(prep, u.members, 'locked'));
  const formed = builder.groups
    .filter((grp) => grp.members.length > 0)
    .map((grp) => {
      const extraWarnings: string[] = [];
      if (g.formBy !== 'mixed') {
        const values = new Set(
          grp.members.map((i) => bucketKey(prep.people[i] as Participant, g.formBy)),
        );
        if (values.size > 1 || values.has('')) {
          extraWarnings.push(
            `Not everyone in this group shares the same ${ATTRIBUTE_WORDS[g.formBy]}`,
          );
        }
      }
      return buildTeam(prep, grp.members, grp.keptOrigin ?? 'matched', {
        groupsMode: true,
        facilitated: g.facilitated,
        extraWarnings,
      });
    })
    .sort(
      (s, t) => t.score - s.score || ((s.memberIds[0] ?? '') < (t.memberIds[0] ?? '') ? -1 : 1),
    );
  teams.push(...formed);

  const unpaired: UnpairedPerson[] = [...arrangement.unpaired];
  for (const u of unplaced)
    for (const i of u.members) unpaired.push(unpairedEntry(prep, i, 'no-group-fits'));
  unpaired.sort((a, b) =>
    a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0,
  );
  return {
    mode: 'groups',
    teams,
    unpaired,
    quality: summarisePlan(prep, teams, unpaired),
    notices: arrangement.notices,
  };
}
