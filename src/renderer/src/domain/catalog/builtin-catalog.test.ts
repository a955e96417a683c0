import { describe, expect, it } from 'vitest';
import { BUILTIN_COMPETENCIES, competencyKey, createProgramCatalog, findBuiltin } from './builtin-catalog';

// The model as published (Cripe & Mansfield), typed out independently of the implementation.
const EXPECTED: Record<string, string[]> = {
  'self|': ['Flexibility', 'Personal credibility', 'Self-confidence', 'Stress management'],
  'business|Preventing & solving problems': [
    'Diagnostic information gathering',
    'Analytical thinking',
    'Forward thinking',
    'Conceptual thinking',
    'Strategic thinking',
    'Technical expertise',
  ],
  'business|Achieving results': [
    'Initiative',
    'Entrepreneurial orientation',
    'Fostering innovation',
    'Results orientation',
    'Thoroughness',
    'Decisiveness',
  ],
  'people|Leading others': [
    'Establishing focus',
    'Providing motivational support',
    'Fostering teamwork',
    'Empowering others',
    'Managing change',
    'Developing others',
    'Managing performance',
  ],
  'people|Communicating & influence': [
    'Attention to communication',
    'Oral communication',
    'Written communication',
    'Persuasive communication',
    'Interpersonal awareness',
    'Influence skill',
    'Building collaborative relationships',
    'Customer orientation',
  ],
};

function countWhere(pred: (c: (typeof BUILTIN_COMPETENCIES)[number]) => boolean): number {
  return BUILTIN_COMPETENCIES.filter(pred).length;
}

describe('BUILTIN_COMPETENCIES', () => {
  it('has the 31 competencies with 4 self, 12 business (6 + 6) and 15 people (7 + 8)', () => {
    expect(BUILTIN_COMPETENCIES).toHaveLength(31);
    expect(countWhere((c) => c.category === 'self')).toBe(4);
    expect(countWhere((c) => c.category === 'business')).toBe(12);
    expect(countWhere((c) => c.category === 'people')).toBe(15);
    expect(countWhere((c) => c.cluster === 'Preventing & solving problems')).toBe(6);
    expect(countWhere((c) => c.cluster === 'Achieving results')).toBe(6);
    expect(countWhere((c) => c.cluster === 'Leading others')).toBe(7);
    expect(countWhere((c) => c.cluster === 'Communicating & influence')).toBe(8);
  });

  it('puts every competency in its published category and cluster, in catalog order', () => {
    const expectedOrder = Object.entries(EXPECTED).flatMap(([group, names]) =>
      names.map((name) => `${group}|${name}`),
    );
    expect(BUILTIN_COMPETENCIES.map((c) => `${c.category}|${c.cluster}|${c.name}`)).toEqual(expectedOrder);
  });

  it('has unique names and unique kebab-case keys derived from the names', () => {
    const names = BUILTIN_COMPETENCIES.map((c) => c.name.toLowerCase());
    expect(new Set(names).size).toBe(31);
    const keys = BUILTIN_COMPETENCIES.map((c) => c.key);
    expect(new Set(keys).size).toBe(31);
    for (const c of BUILTIN_COMPETENCIES) expect(c.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(findBuiltin('self-confidence')?.name).toBe('Self-confidence');
    expect(findBuiltin('building-collaborative-relationships')?.name).toBe('Building collaborative relationships');
    expect(findBuiltin('no-such-thing')).toBeUndefined();
  });

  it('gives each competency a one-line description of roughly 10–18 words', () => {
    for (const c of BUILTIN_COMPETENCIES) {
      const words = c.description.split(/\s+/).length;
      expect(words, c.name).toBeGreaterThanOrEqual(10);
      expect(words, c.name).toBeLessThanOrEqual(18);
      expect(c.description).not.toMatch(/\n/);
      expect(c.description.endsWith('.')).toBe(true);
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(BUILTIN_COMPETENCIES)).toBe(true);
    expect(Object.isFrozen(BUILTIN_COMPETENCIES[0])).toBe(true);
  });
});

describe('competencyKey', () => {
  it('makes kebab-case keys, folding accents and ampersands', () => {
    expect(competencyKey('Oral communication')).toBe('oral-communication');
    expect(competencyKey('  Self-confidence ')).toBe('self-confidence');
    expect(competencyKey('Éthique & conformité')).toBe('ethique-and-conformite');
  });
});

describe('createProgramCatalog', () => {
  it('copies the model for one program with fresh ids, dense order and builtin keys', () => {
    let n = 0;
    const catalog = createProgramCatalog('prog-1', () => `id-${++n}`);
    expect(catalog).toHaveLength(31);
    expect(catalog.map((c) => c.order)).toEqual([...Array(31).keys()]);
    expect(new Set(catalog.map((c) => c.id)).size).toBe(31);
    expect(catalog.every((c) => c.programId === 'prog-1' && !c.retired)).toBe(true);
    expect(catalog.map((c) => c.builtinKey)).toEqual(BUILTIN_COMPETENCIES.map((b) => b.key));
    expect(catalog.map((c) => c.name)).toEqual(BUILTIN_COMPETENCIES.map((b) => b.name));
  });

  it('gives two programs independent copies', () => {
    let n = 0;
    const a = createProgramCatalog('a', () => `id-${++n}`);
    const b = createProgramCatalog('b', () => `id-${++n}`);
    expect(a.some((x) => b.some((y) => y.id === x.id))).toBe(false);
    (a[0] as { name: string }).name = 'Changed';
    expect(b[0]?.name).toBe('Flexibility');
    expect(BUILTIN_COMPETENCIES[0]?.name).toBe('Flexibility');
  });
});
