import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_ORDER, type CompetencyCategory } from '../model';
import type { DocCompetency } from './document-models';
import { paginateInventory, type InventoryPageRow } from './skills-inventory-form';

const competencyArb = fc.record({
  category: fc.constantFrom<CompetencyCategory>('self', 'business', 'people'),
  cluster: fc.constantFrom('', 'Leading others', 'Achieving results'),
  name: fc.string({ minLength: 1, maxLength: 40 }),
  description: fc.string({ maxLength: 260 }),
});
const catalogArb = fc
  .array(competencyArb, { minLength: 1, maxLength: 70 })
  .map((rows) => rows.map((r, i): DocCompetency => ({ ...r, id: `c${i}` })));

function bandCategory(row: InventoryPageRow | undefined): CompetencyCategory | null {
  return row && 'band' in row ? row.band.category : null;
}

describe('paginateInventory', () => {
  it('prints every competency once, category by category in catalog order', () => {
    fc.assert(
      fc.property(catalogArb, fc.constantFrom('a4' as const, 'letter' as const), (catalog, paper) => {
        const printed = paginateInventory(paper, catalog).flat().flatMap((r) => ('competency' in r ? [r.competency.id] : []));
        const expected = CATEGORY_ORDER.flatMap((category) => catalog.filter((c) => c.category === category).map((c) => c.id));
        expect(printed).toEqual(expected);
      }),
    );
  });

  it('starts every page with a heading, says "(continued)" exactly when a category goes on from the page before, and never ends a page on a heading', () => {
    fc.assert(
      fc.property(catalogArb, fc.constantFrom('a4' as const, 'letter' as const), (catalog, paper) => {
        const pages = paginateInventory(paper, catalog);
        pages.forEach((rows, i) => {
          expect(rows.length).toBeGreaterThan(0);
          const first = rows[0];
          expect(bandCategory(first)).not.toBeNull();
          const last = rows[rows.length - 1];
          expect(last && 'competency' in last).toBe(true);
          const before = pages[i - 1] ?? [];
          const lastBefore = [...before].reverse().find((r) => 'competency' in r);
          const goesOn = lastBefore !== undefined && 'competency' in lastBefore && lastBefore.competency.category === bandCategory(first);
          expect(first && 'band' in first && first.continued).toBe(goesOn);
          // Later headings on the same page are never "(continued)".
          expect(rows.slice(1).some((r) => 'band' in r && r.continued)).toBe(false);
        });
      }),
    );
  });
});
