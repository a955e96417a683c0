/**
 * The rotation planner of a speed peer mentoring event.
 *
 * Hard rules (never broken): nobody meets the same person twice in the event, members of a
 * confirmed team of the program are kept apart, and do-not-pair lists are honoured. Soft rules,
 * strictly in this order: people who do not know each other well, then different departments,
 * then complementary skills (what one offers, the other wants). The weights are scaled so that
 * one step of a higher rule outweighs every lower rule of the whole round together, and each
 * round is one exact maximum-weight matching (the pairing solver), rounds one after the other.
 *
 * Odd count: either one table of three (the person left over joins the pair that suits them best)
 * or one person sits out, always chosen among those who sat out least so far, so nobody sits out
 * twice before everyone present has once. "Everyone meets everyone" uses the circle method: one
 * person stays put, the others turn round them, n−1 rounds (n when odd, each person sitting out
 * once); two people kept apart both sit out the round the circle would seat them together.
 *
 * Re-planning after someone leaves or arrives passes the rounds already held: they are copied
 * unchanged and every meeting in them counts as already held.
 */
import { maxWeightMatching, type WeightedEdge } from '../pairing/max-weight-matching';
import { assignTables, seatsOf } from './tables';
import {
  meetingKey,
  roundMeetings,
  type RotationInput,
  type RotationPlan,
  type SpeedPerson,
  type SpeedRound,
} from './speed-model';

/** Complementary skills count up to this many competencies per pair. */
const COMPLEMENT_CAP = 20;
/** Candidates tried for the odd person out before a round is declared impossible. */
const ODD_TRIES = 25;

function normalise(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  let count = 0;
  for (const x of a) if (set.has(x)) count++;
  return count;
}

/** Soft weights and hard bans of everyone present, indexed by position. */
interface Room {
  people: readonly SpeedPerson[];
  n: number;
  /** 1 where the two may never share a table (hard rules and meetings already held). */
  banned: Uint8Array;
  /** Soft weight of each pair (>= 1). */
  weight: Float64Array;
}

function prepareRoom(input: RotationInput): Room {
  const people = input.people;
  const n = people.length;
  const index = new Map(people.map((p, i) => [p.id, i]));
  const banned = new Uint8Array(n * n);
  const ban = (a: string, b: string): void => {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) return;
    banned[i * n + j] = 1;
    banned[j * n + i] = 1;
  };
  for (const team of input.keptApart) {
    for (let x = 0; x < team.length; x++) for (let y = x + 1; y < team.length; y++) ban(team[x]!, team[y]!);
  }
  for (const p of people) for (const q of p.doNotPair) ban(p.id, q);
  for (const [a, b] of roundMeetings(input.held)) ban(a, b);

  const known = new Set<string>();
  for (const p of people) for (const q of p.knownWell) known.add(meetingKey(p.id, q));
  for (const [a, b] of input.metBefore ?? []) known.add(meetingKey(a, b));
  const pairsPerRound = Math.max(1, Math.floor(n / 2));
  const wDepartment = pairsPerRound * COMPLEMENT_CAP + 1;
  const wUnknown = pairsPerRound * (wDepartment + COMPLEMENT_CAP) + 1;
  const departments = people.map((p) => normalise(p.department));
  const weight = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = people[i]!;
      const b = people[j]!;
      const complement = Math.min(COMPLEMENT_CAP, overlap(a.offers, b.wants) + overlap(b.offers, a.wants));
      const differentDepartment = departments[i] !== '' && departments[j] !== '' && departments[i] !== departments[j];
      const w =
        1 +
        (known.has(meetingKey(a.id, b.id)) ? 0 : wUnknown) +
        (differentDepartment ? wDepartment : 0) +
        complement;
      weight[i * n + j] = w;
      weight[j * n + i] = w;
    }
  }
  return { people, n, banned, weight };
}

/** Best perfect matching of `vertices` avoiding banned pairs, or null when none exists. */
function perfectMatching(room: Room, vertices: readonly number[]): [number, number][] | null {
  const m = vertices.length;
  if (m % 2 === 1) return null;
  if (m === 0) return [];
  const edges: WeightedEdge[] = [];
  for (let x = 0; x < m; x++) {
    const i = vertices[x]!;
    for (let y = x + 1; y < m; y++) {
      const j = vertices[y]!;
      if (room.banned[i * room.n + j] === 0) edges.push([x, y, room.weight[i * room.n + j]!]);
    }
  }
  const mate = maxWeightMatching(m, edges, { maxCardinality: true });
  const pairs: [number, number][] = [];
  for (let x = 0; x < m; x++) {
    const y = mate[x]!;
    if (y < 0) return null;
    if (x < y) pairs.push([vertices[x]!, vertices[y]!]);
  }
  return pairs;
}

function allowedDegree(room: Room, i: number): number {
  let d = 0;
  for (let j = 0; j < room.n; j++) if (j !== i && room.banned[i * room.n + j] === 0) d++;
  return d;
}

/** Groups of one round (indices), plus who sits out, or null when no round is possible. */
function planOneRound(
  room: Room,
  oddCount: 'triad' | 'sit-out',
  sitOuts: readonly number[],
  triads: readonly number[],
): { groups: number[][]; sitOut: number[] } | null {
  const all = Array.from({ length: room.n }, (_, i) => i);
  if (room.n < 2) return null;
  if (room.n % 2 === 0) {
    const pairs = perfectMatching(room, all);
    return pairs === null ? null : { groups: pairs, sitOut: [] };
  }
  const degree = all.map((i) => allowedDegree(room, i));
  let candidates: number[];
  if (oddCount === 'sit-out') {
    const least = Math.min(...sitOuts);
    candidates = all.filter((i) => sitOuts[i] === least);
  } else {
    candidates = [...all];
  }
  // People with the fewest partners left are the hardest to seat later: set them aside first.
  const count = oddCount === 'sit-out' ? sitOuts : triads;
  candidates.sort((a, b) => count[a]! - count[b]! || degree[a]! - degree[b]! || a - b);
  for (const c of candidates.slice(0, ODD_TRIES)) {
    const pairs = perfectMatching(
      room,
      all.filter((i) => i !== c),
    );
    if (pairs === null) continue;
    if (oddCount === 'sit-out') return { groups: pairs, sitOut: [c] };
    let best = -1;
    let bestWeight = -Infinity;
    pairs.forEach(([a, b], k) => {
      if (room.banned[c * room.n + a] === 1 || room.banned[c * room.n + b] === 1) return;
      const w = room.weight[c * room.n + a]! + room.weight[c * room.n + b]!;
      if (w > bestWeight) {
        bestWeight = w;
        best = k;
      }
    });
    if (best < 0) continue;
    const groups: number[][] = pairs.map((p) => [...p]);
    groups[best]!.push(c);
    return { groups, sitOut: [] };
  }
  return null;
}

function banMeetings(room: Room, groups: readonly (readonly number[])[]): void {
  for (const g of groups) {
    for (let x = 0; x < g.length; x++) {
      for (let y = x + 1; y < g.length; y++) {
        room.banned[g[x]! * room.n + g[y]!] = 1;
        room.banned[g[y]! * room.n + g[x]!] = 1;
      }
    }
  }
}

/** Rounds the circle method needs for `n` people: n−1, or n when the count is odd. */
export function roundsForEveryone(n: number): number {
  if (n < 2) return 0;
  return n % 2 === 0 ? n - 1 : n;
}

function circleGroups(room: Room): { groups: number[][]; sitOut: number[] }[] {
  if (room.n < 2) return [];
  const ids: number[] = Array.from({ length: room.n }, (_, i) => i);
  if (room.n % 2 === 1) ids.push(-1);
  const m = ids.length;
  const fixed = ids[0]!;
  const turning = ids.slice(1);
  const out: { groups: number[][]; sitOut: number[] }[] = [];
  for (let r = 0; r < m - 1; r++) {
    const order = [fixed, ...turning];
    const groups: number[][] = [];
    const sitOut: number[] = [];
    for (let k = 0; k < m / 2; k++) {
      const a = order[k]!;
      const b = order[m - 1 - k]!;
      if (a < 0 || b < 0) sitOut.push(a < 0 ? b : a);
      else if (room.banned[a * room.n + b] === 1) sitOut.push(a, b);
      else groups.push([a, b]);
    }
    out.push({ groups, sitOut });
    turning.unshift(turning.pop()!);
  }
  return out;
}

/** Counts, for each present person, how often they sat out and sat at a table of three. */
function historyCounts(room: Room, held: readonly SpeedRound[]): { sitOuts: number[]; triads: number[] } {
  const index = new Map(room.people.map((p, i) => [p.id, i]));
  const sitOuts = new Array<number>(room.n).fill(0);
  const triads = new Array<number>(room.n).fill(0);
  for (const r of held) {
    for (const id of r.sitOut) {
      const i = index.get(id);
      if (i !== undefined) sitOuts[i]!++;
    }
    for (const t of r.tables) {
      if (t.people.length < 3) continue;
      for (const id of t.people) {
        const i = index.get(id);
        if (i !== undefined) triads[i]!++;
      }
    }
  }
  return { sitOuts, triads };
}

function shortMessage(possible: number, asked: number): string {
  const rounds = (k: number): string => `${k} round${k === 1 ? '' : 's'}`;
  if (possible === 0) {
    return `No round can be planned: there are too few people who may sit together. Check more people in, or lift a rule that keeps people apart.`;
  }
  return `Only ${rounds(possible)} can be planned without anyone meeting the same person twice or sitting with someone they are kept apart from; you asked for ${rounds(asked)}. Plan ${rounds(possible)}, or check more people in.`;
}

/** Plans (or re-plans) the rotation. Pure: the same input always gives the same plan. */
export function planRotation(input: RotationInput): RotationPlan {
  const room = prepareRoom(input);
  const held = input.held.map((r) => r);
  const useCircle = input.everyoneMeetsEveryone && held.length === 0;
  const asked = useCircle ? roundsForEveryone(room.n) : Math.max(held.length, Math.floor(input.rounds));
  const rounds: SpeedRound[] = [...held];
  let seats = held.length > 0 ? seatsOf(held[held.length - 1]!.tables) : new Map<string, number>();
  const toIds = (g: readonly number[]): string[] => g.map((i) => room.people[i]!.id);
  const place = (groups: number[][], sitOut: number[]): void => {
    const tables = assignTables(groups.map(toIds), seats);
    rounds.push({ tables, sitOut: toIds(sitOut) });
    seats = seatsOf(tables);
  };

  if (useCircle) {
    for (const r of circleGroups(room)) place(r.groups, r.sitOut);
  } else {
    const { sitOuts, triads } = historyCounts(room, held);
    while (rounds.length < asked) {
      const next = planOneRound(room, input.oddCount, sitOuts, triads);
      if (next === null) break;
      banMeetings(room, next.groups);
      for (const i of next.sitOut) sitOuts[i]!++;
      for (const g of next.groups) if (g.length > 2) for (const i of g) triads[i]!++;
      place(next.groups, next.sitOut);
    }
  }
  const short = rounds.length < asked;
  return { rounds, asked, short, message: short ? shortMessage(rounds.length, asked) : '' };
}
