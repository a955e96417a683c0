import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPersonMatcher,
  prepareContinueImport,
  splitChoiceCell,
  suggestContinueMapping,
  type ContinuePerson,
  type ContinueRow,
} from './continue-import';

const PEOPLE: ContinuePerson[] = [
  { id: 'ana', name: 'Ana Sólveig Brandt', email: 'ana.brandt@example.org' },
  { id: 'ben', name: 'Ben Okafor', email: 'ben.okafor@example.org' },
  { id: 'cai', name: 'Cai Lindqvist', email: '' },
  { id: 'dee', name: 'Dee Marchetti', email: 'dee@example.org' },
  { id: 'eli', name: 'Eli Navarro', email: 'eli@example.org' },
];
const HEADERS = ['Email', 'Name', 'Whom would you like to continue with?'];
const rows = (...cells: string[][]): ContinueRow[] => cells.map((c, i) => ({ rowNumber: i + 2, cells: c }));
const ONE_COLUMN = { respondent: 0, choices: [2] };

describe('continue-with choices from a form export', () => {
  it('suggests the email column and the choice columns from the headers', () => {
    expect(suggestContinueMapping(HEADERS)).toEqual({ respondent: 0, choices: [2] });
    expect(suggestContinueMapping(['Full name', 'Choice 1', 'Choice 2', 'Choice 3'])).toEqual({ respondent: 0, choices: [1, 2, 3] });
    expect(suggestContinueMapping(['Start time', 'Answer'])).toEqual({ respondent: null, choices: [] });
  });

  it('splits a cell holding several names on ";" and ","', () => {
    expect(splitChoiceCell('Ben Okafor;Cai Lindqvist; ')).toEqual(['Ben Okafor', 'Cai Lindqvist']);
    expect(splitChoiceCell(' Ben  Okafor, dee@example.org ')).toEqual(['Ben Okafor', 'dee@example.org']);
    expect(splitChoiceCell('')).toEqual([]);
  });

  it('matches by exact email first, then by full name with accents and case ignored', () => {
    const match = createPersonMatcher(PEOPLE);
    expect(match('ANA.BRANDT@example.org')).toEqual({ id: 'ana' });
    expect(match('ana solveig brandt')).toEqual({ id: 'ana' });
    expect(match('Cai  LINDQVIST')).toEqual({ id: 'cai' });
    expect(match('Ana Brandt')).toEqual({ problem: 'unknown' });
    expect(createPersonMatcher([...PEOPLE, { id: 'ben2', name: 'Ben Okafor', email: 'b2@example.org' }])('Ben Okafor')).toEqual({ problem: 'ambiguous' });
  });

  it('reads each respondent’s choices and shows what changes', () => {
    const prep = prepareContinueImport(
      HEADERS,
      rows(['ana.brandt@example.org', '', 'Ben Okafor; cai lindqvist'], ['', '', ''], ['ben.okafor@example.org', '', 'Ana Solveig Brandt'], ['dee@example.org', '', 'eli@example.org']),
      ONE_COLUMN,
      PEOPLE,
      { ben: ['ana'], dee: ['cai'] },
    );
    expect(prep.problems).toEqual([]);
    expect(prep.unchanged).toBe(1);
    expect(prep.changes).toEqual([
      { personId: 'ana', before: [], after: ['ben', 'cai'] },
      { personId: 'dee', before: ['cai'], after: ['eli'] },
    ]);
  });

  it('refuses the whole file on bad input, naming the row, the column and the fix', () => {
    const prep = prepareContinueImport(
      HEADERS,
      rows(
        ['ana.brandt@example.org', '', 'Ben Okafor'],
        ['zoe@example.org', '', 'Ben Okafor'],
        ['ben.okafor@example.org', '', 'Ben Okafor'],
        ['cai', '', ''],
        ['Cai Lindqvist', '', 'Ann Brand'],
        ['dee@example.org', '', 'Ana Sólveig Brandt; Ben Okafor; Cai Lindqvist; Eli Navarro'],
        ['ana.brandt@example.org', '', 'Dee Marchetti'],
      ),
      ONE_COLUMN,
      PEOPLE,
      {},
    );
    expect(prep.changes).toEqual([]);
    const column = 'Whom would you like to continue with?';
    expect(prep.problems).toEqual([
      { row: 3, column: 'Email', message: '“zoe@example.org” was not at this event: check them in at the door first, correct the spelling, or delete the row.' },
      { row: 4, column, message: 'Ben Okafor chose themselves: remove their own name.' },
      { row: 5, column: 'Email', message: '“cai” was not at this event: check them in at the door first, correct the spelling, or delete the row.' },
      { row: 6, column, message: '“Ann Brand” is nobody at this event: correct the spelling (or use their email), or remove the name.' },
      { row: 7, column, message: 'Dee Marchetti chose 4 people: keep at most 3.' },
      { row: 8, column: 'Email', message: 'Ana Sólveig Brandt answered twice (rows 2 and 8): delete the row that does not count.' },
    ]);
  });

  it('asks for the columns it needs', () => {
    expect(prepareContinueImport(HEADERS, [], { respondent: null, choices: [2] }, PEOPLE, {}).problems[0]!.message).toMatch(/respondent/);
    expect(prepareContinueImport(HEADERS, [], { respondent: 0, choices: [] }, PEOPLE, {}).problems[0]!.message).toMatch(/people chosen/);
  });

  it('reads back exactly the choices written, however the names are spelled and laid out', () => {
    const ids = PEOPLE.map((p) => p.id);
    const spell = (p: ContinuePerson, how: number) =>
      how === 0 && p.email !== '' ? p.email.toUpperCase() : how === 1 ? p.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : p.name.toUpperCase();
    const answer = fc.record({
      who: fc.nat(PEOPLE.length - 1),
      picks: fc.uniqueArray(fc.nat(PEOPLE.length - 1), { maxLength: 3 }),
      how: fc.array(fc.nat(2), { minLength: 4, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(answer, { selector: (a) => a.who, maxLength: PEOPLE.length }), fc.boolean(), (answers, oneColumn) => {
        const data = answers.map((a) => {
          const picks = a.picks.filter((k) => k !== a.who).map((k, i) => spell(PEOPLE[k]!, a.how[i]!));
          const cells = oneColumn ? [picks.join(a.how[3] === 0 ? '; ' : ', ')] : [0, 1, 2].map((i) => picks[i] ?? '');
          return [spell(PEOPLE[a.who]!, a.how[3]!), ...cells];
        });
        const headers = oneColumn ? ['Email', 'Continue with'] : ['Email', 'Choice 1', 'Choice 2', 'Choice 3'];
        const prep = prepareContinueImport(headers, rows(...data), suggestContinueMapping(headers), PEOPLE, {});
        expect(prep.problems).toEqual([]);
        const got = new Map(prep.changes.map((c) => [c.personId, c.after]));
        for (const a of answers) {
          const want = a.picks.filter((k) => k !== a.who).map((k) => ids[k]!);
          expect(got.get(ids[a.who]!) ?? []).toEqual(want);
        }
      }),
    );
  });

  it('never changes anything when a row is bad, and never writes more than 3 choices, oneself or someone absent', () => {
    const cell = fc.oneof(
      fc.constantFrom(...PEOPLE.map((p) => p.name), ...PEOPLE.map((p) => p.email), 'Nobody Here', ''),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (data) => {
        const prep = prepareContinueImport(['Email', 'Choice 1', 'Choice 2'], rows(...data.map((c) => [c[0]!, c[1]!, `${c[2]!}; ${c[1]!}`])), { respondent: 0, choices: [1, 2] }, PEOPLE, {});
        if (prep.problems.length > 0) expect(prep.changes).toEqual([]);
        for (const p of prep.problems) expect(p.row).toBeGreaterThanOrEqual(2);
        for (const c of prep.changes) {
          expect(c.after.length).toBeLessThanOrEqual(3);
          expect(c.after).not.toContain(c.personId);
          for (const id of [c.personId, ...c.after]) expect(PEOPLE.some((p) => p.id === id)).toBe(true);
        }
      }),
    );
  });
});
