import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchKey, foldForSearch, matchesTerms, queryTerms } from './search-text';

describe('foldForSearch', () => {
  it('ignores case, accents, apostrophes and extra spaces the way people type names', () => {
    expect(foldForSearch('Zoë')).toBe(foldForSearch('zoe'));
    expect(foldForSearch('MÜLLER')).toBe('muller');
    expect(foldForSearch("O'Connell")).toBe('oconnell');
    expect(foldForSearch('O’Connell')).toBe('oconnell');
    expect(foldForSearch('Strauß')).toBe('strauss');
    expect(foldForSearch('Nguyễn  Thị\tLan ')).toBe('nguyen thi lan');
    expect(foldForSearch('Siobha\u0301n')).toBe('siobhan');
  });

  // Every kind of spacing and line break people paste, mixed with ordinary text.
  const spacingOrText = fc.oneof(
    fc.constantFrom('\n', '\r', '\t', '\u2028', '\u2029', '\u00a0', '\u000b', '\u0085', ' '),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  );

  it('never produces line breaks, so a query cannot match across two fields of a key', () => {
    fc.assert(
      fc.property(fc.string({ unit: spacingOrText, maxLength: 40 }), (s) => {
        expect(foldForSearch(s)).not.toMatch(/[\n\r\t]/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('queryTerms and matchesTerms', () => {
  it('needs every word, in any order, each in some field', () => {
    const key = buildSearchKey(['Ngozi Okafor', 'ngozi.okafor@example.org', 'Research & Quality']);
    expect(matchesTerms(key, queryTerms('quality ngozi'))).toBe(true);
    expect(matchesTerms(key, queryTerms('OKAFOR'))).toBe(true);
    expect(matchesTerms(key, queryTerms('quality nursing'))).toBe(false);
    // A word made of the end of one field and the start of the next is not a match.
    expect(matchesTerms(key, queryTerms('okaforngozi'))).toBe(false);
  });

  it('an empty or blank query matches everything', () => {
    expect(queryTerms('   ')).toEqual([]);
    expect(matchesTerms('anything', queryTerms(''))).toBe(true);
  });
});
