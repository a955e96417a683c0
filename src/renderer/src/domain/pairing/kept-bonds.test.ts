import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  makePerson,
  rosterArb,
  settingsArb,
  settingsWith,
} from '../../../../../test/support/pairing';
import type { Participant } from '../model';
import { bondBetween, bondsSplit, bondsWithin, type TeamMembers } from './kept-bonds';

const byId = (people: readonly Participant[]) => new Map(people.map((p) => [p.id, p] as const));

/** Random plans over a roster: people dealt into teams of 2–3, some left out. */
const planArb = rosterArb({ minPeople: 2, maxPeople: 9 }).chain((roster) =>
  fc
    .tuple(
      fc.shuffledSubarray(roster.people.map((p) => p.id)),
      fc.shuffledSubarray(roster.people.map((p) => p.id)),
      settingsArb(),
    )
    .map(([a, b, settings]) => ({ roster, before: deal(a), after: deal(b), settings })),
);

function deal(ids: readonly string[]): TeamMembers[] {
  const teams: TeamMembers[] = [];
  for (let i = 0; i + 1 < ids.length; i += 2) teams.push({ memberIds: ids.slice(i, i + 2) });
  return teams;
}

describe('bonds kept together on the board', () => {
  const alex = makePerson({ id: 'alex', registeredWithEmail: 'SAM@example.org ' });
  const sam = makePerson({ id: 'sam' });
  const kim = makePerson({ id: 'kim', preferredPartnerEmail: 'lee@example.org' });
  const lee = makePerson({ id: 'lee', preferredPartnerEmail: 'kim@example.org' });
  const people = byId([alex, sam, kim, lee]);
  const soft = settingsWith({});
  const hard = settingsWith({ rules: { mutualPreference: { mode: 'hard' } } });

  it('reads a registration from either side, and a mutual preference only under a hard rule', () => {
    expect(bondBetween(sam, alex, soft)).toBe('registered');
    expect(bondBetween(kim, lee, soft)).toBeNull();
    expect(bondBetween(kim, lee, hard)).toBe('preferred');
    expect(bondBetween(alex, kim, hard)).toBeNull();
  });

  it('says which bonds a swap splits, and nothing for a change that keeps them together', () => {
    const before = [{ memberIds: ['alex', 'sam'] }, { memberIds: ['kim', 'lee'] }];
    const swapped = [{ memberIds: ['alex', 'kim'] }, { memberIds: ['sam', 'lee'] }];
    expect(bondsSplit(before, swapped, people, hard)).toEqual([
      { aId: 'alex', bId: 'sam', kind: 'registered' },
      { aId: 'kim', bId: 'lee', kind: 'preferred' },
    ]);
    expect(bondsSplit(before, swapped, people, soft)).toEqual([
      { aId: 'alex', bId: 'sam', kind: 'registered' },
    ]);
    // Breaking the team leaves both without one: split too.
    expect(bondsSplit(before, [before[1]!], people, soft)).toHaveLength(1);
    expect(bondsSplit(before, [...before].reverse(), people, hard)).toEqual([]);
  });

  it('splits exactly the bonds held before that no team holds after', () => {
    fc.assert(
      fc.property(planArb, ({ roster, before, after, settings }) => {
        const everyone = byId(roster.people);
        const split = bondsSplit(before, after, everyone, settings);
        const held = (teams: TeamMembers[], a: string, b: string) =>
          teams.some((t) => t.memberIds.includes(a) && t.memberIds.includes(b));
        for (const bond of split) {
          expect(held(before, bond.aId, bond.bId)).toBe(true);
          expect(held(after, bond.aId, bond.bId)).toBe(false);
        }
        const splitKeys = new Set(split.map((b) => `${b.aId}|${b.bId}`));
        for (const bond of bondsWithin(before, everyone, settings)) {
          if (!splitKeys.has(`${bond.aId}|${bond.bId}`))
            expect(held(after, bond.aId, bond.bId)).toBe(true);
        }
        expect(bondsSplit(before, before, everyone, settings)).toEqual([]);
      }),
    );
  });
});
