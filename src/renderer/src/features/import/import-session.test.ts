import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  headerSignature,
  suggestMapping,
  type ColumnMapping,
  type RosterRead,
  type RosterRow,
} from '../../domain/import';
import {
  applyCellEdits,
  problemText,
  rowList,
  sampleValues,
  setCellEdit,
  tooLargeMessage,
  type CellEdits,
} from './import-helpers';
import {
  EMPTY_SESSION,
  effectiveMapping,
  sessionReducer,
  type ImportSession,
} from './import-session';

const read: RosterRead = {
  fileName: 'roster.csv',
  format: 'csv',
  encoding: 'utf-8',
  delimiter: ',',
  headers: ['Name', 'Email', 'Department'],
  headerRow: 1,
  rows: [
    { rowNumber: 2, cells: ['Ada', 'ada@example', 'Research'] },
    { rowNumber: 3, cells: ['Grace', 'grace@example.org', ''] },
    { rowNumber: 5, cells: ['Alan', 'alan@example.org', 'Research'] },
  ],
  problems: [],
};
const row = (n: number): RosterRow => read.rows.find((r) => r.rowNumber === n) as RosterRow;

describe('cell corrections', () => {
  it('lay corrected cells over the rows without touching the read', () => {
    const edits = setCellEdit({}, row(2), 1, 'ada@example.org');
    const edited = applyCellEdits(read, edits);
    expect(edited.rows[0]?.cells).toEqual(['Ada', 'ada@example.org', 'Research']);
    expect(edited.rows[1]).toBe(read.rows[1]);
    expect(read.rows[0]?.cells[1]).toBe('ada@example');
  });

  it('forget a correction set back to the file’s value', () => {
    const edits = setCellEdit(
      setCellEdit({}, row(2), 1, 'x@example.org'),
      row(2),
      1,
      'ada@example',
    );
    expect(edits).toEqual({});
    expect(applyCellEdits(read, edits)).toBe(read);
  });

  it('always give the last value typed for each cell (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            row: fc.constantFrom(2, 3, 5),
            column: fc.integer({ min: 0, max: 2 }),
            value: fc.string({ maxLength: 6 }),
          }),
          {
            maxLength: 20,
          },
        ),
        (steps) => {
          let edits: CellEdits = {};
          const last = new Map<string, string>();
          for (const s of steps) {
            edits = setCellEdit(edits, row(s.row), s.column, s.value);
            last.set(`${s.row}:${s.column}`, s.value);
          }
          const edited = applyCellEdits(read, edits);
          for (const r of edited.rows) {
            r.cells.forEach((cell, c) => {
              const typed = last.get(`${r.rowNumber}:${c}`);
              expect(cell).toBe(typed ?? row(r.rowNumber).cells[c]);
            });
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('helpers', () => {
  it('samples different non-empty values of a column', () => {
    expect(sampleValues(read.rows, 2, 3)).toEqual(['Research']);
    expect(sampleValues(read.rows, 0, 2)).toEqual(['Ada', 'Grace']);
    expect(sampleValues([{ rowNumber: 2, cells: ['x'.repeat(100)] }], 0)[0]).toHaveLength(60);
  });

  it('names rows in words', () => {
    expect(rowList([4])).toBe('row 4');
    expect(rowList([4, 9, 4])).toBe('rows 4 and 9');
    expect(rowList([2, 3, 4, 5, 6, 7, 8, 9], 6)).toBe('rows 2, 3, 4, 5, 6, 7 and 2 more');
  });

  it('shows a row problem without repeating the row and column the table already shows', () => {
    expect(problemText('Row 5, column "Email": "x" is not an email address.')).toBe(
      '"x" is not an email address.',
    );
    expect(problemText('Row 7: the name is empty (column "Name").')).toBe(
      'The name is empty (column "Name").',
    );
    expect(problemText('Something else entirely.')).toBe('Something else entirely.');
  });

  it('says how large a refused file is and what the limit is', () => {
    expect(tooLargeMessage('big.csv', 7_250_000, 5_000_000)).toMatch(
      /"big.csv" is 7.3 MB; a roster import takes at most 5.0 MB/,
    );
  });
});

describe('session', () => {
  const source = { id: 1, name: 'roster.csv', bytes: new Uint8Array([1]) };
  const busy: ImportSession = {
    ...EMPTY_SESSION,
    source,
    step: 2,
    excluded: [3],
    decisions: { 'analytical thinkng': 'c1' },
    edits: { 2: { 1: 'ada@example.org' } },
  };

  it('starts over with a new file', () => {
    const next = sessionReducer(busy, { type: 'file-loaded', source: { ...source, id: 2 } });
    expect(next).toEqual({ ...EMPTY_SESSION, source: { ...source, id: 2 } });
  });

  it('keeps a committed import as it is until a new file or a reset', () => {
    const done = sessionReducer(busy, {
      type: 'committed',
      done: {
        batchId: 'b',
        fileName: 'roster.csv',
        added: 1,
        updated: 0,
        unchanged: 0,
        withdrawn: 0,
      },
    });
    expect(done.step).toBe(3);
    expect(sessionReducer(done, { type: 'step', step: 1 })).toBe(done);
    expect(sessionReducer(done, { type: 'leave-out', rows: [2] })).toBe(done);
    expect(sessionReducer(done, { type: 'reset' })).toEqual(EMPTY_SESSION);
  });

  it('records and clears competency decisions, and rows left out', () => {
    let s = sessionReducer(busy, {
      type: 'decide',
      decisions: { 'stress mgmt': null, 'analytical thinkng': undefined },
    });
    expect(s.decisions).toEqual({ 'stress mgmt': null });
    s = sessionReducer(s, { type: 'leave-out', rows: [5, 3] });
    expect(s.excluded).toEqual([3, 5]);
    s = sessionReducer(s, { type: 'include', row: 3 });
    expect(s.excluded).toEqual([5]);
  });
});

describe('effectiveMapping', () => {
  const headers = ['Name', 'Email', 'Dept'];

  it('uses the coordinator’s mapping, then a remembered one, then a suggestion', () => {
    const own: ColumnMapping = {
      signature: headerSignature(headers),
      columns: headers.map((header, i) => ({
        header,
        target: i === 2 ? 'ignore' : i === 0 ? 'name' : 'email',
      })),
    };
    expect(effectiveMapping(headers, own, [])).toEqual({ mapping: own, source: 'own' });
    expect(effectiveMapping(headers, null, [own])).toEqual({ mapping: own, source: 'remembered' });
    expect(effectiveMapping(headers, null, [])).toEqual({
      mapping: suggestMapping(headers),
      source: 'suggested',
    });
  });

  it('carries the coordinator’s choices over when another encoding renames the headers', () => {
    const own: ColumnMapping = {
      signature: headerSignature(['PrÃ©nom', 'Email']),
      columns: [
        { header: 'PrÃ©nom', target: 'name' },
        { header: 'Email', target: 'email' },
      ],
    };
    const result = effectiveMapping(['Prénom', 'Email'], own, []);
    expect(result.mapping.signature).toBe(headerSignature(['Prénom', 'Email']));
    expect(result.mapping.columns).toEqual([
      { header: 'Prénom', target: 'name' },
      { header: 'Email', target: 'email' },
    ]);
  });

  it('suggests from the rows too, so a grid question comes as one group with its rule', () => {
    const grid = ['Name', 'Email', 'Skills [Flexibility]', 'Skills [Initiative]'];
    const rows = [
      { rowNumber: 2, cells: ['Ama', 'ama@x.org', 'I can offer', 'I want to develop'] },
    ];
    const { mapping } = effectiveMapping(grid, null, [], rows);
    expect(mapping.columns.map((c) => c.target)).toEqual(['name', 'email', 'grid', 'grid']);
    expect(mapping.grids?.[0]?.labels).toEqual({
      'I can offer': 'offers',
      'I want to develop': 'wants',
    });
  });
});
