import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../../../test/fixtures/roster/fixture-data.mjs';
import type { Participant } from '../model';
import { suggestMapping, validateMapping } from './column-mapping';
import { csvField, EXPORT_HEADERS, exportParticipantsCsv, guardFormula, rosterTemplateCsv } from './export-csv';
import { prepareImport } from './prepare-import';
import { readRoster } from './read-roster';
import { blankParticipantFields } from '../../../../../test/support/blank-participant';

const catalog = fixtureCatalog();

function person(id: string, email: string, extra: Partial<Participant> = {}): Participant {
  return {
    ...blankParticipantFields(),
    id,
    programId: 'program-1',
    emailKey: email.toLowerCase(),
    email,
    firstName: 'Ada',
    lastName: 'Lovelace',
    name: 'Ada Lovelace',
    ...extra,
  };
}

describe('exportParticipantsCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
    const csv = exportParticipantsCsv([person('p1', 'ada@x.org')], catalog);
    expect(csv.startsWith('\ufeffName,First name,Last name,Email,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('writes competencies by name and people by email, joined with "; ", and custom fields as extra columns', () => {
    const p1 = person('p1', 'ada@x.org', { offers: [catalog[0]?.id as string, catalog[3]?.id as string], knownWell: ['p2'], careerStage: 'mid', custom: { 'Shirt size': 'M' } });
    const p2 = person('p2', 'bo@x.org', { name: 'Bo Chen', custom: { Email: 'clash' } });
    const lines = exportParticipantsCsv([p1, p2], catalog).slice(1).split('\r\n');
    expect(lines[0]).toBe(`${EXPORT_HEADERS.join(',')},Shirt size,Email (custom)`);
    expect(lines[1]).toContain(',Mid career,');
    expect(lines[1]).toContain(',Flexibility; Stress management,');
    expect(lines[1]).toContain(',bo@x.org,');
    expect(lines[1]?.endsWith(',M,')).toBe(true);
    expect(lines[2]?.endsWith(',,clash')).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const p = person('p1', 'ada@x.org', { department: '=HYPERLINK("http://evil")', jobTitle: '+1', location: '-2', manager: '@SUM(A1)', notes: '\tx' });
    const csv = exportParticipantsCsv([p], catalog);
    // Department, job title, (empty career stage), location, manager.
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil"")",'+1,,'-2,'@SUM(A1),`);
    expect(csv.endsWith(`,'\tx\r\n`)).toBe(true);
  });
});

describe('guardFormula and csvField', () => {
  it('prefixes formula starts (and apostrophes before them) with one apostrophe', () => {
    expect(guardFormula('=1+1')).toBe("'=1+1");
    expect(guardFormula("'=1")).toBe("''=1");
    expect(guardFormula("O'Brien")).toBe("O'Brien");
    expect(guardFormula('a=b')).toBe('a=b');
  });
  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(' a')).toBe('" a"');
    expect(csvField('plain')).toBe('plain');
  });
});

describe('rosterTemplateCsv', () => {
  it('is a valid roster with the import headers and two example rows that import cleanly', async () => {
    const text = rosterTemplateCsv(catalog);
    const read = await readRoster(new TextEncoder().encode(text), 'template.csv');
    expect(read.headers).toEqual([...EXPORT_HEADERS]);
    expect(read.rows).toHaveLength(2);
    const mapping = suggestMapping(read.headers);
    expect(validateMapping(mapping, read.headers)).toEqual([]);
    const prepared = prepareImport(read, mapping, catalog, [], { programId: 'program-1' });
    expect(prepared.blockers).toEqual([]);
    expect(prepared.plan.adds).toHaveLength(2);
    expect(prepared.warnings).toEqual([]);
    const alex = prepared.plan.adds[0]?.fields;
    expect(alex?.offers.length).toBeGreaterThan(0);
    expect(alex?.preferredPartnerEmail).toBe('robin.sample@example.org');
  });

  it('falls back to built-in names without a catalog', () => {
    expect(rosterTemplateCsv()).toContain('Stress management; Oral communication');
  });
});
