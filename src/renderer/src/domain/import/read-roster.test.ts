import { describe, expect, it } from 'vitest';
import { fixturePeople, loadFixture, workbookExpected } from '../../../../../test/fixtures/roster/fixture-data.mjs';
import { readRoster } from './read-roster';
import type { RosterRead } from './roster-types';
import { MAX_ROSTER_ROWS } from './shape-table';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function column(read: RosterRead, header: string): string[] {
  const i = read.headers.indexOf(header);
  if (i === -1) throw new Error(`no column ${header} in ${read.headers.join('|')}`);
  return read.rows.map((r) => r.cells[i] as string);
}

function errors(read: RosterRead): string[] {
  return read.problems.filter((p) => p.severity === 'error').map((p) => p.message);
}

describe('readRoster on real-looking exports', () => {
  it('reads Excel "CSV UTF-8" with BOM, keeping row numbers honest around a blank row and a multi-line note', async () => {
    const read = await readRoster(loadFixture('excel-utf8-bom.csv'), 'roster.csv');
    const people = fixturePeople.slice(0, 26);
    expect(read).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 });
    expect(read.problems).toEqual([]);
    expect(read.headers[0]).toBe('First name'); // no BOM glued to the first header
    expect(column(read, 'Email')).toEqual(people.map((p) => p.email));
    expect(column(read, 'Last name')).toEqual(people.map((p) => p.lastName));
    // Five people, then a blank row 7, then everyone else one row lower.
    expect(read.rows.map((r) => r.rowNumber)).toEqual(people.map((_, i) => (i < 5 ? i + 2 : i + 3)));
    expect(column(read, 'Notes')).toEqual(people.map((p) => p.notes));
  });

  it('reads Windows-1252 CSV with accents and the curly apostrophe', async () => {
    const read = await readRoster(loadFixture('excel-windows-1252.csv'), 'roster.csv');
    expect(read.encoding).toBe('windows-1252');
    // Windows-1252 has no "ś": Excel wrote "?" in its place.
    expect(column(read, 'Name')).toEqual(fixturePeople.slice(0, 24).map((p) => p.name.replace(/ś/g, '?')));
    expect(column(read, 'Name')).toContain('Grace O\u2019Brien');
    expect(column(read, 'Name')).toContain('Heike Strauß');
  });

  it('reads Excel "Unicode Text" (UTF-16LE with BOM, tab-separated)', async () => {
    const read = await readRoster(loadFixture('excel-unicode-text-utf16le.txt'), 'roster.txt');
    expect(read).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(read.headers).toEqual(['Full name', 'E-mail address', 'Team', 'Role', 'Seniority', 'Site', 'Strengths to share', 'Areas to develop']);
    expect(column(read, 'Full name')).toEqual(fixturePeople.slice(2, 27).map((p) => p.name));
  });

  it('reads European semicolon CSV and keeps decimal commas inside their cells', async () => {
    const read = await readRoster(loadFixture('european-semicolon.csv'), 'roster.csv');
    expect(read.delimiter).toBe(';');
    expect(read.headers).toHaveLength(10);
    expect(new Set(column(read, 'FTE'))).toEqual(new Set(['1', '0,8', '0,6', '0,5']));
    expect(column(read, 'E-mail')).toEqual(fixturePeople.slice(0, 22).map((p) => p.email));
  });

  it('reads a Google Forms export with question headers and timestamps', async () => {
    const read = await readRoster(loadFixture('google-forms.csv'), 'Mentoring sign-up (Responses).csv');
    expect(read.headers[0]).toBe('Timestamp');
    expect(read.headers).toContain('Which skills could you help a colleague with?');
    expect(read.rows).toHaveLength(25);
    expect(column(read, 'Timestamp')[0]).toBe('2026/08/01 9:00:00 AM GMT+1');
  });

  it('accepts mixed CRLF / LF / CR line endings and numbers every row', async () => {
    const read = await readRoster(loadFixture('mixed-line-endings.csv'), 'roster.csv');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(column(read, 'Email')).toEqual(fixturePeople.slice(0, 9).map((p) => p.email));
  });
});

describe('readRoster on workbooks', () => {
  it('picks the first sheet with a header row, and shows dates, numbers and booleans as Excel does', async () => {
    const read = await readRoster(loadFixture('workbook-two-sheets.xlsx'), 'roster.xlsx');
    expect(read).toMatchObject({ format: 'xlsx', sheets: ['Instructions', 'Roster'], sheet: 'Roster', headerRow: 1 });
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => r.rowNumber)).toEqual(workbookExpected.map((e) => e.rowNumber));
    expect(column(read, 'Email')).toEqual(workbookExpected.map((e) => e.email));
    expect(column(read, 'Joined programme')).toEqual(workbookExpected.map((e) => e.joined));
    expect(column(read, 'Registered')).toEqual(workbookExpected.map((e) => e.registered));
    expect(column(read, 'Years in role')).toEqual(workbookExpected.map((e) => e.years));
    expect(column(read, 'Returning participant')).toEqual(workbookExpected.map((e) => e.returning));
  });

  it('reads the sheet the coordinator picks', async () => {
    const read = await readRoster(loadFixture('workbook-two-sheets.xlsx'), 'roster.xlsx', { sheet: 'instructions' });
    expect(read.sheet).toBe('Instructions');
    expect(read.headers).toEqual(['How to fill in this roster']);
    expect(read.rows).toHaveLength(2);
  });

  it('names the sheets when the chosen one does not exist', async () => {
    const read = await readRoster(loadFixture('workbook-two-sheets.xlsx'), 'roster.xlsx', { sheet: 'Sheet9' });
    expect(read.rows).toEqual([]);
    expect(errors(read)[0]).toContain('no sheet called "Sheet9"');
    expect(errors(read)[0]).toContain('"Instructions", "Roster"');
  });

  it('explains a damaged workbook instead of throwing', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const read = await readRoster(bytes, 'roster.xlsx');
    expect(read.rows).toEqual([]);
    expect(errors(read)).toHaveLength(1);
  });
});

describe('readRoster on bad files', () => {
  const cases: [string, string, RegExp][] = [
    ['bad-empty.csv', 'empty.csv', /The file is empty/],
    ['bad-headers-only.csv', 'roster.csv', /header row \(row 1\) but no participants/],
    ['bad-binary.csv', 'roster.csv', /does not look like a spreadsheet/],
    ['bad-workbook-renamed.csv', 'roster.csv', /^This is an Excel workbook saved with a \.csv name: /],
    ['bad-legacy.xls', 'roster.xls', /old-style Excel workbook \(\.xls\)/],
    ['bad-unterminated-quote.csv', 'roster.csv', /^Row 4: .*quote mark.*never closed/],
    ['bad-proto-header.csv', 'roster.csv', /Column C is headed "__proto__"/],
  ];
  it.each(cases)('%s gives no rows and a clear error', async (fixture, name, message) => {
    const read = await readRoster(loadFixture(fixture), name);
    expect(read.rows).toEqual([]);
    expect(errors(read)).toHaveLength(1);
    expect(errors(read)[0]).toMatch(message);
  });

  it('reads a file whose columns share a header, naming each by its letter too and warning once', async () => {
    const read = await readRoster(loadFixture('repeated-header.csv'), 'roster.csv');
    expect(errors(read)).toEqual([]);
    expect(read.headers).toEqual(['Name', 'Email — column B', 'Department', 'email — column D']);
    expect(read.rows).toHaveLength(5);
    const warnings = read.problems.filter((p) => p.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('"Email" (columns B, D)');
  });

  it('refuses a file over 5 MB', async () => {
    const read = await readRoster(new Uint8Array(5_000_001).fill(0x61), 'big.csv');
    expect(read.rows).toEqual([]);
    expect(errors(read)[0]).toMatch(/The file is 5\.0 MB; a roster import takes at most 5\.0 MB/);
  });

  it(`refuses more than ${MAX_ROSTER_ROWS} rows and says how many there are`, async () => {
    const lines = ['Name,Email'];
    for (let i = 0; i <= MAX_ROSTER_ROWS; i++) lines.push(`P${i},p${i}@x.org`);
    const read = await readRoster(utf8(lines.join('\n')), 'many.csv');
    expect(read.rows).toEqual([]);
    expect(errors(read)[0]).toContain('10,001 rows');
  });

  it('accepts exactly the row limit', async () => {
    const lines = ['Name,Email'];
    for (let i = 0; i < MAX_ROSTER_ROWS; i++) lines.push(`P${i},p${i}@x.org`);
    const read = await readRoster(utf8(lines.join('\n')), 'many.csv');
    expect(read.rows).toHaveLength(MAX_ROSTER_ROWS);
  });

  it('says what a PDF is', async () => {
    const read = await readRoster(utf8('%PDF-1.7\n...'), 'roster.csv');
    expect(errors(read)[0]).toContain('PDF document, not a spreadsheet');
  });
});

describe('readRoster structure notes', () => {
  it('names a blank header "Column N" and says how to give it a name', async () => {
    const read = await readRoster(utf8('Name,,Email\nAda,x,a@x.org\n'), 'r.csv');
    expect(read.headers).toEqual(['Name', 'Column 2', 'Email']);
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: 'warning', column: 'Column 2', row: 1, message: expect.stringContaining('Column B has no header') }),
    ]);
  });

  it('keeps a value to the right of the last header and warns about that row', async () => {
    const read = await readRoster(utf8('Name,Email\nAda,a@x.org\nBo,b@x.org,stray\n'), 'r.csv');
    expect(read.headers).toEqual(['Name', 'Email', 'Column 3']);
    expect(read.rows[1]?.cells).toEqual(['Bo', 'b@x.org', 'stray']);
    expect(read.rows[0]?.cells).toEqual(['Ada', 'a@x.org', '']);
    expect(read.problems).toEqual([expect.objectContaining({ row: 3, severity: 'warning', message: expect.stringMatching(/^Row 3 has values to the right/) })]);
  });

  it('lets the coordinator override the delimiter', async () => {
    const text = utf8('Name;Notes\nAda;hello\n');
    expect((await readRoster(text, 'r.csv')).headers).toEqual(['Name', 'Notes']);
    const forced = await readRoster(text, 'r.csv', { delimiter: ',' });
    expect(forced.delimiter).toBe(',');
    expect(forced.headers).toEqual(['Name;Notes']);
    expect(forced.problems.some((p) => p.message.includes('Choose semicolon as the separator'))).toBe(true);
  });

  it('lets the coordinator override the encoding, and warns when it loses characters', async () => {
    const read = await readRoster(loadFixture('excel-windows-1252.csv'), 'r.csv', { encoding: 'utf-8' });
    expect(read.encoding).toBe('utf-8');
    expect(read.problems[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('could not be read as utf-8') });
  });

  it('refuses a delimiter that cannot separate columns', async () => {
    const read = await readRoster(utf8('a,b\n1,2\n'), 'r.csv', { delimiter: '"' });
    expect(errors(read)[0]).toContain('Choose comma, semicolon or tab');
  });

  it('reads line breaks inside quoted cells as LF in a CRLF file, keeping row numbers', async () => {
    const read = await readRoster(utf8('Name,Notes\r\nAda,"one\r\ntwo"\r\nBo,"three\nfour"\r\nCy,x\r\n'), 'r.csv');
    expect(read.rows.map((r) => [r.rowNumber, r.cells[1]])).toEqual([
      [2, 'one\ntwo'],
      [3, 'three\nfour'],
      [4, 'x'],
    ]);
  });

  it('reads a text file named .xlsx as CSV, with a warning', async () => {
    const read = await readRoster(utf8('Name,Email\nAda,a@x.org\n'), 'roster.xlsx');
    expect(read.format).toBe('csv');
    expect(read.rows).toHaveLength(1);
    expect(read.problems[0]?.message).toContain('named .xlsx but holds plain text');
  });
});
