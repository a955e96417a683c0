import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Competency, CompetencyCategory } from '../model';
import { BUILTIN_COMPETENCIES, createProgramCatalog } from './builtin-catalog';
import {
  activeCompetencies,
  addCompetency,
  competencyDraftSchema,
  describeCompetency,
  groupByCategory,
  moveCompetency,
  reinstateCompetency,
  renameCompetency,
  reorderCompetency,
  restoreDefaults,
  retireCompetency,
  sortCatalog,
  type CatalogEditResult,
} from './catalog-edits';

function idMaker(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function fresh(): Competency[] {
  return createProgramCatalog('p1', idMaker('c'));
}

function ok(result: CatalogEditResult): Competency[] {
  if (!result.ok) throw new Error(`expected ok, got ${result.field}: ${result.message}`);
  return result.catalog;
}

function byName(catalog: readonly Competency[], name: string): Competency {
  const found = catalog.find((c) => c.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

const CAT_RANK: Record<CompetencyCategory, number> = { self: 0, business: 1, people: 2 };

/** Independent check of the catalog invariants the UI relies on. */
function expectWellFormed(catalog: readonly Competency[]): void {
  expect(catalog.map((c) => c.order)).toEqual(catalog.map((_, i) => i));
  for (let i = 1; i < catalog.length; i += 1) {
    expect(CAT_RANK[catalog[i - 1]!.category]).toBeLessThanOrEqual(CAT_RANK[catalog[i]!.category]);
  }
  const keys = catalog.map((c) => c.name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase());
  expect(new Set(keys).size).toBe(catalog.length);
  expect(new Set(catalog.map((c) => c.id)).size).toBe(catalog.length);
}

describe('addCompetency', () => {
  it('adds at the end of its cluster with clean text and keeps order dense', () => {
    const next = ok(
      addCompetency(
        fresh(),
        { name: '  Resilience  ', description: ' Bounces back. ', category: 'self', cluster: '' },
        idMaker('new'),
      ),
    );
    expect(next).toHaveLength(32);
    const added = byName(next, 'Resilience');
    expect(added).toMatchObject({ id: 'new-1', programId: 'p1', description: 'Bounces back.', retired: false, builtinKey: null });
    expect(added.order).toBe(4); // after the four self-management skills, before business skills
    expectWellFormed(next);

    const results = ok(
      addCompetency(next, { name: 'Prioritising', category: 'business', cluster: 'Preventing & solving problems' }, idMaker('x')),
    );
    const problems = results.filter((c) => c.cluster === 'Preventing & solving problems').map((c) => c.name);
    expect(problems.at(-1)).toBe('Prioritising');
    expect(byName(results, 'Prioritising').order).toBe(byName(results, 'Technical expertise').order + 1);
    expectWellFormed(results);
  });

  it('refuses a duplicate name whatever the case, spacing or Unicode form', () => {
    const catalog = fresh();
    for (const name of ['flexibility', '  FLEXIBILITY ', 'Oral   communication']) {
      const r = addCompetency(catalog, { name, category: 'people', cluster: '' }, idMaker());
      expect(r).toMatchObject({ ok: false, field: 'name' });
      if (!r.ok) expect(r.message).toMatch(/already called/);
    }
    const withCafe = ok(addCompetency(catalog, { name: 'Caf\u00e9 culture', category: 'people' }, idMaker('k')));
    const decomposed = addCompetency(withCafe, { name: 'cafe\u0301 culture', category: 'people' }, idMaker('k2'));
    expect(decomposed).toMatchObject({ ok: false, field: 'name' });
  });

  it('points to reinstating when the name belongs to a retired competency', () => {
    const catalog = ok(retireCompetency(fresh(), byName(fresh(), 'Initiative').id));
    const r = addCompetency(catalog, { name: 'initiative', category: 'business' }, idMaker());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/retired.*Reinstate/);
  });

  it('refuses empty, too long, control characters, bad category and long descriptions', () => {
    const catalog = fresh();
    const cases: [Parameters<typeof addCompetency>[1], string, RegExp][] = [
      [{ name: '   ', category: 'self' }, 'name', /name/],
      [{ name: 'x'.repeat(81), category: 'self' }, 'name', /80 characters.*81/],
      [{ name: 'Tab\there', category: 'self' }, 'name', /control character/],
      [{ name: 'Ok', category: 'other' as CompetencyCategory }, 'category', /Self-management skills, Business skills, People skills/],
      [{ name: 'Ok', category: 'self', description: 'd'.repeat(301) }, 'description', /300 characters/],
      [{ name: 'Ok', category: 'self', description: 'bell\u0007' }, 'description', /control character/],
      [{ name: 'Ok', category: 'self', cluster: 'c'.repeat(81) }, 'cluster', /80 characters/],
    ];
    for (const [draft, field, message] of cases) {
      const r = addCompetency(catalog, draft, idMaker());
      expect(r, JSON.stringify(draft)).toMatchObject({ ok: false, field });
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });

  it('accepts exactly 80 characters (counting accented letters once) and multi-line descriptions', () => {
    const name = 'é'.repeat(80);
    const next = ok(addCompetency(fresh(), { name, category: 'self', description: 'Line one.\nLine two.' }, idMaker('n')));
    expect(byName(next, name).description).toBe('Line one.\nLine two.');
  });

  it('needs a program id when the catalog is empty', () => {
    expect(addCompetency([], { name: 'A', category: 'self' }, idMaker())).toMatchObject({ ok: false, field: 'program' });
    const r = ok(addCompetency([], { name: 'A', category: 'people' }, idMaker(), 'p9'));
    expect(r).toEqual([expect.objectContaining({ name: 'A', programId: 'p9', order: 0 })]);
  });
});

describe('competencyDraftSchema', () => {
  it('cleans text and fills defaults', () => {
    const parsed = competencyDraftSchema.parse({ name: ' Cafe\u0301  culture ', category: 'people' });
    expect(parsed).toEqual({ name: 'Caf\u00e9 culture', description: '', category: 'people', cluster: '' });
  });
});

describe('renameCompetency', () => {
  it('renames, allows a change of case of its own name, refuses another name', () => {
    const catalog = fresh();
    const flex = byName(catalog, 'Flexibility');
    expect(byName(ok(renameCompetency(catalog, flex.id, ' Adaptability ')), 'Adaptability').id).toBe(flex.id);
    expect(ok(renameCompetency(catalog, flex.id, 'FLEXIBILITY')).find((c) => c.id === flex.id)?.name).toBe('FLEXIBILITY');
    expect(renameCompetency(catalog, flex.id, 'stress management')).toMatchObject({ ok: false, field: 'name' });
    expect(renameCompetency(catalog, flex.id, '')).toMatchObject({ ok: false, field: 'name' });
    expect(renameCompetency(catalog, flex.id, 'y'.repeat(81))).toMatchObject({ ok: false, field: 'name' });
    expect(renameCompetency(catalog, 'missing', 'Anything')).toMatchObject({ ok: false, field: 'id' });
  });
});

describe('describeCompetency', () => {
  it('replaces the description and validates its length', () => {
    const catalog = fresh();
    const id = byName(catalog, 'Thoroughness').id;
    expect(byName(ok(describeCompetency(catalog, id, ' Careful. ')), 'Thoroughness').description).toBe('Careful.');
    expect(byName(ok(describeCompetency(catalog, id, '')), 'Thoroughness').description).toBe('');
    expect(describeCompetency(catalog, id, 'z'.repeat(301))).toMatchObject({ ok: false, field: 'description' });
    expect(describeCompetency(catalog, 'missing', 'x')).toMatchObject({ ok: false, field: 'id' });
  });
});

describe('moveCompetency', () => {
  it('moves to another category and cluster, landing after that cluster', () => {
    const catalog = fresh();
    const id = byName(catalog, 'Decisiveness').id;
    const next = ok(moveCompetency(catalog, id, 'self', ''));
    const moved = next.find((c) => c.id === id)!;
    expect(moved).toMatchObject({ category: 'self', cluster: '', order: 4 });
    expect(next.filter((c) => c.category === 'self')).toHaveLength(5);
    expectWellFormed(next);

    const toLeading = ok(moveCompetency(catalog, id, 'people', 'Leading others'));
    expect(toLeading.find((c) => c.id === id)!.order).toBe(byName(toLeading, 'Managing performance').order + 1);
    expectWellFormed(toLeading);
  });

  it('validates the target', () => {
    const id = fresh()[0]!.id;
    expect(moveCompetency(fresh(), id, 'nope' as CompetencyCategory, '')).toMatchObject({ ok: false, field: 'category' });
    expect(moveCompetency(fresh(), id, 'people', 'bad\ncluster')).toMatchObject({ ok: false, field: 'cluster' });
    expect(moveCompetency(fresh(), 'missing', 'people', '')).toMatchObject({ ok: false, field: 'id' });
  });
});

describe('reorderCompetency', () => {
  it('moves up and down within the category and stops at its edges', () => {
    const catalog = fresh();
    const names = (cs: Competency[]) => cs.slice(0, 5).map((c) => c.name);
    const up = ok(reorderCompetency(catalog, byName(catalog, 'Personal credibility').id, 'up'));
    expect(names(up)).toEqual(['Personal credibility', 'Flexibility', 'Self-confidence', 'Stress management', 'Diagnostic information gathering']);
    expectWellFormed(up);
    // First of its category: up does nothing; last of its category: down does nothing.
    expect(ok(reorderCompetency(catalog, byName(catalog, 'Flexibility').id, 'up'))).toEqual(catalog);
    expect(ok(reorderCompetency(catalog, byName(catalog, 'Stress management').id, 'down'))).toEqual(catalog);
  });

  it('moves to an index inside the category and explains an index outside it', () => {
    const catalog = fresh();
    const id = byName(catalog, 'Customer orientation').id;
    const next = ok(reorderCompetency(catalog, id, 16));
    expect(next[16]?.id).toBe(id);
    expectWellFormed(next);
    const outside = reorderCompetency(catalog, id, 3);
    expect(outside).toMatchObject({ ok: false, field: 'position' });
    if (!outside.ok) expect(outside.message).toMatch(/People skills.*17 to 31/);
    expect(reorderCompetency(catalog, id, 31)).toMatchObject({ ok: false, field: 'position' });
    expect(reorderCompetency(catalog, id, 1.5)).toMatchObject({ ok: false, field: 'position' });
  });
});

describe('retire and reinstate', () => {
  it('keeps the retired record, hides it from active, and brings it back', () => {
    const catalog = fresh();
    const id = byName(catalog, 'Forward thinking').id;
    const retired = ok(retireCompetency(catalog, id));
    expect(retired).toHaveLength(31);
    expect(retired.find((c) => c.id === id)).toMatchObject({ retired: true, name: 'Forward thinking' });
    expect(activeCompetencies(retired).map((c) => c.id)).not.toContain(id);
    expect(activeCompetencies(retired)).toHaveLength(30);
    const back = ok(reinstateCompetency(retired, id));
    expect(back).toEqual(catalog);
    expect(retireCompetency(catalog, 'missing')).toMatchObject({ ok: false, field: 'id' });
  });
});

describe('restoreDefaults', () => {
  it('brings back built-in names, categories and retired ones, keeping customs after the built-ins', () => {
    let catalog = fresh();
    const flexId = byName(catalog, 'Flexibility').id;
    catalog = ok(renameCompetency(catalog, flexId, 'Adaptability'));
    catalog = ok(retireCompetency(catalog, byName(catalog, 'Initiative').id));
    catalog = ok(moveCompetency(catalog, byName(catalog, 'Decisiveness').id, 'people', 'Leading others'));
    catalog = ok(describeCompetency(catalog, byName(catalog, 'Thoroughness').id, 'Mine'));
    catalog = ok(addCompetency(catalog, { name: 'Flexibility', category: 'self' }, idMaker('custom')));
    catalog = ok(addCompetency(catalog, { name: 'Budgeting', category: 'business' }, idMaker('budget')));
    catalog = ok(retireCompetency(catalog, 'budget-1'));
    // A built-in lost entirely (e.g. from an older backup) comes back with a new id.
    catalog = catalog.filter((c) => c.builtinKey !== 'influence-skill');

    const restored = restoreDefaults(catalog, 'p1', idMaker('restored'));
    expectWellFormed(restored);
    const builtins = restored.filter((c) => c.builtinKey !== null);
    expect(builtins.map((c) => [c.name, c.category, c.cluster, c.description, c.retired])).toEqual(
      BUILTIN_COMPETENCIES.map((b) => [b.name, b.category, b.cluster, b.description, false]),
    );
    expect(byName(restored, 'Flexibility').id).toBe(flexId);
    expect(byName(restored, 'Influence skill').id).toBe('restored-1');
    // The custom that took a built-in name is renamed; customs keep their own retired state.
    expect(restored.find((c) => c.id === 'custom-1')).toMatchObject({ name: 'Flexibility (custom)', category: 'self', order: 4 });
    expect(restored.find((c) => c.id === 'budget-1')).toMatchObject({ name: 'Budgeting', retired: true });
    const lastBusiness = restored.filter((c) => c.category === 'business').at(-1);
    expect(lastBusiness?.id).toBe('budget-1');
    expect(restored).toHaveLength(33);
  });

  it('is idempotent', () => {
    // An old backup may hold a custom whose name clashes with a built-in and a built-in moved away.
    const base = fresh();
    const clash: Competency = { ...base[0]!, id: 'old-1', name: 'stress management', builtinKey: null, category: 'people', order: 99 };
    const unknownKey: Competency = { ...base[1]!, id: 'old-2', name: 'Legacy skill', builtinKey: 'legacy-skill', order: 100 };
    const edited = ok(moveCompetency(base, byName(base, 'Initiative').id, 'self', ''));
    const once = restoreDefaults([...edited, clash, unknownKey], 'p1', idMaker('r'));
    const twice = restoreDefaults(once, 'p1', idMaker('r2'));
    expect(twice).toEqual(once);
    expectWellFormed(once);
    expect(once.find((c) => c.id === 'old-1')?.name).toBe('stress management (custom)');
    expect(once.find((c) => c.id === 'old-2')).toMatchObject({ name: 'Legacy skill', builtinKey: null });
  });

  it('renames clashing customs within the 80-character limit', () => {
    // Duplicate long names can only come from old or hand-edited data; restore repairs them.
    const long = 'L'.repeat(80);
    const withCustom = ok(addCompetency(fresh(), { name: long, category: 'people' }, idMaker('c2')));
    const dup = { ...withCustom.find((c) => c.id === 'c2-1')!, id: 'c3', order: 500 };
    const dupOfBuiltin = { ...dup, id: 'c4', name: 'flexibility', order: 501 };
    const restored = restoreDefaults([...withCustom, dup, dupOfBuiltin], 'p1', idMaker());
    expectWellFormed(restored);
    expect(restored.find((c) => c.id === 'c2-1')?.name).toBe(long);
    expect(restored.find((c) => c.id === 'c3')?.name).toBe(`${'L'.repeat(71)} (custom)`);
    expect(restored.find((c) => c.id === 'c4')?.name).toBe('flexibility (custom)');
  });
});

describe('groupByCategory', () => {
  it('returns the three categories with clusters in catalog order', () => {
    const groups = groupByCategory(fresh());
    expect(groups.map((g) => [g.category, g.label, g.competencies.length])).toEqual([
      ['self', 'Self-management skills', 4],
      ['business', 'Business skills', 12],
      ['people', 'People skills', 15],
    ]);
    expect(groups[1]?.clusters.map((c) => [c.cluster, c.competencies.length])).toEqual([
      ['Preventing & solving problems', 6],
      ['Achieving results', 6],
    ]);
    expect(groupByCategory([]).map((g) => g.competencies.length)).toEqual([0, 0, 0]);
  });
});

describe('sortCatalog', () => {
  it('orders by category then order and renumbers densely', () => {
    const shuffled = [...fresh()].reverse().map((c, i) => ({ ...c, order: c.order * 10 + (i % 3) }));
    const sorted = sortCatalog(shuffled);
    expect(sorted.map((c) => c.name)).toEqual(BUILTIN_COMPETENCIES.map((b) => b.name));
    expectWellFormed(sorted);
  });
});

// ---- property: any sequence of edits keeps the catalog well formed ----

const CATEGORIES: CompetencyCategory[] = ['self', 'business', 'people'];
const nameArb = fc.constantFrom(
  'Flexibility',
  'flexibility ',
  'Coaching',
  'COACHING',
  'Cafe\u0301',
  'Caf\u00e9',
  'Budgeting',
  '',
  'Time management',
  'time  management',
);
const op = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), name: nameArb, category: fc.constantFrom(...CATEGORIES), cluster: fc.constantFrom('', 'Leading others', 'New cluster') }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: nameArb }),
  fc.record({ kind: fc.constant('describe' as const), at: fc.nat(), text: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), category: fc.constantFrom(...CATEGORIES), cluster: fc.constantFrom('', 'Achieving results', 'Other') }),
  fc.record({ kind: fc.constant('reorder' as const), at: fc.nat(), to: fc.oneof(fc.constantFrom('up' as const, 'down' as const), fc.integer({ min: -2, max: 40 })) }),
  fc.record({ kind: fc.constant('retire' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('reinstate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('restore' as const) }),
);

describe('catalog edit sequences (property)', () => {
  it('keep names unique, order dense, categories grouped, and never lose a record', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const newId = idMaker('g');
        let catalog = fresh();
        for (const o of ops) {
          const target = catalog[o.kind === 'add' || o.kind === 'restore' ? 0 : o.at % catalog.length]!;
          const before = catalog;
          let result: CatalogEditResult;
          switch (o.kind) {
            case 'add':
              result = addCompetency(catalog, { name: o.name, category: o.category, cluster: o.cluster }, newId);
              break;
            case 'rename':
              result = renameCompetency(catalog, target.id, o.name);
              break;
            case 'describe':
              result = describeCompetency(catalog, target.id, o.text);
              break;
            case 'move':
              result = moveCompetency(catalog, target.id, o.category, o.cluster);
              break;
            case 'reorder':
              result = reorderCompetency(catalog, target.id, o.to);
              break;
            case 'retire':
              result = retireCompetency(catalog, target.id);
              break;
            case 'reinstate':
              result = reinstateCompetency(catalog, target.id);
              break;
            case 'restore':
              result = { ok: true, catalog: restoreDefaults(catalog, 'p1', newId) };
              break;
          }
          if (result.ok) catalog = result.catalog;
          expectWellFormed(catalog);
          const ids = new Set(catalog.map((c) => c.id));
          expect(before.every((c) => ids.has(c.id))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
