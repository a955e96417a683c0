import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../../../test/fixtures/roster/fixture-data.mjs';
import { makePerson } from '../../../../../test/support/pairing';
import { headerSignature, suggestMapping } from './column-mapping';
import { prepareImport } from './prepare-import';
import { duplicateDifferences, looksLikeFormula, sameNameNotes } from './review-notes';
import type { RosterRead } from './roster-types';
import { compileMapping, validateRowList, type ParticipantDraft } from './row-schema';

const PROGRAM = 'program-1';

function readOf(headers: string[], lines: string[][]): RosterRead {
  return {
    fileName: 'roster.csv',
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    headers,
    headerRow: 1,
    rows: lines.map((cells, i) => ({ rowNumber: i + 2, cells })),
    problems: [],
  };
}

function draftsOf(read: RosterRead): Map<number, ParticipantDraft> {
  const compiled = compileMapping(read.headers, suggestMapping(read.headers));
  const out = new Map<number, ParticipantDraft>();
  for (const r of validateRowList(read.rows, compiled)) if (r.ok) out.set(r.rowNumber, r.value);
  return out;
}

describe('looksLikeFormula', () => {
  it.each<[string, boolean]>([
    ['=SUM(A1:A3)', true],
    ['=HYPERLINK("http://x.example","click")', true],
    ['+cmd|\' /C calc\'!A0', true],
    ['-2+3+cmd|\' /C calc\'!A0', true],
    ['@SUM(1+1)', true],
    ['+44 20 7946 0000', false],
    ['+1 (555) 010-2030', false],
    ['-5', false],
    ['-', false],
    ['—', false],
    ['=', false],
    ['- Python, Excel', false],
    ['@amelie.durand', false],
    ["'=SUM(A1)", false],
    ['Amélie', false],
    ['', false],
  ])('%s → %s', (cell, flagged) => {
    expect(looksLikeFormula(cell)).toBe(flagged);
  });

  it('never flags a cell that does not start with = + - @, and always flags "=" before a letter', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        if (!/^\s*[=+\-@]/.test(text)) expect(looksLikeFormula(text)).toBe(false);
        expect(looksLikeFormula(`=A${text}`)).toBe(true);
      }),
    );
  });

  it('never flags a phone number written with + and digits', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('0', '1', '4', '7', '9', ' ', '(', ')', '-'), { maxLength: 16 }), (parts) => {
        expect(looksLikeFormula(`+44${parts.join('')}`)).toBe(false);
      }),
    );
  });
});

describe('duplicateDifferences', () => {
  it('lists every field that differs, the email as typed first, and nothing that is the same', () => {
    const read = readOf(
      ['Name', 'Email', 'Department', 'Job title', 'Shirt size'],
      [
        ['Amélie Durand', 'amelie.durand@x.org', 'Finance', 'Analyst', 'M'],
        ['Amelie Durand', ' AMELIE.DURAND@x.org', 'Finance', 'Analyst', 'L'],
      ],
    );
    const drafts = draftsOf(read);
    const diffs = duplicateDifferences({ emailKey: 'amelie.durand@x.org', email: 'amelie.durand@x.org', rows: [2, 3] }, drafts, (row) => read.rows.find((r) => r.rowNumber === row)?.cells[1] ?? '');
    expect(diffs).toEqual([
      { label: 'Email as typed', values: ['amelie.durand@x.org', ' AMELIE.DURAND@x.org'] },
      { label: 'Name', values: ['Amélie Durand', 'Amelie Durand'] },
      { label: 'Shirt size', values: ['M', 'L'] },
    ]);
  });
});

describe('sameNameNotes', () => {
  it('points out rows with one name and different emails, and a new person named like someone on the roster', () => {
    const read = readOf(
      ['Name', 'Email'],
      [
        ['Wei Chen', 'wei.chen@x.org'],
        ['wei  chen', 'chen.wei@x.org'],
        ['Nomvula Dlamini', 'nomvula@new.example'],
        ['Ama Owusu', 'ama@x.org'],
      ],
    );
    const drafts = [...draftsOf(read).values()];
    const stored = [makePerson({ id: 'p1', name: 'Nomvula Dlamini', email: 'n.dlamini@x.org', emailKey: 'n.dlamini@x.org' })];
    const notes = sameNameNotes(drafts, stored, new Set(['wei.chen@x.org', 'chen.wei@x.org', 'nomvula@new.example', 'ama@x.org']));
    expect(notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/^Rows 2 and 3 all name “Wei Chen”, with different emails \(wei\.chen@x\.org, chen\.wei@x\.org\)/),
      expect.stringMatching(/^Row 4: “Nomvula Dlamini” \(nomvula@new\.example\) would be added as a new person, but “Nomvula Dlamini” is already on the roster with n\.dlamini@x\.org/),
    ]);
    expect(notes.every((n) => n.severity === 'warning')).toBe(true);
  });
});

describe('prepareImport review notes', () => {
  it('flags formula-like cells of imported columns only, and shows people named alike as warnings', () => {
    const headers = ['Name', 'Email', 'Phone', 'Notes', 'Timestamp'];
    const read = readOf(headers, [
      ['Kofi Boateng', 'kofi@x.org', '+233 30 123 4567', '=HYPERLINK("http://x.example")', '=NOW()'],
      ['Kofi Boateng', 'kofi.b@x.org', '-', '- prefers mornings', ''],
    ]);
    const mapping = suggestMapping(headers);
    expect(mapping.signature).toBe(headerSignature(headers));
    const prep = prepareImport(read, mapping, fixtureCatalog(PROGRAM), [], { programId: PROGRAM });
    expect(prep.suspicious).toEqual([{ row: 2, column: 3, header: 'Notes', value: '=HYPERLINK("http://x.example")' }]);
    expect(prep.warnings.map((w) => w.message)).toEqual([expect.stringContaining('Rows 2 and 3 all name “Kofi Boateng”')]);
    expect(prep.blocked).toBe(false);
  });
});
