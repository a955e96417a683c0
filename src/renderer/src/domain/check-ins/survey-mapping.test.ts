import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSurveyFixture, pairedDemo } from '../../../../../test/support/check-ins';
import { headerSignature, readRoster } from '../import';
import {
  MULTI_COLUMN_SURVEY_TARGETS,
  splitGridHeader,
  suggestSurveyMapping,
  surveyMappingFor,
  validateSurveyMapping,
  type SurveyMapping,
} from './survey-mapping';

const { catalog } = pairedDemo();
const nameOf = (id: string | null) => catalog.find((c) => c.id === id)?.name ?? null;
const fixture = (name: string) => loadSurveyFixture(name);

function summary(mapping: SurveyMapping): [string, string][] {
  return mapping.columns.map((c) => [c.header, c.target === 'progress' ? `progress: ${nameOf(c.competencyId)}` : c.target]);
}

describe('suggested survey mappings', () => {
  it('recognise a Microsoft Forms export: metadata ignored, Completion time dates it, the Likert rows rate competencies', async () => {
    const read = await readRoster(fixture('check-ins-microsoft-forms.csv'), 'check-ins-microsoft-forms.csv');
    const mapping = suggestSurveyMapping(read.headers, catalog);
    const q = 'How much progress have you made on each competency you chose?';
    expect(summary(mapping)).toEqual([
      ['ID', 'ignore'],
      ['Start time', 'ignore'],
      ['Completion time', 'date'],
      ['Email', 'email'],
      ['Name', 'name'],
      ['How is it going?', 'status'],
      ['Are your contributions equal? Is it give and take?', 'balance'],
      ['If it is mostly one way, who gives more?', 'givesMore'],
      [`${q}.Stress management`, 'progress: Stress management'],
      [`${q}.Self-confidence`, 'progress: Self-confidence'],
      [`${q}.Written communication`, 'progress: Written communication'],
      [`${q}.Oral communication`, 'progress: Oral communication'],
      [`${q}.Analytical thinking`, 'progress: Analytical thinking'],
      [`${q}.Technical expertise`, 'progress: Technical expertise'],
      [`${q}.Customer orientation`, 'progress: Customer orientation'],
      [`${q}.Strategic thinking`, 'progress: Strategic thinking'],
      ['What could be better?', 'improvements'],
      ['What is your next step?', 'nextStep'],
      ['Anything else you would like to tell the coordinator?', 'comments'],
    ]);
    expect(validateSurveyMapping(mapping, read.headers, catalog)).toEqual([]);
  });

  it('recognise a Google Forms export: Timestamp, Email Address and `Question [Row]` grid columns', async () => {
    const read = await readRoster(fixture('check-ins-google-forms.csv'), 'check-ins-google-forms.csv');
    const mapping = suggestSurveyMapping(read.headers, catalog);
    expect(summary(mapping).slice(0, 7)).toEqual([
      ['Timestamp', 'date'],
      ['Email Address', 'email'],
      ['Your name', 'name'],
      ['How is your peer mentoring going?', 'status'],
      ['Are your contributions equal – is it give and take?', 'balance'],
      ['If mostly one way: who gives more?', 'givesMore'],
      ['How much progress have you made on each of your competencies? [Stress management]', 'progress: Stress management'],
    ]);
    expect(validateSurveyMapping(mapping, read.headers, catalog)).toEqual([]);
  });

  it('match misspelt grid rows to the catalog the way roster competencies are matched', () => {
    expect(splitGridHeader('Progress [stress mgmt]')).toEqual({ question: 'Progress', row: 'stress mgmt' });
    // A grid asked in two sections of a form: the reader adds the column letter, the row stays the row.
    expect(splitGridHeader('Progress [stress mgmt] — column AL')).toEqual({ question: 'Progress', row: 'stress mgmt' });
    const mapping = suggestSurveyMapping(['Progress [stress mgmt]', 'Rate: Analytical thinkng', 'Oral communication'], catalog);
    expect(mapping.columns.map((c) => nameOf(c.competencyId))).toEqual(['Stress management', 'Analytical thinking', 'Oral communication']);
  });

  it('never give a one-column field or a competency to two columns, whatever the headers', () => {
    const headers = ['Email', 'Email Address', 'Timestamp', 'Completion time', 'How is it going?', 'Status', 'Q [Stress management]', 'Q2 [Stress management]', 'Name', 'Your name', 'Next step', 'What could be better?', 'Notes'];
    fc.assert(
      fc.property(fc.shuffledSubarray(headers, { minLength: 1 }), (chosen) => {
        const mapping = suggestSurveyMapping(chosen, catalog);
        const seen = new Set<string>();
        for (const c of mapping.columns) {
          if (c.target === 'ignore' || (MULTI_COLUMN_SURVEY_TARGETS.includes(c.target) && c.target !== 'progress')) continue;
          const key = c.target === 'progress' ? `p:${c.competencyId}` : c.target;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
        expect(validateSurveyMapping(mapping, chosen, catalog).filter((p) => p.column !== undefined)).toEqual([]);
      }),
    );
  });
});

describe('remembered survey mappings and their checks', () => {
  const headers = ['Timestamp', 'Email Address', 'How is it going?', 'Q [Stress management]', 'Extra'];

  it('come back for the same headers, with the coordinator’s choices', () => {
    const own: SurveyMapping = {
      ...suggestSurveyMapping(headers, catalog),
      dateOrder: 'dmy',
    };
    own.columns[4] = { header: 'Extra', target: 'comments', competencyId: null };
    expect(surveyMappingFor(headers, [own], catalog)).toEqual({ mapping: own, source: 'remembered' });
    expect(surveyMappingFor([...headers, 'More'], [own], catalog).source).toBe('suggested');
    expect(own.signature).toBe(headerSignature(headers));
  });

  it('name what is missing or doubled, by column', () => {
    const mapping = suggestSurveyMapping(headers, catalog);
    mapping.columns[0] = { header: 'Timestamp', target: 'ignore', competencyId: null };
    mapping.columns[2] = { header: 'How is it going?', target: 'email', competencyId: null };
    mapping.columns[3] = { header: 'Q [Stress management]', target: 'progress', competencyId: null };
    const problems = validateSurveyMapping(mapping, headers, catalog);
    expect(problems.map((p) => p.column ?? '')).toEqual(['How is it going?', '', '', 'Q [Stress management]']);
    expect(problems[0]?.message).toMatch(/^"Email Address" and "How is it going\?" are all set to Respondent’s email, which takes one column\./);
    expect(problems[1]?.message).toMatch(/^No column is set to When they answered\. Set the column with the time each response was sent/);
    expect(problems[2]?.message).toMatch(/^No column is set to How it is going\./);
    expect(problems[3]?.message).toBe('Choose which competency "Q [Stress management]" rates.');
  });
});
