import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../model';
import {
  DEFAULT_DIRECTORY_FILTER,
  buildDirectoryRows,
  confirmedTeamIndex,
  directoryFacets,
  filterDirectory,
  isFiltered,
  sortDirectory,
  teamLabel,
  type DirectoryFilter,
} from './directory';
import { foldForSearch } from './search-text';
import { catalogOf, person, teamOf } from '../../../../../test/support/participants';

const catalog = catalogOf(['Stress management', 'Analytical thinking', 'Oral communication', 'Decisiveness']);

const roster: Participant[] = [
  person({ id: 'zoe', name: 'Zoë Hartmann', department: 'Nursing', careerStage: 'late', offers: ['c0'], wants: ['c2'] }),
  person({ id: 'jose', name: 'José Ortega', department: 'Pharmacy', careerStage: 'mid', offers: ['c1'], wants: ['c2', 'c3'] }),
  person({ id: 'amara', name: 'Amara Nwosu', department: 'Nursing', careerStage: 'early', wants: ['c0'] }),
  person({ id: 'grace', name: "Grace O'Connell", department: 'Finance', careerStage: null, offers: ['c3'] }),
  person({ id: 'lan', name: 'Nguyễn Thị Lan', department: 'Pharmacy', careerStage: 'mid', status: 'withdrawn' }),
];

const pair = teamOf('t1', 3, 'confirmed', ['zoe', 'amara']);
const proposed = teamOf('t2', 1, 'proposed', ['jose', 'grace']);
const teams = confirmedTeamIndex([pair.team, proposed.team], [...pair.members, ...proposed.members]);
const rows = buildDirectoryRows(roster, catalog, teams);

const ids = (list: { id: string }[]) => list.map((r) => r.id);
const filter = (f: Partial<DirectoryFilter>) => ids(filterDirectory(rows, { ...DEFAULT_DIRECTORY_FILTER, ...f }));

describe('confirmedTeamIndex', () => {
  it('counts only confirmed teams as paired', () => {
    expect(teams.get('zoe')).toMatchObject({ teamId: 't1', number: 3, kind: 'pair' });
    expect(teams.has('jose')).toBe(false);
    expect(teamLabel({ kind: 'pair', number: 3 })).toBe('Pair 03');
    expect(teamLabel({ kind: 'triad', number: 12 })).toBe('Triad 12');
  });
});

describe('buildDirectoryRows', () => {
  it('names competencies in catalog order and notes retired ones', () => {
    const retiredCatalog = catalog.map((c) => (c.id === 'c3' ? { ...c, retired: true } : c));
    const [, jose] = buildDirectoryRows(roster, retiredCatalog, teams);
    expect(jose?.wantNames).toEqual(['Oral communication', 'Decisiveness']);
    expect(jose?.retiredIds).toEqual(['c3']);
  });
});

describe('filterDirectory', () => {
  it('hides people who withdrew unless asked', () => {
    expect(filter({})).toEqual(['zoe', 'jose', 'amara', 'grace']);
    expect(filter({ status: 'withdrawn' })).toEqual(['lan']);
    expect(filter({ status: 'all' })).toHaveLength(5);
    expect(isFiltered(DEFAULT_DIRECTORY_FILTER)).toBe(false);
    expect(isFiltered({ ...DEFAULT_DIRECTORY_FILTER, status: 'all' })).toBe(true);
  });

  it('searches name, email, department and competency names, ignoring accents', () => {
    expect(filter({ query: 'zoe' })).toEqual(['zoe']);
    expect(filter({ query: 'oconnell' })).toEqual(['grace']);
    expect(filter({ query: 'jose@example' })).toEqual(['jose']);
    expect(filter({ query: 'nursing' })).toEqual(['zoe', 'amara']);
    expect(filter({ query: 'oral comm' })).toEqual(['zoe', 'jose']);
    expect(filter({ query: 'nguyen', status: 'all' })).toEqual(['lan']);
  });

  it('filters by department, career stage (including not given), pairing and wanted competency', () => {
    expect(filter({ departments: ['Nursing', 'Finance'] })).toEqual(['zoe', 'amara', 'grace']);
    expect(filter({ careerStages: ['mid'] })).toEqual(['jose']);
    expect(filter({ careerStages: ['none', 'early'] })).toEqual(['amara', 'grace']);
    expect(filter({ paired: 'paired' })).toEqual(['zoe', 'amara']);
    expect(filter({ paired: 'unpaired' })).toEqual(['jose', 'grace']);
    expect(filter({ wants: 'c2' })).toEqual(['zoe', 'jose']);
    expect(filter({ offers: 'c3' })).toEqual(['grace']);
    expect(filter({ wants: 'c2', careerStages: ['late'], query: 'hart' })).toEqual(['zoe']);
  });
});

describe('search properties', () => {
  // Names mixing accents, apostrophes, case and spaces, as rosters have them.
  const nameArb = fc
    .array(fc.constantFrom('a', 'É', 'é', 'ö', 'ß', "'", ' ', 'Z', 'n', 'ñ', 'ł', 'Ø', 'e\u0301', 'x', '-', '.'), {
      minLength: 1,
      maxLength: 14,
    })
    .map((chars) => chars.join(''));

  it('never drops a participant whose folded name contains the folded query', () => {
    fc.assert(
      fc.property(
        fc.array(nameArb, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<(s: string) => string>(
          (s) => s,
          (s) => s.toUpperCase(),
          (s) => s.normalize('NFD'),
          (s) => ` ${s}  `,
        ),
        (names, pick, start, length, disguise) => {
          const people = names.map((name, i) => person({ id: `p${i}`, name }));
          const target = names[pick % names.length] as string;
          const from = start % (target.length + 1);
          const query = disguise(target.slice(from, from + (length % (target.length + 1))));
          const found = new Set(
            ids(filterDirectory(buildDirectoryRows(people, catalog), { ...DEFAULT_DIRECTORY_FILTER, query })),
          );
          people.forEach((p) => {
            if (foldForSearch(p.name).includes(foldForSearch(query))) expect(found.has(p.id)).toBe(true);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('returns a subset of the roster in roster order, each result matching every word', () => {
    fc.assert(
      fc.property(fc.array(nameArb, { minLength: 1, maxLength: 8 }), nameArb, (names, query) => {
        const people = names.map((name, i) => person({ id: `p${i}`, name, department: i % 2 ? 'Nursing' : 'Finance' }));
        const all = buildDirectoryRows(people, catalog);
        const found = filterDirectory(all, { ...DEFAULT_DIRECTORY_FILTER, query });
        const positions = found.map((r) => all.indexOf(r));
        expect(positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] as number)))).toBe(true);
        const words = foldForSearch(query).split(' ').filter(Boolean);
        for (const row of found) {
          const text = foldForSearch(`${row.participant.name} ${row.participant.email} ${row.participant.department}`);
          for (const w of words) expect(text).toContain(w);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('sortDirectory', () => {
  const sorted = (column: Parameters<typeof sortDirectory>[1]['column'], direction: 'asc' | 'desc' = 'asc') =>
    ids(sortDirectory(rows, { column, direction }));

  it('sorts names alphabetically, accents sorting with their letter', () => {
    expect(sorted('name')).toEqual(['amara', 'grace', 'jose', 'lan', 'zoe']);
    expect(sorted('name', 'desc')).toEqual(['zoe', 'lan', 'jose', 'grace', 'amara']);
  });

  it('puts missing career stages and unpaired people last in both directions', () => {
    expect(sorted('careerStage')).toEqual(['amara', 'jose', 'lan', 'zoe', 'grace']);
    expect(sorted('careerStage', 'desc')).toEqual(['zoe', 'jose', 'lan', 'amara', 'grace']);
    expect(sorted('team').slice(0, 2)).toEqual(['amara', 'zoe']);
    expect(sorted('team', 'desc').slice(0, 2)).toEqual(['amara', 'zoe']);
  });

  it('sorts by number of wants and breaks ties by name', () => {
    expect(sorted('wants', 'desc')).toEqual(['jose', 'amara', 'zoe', 'grace', 'lan']);
  });

  it('is a permutation of its input and does not depend on input order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(rows, { minLength: rows.length }),
        fc.constantFrom('name', 'department', 'careerStage', 'team', 'offers', 'status' as const),
        fc.boolean(),
        (shuffled, column, asc) => {
          const sort = { column, direction: asc ? 'asc' : 'desc' } as const;
          expect(ids(sortDirectory(shuffled, sort))).toEqual(ids(sortDirectory(rows, sort)));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('directoryFacets', () => {
  it('lists departments alphabetically and stages in career order with counts', () => {
    const facets = directoryFacets(rows);
    expect(facets.departments.map((d) => [d.value, d.count])).toEqual([
      ['Finance', 1],
      ['Nursing', 2],
      ['Pharmacy', 2],
    ]);
    expect(facets.careerStages.map((s) => [s.value, s.count])).toEqual([
      ['early', 1],
      ['mid', 2],
      ['late', 1],
      ['none', 1],
    ]);
  });
});
