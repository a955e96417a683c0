/**
 * A finished program year for the program report's checks, previews and bench: `count` people in
 * pairs (a triad when odd), a few withdrawals and ended teams, roll calls at every group meeting,
 * pair meetings, check-ins, start and end self-ratings and feedback with quotes. Deterministic
 * (seeded), so page counts and images hold from run to run.
 */
import { seededRandom } from '../../bench/seeded-random';
import type { Document } from 'docx';
import type { Attendance, CheckIn, ContributionBalance, Feedback, FeedbackAnswer, MeetingLog, PaperSize, QuoteConsent, Rating } from '../../src/renderer/src/domain/model';
import { buildProgramReport } from '../../src/renderer/src/domain/documents/program-report';
import { evaluationFigures, type EvaluationInput } from '../../src/renderer/src/domain/evaluation/figures';
import { figuresAsOf, programReportContent } from '../../src/renderer/src/domain/evaluation/report-content';
import { programReportModel, reportChartDrawings, reportCharts } from '../../src/renderer/src/domain/evaluation/report-charts';
import { reportQuotes } from '../../src/renderer/src/domain/evaluation/report-quotes';
import { makeCheckIn } from '../support/check-ins';
import { rasteriseWithResvg } from '../support/rasterise-resvg';
import { catalog, context, events, generatedParticipants, generatedTeams, program } from './fixtures';

/** The day the report is written: after the cycle (2026-09-01 … 2027-05-31). */
export const REPORT_DAY = '2027-06-14';

const QUOTES: [string, QuoteConsent][] = [
  ['Having someone outside my department to think out loud with changed how I plan my week.', 'anonymous'],
  ['I came to learn about budgeting and ended up teaching my partner how we run ward rounds. Both of us left with more than we expected.', 'named'],
  ['The monthly meetings kept us honest; without the calendar we would have drifted into coffee chats.', 'anonymous'],
  ['Being the mentor one week and the mentee the next felt odd at first, then it felt like the point.', 'anonymous'],
  ['I wish we had started with clearer goals.', 'no'],
  ['My confidence in presenting to the board grew more this year than in the five before.', 'named'],
];

const NEXT_YEAR = [
  'Three things we will do differently in the 2027\u201328 cycle:',
  '- Agree on two or three written goals per pair at orientation, and look at them again in January.',
  '- Move the March group meeting out of the budget-closing weeks, when attendance dropped.',
  '- Check in with every pair after six weeks instead of waiting for the November meeting.',
  '',
  'We would also like to open the program to the two community sites, which asked to join.',
].join('\n');

/** The records of the year, as the figures read them. */
export function finishedYear(count = 40, seed = 2027): EvaluationInput {
  const random = seededRandom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const people = generatedParticipants(count).map((p) => ({ ...p, programId: program.id }));
  const { teams, members } = generatedTeams(people);
  teams.forEach((t) => Object.assign(t, { programId: program.id, status: 'confirmed', confirmedOn: '2026-09-22' }));
  members.forEach((m) => Object.assign(m, { programId: program.id }));
  // Two teams ended in the winter; one member of each withdrew, one more person left in spring.
  for (const [i, day, reason] of [
    [3, '2027-01-20', 'Moved to another hospital'],
    [8, '2027-02-11', 'Workload in the budget season'],
  ] as const) {
    const team = teams[i];
    if (!team) continue;
    Object.assign(team, { status: 'ended', endedOn: day, endedReason: reason });
    const first = members.find((m) => m.teamId === team.id);
    const person = people.find((p) => p.id === first?.participantId);
    if (person) person.status = 'withdrawn';
  }
  const last = people[people.length - 1];
  if (last) last.status = 'withdrawn';
  const active = (id: string): boolean => people.find((p) => p.id === id)?.status === 'active';
  const gatherings = events.filter((e) => e.kind !== 'pairs');
  const attendance: Attendance[] = [];
  for (const [index, e] of gatherings.entries()) {
    for (const m of members) {
      const team = teams.find((t) => t.id === m.teamId);
      if (!team || (team.status === 'ended' && team.endedOn < e.date)) continue;
      const r = random();
      // Attendance drops in March (budget closing), as the coordinator's note for next year says.
      const present = index === 3 ? 0.62 : 0.86;
      attendance.push({
        id: `att-${e.id}-${m.participantId}`,
        programId: program.id,
        eventId: e.id,
        participantId: m.participantId,
        guestName: '',
        status: r < present ? 'present' : r < present + 0.07 ? 'excused' : 'absent',
        updatedAt: `${e.date}T18:00:00.000Z`,
      });
    }
  }
  const meetingLogs: MeetingLog[] = [];
  const checkIns: CheckIn[] = [];
  const months = ['2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05'];
  for (const team of teams) {
    for (const month of months) {
      if (team.status === 'ended' && `${month}-01` > team.endedOn) continue;
      const times = random() < 0.15 ? 0 : random() < 0.6 ? 1 : 2;
      for (let k = 0; k < times; k += 1) {
        const date = `${month}-${String(5 + k * 12 + Math.floor(random() * 8)).padStart(2, '0')}`;
        meetingLogs.push({ id: `log-${team.id}-${date}-${k}`, programId: program.id, teamId: team.id, date, minutes: 45, mode: 'in-person', competencyIds: team.competencyIds.slice(0, 1), notes: '', loggedBy: 'Coordinator', createdAt: `${date}T12:00:00.000Z` });
      }
    }
    for (const date of ['2026-11-20', '2027-02-18', '2027-04-22']) {
      if (team.status === 'ended' && date > team.endedOn) continue;
      const balance: ContributionBalance = pick(['equal', 'equal', 'equal', 'equal', 'mostly-one-way', 'unknown']);
      checkIns.push(
        makeCheckIn({ id: `ci-${team.id}-${date}`, programId: program.id, teamId: team.id, date, status: balance === 'mostly-one-way' ? 'some-concerns' : 'on-track', balance, createdAt: `${date}T12:00:00.000Z` }),
      );
    }
  }
  const ratings: Rating[] = [];
  const feedback: Feedback[] = [];
  let quote = 0;
  for (const m of members) {
    const team = teams.find((t) => t.id === m.teamId);
    if (!team) continue;
    for (const competencyId of team.competencyIds) {
      const before = 1 + Math.floor(random() * 3);
      ratings.push({ id: `r-${m.participantId}-${competencyId}-pre`, programId: program.id, participantId: m.participantId, competencyId, phase: 'pre', value: before, createdAt: '2026-09-15T10:00:00.000Z' });
      if (active(m.participantId) && random() < 0.9) {
        const after = Math.min(5, before + Math.floor(random() * 3));
        ratings.push({ id: `r-${m.participantId}-${competencyId}-post`, programId: program.id, participantId: m.participantId, competencyId, phase: 'post', value: after, createdAt: '2027-05-25T10:00:00.000Z' });
      }
    }
    if (!active(m.participantId) || random() < 0.15) continue;
    const answer = (): FeedbackAnswer => pick(['yes', 'yes', 'yes', 'yes', 'not-sure', 'no']);
    const [text, consent] = random() < 0.3 && quote < QUOTES.length ? (QUOTES[quote++] as [string, QuoteConsent]) : ['', 'no' as QuoteConsent];
    feedback.push({
      id: `fb-${m.participantId}`,
      programId: program.id,
      participantId: m.participantId,
      satisfaction: pick([3, 4, 4, 4, 5, 5, 5, 2]),
      wouldRecommend: answer(),
      helpedMost: '',
      barriers: '',
      pastBarriers: '',
      bothRoles: '',
      wouldJoinAgain: answer(),
      quote: text,
      quoteConsent: consent,
      answeredOn: '2027-05-28',
      createdAt: '2027-05-28T10:00:00.000Z',
      updatedAt: '2027-05-28T10:00:00.000Z',
    });
  }
  return {
    program,
    participants: people,
    competencies: catalog,
    teams,
    members,
    events,
    attendance,
    meetingLogs,
    checkIns,
    ratings,
    feedback,
  };
}

/** The program report of a finished year on `paper`, its charts drawn with resvg; and how many charts it has. */
export function finishedYearReport(paper: PaperSize, count = 40): { document: Document; images: number } {
  const input = finishedYear(count);
  const figures = evaluationFigures(input, REPORT_DAY);
  const content = programReportContent(figures);
  const drawings = reportChartDrawings(content.charts, paper);
  const charts = reportCharts(content.charts, drawings, drawings.map((d) => (d ? rasteriseWithResvg(d) : null)));
  const quotes = reportQuotes(input.feedback as Feedback[], generatedParticipants(count));
  const model = programReportModel(content, charts, quotes, NEXT_YEAR, figuresAsOf(figures));
  return { document: buildProgramReport({ ...context(paper), issuedOn: REPORT_DAY }, model), images: charts.filter((c) => c.image !== null).length };
}
