import { describe, expect, it } from 'vitest';
import { buildCompetencyWorksheet } from '../../domain/documents/competency-worksheet';
import { buildWorksheetModel } from '../../domain/documents/document-models';
import { packDocument } from '../../domain/documents/pack';
import { createProgramCatalog } from '../../domain/catalog/builtin-catalog';
import { CATEGORY_ORDER, type Program } from '../../domain/model';
import { generateAnnualSchedule } from '../../domain/schedule/annual-schedule';
import { readDocx } from '../../../../../test/docx-check/docx-reader';
import {
  documentContext,
  exampleLetter,
  plural,
  signInPageCount,
  teamsInWords,
  worksheetPagesEach,
} from './document-plans';

let n = 0;
const catalog = createProgramCatalog('p1', () => `c${++n}`);
const events = generateAnnualSchedule({
  programId: 'p1',
  cycleStart: '2026-09-01',
  cycleEnd: '2027-05-31',
  rule: { ordinal: 2, weekday: 2, startTime: '12:00', minutes: 120 },
}).map((e, i) => ({ ...e, id: `e${i}` }));
const program = {
  name: 'Finance Peer Mentoring',
  organisation: 'Harbour & Co.',
  coordinatorName: 'Inès',
  coordinatorEmail: 'ines@example.org',
  cycleStart: '2026-09-01',
  cycleEnd: '2027-05-31',
  rules: { minTotal: 3, maxTotal: 6, minPerCategory: 1, maxPerCategory: 2 },
} as Program;

describe('page counts shown before building', () => {
  it.each(CATEGORY_ORDER)('match the pages the %s worksheet really prints', async (category) => {
    const model = buildWorksheetModel(program, category, catalog, events);
    const docx = readDocx(
      await packDocument(
        buildCompetencyWorksheet(documentContext(program, 'a4', '2026-09-01'), model),
      ),
    );
    // The second page of a two-page worksheet starts with a forced page break before its title.
    const forcedBreaks = (docx.documentXml.match(/<w:pageBreakBefore\/>/g) ?? []).length;
    expect(worksheetPagesEach(model)).toBe(1 + forcedBreaks);
  });

  it('counts attendance pages of 32 lines with room for two walk-ins', () => {
    expect(signInPageCount(0)).toBe(1);
    expect(signInPageCount(30)).toBe(1);
    expect(signInPageCount(31)).toBe(2);
    expect(signInPageCount(300)).toBe(10);
  });
});

describe('words', () => {
  it('names the teams a set of letters goes to', () => {
    expect(teamsInWords(['pair', 'pair', 'triad'])).toBe('2 pairs and 1 triad');
    expect(teamsInWords(['pair'])).toBe('1 pair');
    expect(teamsInWords([])).toBe('no teams');
    expect(plural(1, 'page')).toBe('1 page');
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });
});

describe('example letter', () => {
  it('previews with two example people, one competency per category and the real schedule', () => {
    const letter = exampleLetter(catalog, events, '2026-08-20');
    expect(letter.team.members.map((m) => m.firstName)).toEqual(['Ana', 'Tom']);
    expect(letter.team.competencies.map((c) => c.category)).toEqual([...CATEGORY_ORDER]);
    expect(letter.schedule).toHaveLength(9);
    expect(letter.meetBy).toBe('2026-10-31');
  });
});
