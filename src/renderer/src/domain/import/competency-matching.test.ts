import { describe, expect, it } from 'vitest';
import { fixtureCatalog, googleFormsExpected } from '../../../../../test/fixtures/roster/fixture-data.mjs';
import type { Competency } from '../model';
import { createCompetencyMatcher } from './competency-matching';

const catalog = fixtureCatalog();
const idOf = (name: string): string => {
  const c = catalog.find((x) => x.name === name);
  if (c === undefined) throw new Error(name);
  return c.id;
};
const matcher = createCompetencyMatcher(catalog);

describe('matchTerm', () => {
  it('accepts exact names whatever the case, accents or punctuation', () => {
    for (const typed of ['Stress management', 'STRESS MANAGEMENT!', 'stress-management', '  Stréss   management ']) {
      expect(matcher.matchTerm(typed)).toMatchObject({ kind: 'exact', competencyId: idOf('Stress management'), confidence: 1 });
    }
    expect(matcher.matchTerm('self confidence')).toMatchObject({ kind: 'exact', competencyId: idOf('Self-confidence') });
  });

  it('accepts common abbreviations, word endings and word order as normalised matches', () => {
    const cases: [string, string][] = [
      ['stress mgmt', 'Stress management'],
      ['Oral comms', 'Oral communication'],
      ['Written comm', 'Written communication'],
      ['dev others', 'Developing others'],
      ['Influence skills', 'Influence skill'],
      ['Decisive', 'Decisiveness'],
      ['Change management', 'Managing change'],
    ];
    for (const [typed, name] of cases) {
      expect(matcher.matchTerm(typed), typed).toMatchObject({ kind: 'normalised', competencyId: idOf(name) });
    }
  });

  it('suggests, without accepting, the competency a typo most likely means', () => {
    const cases: [string, string][] = [
      ['analytical thinkng', 'Analytical thinking'],
      ['Fostering team work', 'Fostering teamwork'],
      ['Techincal expertise', 'Technical expertise'],
      ['teamwork', 'Fostering teamwork'],
    ];
    for (const [typed, name] of cases) {
      const m = matcher.matchTerm(typed);
      expect(m.kind, typed).toBe('suggested');
      expect(m.competencyId).toBe(idOf(name));
      expect(m.candidates[0]?.name).toBe(name);
      expect(m.confidence).toBeGreaterThan(0.7);
      expect(m.confidence).toBeLessThan(1);
    }
  });

  it('lists an ambiguous name as unknown, with the candidates it could mean', () => {
    const m = matcher.matchTerm('communication');
    expect(m.kind).toBe('unknown');
    expect(m.competencyId).toBeNull();
    expect(m.candidates.length).toBeGreaterThan(1);
    for (const c of m.candidates) expect(c.name).toMatch(/communication/i);
  });

  it('lists a name from outside the catalog as unknown', () => {
    expect(matcher.matchTerm('Public speaking')).toMatchObject({ kind: 'unknown', competencyId: null, term: 'Public speaking', key: 'public speaking' });
  });

  it('never matches a retired competency', () => {
    const withRetired: Competency[] = catalog.map((c) => (c.name === 'Flexibility' ? { ...c, retired: true } : c));
    const m = createCompetencyMatcher(withRetired).matchTerm('Flexibility');
    expect(m.competencyId).toBeNull();
  });
});

describe('matchCell', () => {
  it('splits on semicolons, commas, pipes and line breaks, keeping cell order and dropping repeats', () => {
    const cell = 'Initiative; stress mgmt | Oral comms\n- Thoroughness, Initiative';
    const m = matcher.matchCell(cell);
    expect(m.terms.map((t) => t.term)).toEqual(['Initiative', 'stress mgmt', 'Oral comms', 'Thoroughness']);
    expect(m.acceptedIds).toEqual([idOf('Initiative'), idOf('Stress management'), idOf('Oral communication'), idOf('Thoroughness')]);
  });

  it('keeps unknown and suggested names in the result instead of dropping them', () => {
    const m = matcher.matchCell('Flexibility, Public speaking, analytical thinkng');
    expect(m.terms.map((t) => [t.term, t.kind])).toEqual([
      ['Flexibility', 'exact'],
      ['Public speaking', 'unknown'],
      ['analytical thinkng', 'suggested'],
    ]);
    expect(m.acceptedIds).toEqual([idOf('Flexibility')]);
  });

  it('does not break a catalog name that contains a comma', () => {
    const custom: Competency[] = [
      ...catalog,
      { ...(catalog[0] as Competency), id: 'plan', name: 'Planning, organising and coordinating', order: 99 },
    ];
    const m = createCompetencyMatcher(custom).matchCell('Flexibility, Planning, organising and coordinating, Initiative');
    expect(m.acceptedIds).toEqual([idOf('Flexibility'), 'plan', idOf('Initiative')]);
    expect(m.terms.every((t) => t.kind === 'exact')).toBe(true);
    expect(createCompetencyMatcher(custom).matchCell('planning, organising and coordinating').acceptedIds).toEqual(['plan']);
  });

  it('matches every Google Forms answer to the competency the person meant', () => {
    for (const row of googleFormsExpected) {
      for (const [cell, names] of [
        [row.offersCell, row.offers],
        [row.wantsCell, row.wants],
      ] as const) {
        const m = matcher.matchCell(cell);
        // Accepted or suggested, every typed name lands on the intended competency.
        expect(m.terms.map((t) => t.competencyId), cell).toEqual(names.map(idOf));
      }
    }
  });

  it('hands the same terms to eachTerm, in the same order, as matchCell returns', () => {
    for (const cell of ['Initiative; stress mgmt | Oral comms\n- Thoroughness, Initiative', 'Flexibility, Public speaking, flexibility', '']) {
      const visited: string[] = [];
      matcher.eachTerm(cell, (t) => visited.push(t.key));
      expect(visited).toEqual(matcher.matchCell(cell).terms.map((t) => t.key));
    }
  });

  it('returns nothing for an empty cell', () => {
    expect(matcher.matchCell('  ')).toEqual({ terms: [], acceptedIds: [] });
  });
});
