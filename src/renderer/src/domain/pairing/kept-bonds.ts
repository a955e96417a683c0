/**
 * Bonds the board keeps: two people who registered together, or who asked to work together
 * (a mutual preference) while that rule is hard. A hand change (swap, break, pin, alternative)
 * that puts a bonded pair in different teams "splits" it; the board asks before doing that.
 * The definitions mirror how a team's origin is read (`originOf`), so a team labelled
 * "Registered together" is exactly a team holding a registered bond.
 */
import type { Participant } from '../model';
import type { PairingSettings } from './pairing-settings';
import { isMutualPreference, normaliseEmailKey } from './scoring';

/** Why two people are kept together. */
export type BondKind = 'registered' | 'preferred';

/** Two people kept together, ids in ascending order. */
export interface Bond {
  aId: string;
  bId: string;
  kind: BondKind;
}

/** A team as far as bonds are concerned: who is in it. */
export interface TeamMembers {
  memberIds: readonly string[];
}

/** True when either registered with the other (by e-mail). */
export function registeredTogether(a: Participant, b: Participant): boolean {
  const named = (x: Participant, y: Participant): boolean => {
    const wanted = normaliseEmailKey(x.registeredWithEmail);
    return wanted !== '' && wanted === normaliseEmailKey(y.emailKey);
  };
  return a.id !== b.id && (named(a, b) || named(b, a));
}

/** The bond between two people under these settings, or null. */
export function bondBetween(
  a: Participant,
  b: Participant,
  settings: PairingSettings,
): BondKind | null {
  if (a.id === b.id) return null;
  if (registeredTogether(a, b)) return 'registered';
  if (settings.rules.mutualPreference.mode === 'hard' && isMutualPreference(a, b))
    return 'preferred';
  return null;
}

function teamOf(teams: readonly TeamMembers[]): Map<string, number> {
  const out = new Map<string, number>();
  teams.forEach((t, k) => {
    for (const id of t.memberIds) if (!out.has(id)) out.set(id, k);
  });
  return out;
}

/** Every bond held inside a team of the plan (bonded people who are in the same team). */
export function bondsWithin(
  teams: readonly TeamMembers[],
  people: ReadonlyMap<string, Participant>,
  settings: PairingSettings,
): Bond[] {
  const out: Bond[] = [];
  for (const t of teams) {
    const ids = [...new Set(t.memberIds)].sort();
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const a = people.get(ids[i] as string);
        const b = people.get(ids[j] as string);
        if (!a || !b) continue;
        const kind = bondBetween(a, b, settings);
        if (kind) out.push({ aId: a.id, bId: b.id, kind });
      }
    }
  }
  return out.sort((x, y) => (x.aId + x.bId < y.aId + y.bId ? -1 : 1));
}

/**
 * The bonds a change splits: held in a team before, and with the two people in different teams
 * (or one of them in none) after.
 */
export function bondsSplit(
  before: readonly TeamMembers[],
  after: readonly TeamMembers[],
  people: ReadonlyMap<string, Participant>,
  settings: PairingSettings,
): Bond[] {
  const where = teamOf(after);
  return bondsWithin(before, people, settings).filter((bond) => {
    const ta = where.get(bond.aId);
    return ta === undefined || ta !== where.get(bond.bId);
  });
}

/** "registered together" or "asked to work together", as the board says it. */
export const BOND_WORDS: Record<BondKind, string> = {
  registered: 'registered together',
  preferred: 'asked to work together',
};
