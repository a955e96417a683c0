/**
 * Table numbers for a round, chosen so that as few people as possible change table: at each new
 * table one of the two can stay where they sat last round and only the other moves. The best
 * assignment is a maximum-weight matching between the round's groups and the tables (the pairing
 * solver; a bipartite graph is a general graph too).
 */
import { maxWeightMatching, type WeightedEdge } from '../pairing/max-weight-matching';
import type { SpeedTable } from './speed-model';

/**
 * Numbers the groups of one round. `previous` maps each person to the table they sat at in the
 * round before (absent for the first round or a newcomer). Groups keep their order; tables are
 * 1..max(groups, highest table used before), and each group gets a distinct table.
 */
export function assignTables(
  groups: readonly (readonly string[])[],
  previous: ReadonlyMap<string, number>,
): SpeedTable[] {
  const count = groups.length;
  let highest = count;
  for (const t of previous.values()) highest = Math.max(highest, t);
  // Only a table where a member sat last round can keep someone in place: those few edges are the
  // whole choice (each group has at most three), so the matching stays small however big the room.
  const edges: WeightedEdge[] = [];
  for (let g = 0; g < count; g++) {
    const stayers = new Map<number, number>();
    for (const id of groups[g]!) {
      const t = previous.get(id);
      if (t !== undefined) stayers.set(t, (stayers.get(t) ?? 0) + 1);
    }
    // Staying people first (one stayer outweighs any table-number preference), then low numbers.
    for (const [t, stay] of stayers) edges.push([g, count + t - 1, (highest + 1) * stay + (highest - t + 1)]);
  }
  const mate = edges.length === 0 ? new Int32Array(count + highest).fill(-1) : maxWeightMatching(count + highest, edges);
  const taken = new Set<number>();
  const table = new Array<number>(count).fill(0);
  for (let g = 0; g < count; g++) {
    if (mate[g]! >= 0) {
      table[g] = mate[g]! - count + 1;
      taken.add(table[g]!);
    }
  }
  // Everyone else takes the lowest free tables, in group order.
  let free = 1;
  for (let g = 0; g < count; g++) {
    if (table[g] !== 0) continue;
    while (taken.has(free)) free++;
    table[g] = free;
    taken.add(free);
  }
  return groups.map((people, g) => ({ table: table[g]!, people: [...people] }));
}

/** Table of each person in a round. */
export function seatsOf(tables: readonly SpeedTable[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tables) for (const id of t.people) out.set(id, t.table);
  return out;
}

/** How many people sit at a different table than in the round before (newcomers not counted). */
export function tableMoves(before: readonly SpeedTable[], after: readonly SpeedTable[]): number {
  const seats = seatsOf(before);
  let moves = 0;
  for (const t of after) {
    for (const id of t.people) {
      const was = seats.get(id);
      if (was !== undefined && was !== t.table) moves++;
    }
  }
  return moves;
}
