import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  breakTeam,
  EditRefusedError,
  pairWith,
  swapPeople,
  teamKey,
  type BoardEdit,
  type DraftTeam,
} from './board-edits';

const team = (ids: string[], extra: Partial<DraftTeam> = {}): DraftTeam => ({
  memberIds: ids,
  locked: false,
  facilitated: false,
  ...extra,
});
const always = (): boolean => true;
const never = (): boolean => false;
const members = (teams: DraftTeam[]) => teams.map((t) => [...t.memberIds].sort());

describe('hand edits of the working plan', () => {
  const plan = [
    team(['a', 'b'], { id: 't1', number: 1 }),
    team(['c', 'd'], { id: 't2', number: 2 }),
    team(['e', 'f', 'g'], { id: 't3', number: 3 }),
  ];

  it('swaps two people in place, keeping every team where it was', () => {
    const after = swapPeople(plan, 'a', 'd');
    expect(members(after)).toEqual([
      ['b', 'd'],
      ['a', 'c'],
      ['e', 'f', 'g'],
    ]);
    expect(after.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
  });

  it('lets someone without a team take another person’s place', () => {
    expect(members(swapPeople(plan, 'z', 'b'))).toEqual([
      ['a', 'z'],
      ['c', 'd'],
      ['e', 'f', 'g'],
    ]);
  });

  it('refuses swaps within a team, between two people without a team, and into locked teams', () => {
    expect(() => swapPeople(plan, 'a', 'b')).toThrow(EditRefusedError);
    expect(() => swapPeople(plan, 'y', 'z')).toThrow(/Neither/);
    const locked = [team(['a', 'b'], { locked: true }), team(['c', 'd'])];
    expect(() => swapPeople(locked, 'a', 'c')).toThrow(/locked/);
  });

  it('pairs two people and pairs up their former partners when allowed', () => {
    const after = pairWith(plan, 'a', 'c', always);
    expect(members(after)).toEqual([
      ['a', 'c'],
      ['b', 'd'],
      ['e', 'f', 'g'],
    ]);
    // The new pair keeps the first person's team number; the partners' pair the second's.
    expect(after.map((t) => t.number)).toEqual([1, 2, 3]);
    expect(members(pairWith(plan, 'a', 'c', never))).toEqual([
      ['a', 'c'],
      ['e', 'f', 'g'],
    ]);
  });

  it('leaves what remains of a triad together and the lone partner without a team', () => {
    expect(members(pairWith(plan, 'e', 'a', always))).toEqual([
      ['c', 'd'],
      ['a', 'e'],
      ['f', 'g'],
    ]);
    expect(members(pairWith(plan, 'z', 'a', always))).toEqual([
      ['a', 'z'],
      ['c', 'd'],
      ['e', 'f', 'g'],
    ]);
  });

  it('breaks a team, but never a locked one', () => {
    expect(members(breakTeam(plan, teamKey(['b', 'a'])))).toEqual([
      ['c', 'd'],
      ['e', 'f', 'g'],
    ]);
    expect(() => breakTeam([team(['a', 'b'], { locked: true })], teamKey(['a', 'b']))).toThrow(
      /locked/,
    );
    expect(() => breakTeam(plan, teamKey(['a', 'c']))).toThrow(/no longer/);
  });

  it('never puts anyone in two teams, never leaves a team of one, and never touches a locked team', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const plans = fc
      .tuple(
        fc.shuffledSubarray(people, { minLength: 2 }),
        fc.array(fc.integer({ min: 2, max: 3 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      )
      .map(([order, sizes, locks]) => {
        const teams: DraftTeam[] = [];
        let at = 0;
        sizes.forEach((size, k) => {
          if (at + size > order.length) return;
          teams.push(team(order.slice(at, at + size), { locked: locks[k] ?? false, id: `t${k}` }));
          at += size;
        });
        return teams;
      });
    const edits: fc.Arbitrary<BoardEdit> = fc.oneof(
      fc.record({
        type: fc.constant('swap' as const),
        aId: fc.constantFrom(...people),
        bId: fc.constantFrom(...people),
      }),
      fc.record({
        type: fc.constant('pair-with' as const),
        personId: fc.constantFrom(...people),
        otherId: fc.constantFrom(...people),
      }),
      fc.record({ type: fc.constant('break' as const), teamKey: fc.constantFrom(...people) }),
    );
    fc.assert(
      fc.property(plans, edits, fc.boolean(), (teams, rawEdit, allowed) => {
        // A break names a team by a member, as the board does.
        const edit: BoardEdit =
          rawEdit.type === 'break'
            ? {
                type: 'break',
                teamKey: teamKey(
                  teams.find((t) => t.memberIds.includes(rawEdit.teamKey))?.memberIds ?? [
                    rawEdit.teamKey,
                  ],
                ),
              }
            : rawEdit;
        let after: DraftTeam[];
        try {
          after = applyEdit(teams, edit, () => allowed);
        } catch (error) {
          expect(error).toBeInstanceOf(EditRefusedError);
          return;
        }
        const placed = after.flatMap((t) => t.memberIds);
        expect(new Set(placed).size).toBe(placed.length);
        expect(after.every((t) => t.memberIds.length >= 2)).toBe(true);
        for (const t of teams.filter((x) => x.locked)) expect(after).toContainEqual(t);
        const before = new Set(teams.flatMap((t) => t.memberIds));
        const named =
          edit.type === 'swap'
            ? [edit.aId, edit.bId]
            : edit.type === 'pair-with'
              ? [edit.personId, edit.otherId]
              : [];
        for (const id of placed) expect(before.has(id) || named.includes(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
