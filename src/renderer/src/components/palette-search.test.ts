import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterPalette, foldForSearch, matchesPaletteQuery, type PaletteGroup, type PaletteSearchable } from './palette-search';

const entry = fc.record({
  label: fc.string({ maxLength: 20 }),
  description: fc.string({ maxLength: 20 }),
  keywords: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
});
const entries = fc.array(fc.oneof(entry, fc.record({ group: fc.string({ maxLength: 8 }), actions: fc.array(entry, { maxLength: 5 }) })), { maxLength: 8 });

const flat = (list: readonly (PaletteSearchable | PaletteGroup<PaletteSearchable>)[]) =>
  list.flatMap((e) => ('group' in e ? (e as PaletteGroup<PaletteSearchable>).actions : [e as PaletteSearchable]));

describe('command palette search', () => {
  it('finds people and teams by words in any order, ignoring case and accents', () => {
    const person = { label: 'Tomasz Wiśniewski', description: 'tomasz.w@example.org · Finance', keywords: ['tomasz.w@example.org', 'Finance'] };
    const team = { label: 'Pair 03: Grace O’Connell, Tomasz Wiśniewski', keywords: ['Grace O’Connell'] };
    expect(matchesPaletteQuery('wisniewski finance', person)).toBe(true);
    expect(matchesPaletteQuery('FINANCE tomasz', person)).toBe(true);
    expect(matchesPaletteQuery('pair 03 grace', team)).toBe(true);
    expect(matchesPaletteQuery('pair 04', team)).toBe(false);
    expect(matchesPaletteQuery('marketing', person)).toBe(false);
  });

  it('keeps exactly the entries that hold every typed word, in their order, and drops empty groups', () => {
    fc.assert(
      fc.property(entries, fc.string({ maxLength: 6 }), (list, query) => {
        const kept = flat(filterPalette(query, list));
        const expected = flat(list).filter((e) => matchesPaletteQuery(query, e));
        expect(kept).toEqual(expected);
        for (const e of filterPalette(query, list)) {
          if ('group' in e) expect((e as PaletteGroup<PaletteSearchable>).actions.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('an empty query keeps everything; a typed word that an entry holds never hides it', () => {
    fc.assert(
      fc.property(entry, fc.nat(), (e, at) => {
        expect(matchesPaletteQuery('   ', e)).toBe(true);
        const words = foldForSearch(`${e.label} ${e.description}`).split(/\s+/).filter(Boolean);
        if (words.length === 0) return;
        expect(matchesPaletteQuery(words[at % words.length]!, e)).toBe(true);
      }),
    );
  });
});
