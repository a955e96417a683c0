/**
 * The coordinator's hand edits of a working plan, as pure functions over team lists: swap two
 * people, pair one person with another (their former partners pair up when allowed, as
 * `alternativesFor` predicts), break a team. Locked teams are never changed by an edit.
 */

/** A team of the working plan: who is in it and what the coordinator fixed about it. */
export interface DraftTeam {
  /** Stored team id, kept so an unchanged team keeps its identity. */
  id?: string;
  /** Stored team number ("Pair 07"), kept by a team an edit leaves in place. */
  number?: number;
  memberIds: string[];
  locked: boolean;
  facilitated: boolean;
}

/** One hand edit of the working plan. */
export type BoardEdit =
  | { type: 'swap'; aId: string; bId: string }
  | { type: 'pair-with'; personId: string; otherId: string }
  | { type: 'break'; teamKey: string };

/** An edit that cannot be made, with the reason in words. */
export class EditRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditRefusedError';
  }
}

/** Order-free key of a team's members. */
export function teamKey(memberIds: readonly string[]): string {
  return [...memberIds].sort().join('|');
}

/** Index of the team `personId` is in, or -1. */
export function teamIndexOf(teams: readonly DraftTeam[], personId: string): number {
  return teams.findIndex((t) => t.memberIds.includes(personId));
}

function refuseLocked(teams: readonly DraftTeam[], ...indexes: number[]): void {
  for (const k of indexes) {
    if (k >= 0 && teams[k]?.locked) {
      throw new EditRefusedError('That team is locked. Unlock it first to change it.');
    }
  }
}

/**
 * Swaps two people: each takes the other's place. When one of them is in no team, they simply
 * take the other's place and the other is left out.
 */
export function swapPeople(teams: readonly DraftTeam[], aId: string, bId: string): DraftTeam[] {
  if (aId === bId) throw new EditRefusedError('Choose two different people to swap.');
  const ta = teamIndexOf(teams, aId);
  const tb = teamIndexOf(teams, bId);
  if (ta < 0 && tb < 0)
    throw new EditRefusedError('Neither person is in a team, so there is nothing to swap.');
  if (ta === tb) throw new EditRefusedError('They are already in the same team.');
  refuseLocked(teams, ta, tb);
  return teams.map((t, k) => {
    if (k === ta) return { ...t, memberIds: t.memberIds.map((id) => (id === aId ? bId : id)) };
    if (k === tb) return { ...t, memberIds: t.memberIds.map((id) => (id === bId ? aId : id)) };
    return t;
  });
}

/**
 * Puts `personId` and `otherId` together as a pair. What is left of each one's team stays
 * together when two or more remain; two people left alone pair up when `canPair` allows it,
 * otherwise they are left without a team. The new pair takes the first person's place in the
 * list (keeping that team's number), the partners' pair the second's.
 */
export function pairWith(
  teams: readonly DraftTeam[],
  personId: string,
  otherId: string,
  canPair: (a: string, b: string) => boolean,
): DraftTeam[] {
  if (personId === otherId) throw new EditRefusedError('Choose someone else as partner.');
  const tx = teamIndexOf(teams, personId);
  const ty = teamIndexOf(teams, otherId);
  if (tx >= 0 && tx === ty && teams[tx]?.memberIds.length === 2) {
    throw new EditRefusedError('They are already paired together.');
  }
  refuseLocked(teams, tx, ty);
  const own = tx >= 0 ? (teams[tx] as DraftTeam) : undefined;
  const their = ty >= 0 && ty !== tx ? (teams[ty] as DraftTeam) : undefined;
  const rx = own ? own.memberIds.filter((id) => id !== personId && id !== otherId) : [];
  const ry = their ? their.memberIds.filter((id) => id !== otherId) : [];
  const result: (DraftTeam | null)[] = [...teams];
  const appended: DraftTeam[] = [];
  const fresh = (memberIds: string[], from?: DraftTeam): DraftTeam => ({
    memberIds,
    locked: false,
    facilitated: from?.facilitated ?? false,
  });
  if (tx >= 0) result[tx] = null;
  if (ty >= 0) result[ty] = null;
  const pair = [personId, otherId];
  if (own) result[tx] = { ...own, memberIds: pair, locked: false };
  else if (their) result[ty] = { ...their, memberIds: pair, locked: false };
  else appended.push(fresh(pair));
  // The other side's place goes to what is left of their team, or to the partners' new pair.
  const placeOtherSide = (memberIds: string[]): void => {
    if (their && result[ty] === null) result[ty] = { ...their, memberIds, locked: false };
    else appended.push(fresh(memberIds, their ?? own));
  };
  if (rx.length >= 2) appended.push(fresh(rx, own));
  if (ry.length >= 2) placeOtherSide(ry);
  if (rx.length === 1 && ry.length === 1 && canPair(rx[0] as string, ry[0] as string)) {
    placeOtherSide([rx[0] as string, ry[0] as string]);
  }
  return [...result.filter((t): t is DraftTeam => t !== null), ...appended];
}

/** Removes a team: its members are left without a team until paired again. */
export function breakTeam(teams: readonly DraftTeam[], key: string): DraftTeam[] {
  const k = teams.findIndex((t) => teamKey(t.memberIds) === key);
  if (k < 0) throw new EditRefusedError('That team is no longer in the plan.');
  refuseLocked(teams, k);
  return teams.filter((_, i) => i !== k);
}

/** Applies one edit. `canPair` says whether two people left alone may pair up. */
export function applyEdit(
  teams: readonly DraftTeam[],
  edit: BoardEdit,
  canPair: (a: string, b: string) => boolean,
): DraftTeam[] {
  switch (edit.type) {
    case 'swap':
      return swapPeople(teams, edit.aId, edit.bId);
    case 'pair-with':
      return pairWith(teams, edit.personId, edit.otherId, canPair);
    case 'break':
      return breakTeam(teams, edit.teamKey);
  }
}
