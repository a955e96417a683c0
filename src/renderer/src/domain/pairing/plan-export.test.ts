import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../../../test/support/pairing';
import {
  garcia,
  muller,
  ortega,
  planCatalog,
  planIds,
  wisniewska,
} from '../../../../../test/support/plan-export';
import { DEFAULT_RULES } from '../programs/program-defaults';
import type { Participant, Team } from '../model';
import {
  PLAN_EXPORT_HEADERS,
  planExportCsv,
  planExportRows,
  reasonsInWords,
  type PlanExportTeam,
} from './plan-export';

const catalog = planCatalog;
const { stress, coaching } = planIds;

function team(
  number: number,
  status: Team['status'],
  fields: Partial<PlanExportTeam['team']> = {},
): PlanExportTeam['team'] {
  return { kind: 'pair', number, status, locked: false, competencyIds: [], ...fields };
}

describe('reasons in words', () => {
  it('says who can help whom with what, both ways, and that they come from different departments', () => {
    expect(reasonsInWords({ locked: false }, [muller, wisniewska], catalog)).toEqual([
      'Jörg can help Zofia with Stress management and Budgeting.',
      'Zofia can help Jörg with Coaching.',
      'From different departments (Finance and Nursing).',
    ]);
  });

  it('names sign-ups together, mutual requests and teams the coordinator kept', () => {
    const a = makePerson({
      id: 'ana',
      registeredWithEmail: 'ben@example.org',
      department: 'Finance',
    });
    const b = makePerson({ id: 'ben', department: 'finance ' });
    expect(reasonsInWords({ locked: true }, [a, b], catalog)).toEqual([
      'None of them offers what another wants to develop.',
      'ana and ben signed up together.',
      'Kept together by the coordinator.',
    ]);
    const c = makePerson({ id: 'cy', preferredPartnerEmail: 'DEE@example.org' });
    const d = makePerson({ id: 'dee', preferredPartnerEmail: 'cy@example.org' });
    expect(reasonsInWords({ locked: false }, [c, d], catalog)).toContain(
      'cy and dee asked for each other.',
    );
  });

  it('never shows scores or points, whatever the people offer and want', () => {
    const ids = catalog.map((c) => c.id);
    const person = (id: string) =>
      fc
        .record({
          offers: fc.subarray(ids),
          wants: fc.subarray(ids),
          department: fc.constantFrom('', 'Finance', 'IT'),
        })
        .map((f) => makePerson({ id, ...f }));
    fc.assert(
      fc.property(
        fc.tuple(person('a'), person('b'), person('c')),
        fc.boolean(),
        fc.boolean(),
        (people, triad, locked) => {
          const members: Participant[] = triad ? people : people.slice(0, 2);
          const lines = reasonsInWords({ locked }, members, catalog);
          expect(lines.length).toBeGreaterThan(0);
          for (const line of lines) {
            expect(line).not.toMatch(/[+\u2212-]\s*\d|\d+\s*(points?|pts)|score/i);
            expect(line).toMatch(/\.$/);
          }
        },
      ),
    );
  });
});

describe('plan export rows', () => {
  const input = {
    teams: [
      {
        team: team(2, 'confirmed', { competencyIds: [coaching, stress] }),
        members: [muller, wisniewska],
      },
      { team: team(1, 'proposed', { kind: 'triad' }), members: [garcia, ortega, muller] },
      { team: team(3, 'ended'), members: [ortega, wisniewska] },
    ],
    unpaired: [{ person: wisniewska, reason: 'odd-count' as const }],
    catalog,
    rules: DEFAULT_RULES,
  };

  it('lists proposals first, then confirmed teams, then people not in a team; ended teams are left out', () => {
    const rows = planExportRows(input);
    expect(rows.map((r) => [r.Team, r.Status])).toEqual([
      ['Triad 01', 'Proposed'],
      ['Pair 02', 'Confirmed'],
      ['', 'Not in a team'],
    ]);
    const [triad, pair, left] = rows;
    expect(triad?.Members).toBe('Inés García\nJosé Ortega\nJörg Müller');
    expect(triad?.Emails).toBe('ines@example.org\n\njoerg@example.org');
    expect(triad?.['Competencies are']).toBe('Suggested, not chosen yet');
    expect(triad?.Competencies.split('\n')).toContain('Negotiation');
    expect(pair?.Competencies).toBe('Stress management\nCoaching');
    expect(pair?.['Competencies are']).toBe('Chosen by the team');
    expect(pair?.Departments).toBe('Finance\nNursing');
    expect(left).toMatchObject({
      Members: 'Zofia Wiśniewska',
      'Why together': 'Left over: an odd number of people.',
    });
  });

  it('writes CSV that Excel opens as UTF-8 with every cell back as it was and formulas neutralised', () => {
    const rows = planExportRows(input);
    const csv = planExportCsv(rows);
    expect(csv.startsWith('\ufeffTeam,Status,Members,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...PLAN_EXPORT_HEADERS]);
    expect(parsed).toHaveLength(rows.length + 1);
    rows.forEach((row, i) => {
      const back = parsed[i + 1] ?? [];
      PLAN_EXPORT_HEADERS.forEach((h, c) => {
        const expected = /^[=+\-@\t\r]/.test(row[h]) ? `'${row[h]}` : row[h];
        expect(back[c]).toBe(expected);
      });
    });
    expect(parsed[1]?.[3]).toBe('\'=HYPERLINK("x")\nFinance\nFinance');
  });
});
