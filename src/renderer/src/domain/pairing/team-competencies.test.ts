import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Competency, CompetencyCategory, SelectionRules } from '../model';
import {
  selectionRulesProblems,
  suggestTeamCompetencies,
  validateTeamCompetencies,
} from './team-competencies';
import { makePerson } from '../../../../../test/support/pairing';

const programRules: SelectionRules = {
  minTotal: 3,
  maxTotal: 6,
  minPerCategory: 1,
  maxPerCategory: 2,
};

function competency(
  id: string,
  category: CompetencyCategory,
  order: number,
  retired = false,
): Competency {
  return {
    id,
    programId: 'prog',
    name: `Name ${id}`,
    description: '',
    category,
    cluster: '',
    order,
    retired,
    builtinKey: null,
  };
}

const catalog: Competency[] = [
  competency('flex', 'self', 0),
  competency('stress', 'self', 1),
  competency('conf', 'self', 2),
  competency('analytic', 'business', 3),
  competency('strategic', 'business', 4),
  competency('initiative', 'business', 5),
  competency('oral', 'people', 6),
  competency('written', 'people', 7),
  competency('teamwork', 'people', 8),
  competency('old', 'people', 9, true),
];

describe('suggestTeamCompetencies', () => {
  it('prefers what one offers and the other wants, one or two per category', () => {
    const ana = makePerson({
      id: 'ana',
      offers: ['strategic', 'oral'],
      wants: ['written', 'stress'],
    });
    const ben = makePerson({
      id: 'ben',
      offers: ['written', 'stress', 'teamwork'],
      wants: ['strategic', 'oral', 'teamwork'],
    });
    const result = suggestTeamCompetencies([ana, ben], catalog, programRules);
    expect(result.valid).toBe(true);
    expect(result.messages).toEqual([]);
    // All four complementary ones, in catalog order; teamwork is only wanted by the one who offers it.
    expect(result.competencyIds).toEqual(['stress', 'strategic', 'oral', 'written']);
  });

  it('fills up to the minimum with what the team wants when little is complementary', () => {
    const ana = makePerson({ id: 'ana', wants: ['initiative'] });
    const ben = makePerson({ id: 'ben' });
    const result = suggestTeamCompetencies([ana, ben], catalog, programRules);
    expect(result.valid).toBe(true);
    expect(result.competencyIds).toEqual(['flex', 'initiative', 'oral']);
  });

  it('never suggests retired competencies', () => {
    const ana = makePerson({ id: 'ana', offers: ['old'] });
    const ben = makePerson({ id: 'ben', wants: ['old'] });
    expect(suggestTeamCompetencies([ana, ben], catalog, programRules).competencyIds).not.toContain(
      'old',
    );
  });

  it('says why when the rules cannot be met with the catalog', () => {
    const small = [competency('a', 'self', 0), competency('b', 'business', 1)];
    const result = suggestTeamCompetencies([], small, programRules);
    expect(result.valid).toBe(false);
    expect(result.messages).toEqual([
      'The catalog has no current competency in People skills, so a team cannot choose one from each category: add one to the catalog',
      'The catalog and the per-category maximum allow only 2 competencies, fewer than the minimum of 3',
    ]);
    // The closest choice is still offered: one from each category there is.
    expect(result.competencyIds).toEqual(['a', 'b']);
  });

  const rulesArb = fc
    .record({
      minTotal: fc.integer({ min: 0, max: 8 }),
      spanTotal: fc.integer({ min: 0, max: 4 }),
      minPerCategory: fc.integer({ min: 0, max: 3 }),
      spanPer: fc.integer({ min: 0, max: 2 }),
    })
    .map((r): SelectionRules => ({
      minTotal: r.minTotal,
      maxTotal: r.minTotal + r.spanTotal,
      minPerCategory: r.minPerCategory,
      maxPerCategory: r.minPerCategory + r.spanPer,
    }));
  const catalogArb = fc
    .array(
      fc.record({
        category: fc.constantFrom<CompetencyCategory>('self', 'business', 'people'),
        retired: fc.boolean(),
      }),
      { maxLength: 14 },
    )
    .map((rows) =>
      rows.map((r, i) => competency(`k${i}`, r.category, i, r.retired && i % 3 === 0)),
    );

  /** Independent feasibility: some count per category fits both the category and total limits. */
  function feasible(cat: readonly Competency[], rules: SelectionRules): boolean {
    const counts = (['self', 'business', 'people'] as const).map(
      (c) => cat.filter((x) => x.category === c && !x.retired).length,
    );
    // A category with nothing in it cannot give the one-per-category the rules ask for.
    if (rules.minPerCategory > 0 && counts.some((a) => a === 0)) return false;
    const ranges = counts.map(
      (a) => [Math.min(rules.minPerCategory, a), Math.min(rules.maxPerCategory, a)] as const,
    );
    for (let s = ranges[0]?.[0] ?? 0; s <= (ranges[0]?.[1] ?? 0); s += 1) {
      for (let b = ranges[1]?.[0] ?? 0; b <= (ranges[1]?.[1] ?? 0); b += 1) {
        for (let p = ranges[2]?.[0] ?? 0; p <= (ranges[2]?.[1] ?? 0); p += 1) {
          if (s + b + p >= rules.minTotal && s + b + p <= rules.maxTotal) return true;
        }
      }
    }
    return false;
  }

  it('always satisfies the rules when the catalog allows it', () => {
    fc.assert(
      fc.property(
        catalogArb,
        rulesArb,
        fc.array(fc.tuple(fc.subarray([...Array(14).keys()]), fc.subarray([...Array(14).keys()])), {
          maxLength: 4,
        }),
        (cat, rules, rows) => {
          const members = rows.map(([offers, wants], i) =>
            makePerson({
              id: `m${i}`,
              offers: offers.map((k) => `k${k}`),
              wants: wants.map((k) => `k${k}`),
            }),
          );
          const result = suggestTeamCompetencies(members, cat, rules);
          const check = validateTeamCompetencies(result.competencyIds, cat, rules);
          expect(result.valid).toBe(check.valid && selectionRulesProblems(cat, rules).length === 0);
          expect(new Set(result.competencyIds).size).toBe(result.competencyIds.length);
          if (feasible(cat, rules)) {
            expect(check.messages).toEqual([]);
            expect(selectionRulesProblems(cat, rules)).toEqual([]);
          } else {
            expect(result.valid).toBe(false);
            expect(selectionRulesProblems(cat, rules).length).toBeGreaterThan(0);
          }
          // Anything chosen beyond what the rules demand is complementary.
          const complementary = (id: string): boolean =>
            members.some(
              (m) =>
                m.wants.includes(id) && members.some((o) => o.id !== m.id && o.offers.includes(id)),
            );
          if (result.competencyIds.length > rules.minTotal) {
            const extra = result.competencyIds.filter((id) => !complementary(id));
            const categories = new Set(extra.map((id) => cat.find((c) => c.id === id)?.category));
            expect(extra.length).toBeLessThanOrEqual(categories.size * rules.minPerCategory);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('suggestTeamCompetencies with the program rules (3–6, one or two per category)', () => {
  const categories = ['self', 'business', 'people'] as const;
  /** Catalogs with at least one current competency in every category. */
  const fullCatalogArb = fc
    .tuple(
      ...categories.map((category) => fc.integer({ min: 1, max: 8 }).map((n) => ({ category, n }))),
    )
    .map((sizes) => {
      let order = 0;
      return sizes.flatMap(({ category, n }) =>
        Array.from({ length: n }, () => competency(`c${order}`, category, order++)),
      );
    });
  const teamArb = (cat: Competency[]) =>
    fc
      .array(fc.tuple(fc.subarray(cat.map((c) => c.id)), fc.subarray(cat.map((c) => c.id))), {
        minLength: 2,
        maxLength: 3,
      })
      .map((rows) =>
        rows.map(([offers, wants], i) => makePerson({ id: `p${i}`, offers, wants })),
      );
  const teamAndCatalog = fullCatalogArb.chain((cat) => fc.tuple(fc.constant(cat), teamArb(cat)));
  const helpsWith = (giver: { offers: string[] }, taker: { wants: string[] }, id: string) =>
    giver.offers.includes(id) && taker.wants.includes(id);

  it('gives 3–6 competencies, one or two from each category, and says it is valid', () => {
    fc.assert(
      fc.property(teamAndCatalog, ([cat, team]) => {
        const result = suggestTeamCompetencies(team, cat, programRules);
        expect(result.valid).toBe(true);
        expect(result.messages).toEqual([]);
        expect(result.competencyIds.length).toBeGreaterThanOrEqual(3);
        expect(result.competencyIds.length).toBeLessThanOrEqual(6);
        for (const category of categories) {
          const n = result.competencyIds.filter(
            (id) => cat.find((c) => c.id === id)?.category === category,
          ).length;
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out something one offers and another wants only when its category or the total is full', () => {
    fc.assert(
      fc.property(teamAndCatalog, ([cat, team]) => {
        const ids = suggestTeamCompetencies(team, cat, programRules).competencyIds;
        for (const c of cat) {
          const complementary = team.some((g) => team.some((t) => t !== g && helpsWith(g, t, c.id)));
          if (!complementary || ids.includes(c.id)) continue;
          const inCategory = ids.filter((id) => cat.find((x) => x.id === id)?.category === c.category);
          expect(ids.length === 6 || inCategory.length === 2).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives each partner something from the other whenever both can help', () => {
    fc.assert(
      fc.property(teamAndCatalog, ([cat, team]) => {
        const [a, b] = team;
        if (!a || !b || team.length !== 2) return;
        const ids = suggestTeamCompetencies(team, cat, programRules).competencyIds;
        for (const [giver, taker] of [
          [a, b],
          [b, a],
        ] as const) {
          if (cat.some((c) => helpsWith(giver, taker, c.id))) {
            expect(ids.some((id) => helpsWith(giver, taker, id))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic, whatever order the members come in', () => {
    fc.assert(
      fc.property(teamAndCatalog, ([cat, team]) => {
        const once = suggestTeamCompetencies(team, cat, programRules);
        expect(suggestTeamCompetencies(team, cat, programRules)).toEqual(once);
        expect(suggestTeamCompetencies([...team].reverse(), cat, programRules)).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('says so when a category has no competency, instead of suggesting from two categories', () => {
    fc.assert(
      fc.property(teamAndCatalog, fc.constantFrom(...categories), ([cat, team], missing) => {
        const without = cat.map((c) => (c.category === missing ? { ...c, retired: true } : c));
        const result = suggestTeamCompetencies(team, without, programRules);
        expect(result.valid).toBe(false);
        expect(result.messages.some((m) => m.includes('has no current competency'))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('validateTeamCompetencies', () => {
  it('accepts a choice within the rules', () => {
    expect(validateTeamCompetencies(['flex', 'strategic', 'oral'], catalog, programRules)).toEqual({
      valid: true,
      messages: [],
    });
  });

  it('explains every problem in words', () => {
    const result = validateTeamCompetencies(
      ['oral', 'written', 'teamwork', 'oral', 'old', 'nope'],
      catalog,
      programRules,
    );
    expect(result.valid).toBe(false);
    expect(result.messages).toEqual([
      'Name oral is chosen more than once',
      'Name old is retired and can no longer be chosen',
      'Unknown competency (nope): choose it again from the catalog',
      'Choose at least 1 from Self-management skills (0 chosen)',
      'Choose at least 1 from Business skills (0 chosen)',
      'Choose no more than 2 from People skills (3 chosen)',
    ]);
  });

  it('counts totals', () => {
    expect(validateTeamCompetencies(['flex', 'oral'], catalog, programRules).messages).toEqual([
      'Choose at least 3 competencies (2 chosen)',
      'Choose at least 1 from Business skills (0 chosen)',
    ]);
    const seven = ['flex', 'stress', 'analytic', 'strategic', 'oral', 'written', 'conf'];
    expect(validateTeamCompetencies(seven, catalog, programRules).messages).toEqual([
      'Choose no more than 6 competencies (7 chosen)',
      'Choose no more than 2 from Self-management skills (3 chosen)',
    ]);
  });
});
