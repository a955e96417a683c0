import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../../../test/fixtures/roster/fixture-data.mjs';
import type { ColumnMapping, MappingTarget } from './column-mapping';
import { headerSignature, mappingForHeaders, suggestMapping, suggestTarget, validateMapping } from './column-mapping';
import { EXPORT_HEADERS } from './export-csv';
import { readRoster } from './read-roster';

function targets(headers: string[]): MappingTarget[] {
  return suggestMapping(headers).columns.map((c) => c.target);
}

describe('suggestTarget', () => {
  it.each<[string, MappingTarget]>([
    ['What is your name?', 'name'],
    ['Full name', 'name'],
    ['Name', 'name'],
    ['First name', 'firstName'],
    ['Given name', 'firstName'],
    ['Last name', 'lastName'],
    ['Surname', 'lastName'],
    ['Email Address', 'email'],
    ['E-mail', 'email'],
    ['Timestamp', 'ignore'],
    ['Which skills could you help a colleague with?', 'offers'],
    ['Which skills would you like to develop?', 'wants'],
    ['Strengths to share', 'offers'],
    ['Areas to develop', 'wants'],
    ['Is there anyone in the programme you already know well? (names or emails)', 'knownWell'],
    ['Would you like to be paired with someone in particular?', 'preferredPartner'],
    ['Registered together with', 'registeredWith'],
    ['Do not pair with', 'doNotPair'],
    ["Manager's email", 'manager'],
    ['Line manager', 'manager'],
    ['Which department are you in?', 'department'],
    ['Team', 'department'],
    ['What is your job title?', 'jobTitle'],
    ['Role', 'jobTitle'],
    ['Where are you in your career?', 'careerStage'],
    ['Seniority', 'careerStage'],
    ['Office', 'location'],
    ['Site', 'location'],
    ['Anything else we should know?', 'notes'],
    ['Years in role', 'custom'],
    ['Employee ID', 'custom'],
    ['Shirt size', 'custom'],
    ['Your name (as in your email signature)', 'name'],
    ['Full name, as it appears in your e-mail', 'name'],
    ['Email address (name@company.com)', 'email'],
    ['Username', 'email'],
    ['ID', 'ignore'],
    ['Start time', 'ignore'],
    ['Completion time', 'ignore'],
    ['Last modified time', 'ignore'],
  ])('%s → %s', (header, target) => {
    expect(suggestTarget(header)).toBe(target);
  });
});

describe('suggestMapping', () => {
  it('maps a Google Forms export fully, ignoring the timestamp', async () => {
    const read = await readRoster(loadFixture('google-forms.csv'), 'responses.csv');
    expect(targets(read.headers)).toEqual(['ignore', 'email', 'name', 'department', 'jobTitle', 'careerStage', 'offers', 'wants', 'knownWell', 'notes']);
    expect(validateMapping(suggestMapping(read.headers), read.headers)).toEqual([]);
  });

  it('maps the export headers back to their own fields', () => {
    expect(targets([...EXPORT_HEADERS, 'Shirt size'])).toEqual([
      'name',
      'firstName',
      'lastName',
      'email',
      'department',
      'jobTitle',
      'careerStage',
      'location',
      'manager',
      'offers',
      'wants',
      'knownWell',
      'doNotPair',
      'preferredPartner',
      'registeredWith',
      'notes',
      'custom',
    ]);
  });

  it('gives a single-column target to the first column only; the next becomes a custom field', () => {
    expect(targets(['Email', 'Work email', 'Name'])).toEqual(['email', 'custom', 'name']);
  });

  it('lets several columns feed a list target', () => {
    expect(targets(['Name', 'Email', 'Self-management skills you can offer', 'People skills you can offer'])).toEqual(['name', 'email', 'offers', 'offers']);
  });
});

describe('suggestMapping with rows', () => {
  const rows = (...lines: string[][]) => lines.map((cells, i) => ({ rowNumber: i + 2, cells }));

  it('does not take a column of small numbers for competencies wanted or offered', () => {
    const headers = ['Name', 'Email', 'How many mentees would you want?', 'Skills you want to develop'];
    const data = rows(['Ama', 'ama@x.org', '2', 'Initiative'], ['Bo', 'bo@x.org', '1', 'Flexibility'], ['Cy', 'cy@x.org', '', '']);
    expect(suggestMapping(headers, data).columns.map((c) => c.target)).toEqual(['name', 'email', 'custom', 'wants']);
    expect(suggestMapping(['Name', 'Email', 'Mentees wanted'], rows(['Ama', 'ama@x.org', '3'])).columns.map((c) => c.target)).toEqual(['name', 'email', 'custom']);
  });

  const MS_META = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time'];
  const meta = ['1', '9/1/26 9:00:00', '9/1/26 9:04:10'];

  it('recognises the Microsoft Forms columns, and lets a question asking for name and email win over the account', () => {
    const headers = [...MS_META, 'Your full name', 'Your work email', 'Skills you can offer'];
    const data = rows([...meta, 'yuki.tanaka@x.org', 'Yuki Tanaka', '', 'Yuki Tanaka', 'yuki.tanaka@x.org', 'Initiative']);
    expect(suggestMapping(headers, data).columns.map((c) => c.target)).toEqual(['ignore', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore', 'name', 'email', 'offers']);
  });

  it('uses the Microsoft Forms Email and Name when the form asks for neither', () => {
    const headers = [...MS_META, 'Skills you can offer'];
    const data = rows([...meta, 'yuki.tanaka@x.org', 'Yuki Tanaka', '', 'Initiative']);
    expect(suggestMapping(headers, data).columns.map((c) => c.target)).toEqual(['ignore', 'ignore', 'ignore', 'email', 'name', 'ignore', 'offers']);
  });

  it('ignores the account columns of an anonymous Microsoft form', () => {
    const headers = [...MS_META, 'Name', 'Email address'];
    const data = rows([...meta, 'anonymous', '', '', 'Yuki Tanaka', 'yuki.tanaka@x.org']);
    expect(suggestMapping(headers, data).columns.map((c) => c.target)).toEqual(['ignore', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore', 'name', 'email']);
  });

  it('maps a grid question about competencies as one group, split by what the cells say', () => {
    const q = 'Which competencies can you offer or want to develop?';
    const headers = ['Name', 'Email', `${q} [Flexibility]`, `${q} [Initiative]`, 'Availability [Monday]', 'Availability [Tuesday]'];
    const data = rows(['Ama', 'ama@x.org', 'I can offer', 'I want to develop', 'Morning', 'Evening'], ['Bo', 'bo@x.org', 'I can offer, I want to develop', '', 'Evening', '']);
    const mapping = suggestMapping(headers, data);
    expect(mapping.columns.map((c) => c.target)).toEqual(['name', 'email', 'grid', 'grid', 'custom', 'custom']);
    expect(mapping.grids).toEqual([
      expect.objectContaining({ column: 2, question: q, kind: 'choice', target: 'split', labels: { 'I can offer': 'offers', 'I want to develop': 'wants' } }),
    ]);
    expect(validateMapping(mapping, headers)).toEqual([]);
  });
});

describe('headerSignature', () => {
  it('is the same for the same headers, whatever the case, spacing or Unicode composition', () => {
    const a = headerSignature(['Name', 'Équipe', 'Email']);
    expect(headerSignature([' name ', 'E\u0301quipe', 'EMAIL'])).toBe(a);
  });

  it('differs when headers, their order or their split differ', () => {
    const base = headerSignature(['a b', 'c']);
    expect(headerSignature(['a', 'b c'])).not.toBe(base);
    expect(headerSignature(['c', 'a b'])).not.toBe(base);
    expect(headerSignature(['a b', 'c', 'd'])).not.toBe(base);
  });
});

describe('mappingForHeaders', () => {
  it('reuses the remembered mapping for the same headers and suggests afresh otherwise', () => {
    const headers = ['Name', 'Email', 'Team'];
    const remembered: ColumnMapping = {
      signature: headerSignature(headers),
      columns: [
        { header: 'Name', target: 'name' },
        { header: 'Email', target: 'email' },
        { header: 'Team', target: 'custom' },
      ],
    };
    expect(mappingForHeaders(['name', 'email', 'team'], [remembered]).columns.map((c) => c.target)).toEqual(['name', 'email', 'custom']);
    expect(mappingForHeaders(['name', 'email', 'team'], [remembered]).columns.map((c) => c.header)).toEqual(['name', 'email', 'team']);
    expect(mappingForHeaders(['Name', 'Email', 'Department'], [remembered]).columns.map((c) => c.target)).toEqual(['name', 'email', 'department']);
  });
});

describe('validateMapping', () => {
  const mapping = (pairs: [string, MappingTarget][]): ColumnMapping => ({
    signature: headerSignature(pairs.map(([h]) => h)),
    columns: pairs.map(([header, target]) => ({ header, target })),
  });

  it('accepts name + email, and first + last + email', () => {
    expect(validateMapping(mapping([['Name', 'name'], ['Email', 'email']]))).toEqual([]);
    expect(validateMapping(mapping([['First', 'firstName'], ['Last', 'lastName'], ['Email', 'email']]))).toEqual([]);
  });

  it('asks for a name column, naming the missing half of first + last', () => {
    expect(validateMapping(mapping([['Email', 'email']]))[0]?.message).toMatch(/No column is set to Name/);
    expect(validateMapping(mapping([['First', 'firstName'], ['Email', 'email']]))[0]?.message).toMatch(/none to Last name/);
  });

  it('asks for an email column', () => {
    expect(validateMapping(mapping([['Name', 'name']]))).toEqual([expect.objectContaining({ target: 'email', message: expect.stringMatching(/No column is set to Email/) })]);
  });

  it('refuses a single target on two columns, naming both', () => {
    const problems = validateMapping(mapping([['Name', 'name'], ['Email', 'email'], ['Work email', 'email']]));
    expect(problems).toEqual([expect.objectContaining({ target: 'email', column: 'Work email', message: expect.stringContaining('"Email" and "Work email" are all set to Email') })]);
  });

  it('refuses two columns that share a header only when both go to a one-column field', () => {
    const headers = ['Name', 'Email — column B', 'Skills [Python] — column C', 'Email — column D', 'Skills [Python] — column E'];
    const m = (targets: MappingTarget[]): ColumnMapping => ({ signature: headerSignature(headers), columns: headers.map((header, i) => ({ header, target: targets[i] as MappingTarget })) });
    expect(validateMapping(m(['name', 'email', 'offers', 'custom', 'offers']), headers)).toEqual([]);
    expect(validateMapping(m(['name', 'email', 'offers', 'email', 'wants']), headers)[0]?.message).toContain('"Email — column B" and "Email — column D" are all set to Email');
  });

  it('refuses Grid question on a column that is not part of a grid', () => {
    const headers = ['Name', 'Email', 'Skills'];
    const m: ColumnMapping = { signature: headerSignature(headers), columns: [{ header: 'Name', target: 'name' }, { header: 'Email', target: 'email' }, { header: 'Skills', target: 'grid' }] };
    expect(validateMapping(m, headers)[0]?.message).toMatch(/not one of a group of columns headed "Question \[Item\]"/);
  });

  it('refuses a mapping made for other headers', () => {
    const m = mapping([['Name', 'name'], ['Email', 'email']]);
    expect(validateMapping(m, ['Name', 'Email', 'Team'])[0]?.message).toMatch(/different headers/);
    expect(validateMapping(m, ['Name', 'Email'])).toEqual([]);
  });
});
