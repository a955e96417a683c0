import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from './coverage';
import { catalogOf, person } from '../../../../../test/support/participants';

// c0 self, c1 business, c2 people, c3 self, c4 business, c5 people
const catalog = catalogOf(['Flexibility', 'Analytical thinking', 'Oral communication', 'Stress management', 'Initiative', 'Influence skill']);

describe('computeCoverage', () => {
  it('counts how many active people offer and want each competency, grouped by category', () => {
    const report = computeCoverage(
      [
        person({ id: 'a', offers: ['c0', 'c1'], wants: ['c2'] }),
        person({ id: 'b', offers: ['c1'], wants: ['c2', 'c0'] }),
        person({ id: 'c', offers: [], wants: ['c2', 'c4'] }),
        person({ id: 'w', offers: ['c2', 'c2'], wants: ['c1'], status: 'withdrawn' }),
      ],
      catalog,
    );
    const row = (id: string) => report.categories.flatMap((c) => c.rows).find((r) => r.competency.id === id);
    expect(row('c0')).toMatchObject({ offered: 1, wanted: 1, shortfall: 0 });
    expect(row('c1')).toMatchObject({ offered: 2, wanted: 0, shortfall: 0 });
    expect(row('c2')).toMatchObject({ offered: 0, wanted: 3, shortfall: 3 });
    expect(row('c4')).toMatchObject({ offered: 0, wanted: 1, shortfall: 1 });
    expect(report.participants).toBe(3);
    expect(report.withoutOffers).toBe(1);
    expect(report.withoutWants).toBe(0);
    expect(report.categories.map((c) => [c.category, c.rows.map((r) => r.competency.id)])).toEqual([
      ['self', ['c0', 'c3']],
      ['business', ['c1', 'c4']],
      ['people', ['c2', 'c5']],
    ]);
    expect(report.categories.map((c) => [c.offered, c.wanted])).toEqual([
      [1, 1],
      [2, 1],
      [0, 3],
    ]);
    expect(report.shortages.map((r) => r.competency.id)).toEqual(['c2', 'c4']);
    expect(report.largestCount).toBe(3);
  });

  it('counts a person once per competency even when their list repeats it', () => {
    const report = computeCoverage([person({ id: 'a', offers: ['c0', 'c0', 'c0'] })], catalog);
    expect(report.categories[0]?.rows[0]).toMatchObject({ offered: 1 });
  });

  it('keeps retired competencies in view only while someone still has them, and ignores unknown ids', () => {
    const retired = catalog.map((c) => (c.id === 'c3' || c.id === 'c5' ? { ...c, retired: true } : c));
    const report = computeCoverage([person({ id: 'a', wants: ['c3', 'gone'] })], retired);
    const shown = report.categories.flatMap((c) => c.rows.map((r) => r.competency.id));
    expect(shown).toContain('c3');
    expect(shown).not.toContain('c5');
    expect(shown).not.toContain('gone');
  });

  it('totals match the distinct known choices of the active people', () => {
    const ids = catalog.map((c) => c.id);
    const personArb = fc.record({
      offers: fc.array(fc.constantFrom(...ids, 'unknown'), { maxLength: 8 }),
      wants: fc.array(fc.constantFrom(...ids, 'unknown'), { maxLength: 8 }),
      active: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 20 }), (specs) => {
        const people = specs.map((s, i) =>
          person({ id: `p${i}`, offers: s.offers, wants: s.wants, status: s.active ? 'active' : 'withdrawn' }),
        );
        const report = computeCoverage(people, catalog);
        const distinctKnown = (list: string[]) => new Set(list.filter((id) => id !== 'unknown')).size;
        const active = specs.filter((s) => s.active);
        const offered = report.categories.reduce((sum, c) => sum + c.offered, 0);
        const wanted = report.categories.reduce((sum, c) => sum + c.wanted, 0);
        expect(offered).toBe(active.reduce((sum, s) => sum + distinctKnown(s.offers), 0));
        expect(wanted).toBe(active.reduce((sum, s) => sum + distinctKnown(s.wants), 0));
        for (const r of report.shortages) expect(r.wanted).toBeGreaterThan(r.offered);
        const rows = report.categories.flatMap((c) => c.rows);
        expect(report.shortages).toHaveLength(rows.filter((r) => r.wanted > r.offered).length);
      }),
      { numRuns: 200 },
    );
  });
});
