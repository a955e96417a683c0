/**
 * Whether the proposals on the board were made for the people who are to be paired now. A run
 * remembers who it placed; since then people may have been added (or put back by an ended
 * team), withdrawn, or removed (an import undone). The proposal is out of date exactly when the
 * people it was made for differ from the people to pair now.
 */
import type { Participant } from '../model';
import { takesPart } from '../participants/opt-in';

/** Why someone the proposal was made for is no longer to be paired. */
export type GoneWhy = 'withdrawn' | 'removed' | 'confirmed';

/** Someone the proposal was made for who is no longer to be paired. */
export interface GonePerson {
  id: string;
  /** Their name, or null when their record is gone. */
  name: string | null;
  why: GoneWhy;
}

/** What changed in the roster since the proposal. */
export interface RosterDrift {
  /** To pair now, but not in the proposal's roster (by name). */
  added: Participant[];
  /** In the proposal's roster, but no longer to pair (by name; removed records last). */
  gone: GonePerson[];
  outOfDate: boolean;
}

function byName(a: { name: string | null; id: string }, b: { name: string | null; id: string }) {
  if (a.name === null || b.name === null)
    return a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name === null ? 1 : -1;
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Compares the roster a proposal was made for (`proposalIds`) with the people to pair now
 * (`toPair`: active and in no confirmed team). `everyone` holds every participant record still
 * stored and `confirmedIds` who is in a confirmed team, to say why someone is gone.
 */
export function rosterDrift(
  proposalIds: readonly string[],
  toPair: readonly Participant[],
  everyone: ReadonlyMap<string, Participant>,
  confirmedIds: ReadonlySet<string>,
): RosterDrift {
  const then = new Set(proposalIds);
  const now = new Set(toPair.map((p) => p.id));
  const added = toPair.filter((p) => !then.has(p.id)).sort(byName);
  const gone: GonePerson[] = [...then]
    .filter((id) => !now.has(id))
    .map((id): GonePerson => {
      const p = everyone.get(id);
      if (!p) return { id, name: null, why: 'removed' };
      return {
        id,
        name: p.name,
        why: confirmedIds.has(id) ? 'confirmed' : takesPart(p) ? 'removed' : 'withdrawn',
      };
    })
    .sort(byName);
  return { added, gone, outOfDate: added.length > 0 || gone.length > 0 };
}
