/**
 * The evaluation dashboard's figures (`evaluationFigures` and every figure's table and CSV), pure,
 * in Node, for a full year after it ended: the demo year copied to 312 and to 600 people, with
 * every person's start and end self-ratings on their team's competencies and their feedback
 * (target < 50 ms at 300 people).
 */
import {
  evaluationFigures,
  figureCsv,
  figureTables,
  type EvaluationInput,
} from '../src/renderer/src/domain/evaluation/figures';
import type { Feedback, FeedbackAnswer, Rating } from '../src/renderer/src/domain/model';
import { cpus, loadavg } from 'node:os';
import { largeProgram } from './home-data';
import { seededRandom } from './seeded-random';
import { medianMs, printTable } from './table';

const ANSWERS: FeedbackAnswer[] = ['yes', 'yes', 'yes', 'not-sure', 'no'];

/** A full year of `copies` × 24 people with ratings and feedback. */
function endedYear(copies: number): EvaluationInput {
  const data = largeProgram('2027-05-30T09:00:00.000Z', copies);
  const random = seededRandom(12);
  const pick = (n: number): number => Math.floor(random() * n);
  const teamOf = new Map(data.teamMembers.map((m) => [m.participantId, m.teamId]));
  const competenciesOf = new Map(data.teams.map((t) => [t.id, t.competencyIds]));
  const ratings: Rating[] = [];
  const feedback: Feedback[] = [];
  for (const p of data.participants) {
    const chosen = competenciesOf.get(teamOf.get(p.id) ?? '') ?? [];
    for (const c of chosen.length > 0 ? chosen : p.wants.slice(0, 3)) {
      const before = 1 + pick(4);
      for (const [phase, value] of [
        ['pre', before],
        ['post', Math.min(5, before + pick(3))],
      ] as const) {
        ratings.push({
          id: `${p.id}-${c}-${phase}`,
          programId: data.program.id,
          participantId: p.id,
          competencyId: c,
          phase,
          value,
          createdAt: phase === 'pre' ? '2026-09-08T12:00:00.000Z' : '2027-05-11T12:00:00.000Z',
        });
      }
    }
    feedback.push({
      id: `fb-${p.id}`,
      programId: data.program.id,
      participantId: p.id,
      satisfaction: 1 + pick(5),
      wouldRecommend: ANSWERS[pick(5)] ?? null,
      helpedMost: '',
      barriers: '',
      pastBarriers: '',
      bothRoles: '',
      wouldJoinAgain: ANSWERS[pick(5)] ?? null,
      quote: '',
      quoteConsent: 'no',
      answeredOn: '2027-05-20',
      createdAt: '2027-05-20T12:00:00.000Z',
      updatedAt: '2027-05-20T12:00:00.000Z',
    });
  }
  return {
    program: data.program,
    participants: data.participants,
    competencies: data.competencies,
    teams: data.teams,
    members: data.teamMembers,
    events: data.events,
    attendance: data.attendance,
    meetingLogs: data.meetingLogs,
    checkIns: data.checkIns,
    ratings,
    feedback,
  };
}

export async function run(): Promise<void> {
  const today = '2027-06-15';
  const rows: (string | number)[][] = [];
  for (const copies of [13, 25]) {
    const input = endedYear(copies);
    // Warm up the compiler first: the first calls run unoptimised code.
    for (let i = 0; i < 10; i++) figureTables(evaluationFigures(input, today)).map(figureCsv);
    const figuresMs = await medianMs(() => evaluationFigures(input, today), 31);
    const allMs = await medianMs(() => figureTables(evaluationFigures(input, today)).map(figureCsv), 31);
    // CPU time per call (user + system), less sensitive than wall time to other work on the machine.
    const cpu = process.cpuUsage();
    for (let i = 0; i < 31; i++) evaluationFigures(input, today);
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000 / 31;
    rows.push([
      input.participants.length,
      input.teams.length,
      input.meetingLogs.length,
      input.attendance.length,
      input.checkIns.length,
      input.ratings.length,
      input.feedback.length,
      figuresMs,
      cpuMs,
      allMs,
    ]);
  }
  console.log(`Machine load (1 min): ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`);
  console.log('Dashboard figures (evaluationFigures; then with every table and CSV), pure, Node — target < 50 ms at 300 people');
  printTable(
    ['people', 'teams', 'meeting logs', 'roll-call marks', 'check-ins', 'ratings', 'feedback', 'figures ms', 'CPU ms', '+ tables & CSV ms'],
    rows,
  );
}
