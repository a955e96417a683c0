import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellMeaning,
  defaultGridMapping,
  findGridGroups,
  GRID_MEANINGS,
  gridAnswers,
  labelMeanings,
  parseGridHeader,
  scaleMeanings,
  splitChoices,
  type GridMeaning,
} from './grid-questions';
import { columnLetter, repeatedHeaderName, shapeTable } from './shape-table';
import { fold } from './text-normalise';

// Words for questions and items: no brackets (a bracket inside would make another header).
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 ,.?…'’-]{0,18}[A-Za-zÀ-ÿ0-9?…]$/);

describe('parseGridHeader', () => {
  it('reads "Question [Item]", also with the column letter of a repeated header', () => {
    expect(parseGridHeader('Which competencies… [Flexibility]')).toEqual({ question: 'Which competencies…', item: 'Flexibility' });
    expect(parseGridHeader('Skills [Python] — column AL')).toEqual({ question: 'Skills', item: 'Python' });
    expect(parseGridHeader('Skills')).toBeNull();
    expect(parseGridHeader('[Python]')).toBeNull();
    expect(parseGridHeader('Skills [ ]')).toBeNull();
    expect(parseGridHeader('Rate your level.Initiative')).toEqual({ question: 'Rate your level', item: 'Initiative' });
    expect(parseGridHeader('Dept. Name')).toBeNull();
    expect(parseGridHeader('Version 2.1')).toBeNull();
    expect(parseGridHeader('Anything else?')).toBeNull();
  });
});

describe('findGridGroups', () => {
  // Questions and items are told apart as the importer compares them: ignoring case, accents and
  // punctuation.
  it('recognises one group per question for any set of "Q [Item]" headers', () => {
    const questions = fc.uniqueArray(word, { minLength: 1, maxLength: 4, selector: fold });
    fc.assert(
      fc.property(
        questions.chain((qs) =>
          fc.tuple(
            fc.constant(qs),
            fc.tuple(...qs.map(() => fc.uniqueArray(word, { minLength: 2, maxLength: 6, selector: fold }))),
            fc.array(word, { maxLength: 4 }),
          ),
        ),
        fc.integer(),
        ([qs, items, others], seed) => {
          const headers: string[] = [...others.filter((o) => parseGridHeader(o) === null)];
          // Interleave the questions' columns and the other headers in a seeded order.
          qs.forEach((q, k) => {
            for (const item of items[k] as string[]) {
              const at = Math.abs((seed * (headers.length + 7)) % (headers.length + 1));
              headers.splice(at, 0, `${q} [${item}]`);
            }
          });
          const groups = findGridGroups(headers);
          expect(groups.map((g) => g.question).sort()).toEqual([...qs].sort());
          for (const g of groups) {
            const k = qs.indexOf(g.question);
            expect([...g.items].sort()).toEqual([...(items[k] as string[])].sort());
            expect(g.columns.every((c) => parseGridHeader(headers[c] as string)?.question === g.question)).toBe(true);
          }
        },
      ),
    );
  });

  it('starts a second group when a section asks the whole grid again', () => {
    const headers = ['Name', 'Skills [Python]', 'Skills [Excel]', 'Email', 'Skills [Python]', 'Skills [Excel]'];
    const table = shapeTable([{ rowNumber: 1, cells: headers }, { rowNumber: 2, cells: headers.map(() => 'x') }], 'The file');
    const groups = findGridGroups(table.headers);
    expect(groups.map((g) => g.columns)).toEqual([
      [1, 2],
      [4, 5],
    ]);
    expect(groups[1]?.items).toEqual(['Python', 'Excel']);
  });

  it('leaves a lone bracketed header alone', () => {
    expect(findGridGroups(['Name', 'Phone [optional]', 'Email'])).toEqual([]);
  });
});

describe('repeated headers', () => {
  it('always get distinct names that keep the header and name the column', () => {
    const header = fc.constantFrom('Name', 'Email', 'Skills [Python]', 'name', 'Column 3', 'Email — column B', '');
    fc.assert(
      fc.property(fc.array(header, { minLength: 2, maxLength: 12 }), (cells) => {
        fc.pre(cells.some((c) => c !== ''));
        const table = shapeTable([{ rowNumber: 1, cells }, { rowNumber: 2, cells: cells.map(() => 'v') }], 'The file');
        expect(table.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const keys = table.headers.map((h) => h.toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
        cells.forEach((c, i) => {
          if (c === '') return;
          const repeated = cells.filter((o) => o.toLowerCase() === c.toLowerCase()).length > 1;
          if (repeated) expect(table.headers[i]).toContain(repeatedHeaderName(c, i));
        });
        const warnings = table.problems.filter((p) => /share a header/.test(p.message));
        const anyRepeat = cells.some((c, i) => c !== '' && cells.findIndex((o) => o.toLowerCase() === c.toLowerCase()) !== i);
        expect(warnings).toHaveLength(anyRepeat ? 1 : 0);
      }),
    );
  });

  it('names the letter in the spreadsheet way', () => {
    expect(repeatedHeaderName('Skills [Python]', 37)).toBe(`Skills [Python] — column ${columnLetter(37)}`);
    expect(columnLetter(37)).toBe('AL');
  });
});

describe('splitChoices', () => {
  it('reads Google Forms ", " and Microsoft Forms ";" lists, keeping a known label with a comma whole', () => {
    expect(splitChoices('I can offer, I want to develop')).toEqual(['I can offer', 'I want to develop']);
    expect(splitChoices('I can offer;I want to develop;')).toEqual(['I can offer', 'I want to develop']);
    expect(splitChoices('Yes, I can offer', new Set(['Yes, I can offer']))).toEqual(['Yes, I can offer']);
    expect(splitChoices('  ')).toEqual([]);
  });
});

describe('gridAnswers', () => {
  it('tells choices, levels and ranks apart and orders scales lowest first', () => {
    expect(gridAnswers(['I can offer', 'I want to develop', 'I can offer, I want to develop', '']).kind).toBe('choice');
    const levels = gridAnswers(['Expert', 'Novice', 'Intermediate', 'Advanced', 'Developing', '']);
    expect(levels).toMatchObject({ kind: 'level', labels: ['Novice', 'Developing', 'Intermediate', 'Advanced', 'Expert'] });
    const ranks = gridAnswers(['1st', '3rd', '2nd', '']);
    expect(ranks).toMatchObject({ kind: 'rank', labels: ['3rd', '2nd', '1st'] });
    expect(gridAnswers(['1', '5', '3']).kind).toBe('level');
  });

  it('counts the cells that hold each label', () => {
    expect(gridAnswers(['I can offer', 'I can offer;I want to develop;', 'I want to develop']).counts).toEqual({ 'I can offer': 2, 'I want to develop': 2 });
  });
});

describe('cell meanings', () => {
  const levelScale = ['Novice', 'Developing', 'Intermediate', 'Advanced', 'Expert'];

  it('counts levels from Intermediate up as offers and below as wants by default', () => {
    const group = { question: 'Your level', columns: [0, 1], items: ['Flexibility', 'Initiative'] };
    const rule = defaultGridMapping(group, gridAnswers(levelScale), undefined);
    expect(rule).toMatchObject({ kind: 'level', target: 'split', scale: { from: 'Intermediate', above: 'offers', below: 'wants' } });
    expect(levelScale.map((l) => cellMeaning(l, rule))).toEqual(['wants', 'wants', 'offers', 'offers', 'offers']);
  });

  it('reads offer and want choices, both together, and nothing for an empty cell', () => {
    const answers = gridAnswers(['I can offer', 'I want to develop', 'Neither']);
    const rule = { labels: labelMeanings(answers, 'split') };
    expect(cellMeaning('I can offer', rule)).toBe('offers');
    expect(cellMeaning('I want to develop', rule)).toBe('wants');
    expect(cellMeaning('I can offer, I want to develop', rule)).toBe('both');
    expect(cellMeaning('I want to develop;I can offer;', rule)).toBe('both');
    expect(cellMeaning('Neither', rule)).toBe('none');
    expect(cellMeaning('', rule)).toBe('none');
  });

  it('gives every cell value exactly one meaning under any threshold rule', () => {
    const meaning = fc.constantFrom<GridMeaning>(...GRID_MEANINGS);
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 7 }),
        fc.nat(),
        meaning,
        meaning,
        fc.array(fc.oneof(word, fc.constant(''), fc.constant(';')), { maxLength: 4 }),
        (order, at, above, below, extra) => {
          const from = order[at % order.length] as string;
          const labels = scaleMeanings(order, { from, above, below });
          // Each label has one meaning: `above` from the threshold on, `below` before it.
          order.forEach((label, i) => expect(labels[label]).toBe(i >= order.indexOf(from) ? above : below));
          // Any cell, made of known labels or not, gets one of the four meanings.
          const cells = [...order, ...extra, `${order[0]};${order[order.length - 1]};`, order.join(', ')];
          for (const cell of cells) expect(GRID_MEANINGS).toContain(cellMeaning(cell, { labels }));
        },
      ),
    );
  });

  it('takes a cell with several labels as what they say together', () => {
    fc.assert(
      fc.property(fc.subarray(['I can offer', 'I want to develop', 'Not for me']), (chosen) => {
        const labels = { 'I can offer': 'offers', 'I want to develop': 'wants', 'Not for me': 'none' } as const;
        const m = cellMeaning(chosen.join(';'), { labels });
        const offers = chosen.includes('I can offer');
        const wants = chosen.includes('I want to develop');
        expect(m).toBe(offers && wants ? 'both' : offers ? 'offers' : wants ? 'wants' : 'none');
      }),
    );
  });

  it('maps a one-sided group: anything but a refusal counts for that side', () => {
    const answers = gridAnswers(['Yes', 'No', '✓']);
    expect(labelMeanings(answers, 'offers')).toEqual({ '✓': 'offers', No: 'none', Yes: 'offers' });
    expect(labelMeanings(answers, 'wants')).toEqual({ '✓': 'wants', No: 'none', Yes: 'wants' });
  });

  it('counts the three best ranks by default', () => {
    const group = { question: 'Rank what you most want to develop', columns: [0, 1, 2, 3], items: ['A', 'B', 'C', 'D'] };
    const rule = defaultGridMapping(group, gridAnswers(['1st', '2nd', '3rd', '4th']));
    expect(rule.target).toBe('wants');
    expect(['1st', '2nd', '3rd', '4th'].map((r) => cellMeaning(r, rule))).toEqual(['wants', 'wants', 'wants', 'none']);
  });
});
