import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countRated, evaluationTeam, moveInGrid, personGrid, readRatingKey, type GridCell, type GridMove } from './rating-grid';
import type { Competency, Rating, Team } from '../model';
import { makeMembers, makePerson, makeTeam } from '../../../../../test/support/running-year';

const moves: GridMove[] = ['up', 'down', 'left', 'right', 'next', 'previous'];
const gridArb = fc.integer({ min: 1, max: 12 }).chain((rows) =>
  fc.record({
    rows: fc.constant(rows),
    cell: fc.record({ row: fc.integer({ min: 0, max: rows - 1 }), col: fc.constantFrom<0 | 1>(0, 1) }),
    path: fc.array(fc.constantFrom(...moves), { maxLength: 40 }),
  }),
);

describe('moveInGrid', () => {
  it('never leaves the grid, whatever keys are pressed', () => {
    fc.assert(
      fc.property(gridArb, ({ rows, cell, path }) => {
        let at: GridCell = cell;
        for (const move of path) {
          at = moveInGrid(at, move, rows);
          expect(at.row).toBeGreaterThanOrEqual(0);
          expect(at.row).toBeLessThan(rows);
          expect([0, 1]).toContain(at.col);
        }
      }),
    );
  });

  it('Tab from the first cell visits every cell once, start column first, and stops at the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (rows) => {
        const seen: string[] = [];
        let at: GridCell = { row: 0, col: 0 };
        for (let i = 0; i < 2 * rows; i++) {
          seen.push(`${at.col}:${at.row}`);
          at = moveInGrid(at, 'next', rows);
        }
        expect(new Set(seen).size).toBe(2 * rows);
        expect(seen.slice(0, rows).every((s) => s.startsWith('0:'))).toBe(true);
        expect(at).toEqual({ row: rows - 1, col: 1 });
      }),
    );
  });

  it('previous takes back next, except at the edges', () => {
    fc.assert(
      fc.property(gridArb, ({ rows, cell }) => {
        const last = cell.row === rows - 1 && cell.col === 1;
        if (!last) expect(moveInGrid(moveInGrid(cell, 'next', rows), 'previous', rows)).toEqual(cell);
      }),
    );
  });
});

describe('readRatingKey', () => {
  it('sets 1 to 5 and clears with Delete or Backspace', () => {
    expect([1, 2, 3, 4, 5].map((n) => readRatingKey(String(n)))).toEqual([1, 2, 3, 4, 5].map((value) => ({ kind: 'set', value })));
    expect(readRatingKey('Delete')).toEqual({ kind: 'clear' });
    expect(readRatingKey('Backspace')).toEqual({ kind: 'clear' });
  });

  it('refuses every other printable character with a message saying to type 1 to 5', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 1 }).filter((k) => !/^[1-5]$/.test(k) && k.trim() !== ''),
        (key) => {
          const read = readRatingKey(key);
          expect(read.kind).toBe('refuse');
          if (read.kind === 'refuse') expect(read.message).toMatch(/type a number from 1 to 5/);
        },
      ),
    );
  });

  it('leaves navigation keys to the grid', () => {
    for (const key of ['ArrowUp', 'Tab', 'Enter', 'Shift', 'Escape']) expect(readRatingKey(key)).toEqual({ kind: 'ignore' });
  });
});

const competency = (id: string): Competency => ({
  id,
  programId: 'p',
  name: `Skill ${id}`,
  description: '',
  category: 'self',
  cluster: '',
  order: 0,
  retired: false,
  builtinKey: null,
});
const rating = (participantId: string, competencyId: string, phase: 'pre' | 'post', value: number): Rating => ({
  id: `${participantId}-${competencyId}-${phase}`,
  programId: 'p',
  participantId,
  competencyId,
  phase,
  value,
  createdAt: '2026-09-10T10:00:00.000Z',
});

describe('personGrid', () => {
  const ana = makePerson({ id: 'ana', firstName: 'Ana', lastName: 'García' });
  const catalog = ['a', 'b', 'c', 'd'].map(competency);

  it('lists the team’s competencies in its order with both ratings, then any other rated one', () => {
    const team = makeTeam({ id: 't', competencyIds: ['c', 'a'] });
    const grid = personGrid(ana, team, catalog, [rating('ana', 'a', 'pre', 2), rating('ana', 'a', 'post', 4), rating('ana', 'd', 'pre', 3), rating('ben', 'c', 'pre', 5)]);
    expect(grid.ok).toBe(true);
    expect(grid.rows.map((r) => [r.competency.id, r.chosen, r.pre, r.post])).toEqual([
      ['c', true, null, null],
      ['a', true, 2, 4],
      ['d', false, 3, null],
    ]);
  });

  it('says why there is no grid and what to do: no team, or no competencies chosen', () => {
    const none = personGrid(ana, null, catalog, []);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.reason).toMatch(/Ana is not in a team.*Pairing board/);
    const empty = personGrid(ana, makeTeam({ id: 't', competencyIds: [] }), catalog, []);
    if (!empty.ok) expect(empty.reason).toMatch(/has not chosen its competencies.*team page/);
    expect(empty.ok).toBe(false);
  });
});

describe('evaluationTeam', () => {
  it('prefers the confirmed team, else the one that ended last, never a proposal', () => {
    const teams: Team[] = [
      makeTeam({ id: 'proposal', status: 'proposed' }),
      makeTeam({ id: 'old', status: 'ended', endedOn: '2026-10-01' }),
      makeTeam({ id: 'later', status: 'ended', endedOn: '2026-12-01' }),
    ];
    const members = [...makeMembers('proposal', ['ana']), ...makeMembers('old', ['ana']), ...makeMembers('later', ['ana'])];
    expect(evaluationTeam('ana', teams, members)?.id).toBe('later');
    const now = [...teams, makeTeam({ id: 'now', status: 'confirmed' })];
    expect(evaluationTeam('ana', now, [...members, ...makeMembers('now', ['ana'])])?.id).toBe('now');
    expect(evaluationTeam('ana', [teams[0] as Team], members)).toBeNull();
  });
});

describe('countRated', () => {
  it('counts people with at least one rating in the phase, among those listed', () => {
    const ratings = [rating('ana', 'a', 'pre', 2), rating('ana', 'b', 'pre', 3), rating('ben', 'a', 'post', 4), rating('cy', 'a', 'pre', 1)];
    expect(countRated(['ana', 'ben'], ratings, 'pre')).toBe(1);
    expect(countRated(['ana', 'ben'], ratings, 'post')).toBe(1);
  });
});
