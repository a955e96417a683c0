import { describe, expect, it } from 'vitest';
import type { MappingTarget } from './column-mapping';
import { headerSignature } from './column-mapping';
import type { ParticipantDraft, RowValidation } from './row-schema';
import { compileMapping, parseCareerStage, splitName, validateRow } from './row-schema';

function setup(pairs: [string, MappingTarget][]): (cells: string[], rowNumber?: number) => RowValidation {
  const headers = pairs.map(([h]) => h);
  const compiled = compileMapping(headers, {
    signature: headerSignature(headers),
    columns: pairs.map(([header, target]) => ({ header, target })),
  });
  return (cells, rowNumber = 2) => validateRow({ rowNumber, cells }, compiled);
}

function ok(result: RowValidation): ParticipantDraft {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

function problems(result: RowValidation): { column?: string; message: string; row?: number }[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const basic = setup([
  ['Full name', 'name'],
  ['Email Address', 'email'],
  ['Team', 'department'],
  ['Career', 'careerStage'],
  ['Notes', 'notes'],
  ['Shirt size', 'custom'],
]);

describe('validateRow', () => {
  it('cleans cells: trims, collapses spaces, composes accents (NFC), strips control characters', () => {
    const d = ok(basic(['  Ame\u0301lie \u0007 Durand\u200b ', ' Amelie@Example.ORG ', 'Fin\tance', 'Early career', ' line 1\r\nline 2\u0000 ', 'M']));
    expect(d.name).toBe('Amélie Durand');
    expect(d.name.normalize('NFC')).toBe(d.name);
    expect(d.email).toBe('Amelie@Example.ORG');
    expect(d.emailKey).toBe('amelie@example.org');
    expect(d.department).toBe('Fin ance');
    expect(d.notes).toBe('line 1\nline 2');
    expect(d.custom).toEqual({ 'Shirt size': 'M' });
    expect(d.careerStage).toBe('early');
  });

  it('derives first and last names from a full name, and says they were derived', () => {
    const d = ok(basic(['Heike Strauß', 'h@x.org', '', '', '', '']));
    expect(d).toMatchObject({ firstName: 'Heike', lastName: 'Strauß', derived: { name: false, firstName: true, lastName: true } });
    expect(ok(basic(['Strauß, Heike', 'h@x.org', '', '', '', '']))).toMatchObject({ firstName: 'Heike', lastName: 'Strauß' });
  });

  it('builds the name from first and last name columns', () => {
    const v = setup([
      ['First name', 'firstName'],
      ['Last name', 'lastName'],
      ['Email', 'email'],
    ]);
    expect(ok(v(['Jürgen', 'Müller', 'j@x.org']))).toMatchObject({ name: 'Jürgen Müller', firstName: 'Jürgen', lastName: 'Müller', derived: { name: true, firstName: false, lastName: false } });
    expect(problems(v(['', '', 'j@x.org']))[0]).toMatchObject({ row: 2, column: 'First name', message: expect.stringMatching(/^Row 2: the name is empty/) });
  });

  it('takes the address out of "Name <address>" and mailto: links', () => {
    expect(ok(basic(['Ada', 'Ada Lovelace <ada@x.org>', '', '', '', ''])).email).toBe('ada@x.org');
    expect(ok(basic(['Ada', 'mailto:ada@x.org', '', '', '', ''])).email).toBe('ada@x.org');
  });

  it('accepts international addresses and refuses malformed ones, naming the row, the column and the fix', () => {
    expect(ok(basic(['Zoë', 'zoë.o’brien@exämple.co.uk', '', '', '', ''])).emailKey).toBe('zoë.o’brien@exämple.co.uk');
    for (const bad of ['jane.doe@', 'jane doe@x.org', 'jane@x', '@x.org', 'jane@@x.org']) {
      const [p] = problems(basic(['Jane', bad, '', '', '', ''], 7));
      expect(p).toMatchObject({ row: 7, column: 'Email Address' });
      expect(p?.message).toBe(`Row 7, column "Email Address": "${bad}" is not an email address. Correct the address so it looks like name@example.org.`);
    }
  });

  it('requires a name and an email, reporting both at once', () => {
    const ps = problems(basic(['', '', '', '', '', ''], 5));
    expect(ps.map((p) => p.column)).toEqual(['Full name', 'Email Address']);
    expect(ps[1]?.message).toMatch(/^Row 5, column "Email Address": the email address is empty\./);
  });

  it('enforces length limits: name 200, fields 500, notes 5000', () => {
    const long = (n: number): string => 'x'.repeat(n);
    expect(basic([long(200), 'a@x.org', long(500), '', long(5000), long(500)]).ok).toBe(true);
    const ps = problems(basic([long(201), 'a@x.org', long(501), '', long(5001), long(501)], 9));
    expect(ps.map((p) => p.column)).toEqual(['Full name', 'Team', 'Notes', 'Shirt size']);
    expect(ps[0]?.message).toBe('Row 9, column "Full name": the text is 201 characters long; at most 200 fit. Shorten the text.');
  });

  it('refuses a career stage it does not understand, saying what to write', () => {
    const [p] = problems(basic(['Ada', 'a@x.org', '', 'Sort of senior-ish', '', ''], 4));
    expect(p).toMatchObject({ row: 4, column: 'Career' });
    expect(p?.message).toContain('Write Early, Mid or Late');
  });

  it('takes the apostrophe the export adds before formula-like cells back off', () => {
    const d = ok(basic(['Ada', 'a@x.org', "'=Finance", '', "'+44 20 7946 0000", "''-x"]));
    expect(d.department).toBe('=Finance');
    expect(d.notes).toBe('+44 20 7946 0000');
    expect(d.custom['Shirt size']).toBe("'-x");
    // An apostrophe before ordinary text is the person's own.
    expect(ok(basic(['Ada', 'a@x.org', "'t Hooft", '', '', ''])).department).toBe("'t Hooft");
  });

  it('joins several columns of one list target, and labels several notes columns', () => {
    const v = setup([
      ['Name', 'name'],
      ['Email', 'email'],
      ['Self skills', 'offers'],
      ['People skills', 'offers'],
      ['Dietary needs', 'notes'],
      ['Anything else?', 'notes'],
    ]);
    const d = ok(v(['Ada', 'a@x.org', 'Flexibility', 'Oral communication', 'Vegan', 'Mornings']));
    expect(d.offersText).toBe('Flexibility\nOral communication');
    expect(d.notes).toBe('Dietary needs: Vegan\nAnything else?: Mornings');
    expect(d.offers).toBeNull(); // matched against the catalog later
  });

  it('leaves empty custom cells out, so they never blank a stored value', () => {
    expect(ok(basic(['Ada', 'a@x.org', '', '', '', '   '])).custom).toEqual({});
  });
});

describe('parseCareerStage', () => {
  it.each([
    ['Early career', 'early'],
    ['early', 'early'],
    ['Junior', 'early'],
    ['Entry level', 'early'],
    ['Mid career', 'mid'],
    ['mid-career', 'mid'],
    ['Late career', 'late'],
    ['Experienced', 'late'],
    ['0-5 years', 'early'],
    ['less than 5 years', 'early'],
    ['6–15 years', 'mid'],
    ['12', 'mid'],
    ['20+ years', 'late'],
  ])('%s → %s', (text, stage) => {
    expect(parseCareerStage(text)).toBe(stage);
  });

  it('gives null for an empty cell and undefined for words it does not know', () => {
    expect(parseCareerStage('  ')).toBeNull();
    expect(parseCareerStage('Manager')).toBeUndefined();
  });
});

describe('splitName', () => {
  it('splits "First Rest" and "Last, First"', () => {
    expect(splitName('Mary Ann Smith')).toEqual({ firstName: 'Mary', lastName: 'Ann Smith' });
    expect(splitName('Smith, Mary Ann')).toEqual({ firstName: 'Mary Ann', lastName: 'Smith' });
    expect(splitName('Cher')).toEqual({ firstName: 'Cher', lastName: '' });
  });
});
