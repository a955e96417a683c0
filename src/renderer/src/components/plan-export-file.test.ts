/**
 * The pairing plan workbook read back with read-excel-file (the library the roster import uses):
 * one sheet, the header row, and every column of every row as the table holds it, accents and
 * line breaks included; a cell that looks like a formula comes back as the text it is.
 */
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../../test/support/pairing';
import {
  garcia,
  muller,
  ortega,
  planCatalog,
  planIds,
  wisniewska,
} from '../../../../test/support/plan-export';
import { PLAN_EXPORT_HEADERS, planExportRows } from '../domain/pairing/plan-export';
import { DEFAULT_RULES } from '../domain/programs/program-defaults';
import { planExportXlsx } from './plan-export-file';

const catalog = planCatalog;
const { coaching } = planIds;

describe('pairing plan workbook', () => {
  it('reads back with every column of every row intact', async () => {
    const rows = planExportRows({
      teams: [
        {
          team: {
            kind: 'pair',
            number: 1,
            status: 'confirmed',
            locked: false,
            competencyIds: [coaching],
          },
          members: [muller, wisniewska],
        },
        {
          team: { kind: 'pair', number: 2, status: 'proposed', locked: true, competencyIds: [] },
          members: [garcia, ortega],
        },
      ],
      unpaired: [
        {
          person: makePerson({
            id: 'kai',
            firstName: 'Kai',
            lastName: 'Ó Briain',
            department: 'Legal',
          }),
          reason: 'no-partner-left',
        },
      ],
      catalog,
      rules: DEFAULT_RULES,
    });
    const data = await planExportXlsx(rows);
    const sheets = await readXlsxFile(data.slice().buffer, { trim: false });
    expect(sheets.map((s) => s.sheet)).toEqual(['Pairing plan']);
    const table = sheets[0]!.data.map((row) => row.map((cell) => (cell === null ? '' : cell)));
    expect(table[0]).toEqual([...PLAN_EXPORT_HEADERS]);
    expect(table).toHaveLength(rows.length + 1);
    rows.forEach((row, i) => {
      expect(table[i + 1]).toEqual(PLAN_EXPORT_HEADERS.map((h) => row[h]));
    });
    // Spot checks of what the committee reads.
    expect(table[1]?.slice(0, 2)).toEqual(['Pair 02', 'Proposed']);
    expect(table[1]?.[2]).toBe('Inés García\nJosé Ortega');
    expect(table[1]?.[3]).toBe('=HYPERLINK("x")\nFinance');
    expect(table[1]?.[5]).toBe(
      'Inés can help José with Negotiation.\nKept together by the coordinator.\nFrom different departments (=HYPERLINK("x") and Finance).',
    );
    expect(table[2]?.[6]).toBe('Coaching');
    expect(table[3]?.[1]).toBe('Not in a team');
  });
});
