import { describe, expect, it } from 'vitest';
import { makePerson, settingsWith } from '../../../../../test/support/pairing';
import type { DraftTeam } from './board-edits';
import { pinEdit, splitsOfEdit } from './edit-splits';
import type { EvaluateJob } from './pairing-protocol';

const team = (ids: string[], locked = false): DraftTeam => ({
  memberIds: ids,
  locked,
  facilitated: false,
});
const people = [
  makePerson({ id: 'ana', registeredWithEmail: 'ben@example.org' }),
  makePerson({ id: 'ben' }),
  makePerson({ id: 'cy' }),
  makePerson({ id: 'dee' }),
  makePerson({ id: 'eve' }),
];
const board = (drafts: DraftTeam[]) => ({
  drafts,
  peopleById: new Map(people.map((p) => [p.id, p] as const)),
  evaluateJob: { settings: settingsWith({}) } as EvaluateJob,
});
const registered = [{ aId: 'ana', bId: 'ben', kind: 'registered' }];

describe('what a hand change would split', () => {
  const plan = board([team(['ana', 'ben']), team(['cy', 'dee'])]);

  it('finds the registered pair a swap, a break or a pin would split', () => {
    expect(splitsOfEdit(plan, { type: 'swap', aId: 'ana', bId: 'cy' })).toEqual(registered);
    expect(splitsOfEdit(plan, { type: 'break', teamKey: 'ana|ben' })).toEqual(registered);
    expect(splitsOfEdit(plan, pinEdit('pairs', plan.drafts, 'ben', 'eve'))).toEqual(registered);
  });

  it('finds nothing for changes that leave them together, or that would be refused', () => {
    expect(splitsOfEdit(plan, { type: 'swap', aId: 'cy', bId: 'eve' })).toEqual([]);
    expect(splitsOfEdit(plan, { type: 'break', teamKey: 'cy|dee' })).toEqual([]);
    expect(splitsOfEdit(plan, { type: 'swap', aId: 'ana', bId: 'ben' })).toEqual([]);
    expect(splitsOfEdit(plan, null)).toEqual([]);
  });

  it('pairs at once only in pairs mode, for two people apart and neither locked', () => {
    expect(pinEdit('pairs', plan.drafts, 'ana', 'cy')).toEqual({
      type: 'pair-with',
      personId: 'ana',
      otherId: 'cy',
    });
    expect(pinEdit('groups', plan.drafts, 'ana', 'cy')).toBeNull();
    expect(pinEdit('pairs', plan.drafts, 'ana', 'ben')).toBeNull();
    expect(
      pinEdit('pairs', [team(['ana', 'ben'], true), team(['cy', 'dee'])], 'cy', 'ana'),
    ).toBeNull();
  });
});
