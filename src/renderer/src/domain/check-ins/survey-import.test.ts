import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSurveyFixture, pairedDemo } from '../../../../../test/support/check-ins';
import { readRoster, type RosterRead } from '../import';
import type { CheckIn } from '../model';
import { addDays } from '../schedule/iso-dates';
import { checkInFingerprint, prepareSurveyImport, surveyImportSummary, type SurveyContext } from './survey-import';
import { suggestSurveyMapping } from './survey-mapping';

const demo = pairedDemo();
const context = (importedKeys: Iterable<string> = []): SurveyContext => ({
  programId: demo.program.id,
  teams: demo.teams,
  members: demo.members,
  participants: demo.participants,
  catalog: demo.catalog,
  importedKeys: new Set(importedKeys),
});
const person = (email: string) => demo.participants.find((p) => p.emailKey === email)!;
const teamOf = (email: string) => demo.members.find((m) => m.participantId === person(email).id)!.teamId;
const competency = (name: string) => demo.catalog.find((c) => c.name === name)!.id;
const fixture = async (name: string) =>
  readRoster(loadSurveyFixture(name), name);

describe('importing the Microsoft Forms fixture', () => {
  it('names the unknown email and the bad rating by row and column, and adds nothing until they are dealt with', async () => {
    const read = await fixture('check-ins-microsoft-forms.csv');
    const mapping = suggestSurveyMapping(read.headers, demo.catalog);
    const prep = prepareSurveyImport(read, mapping, context());
    expect(prep.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [
        5,
        'Email',
        'Row 5, column "Email": nobody in this program has the address "jamie.walsh@example.org". Correct it to the address the person is on the roster with, or skip the row.',
      ],
      [
        7,
        'How much progress have you made on each competency you chose?.Oral communication',
        'Row 7, column "How much progress have you made on each competency you chose?.Oral communication": "7" is not a rating from 1 to 5. Type a whole number from 1 (not started) to 5 (real progress), or clear the cell.',
      ],
    ]);
    expect(prep.blocked).toBe(true);
    expect(prep.blockers).toEqual(['2 rows have problems (rows 5 and 7): correct the cells or skip those rows.']);
    expect(prep.dateOrder).toBe('mdy');
  });

  it('matches every other response to the respondent’s team and reads its answers', async () => {
    const read = await fixture('check-ins-microsoft-forms.csv');
    const prep = prepareSurveyImport(read, suggestSurveyMapping(read.headers, demo.catalog), context(), { excludeRows: [5, 7] });
    expect(prep.blocked).toBe(false);
    expect(prep.responses.map((r) => [r.rowNumber, r.teamLabel, r.respondentName, r.checkIn.date, r.checkIn.status])).toEqual([
      [2, 'Pair 01', 'Zoë Hartmann', '2026-10-06', 'on-track'],
      [3, 'Pair 03', 'Lukas Müller', '2026-10-07', 'on-track'],
      [4, 'Pair 02', 'Ngozi Okafor', '2026-10-09', 'some-concerns'],
      [6, 'Pair 06', 'Tomasz Wiśniewski', '2026-10-14', 'stalled'],
      [8, 'Pair 03', 'Mei Lin Chen', '2026-10-20', 'some-concerns'],
      [9, 'Pair 02', 'Siobhán Ní Bhriain', '2026-10-22', 'on-track'],
      [10, 'Pair 08', 'Daniel Cohen', '2026-10-27', 'on-track'],
      [11, 'Pair 07', 'Kwame Mensah', '2026-10-29', 'on-track'],
    ]);
    const ngozi = prep.responses.find((r) => r.rowNumber === 4)!;
    expect(ngozi.checkIn).toMatchObject({
      teamId: teamOf('ngozi.okafor@example.org'),
      balance: 'mostly-one-way',
      givesMoreId: person('siobhan.nibhriain@example.org').id,
      progress: { [competency('Self-confidence')]: 2, [competency('Stress management')]: 2 },
      coordinatorNote: 'We have had to cancel twice because of rotas.',
      source: 'survey',
      respondentEmail: 'ngozi.okafor@example.org',
    });
    expect(ngozi.moment).toBe('2026-10-09T17:38:54');
    // "3 - OK" is a 3; "me" is the respondent.
    expect(prep.responses.find((r) => r.rowNumber === 8)!.checkIn.progress[competency('Analytical thinking')]).toBe(3);
    expect(prep.responses.find((r) => r.rowNumber === 10)!.checkIn.givesMoreId).toBe(person('daniel.cohen@example.org').id);
    expect(surveyImportSummary(prep.responses)).toBe('8 check-ins added for 6 teams (Pair 01, Pair 02, Pair 03, Pair 06, Pair 07, Pair 08).');
  });

  it('recognises every response on a second import of the same export and adds nothing', async () => {
    const read = await fixture('check-ins-microsoft-forms.csv');
    const mapping = suggestSurveyMapping(read.headers, demo.catalog);
    const first = prepareSurveyImport(read, mapping, context(), { excludeRows: [5, 7] });
    const again = prepareSurveyImport(read, mapping, context(first.responses.map((r) => r.key)), { excludeRows: [5, 7] });
    expect(again.responses).toEqual([]);
    expect(again.alreadyImported).toEqual(first.responses.map((r) => r.rowNumber));
    expect(again.blockers).toEqual(['Every response in this file was imported before: there is nothing new to add.']);
  });
});

describe('the same export saved in another Excel encoding', () => {
  it('gives the same check-ins as UTF-16 "Unicode Text" with tabs, and as Windows-1252 with semicolons', async () => {
    const original = await fixture('check-ins-microsoft-forms.csv');
    const rows = original.rows.map((r) => r.cells);
    const asTable = (separator: string) =>
      [original.headers, ...rows].map((cells) => cells.map((c) => (/["\n;\t]/.test(c) || c.includes(separator) ? `"${c.replace(/"/g, '""')}"` : c)).join(separator)).join('\r\n');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...asTable('\t')].map((ch) => ch.charCodeAt(0))).buffer)]);
    // As Excel saves "CSV (semicolon delimited)" on Windows: Latin-1 as is, the few Windows-1252
    // extras, and "?" for what the code page lacks (the "ś" of Wiśniewski, in an ignored column).
    const extras: Record<string, number> = { '’': 0x92, '–': 0x96, '—': 0x97, '“': 0x93, '”': 0x94 };
    const cp1252 = new Uint8Array([...asTable(';')].map((ch) => (ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : (extras[ch] ?? 0x3f))));
    const mapping = suggestSurveyMapping(original.headers, demo.catalog);
    const expected = prepareSurveyImport(original, mapping, context(), { excludeRows: [5, 7] }).responses;
    for (const [bytes, name, encoding] of [[utf16, 'unicode.txt', 'utf-16le'], [cp1252, 'excel.csv', 'windows-1252']] as const) {
      const read = await readRoster(bytes, name);
      expect(read.encoding).toBe(encoding);
      expect(read.headers).toEqual(original.headers);
      expect(prepareSurveyImport(read, mapping, context(), { excludeRows: [5, 7] }).responses).toEqual(expected);
    }
  });
});

describe('importing the Google Forms fixture', () => {
  it('reads its timestamps and grid, and names its unknown address and its rating in words', async () => {
    const read = await fixture('check-ins-google-forms.csv');
    const prep = prepareSurveyImport(read, suggestSurveyMapping(read.headers, demo.catalog), context());
    // In these test pairs (roster order) Élodie is with Daniel, not with Grace as in the demo.
    expect(prep.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'If mostly one way: who gives more?'],
      [5, 'How much progress have you made on each of your competencies? [Analytical thinking]'],
      [6, 'Email Address'],
    ]);
    expect(prep.problems[0]!.message).toBe(
      'Row 3, column "If mostly one way: who gives more?": "Grace O\'Connell" is not a member of Pair 08 (Élodie Rousseau and Daniel Cohen). Type one of their names, or clear the cell.',
    );
    expect(prep.problems[1]!.message).toContain('"Very good" is not a rating from 1 to 5.');
    expect(prep.responses.map((r) => [r.rowNumber, r.moment])).toEqual([
      [2, '2026-10-05T18:14:22'],
      [4, '2026-10-11T12:45:37'],
      [7, '2026-10-21T15:33:33'],
    ]);
  });
});

// Property tests on generated exports: any subset of participants answering, at distinct moments.
const HEADERS = ['Timestamp', 'Email Address', 'How is it going?', 'Are your contributions equal?', 'Who gives more?', 'Progress [Stress management]', 'Next step'];
const mapping = suggestSurveyMapping(HEADERS, demo.catalog);
const answerArb = fc.record({
  who: fc.integer({ min: 0, max: demo.participants.length - 1 }),
  minute: fc.integer({ min: 0, max: 60 * 24 * 60 }),
  status: fc.constantFrom('On track', 'Some concerns', 'Stalled'),
  balance: fc.constantFrom('Equal, both ways', 'Mostly one way', 'Not sure', ''),
  givesMore: fc.constantFrom('me', 'My partner', ''),
  rating: fc.constantFrom('', '1', '2', '3 - OK', '4', '5'),
  unknown: fc.boolean(),
});

type Answer = typeof answerArb extends fc.Arbitrary<infer T> ? T : never;

function exportOf(answers: Answer[]): RosterRead {
  return {
    fileName: 'export.csv',
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    headers: HEADERS,
    headerRow: 1,
    problems: [],
    rows: answers.map((a, i) => {
      const p = demo.participants[a.who]!;
      const day = addDays('2026-10-01', Math.floor(a.minute / 1440));
      const time = `${String(Math.floor((a.minute % 1440) / 60)).padStart(2, '0')}:${String(a.minute % 60).padStart(2, '0')}:00`;
      return {
        rowNumber: i + 2,
        cells: [`${day} ${time}`, a.unknown ? `x${i}.${p.email}` : p.email.toUpperCase(), a.status, a.balance, a.givesMore, a.rating, 'Meet again'],
      };
    }),
  };
}

describe('survey imports, for any export', () => {
  it('match each known respondent to their own team, never add an unknown one, and add nothing the second time', () => {
    fc.assert(
      fc.property(fc.uniqueArray(answerArb, { maxLength: 25, selector: (a) => a.minute }), (answers) => {
        const read = exportOf(answers);
        const prep = prepareSurveyImport(read, mapping, context());
        const unknownRows = answers.flatMap((a, i) => (a.unknown ? [i + 2] : []));
        expect(prep.problemRows).toEqual(unknownRows);
        for (const p of prep.problems) expect(p.message).toMatch(new RegExp(`^Row ${p.row}, column "Email Address": nobody in this program has the address`));
        expect(prep.responses.map((r) => r.rowNumber)).toEqual(answers.flatMap((a, i) => (a.unknown ? [] : [i + 2])));
        for (const r of prep.responses) {
          const a = answers[r.rowNumber - 2]!;
          const respondent = demo.participants[a.who]!;
          expect(r.respondentId).toBe(respondent.id);
          expect(r.teamId).toBe(teamOf(respondent.emailKey));
          const rated = a.rating === '' ? {} : { [competency('Stress management')]: Number(a.rating[0]) };
          expect(r.checkIn.progress).toEqual(rated);
          if (r.checkIn.balance !== 'mostly-one-way') expect(r.checkIn.givesMoreId).toBe('');
          if (r.checkIn.givesMoreId !== '') expect(demo.members.some((m) => m.teamId === r.teamId && m.participantId === r.checkIn.givesMoreId)).toBe(true);
        }
        // Skipping the problem rows unblocks the import; a second import of it adds nothing.
        const skipped = prepareSurveyImport(read, mapping, context(), { excludeRows: unknownRows });
        expect(skipped.problems).toEqual([]);
        expect(skipped.blocked).toBe(skipped.responses.length === 0);
        const again = prepareSurveyImport(read, mapping, context(skipped.responses.map((r) => r.key)), { excludeRows: unknownRows });
        expect(again.responses).toEqual([]);
        expect(again.alreadyImported.sort((x, y) => x - y)).toEqual(skipped.responses.map((r) => r.rowNumber));
      }),
      { numRuns: 60 },
    );
  });

  it('name a repeated response (same person, same moment) on its second row', () => {
    const read = exportOf([]);
    const zoe = demo.participants[0]!;
    read.rows = [2, 3].map((rowNumber) => ({ rowNumber, cells: ['2026-10-06 12:00', zoe.email, 'On track', '', '', '', ''] }));
    const prep = prepareSurveyImport(read, mapping, context());
    expect(prep.problems.map((p) => [p.row, p.message])).toEqual([
      [3, 'Row 3, column "Email Address": this row repeats row 2: Zoë Hartmann answered at the same moment. Skip one of the two rows.'],
    ]);
  });
});

describe('check-in fingerprints', () => {
  it('ignore key order and change with any edit', () => {
    const checkIn: CheckIn = {
      id: 'c',
      programId: 'p',
      teamId: 't',
      date: '2026-10-06',
      status: 'on-track',
      balance: 'equal',
      givesMoreId: '',
      progress: { a: 1, b: 2 },
      improvements: '',
      nextStep: 'Meet',
      followUpOn: '',
      coordinatorNote: '',
      source: 'survey',
      respondentEmail: 'z@example.org',
      importBatchId: 'b',
      createdAt: '2026-10-07T10:00:00.000Z',
    };
    const reordered = Object.fromEntries(Object.entries({ ...checkIn, progress: { b: 2, a: 1 } }).reverse()) as unknown as CheckIn;
    expect(checkInFingerprint(reordered)).toBe(checkInFingerprint(checkIn));
    fc.assert(
      fc.property(fc.string(), (note) => {
        fc.pre(note !== '');
        expect(checkInFingerprint({ ...checkIn, coordinatorNote: note })).not.toBe(checkInFingerprint(checkIn));
      }),
    );
  });
});
