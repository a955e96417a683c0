import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { databaseContents } from '../../../../../test/support/record-arbitraries';
import { makeEvent, makeMembers, makePerson, makeTeam } from '../../../../../test/support/running-year';
import type { Competency, Feedback, Rating } from '../model';
import { programTableCsv, programTables, type ProgramTablesInput } from './program-tables';

/** The whole database, as the arbitrary makes it. */
type Tables = typeof databaseContents extends fc.Arbitrary<infer T> ? T : never;

function inputOf(tables: Tables): ProgramTablesInput {
  return {
    participants: tables.participants,
    teams: tables.teams,
    members: tables.teamMembers,
    events: tables.events,
    attendance: tables.attendance,
    meetings: tables.meetingLogs,
    checkIns: tables.checkIns,
    ratings: tables.ratings,
    feedback: tables.feedback,
    catalog: tables.competencies,
  };
}

/** Reads a CSV the way a spreadsheet would, then takes the formula guard's apostrophe off again. */
function readBack(csv: string): string[][] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  const rows = parsed.data;
  // The file ends with a line break: papaparse reads one empty line after it.
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

const unguard = (cell: string): string => cell.replace(/^'(?='*[=+\-@\t\r])/, '');

const competency = (id: string, name: string, order: number): Competency => ({
  id,
  programId: 'prog',
  name,
  description: '',
  category: 'self',
  cluster: '',
  order,
  retired: false,
  builtinKey: null,
});

describe('program tables as CSV', () => {
  it('gives back every value through papaparse, with the headers first and one row per record', () => {
    fc.assert(
      fc.property(databaseContents, (db) => {
        const tables = programTables(inputOf(db));
        const counts = [
          db.participants.length,
          db.teams.length,
          db.events.length,
          db.meetingLogs.length,
          db.attendance.length,
          db.checkIns.length,
          db.ratings.length,
          db.feedback.length,
        ];
        expect(tables.map((t) => t.rows.length)).toEqual(counts);
        for (const table of tables) {
          const rows = readBack(programTableCsv(table));
          expect(rows[0]).toEqual(table.headers);
          expect(rows.slice(1).map((r) => r.map(unguard))).toEqual(table.rows);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never lets a cell start with a formula character unguarded', () => {
    const risky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'=", "''+");
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(risky, fc.string({ maxLength: 8 })).map(([a, b]) => a + b), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (cells) => {
          const headers = (cells[0] ?? []).map((_, i) => `Column ${i + 1}`);
          const rows = cells.map((r) => headers.map((_, i) => r[i] ?? ''));
          const read = readBack(programTableCsv({ headers, rows }));
          for (const cell of read.slice(1).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          expect(read.slice(1).map((r) => r.map(unguard))).toEqual(rows);
        },
      ),
    );
  });

  it('names people, teams and competencies, writes days as ISO dates and the answers in words', () => {
    const ann = makePerson({ id: 'p-ann', name: 'Ann Lee', email: 'ann@example.org', department: 'Finance' });
    const bo = makePerson({ id: 'p-bo', name: 'Bo Chen', email: 'bo@example.org', department: 'Nursing' });
    const team = makeTeam({ id: 't-1', number: 7, competencyIds: ['c-flex', 'c-oral'] });
    const rating = (participantId: string, competencyId: string, phase: Rating['phase'], value: number): Rating => ({
      id: `${participantId}-${competencyId}-${phase}`,
      programId: 'prog',
      participantId,
      competencyId,
      phase,
      value,
      createdAt: '2026-09-08T10:00:00.000Z',
    });
    const feedback: Feedback = {
      id: 'f-1',
      programId: 'prog',
      participantId: 'p-bo',
      satisfaction: 5,
      wouldRecommend: 'not-sure',
      helpedMost: 'Regular meetings',
      barriers: '',
      pastBarriers: '',
      bothRoles: '',
      wouldJoinAgain: 'yes',
      quote: '=HYPERLINK("x")',
      quoteConsent: 'anonymous',
      answeredOn: '2027-05-20',
      createdAt: '',
      updatedAt: '',
    };
    const tables = programTables({
      participants: [bo, ann],
      teams: [team],
      members: makeMembers('t-1', ['p-ann', 'p-bo']),
      events: [makeEvent({ id: 'e-1', date: '2026-11-10', title: 'Self-management skills' })],
      attendance: [
        { id: 'a-1', programId: 'prog', eventId: 'e-1', participantId: 'p-ann', guestName: '', status: 'present', updatedAt: '' },
        { id: 'a-2', programId: 'prog', eventId: 'e-1', participantId: null, guestName: 'Cy Guest', status: 'present', updatedAt: '' },
      ],
      meetings: [],
      checkIns: [],
      ratings: [rating('p-ann', 'c-oral', 'post', 4), rating('p-ann', 'c-oral', 'pre', 2), rating('p-ann', 'c-flex', 'pre', 3)],
      feedback: [feedback],
      catalog: [competency('c-flex', 'Flexibility', 1), competency('c-oral', 'Oral communication', 2)],
    });
    const byName = new Map(tables.map((t) => [t.name, t]));
    expect(byName.get('Participants')?.rows.map((r) => [r[0], r[7]])).toEqual([
      ['Ann Lee', 'Pair 07'],
      ['Bo Chen', 'Pair 07'],
    ]);
    expect(byName.get('Teams')?.rows[0]?.slice(0, 5)).toEqual(['Pair 07', 'Confirmed', 'Ann Lee; Bo Chen', 'Flexibility; Oral communication', '2026-09-01']);
    expect(byName.get('Attendance')?.rows).toEqual([
      ['2026-11-10', 'Self-management skills', 'Ann Lee', 'Participant', 'Present'],
      ['2026-11-10', 'Self-management skills', 'Cy Guest', 'Guest', 'Present'],
    ]);
    expect(byName.get('Self-ratings')?.rows.map((r) => [r[2], r[4], r[5]])).toEqual([
      ['Flexibility', 'Start of the program', '3'],
      ['Oral communication', 'Start of the program', '2'],
      ['Oral communication', 'End of the program', '4'],
    ]);
    const row = byName.get('Feedback')?.rows[0];
    expect(row?.slice(0, 6)).toEqual(['Bo Chen', 'bo@example.org', 'Nursing', '2027-05-20', '5', 'Not sure']);
    expect(row?.slice(-2)).toEqual(['=HYPERLINK("x")', 'Yes, without my name']);
    const csv = programTableCsv(byName.get('Feedback')!);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.endsWith('\r\n')).toBe(true);
    // No record id reaches a file.
    for (const table of tables) for (const cell of table.rows.flat()) expect(cell).not.toMatch(/\b(p-ann|p-bo|t-1|c-flex|c-oral|e-1)\b/);
  });

  it('says so, rather than print an id, when a record points at someone no longer in the program', () => {
    const [, , , meetings] = programTables({
      participants: [],
      teams: [],
      members: [],
      events: [],
      attendance: [],
      meetings: [{ id: 'm', programId: 'prog', teamId: 'gone', date: '2027-01-12', minutes: 45, mode: 'video', competencyIds: ['gone-c'], notes: '', loggedBy: '', createdAt: '' }],
      checkIns: [],
      ratings: [],
      feedback: [],
      catalog: [],
    });
    expect(meetings?.rows[0]).toEqual(['2027-01-12', '(removed team)', '', '45', 'Video call', '(removed from the catalog)', '', '']);
  });

});
