/**
 * Check-ins: importing a survey export (decode → parse → suggest the mapping → match each
 * response to a team, read its answers, recognise responses imported before) for 300 and 3,000
 * responses from a program of 600 people in 300 pairs; and the Check-ins screen's rows (each
 * team's state for today) for 300 teams with a full year of check-ins.
 * Run: npm run bench -- check-ins
 */
import { buildTeamRows } from '../src/renderer/src/features/check-ins/team-rows';
import { prepareSurveyImport } from '../src/renderer/src/domain/check-ins/survey-import';
import { suggestSurveyMapping } from '../src/renderer/src/domain/check-ins/survey-mapping';
import { readRoster } from '../src/renderer/src/domain/import/read-roster';
import type { CheckIn } from '../src/renderer/src/domain/model';
import { addDays } from '../src/renderer/src/domain/schedule/iso-dates';
import { catalog, events, generatedParticipants, generatedTeams, program } from '../test/docx-check/fixtures';
import { medianMs, printTable } from './table';

const people = generatedParticipants(600);
const { teams, members } = generatedTeams(people);
const RATED = ['Stress management', 'Analytical thinking', 'Oral communication', 'Written communication', 'Flexibility', 'Decisiveness'];
const STATUS = ['On track', 'On track', 'Some concerns', 'Stalled'];
const BALANCE = ['Equal, both ways', 'Mostly one way', 'Not sure'];

/** A Microsoft Forms export of `n` responses, saved from Excel as CSV UTF-8 (BOM, CRLF). */
function exportBytes(n: number): Uint8Array {
  const q = 'How much progress have you made on each competency you chose?';
  const header = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'How is it going?', 'Are your contributions equal? Is it give and take?', 'If it is mostly one way, who gives more?', ...RATED.map((c) => `${q}.${c}`), 'What could be better?', 'What is your next step?'];
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [header.map(quote).join(',')];
  for (let i = 0; i < n; i++) {
    const p = people[i % people.length]!;
    const day = 1 + (i % 28);
    const minute = String(i % 60).padStart(2, '0');
    const time = `10/${day}/2026 ${8 + (i % 10)}:${minute}:${String(Math.floor(i / people.length) % 60).padStart(2, '0')}`;
    lines.push(
      [String(i + 1), time, time, p.email, p.name, STATUS[i % 4]!, BALANCE[i % 3]!, i % 3 === 1 ? 'My partner' : '', ...RATED.map((_, j) => ((i + j) % 7 === 0 ? '' : String(1 + ((i + j) % 5)))), 'Meeting more regularly, in a quieter room.', 'Agree an agenda before the next meeting.']
        .map(quote)
        .join(','),
    );
  }
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}`);
}

async function importOnce(bytes: Uint8Array, importedKeys: ReadonlySet<string>): Promise<number> {
  const read = await readRoster(bytes, 'responses.csv');
  const mapping = suggestSurveyMapping(read.headers, catalog);
  const prep = prepareSurveyImport(read, mapping, { programId: program.id, teams, members, participants: people, catalog, importedKeys });
  return prep.responses.length;
}

export async function run(): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const n of [300, 3000]) {
    const bytes = exportBytes(n);
    const added = await importOnce(bytes, new Set());
    const ms = await medianMs(() => importOnce(bytes, new Set()), 9);
    // The same export again: every response recognised as imported before.
    const read = await readRoster(bytes, 'responses.csv');
    const first = prepareSurveyImport(read, suggestSurveyMapping(read.headers, catalog), { programId: program.id, teams, members, participants: people, catalog, importedKeys: new Set() });
    const keys = new Set(first.responses.map((r) => r.key));
    const again = await importOnce(bytes, keys);
    const msAgain = await medianMs(() => importOnce(bytes, keys), 9);
    rows.push([`survey import, ${n.toLocaleString('en')} responses`, added, ms, `again: ${again} new, ${msAgain.toFixed(1)} ms`]);
  }

  // A full year: every team checked in once in each of the four pair months.
  const checkIns: CheckIn[] = teams.flatMap((t, i) =>
    ['2026-10-05', '2026-12-07', '2027-02-08', '2027-04-05'].map((d, k) => ({
      id: `c${i}-${k}`,
      programId: program.id,
      teamId: t.id,
      date: addDays(d, i % 20),
      status: 'on-track' as const,
      balance: 'equal' as const,
      givesMoreId: '',
      progress: {},
      improvements: '',
      nextStep: 'Meet again',
      followUpOn: '',
      coordinatorNote: '',
      source: 'typed' as const,
      respondentEmail: '',
      importBatchId: '',
      createdAt: `${d}T10:00:00.000Z`,
    })),
  );
  const state = {
    program,
    catalog,
    participants: people,
    teams,
    members,
    events,
    checkIns,
    cadence: { mode: 'pair-months' as const },
  };
  const rowsMs = await medianMs(() => buildTeamRows(state, '2027-03-15'), 15);
  rows.push([`Check-ins screen rows, ${teams.length} teams × ${checkIns.length / teams.length} check-ins`, teams.length, rowsMs, '']);
  printTable(['what', 'count', 'median ms', 'note'], rows);
}
