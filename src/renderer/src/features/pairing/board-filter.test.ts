import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  departmentsOf,
  filterTeams,
  matchesFilter,
  NO_FILTER,
  type BoardFilter,
  type FilterableTeam,
} from './board-filter';

const member = (
  name: string,
  department = '',
  email = `${name.split(' ')[0]!.toLowerCase()}@x.org`,
) => ({
  name,
  department,
  email,
});
const teams: FilterableTeam[] = [
  {
    label: 'Pair 01',
    score: 9,
    allowed: true,
    members: [member('Zoë Ng', 'Nursing'), member('Ben Ode', 'IT')],
  },
  {
    label: 'Pair 02',
    score: -1,
    allowed: true,
    members: [member('Cy Park', 'IT'), member('Dee Ray')],
  },
  {
    label: 'Pair 03',
    score: 4,
    allowed: false,
    members: [member('Eve Shaw', 'Finance'), member('Fay Toms', 'nursing')],
  },
];

describe('searching and filtering the board', () => {
  it('finds a name without its accents, a label, an e-mail and a department', () => {
    expect(filterTeams(teams, { ...NO_FILTER, text: 'zoe' })).toEqual([0]);
    expect(filterTeams(teams, { ...NO_FILTER, text: 'pair 2' })).toEqual([1]);
    expect(filterTeams(teams, { ...NO_FILTER, text: 'dee@x' })).toEqual([1]);
    expect(filterTeams(teams, { ...NO_FILTER, department: 'Nursing' })).toEqual([0, 2]);
    expect(filterTeams(teams, { ...NO_FILTER, text: 'nobody' })).toEqual([]);
  });

  it('puts teams against a hard rule first, then the lowest scores', () => {
    expect(filterTeams(teams, { ...NO_FILTER, order: 'weakest' })).toEqual([2, 1, 0]);
    expect(departmentsOf(teams)).toEqual(['Finance', 'IT', 'Nursing']);
  });

  it('never shows a team that does not match and never hides one that does', () => {
    const name = fc.constantFrom('Zoë Ng', 'Ben Ode', 'Cy Park', 'Ana Li', 'Anna Lind');
    const dept = fc.constantFrom('', 'IT', 'Nursing', 'nursing ');
    const teamArb = fc.record({
      label: fc.integer({ min: 1, max: 99 }).map((n) => `Pair ${String(n).padStart(2, '0')}`),
      score: fc.integer({ min: -5, max: 20 }),
      allowed: fc.boolean(),
      members: fc.array(
        fc.tuple(name, dept).map(([n, d]) => member(n, d)),
        { minLength: 2, maxLength: 3 },
      ),
    });
    const filterArb: fc.Arbitrary<BoardFilter> = fc.record({
      text: fc.constantFrom('', 'an', 'ZOE', 'pair 1', 'li ', 'x.org', 'it'),
      department: fc.constantFrom(null, 'IT', 'Nursing'),
      order: fc.constantFrom('board' as const, 'weakest' as const),
    });
    fc.assert(
      fc.property(fc.array(teamArb, { maxLength: 12 }), filterArb, (list, filter) => {
        const shown = filterTeams(list, filter);
        const matching = list.flatMap((t, i) => (matchesFilter(t, filter) ? [i] : []));
        expect([...shown].sort((a, b) => a - b)).toEqual(matching);
        if (filter.order === 'board') expect(shown).toEqual(matching);
        else
          for (let k = 1; k < shown.length; k += 1) {
            const a = list[shown[k - 1]!]!;
            const b = list[shown[k]!]!;
            expect(
              Number(a.allowed) < Number(b.allowed) ||
                (a.allowed === b.allowed && a.score <= b.score),
            ).toBe(true);
          }
        if (filter.department !== null)
          for (const i of shown)
            expect(
              list[i]!.members.some(
                (m) => m.department.trim().toLowerCase() === filter.department!.toLowerCase(),
              ),
            ).toBe(true);
      }),
    );
  });
});
