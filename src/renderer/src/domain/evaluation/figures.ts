/**
 * What the program achieved, as figures for the evaluation dashboard and the program report:
 * participation and retention, attendance per group meeting, meetings per team over the months,
 * balance of contributions, competency growth before → after, wants covered by pairing,
 * satisfaction and the yes / no / not sure answers. Pure: the program's records and `today` in,
 * plain data out. Records of other programs are ignored (each record's `programId` is checked).
 *
 * Privacy: a figure made from answers people gave about themselves (self-ratings, feedback) is
 * never shown when fewer than `MIN_PEOPLE` people are behind it; it is suppressed with the reason
 * instead. Growth counts only people with BOTH a start and an end rating for the competency.
 *
 * Percentages of a whole are whole numbers that add up to exactly 100, by the largest remainder
 * method (`sharesOf100`): each share is rounded down, then the points left go to the largest
 * remainders (ties to the earlier row).
 *
 * Every figure is also a table (`figureTables`) and a CSV (`figureCsv`: UTF-8 with a byte-order
 * mark, CRLF, formula starts guarded as in every export of the app).
 */
import { meetingAttendance, expectedParticipants } from '../attendance/attendance-rates';
import { csvField } from '../import/export-csv';
import type {
  Attendance,
  CheckIn,
  Competency,
  CompetencyCategory,
  ContributionBalance,
  Feedback,
  FeedbackAnswer,
  MeetingLog,
  Participant,
  Program,
  ProgramEvent,
  Rating,
  Team,
  TeamMember,
} from '../model';
import { CATEGORY_LABELS, CATEGORY_ORDER, CONTRIBUTION_BALANCE_LABELS } from '../model';
import { addMonths, MONTH_NAMES } from '../schedule/iso-dates';

/** No figure from self-reports (ratings, feedback) is shown when fewer people are behind it. */
export const MIN_PEOPLE = 3;

/** The records the figures are computed from (records of other programs are ignored). */
export interface EvaluationInput {
  program: Pick<Program, 'id' | 'cycleStart' | 'cycleEnd'>;
  participants: readonly Pick<Participant, 'id' | 'programId' | 'status' | 'wants' | 'offers'>[];
  competencies: readonly Pick<Competency, 'id' | 'programId' | 'name' | 'category' | 'order'>[];
  teams: readonly Team[];
  members: readonly TeamMember[];
  events: readonly ProgramEvent[];
  attendance: readonly Attendance[];
  meetingLogs: readonly Pick<MeetingLog, 'id' | 'programId' | 'teamId' | 'date'>[];
  checkIns: readonly Pick<
    CheckIn,
    'id' | 'programId' | 'teamId' | 'date' | 'balance' | 'createdAt'
  >[];
  ratings: readonly Pick<
    Rating,
    'id' | 'programId' | 'participantId' | 'competencyId' | 'phase' | 'value' | 'createdAt'
  >[];
  feedback: readonly Pick<
    Feedback,
    | 'id'
    | 'programId'
    | 'participantId'
    | 'satisfaction'
    | 'wouldRecommend'
    | 'wouldJoinAgain'
    | 'updatedAt'
  >[];
}

/** Which figure (also the order of the dashboard and of `figureTables`). */
export type FigureKey =
  | 'participation'
  | 'withdrawals'
  | 'attendance'
  | 'meetings'
  | 'balance'
  | 'growth-category'
  | 'growth-competency'
  | 'wants'
  | 'satisfaction'
  | 'recommend'
  | 'join-again';

export const FIGURE_KEYS: readonly FigureKey[] = [
  'participation',
  'withdrawals',
  'attendance',
  'meetings',
  'balance',
  'growth-category',
  'growth-competency',
  'wants',
  'satisfaction',
  'recommend',
  'join-again',
];

/** A count with its share of the whole (shares of one figure add up to 100 when the whole is not 0). */
export interface Share<K extends string = string> {
  key: K;
  label: string;
  count: number;
  /** Whole percent (largest remainder); 0 when the whole is 0. */
  percent: number;
}

// ---------------------------------------------------------------------------------------------
// Percentages

/**
 * Whole-number percentages of `counts` that add up to exactly 100 (largest remainder method:
 * every share rounded down, the points left over go to the largest remainders, ties to the
 * earlier count). All zeros when the counts add up to 0. Negative counts count as 0.
 */
export function sharesOf100(counts: readonly number[]): number[] {
  const safe = counts.map((c) => (Number.isFinite(c) && c > 0 ? c : 0));
  const total = safe.reduce((a, b) => a + b, 0);
  if (total === 0) return safe.map(() => 0);
  const exact = safe.map((c) => (c * 100) / total);
  const out = exact.map((x) => Math.floor(x));
  let left = 100 - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left -= 1;
  }
  return out;
}

function sharesFrom<K extends string>(
  items: readonly { key: K; label: string; count: number }[],
): Share<K>[] {
  const percents = sharesOf100(items.map((i) => i.count));
  return items.map((item, i) => ({ ...item, percent: percents[i] ?? 0 }));
}

/** Whole percent of part ÷ whole, rounded half up; null when the whole is 0. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 100) / whole) : null;
}

function suppressedReason(n: number, what: string): string {
  return n === 0
    ? `No ${what} yet.`
    : `Not shown: only ${n === 1 ? '1 person' : `${n} people`} behind it (at least ${MIN_PEOPLE} are needed, so nobody's answers can be told apart).`;
}

// ---------------------------------------------------------------------------------------------
// The figures

export type OutcomeKey = 'in-team' | 'team-ended' | 'never-paired' | 'withdrew';

/** Who joined and where they stand at the end of the year (or today, while the year runs). */
export interface ParticipationFigure {
  joined: number;
  /** People who were ever in a confirmed team (ended teams included). */
  paired: number;
  /** Active people in a confirmed team at the end (or now). */
  stillActive: number;
  withdrew: number;
  /** stillActive ÷ paired, whole percent; null when nobody was paired. */
  retentionPercent: number | null;
  /** Each person counted once: in a team, team ended and not re-paired, never paired, withdrew (adds up to `joined`). */
  outcomes: Share<OutcomeKey>[];
  /** Why people withdrew: their ended team's reason, or "No reason recorded"; most frequent first. */
  withdrawReasons: { reason: string; count: number }[];
  /** Why there is nothing to show, and what to do; null when there is. */
  empty: string | null;
}

/** One group gathering with a roll call. */
export interface MeetingAttendanceRow {
  eventId: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  expected: number;
  present: number;
  excused: number;
  absent: number;
  unmarked: number;
  guests: number;
  /** present ÷ expected, whole percent; null when nobody was expected. */
  percent: number | null;
}

export interface AttendanceFigure {
  /** Past gatherings (and today's) whose roll call was taken, in date order. */
  meetings: MeetingAttendanceRow[];
  /** Distinct people expected at one or more of them. */
  people: number;
  /** Past gatherings whose roll call was never typed in. */
  notRecorded: number;
  /** Gatherings still to come. */
  upcoming: number;
  empty: string | null;
}

export interface MonthMeetingsRow {
  /** `YYYY-MM`. */
  month: string;
  /** Teams in place at some time in the month. */
  teamsInPlace: number;
  /** Meetings logged in the month. */
  meetings: number;
  /** Teams that logged at least one meeting in the month. */
  teamsMet: number;
  /** meetings ÷ teamsInPlace; null when no team was in place. */
  perTeam: number | null;
}

export interface MeetingsFigure {
  /** Every month of the cycle up to the end (or today). */
  months: MonthMeetingsRow[];
  totalMeetings: number;
  /** Teams confirmed at some time. */
  teams: number;
  /** Members of those teams. */
  people: number;
  /** Logs dated outside the months shown (before the cycle, or after it). */
  outsideMonths: number;
  empty: string | null;
}

export type BalanceKey = ContributionBalance | 'no-check-in';

export interface BalanceFigure {
  /** Each confirmed (or ended) team by the balance its latest check-in gave (adds up to `teams`). */
  shares: Share<BalanceKey>[];
  teams: number;
  /** Members of the teams with a check-in. */
  people: number;
  checkIns: number;
  empty: string | null;
}

export interface GrowthMeans {
  /** Mean start rating (1–5). */
  before: number;
  /** Mean end rating (1–5). */
  after: number;
  /** Mean of each person's end − start. */
  change: number;
}

/** Growth of one competency or category; `means` is null exactly when `suppressed` says why. */
export interface GrowthRow {
  /** Competency id, or the category key. */
  key: string;
  label: string;
  /** The competency's category; null for the "all competencies" row. */
  category: CompetencyCategory | null;
  /** People with both a start and an end rating behind it. */
  people: number;
  means: GrowthMeans | null;
  suppressed: string | null;
}

export interface GrowthFigure {
  byCategory: GrowthRow[];
  /** Competencies someone rated, in catalog order. */
  byCompetency: GrowthRow[];
  /** All competencies together: each person's mean change, averaged. */
  overall: GrowthRow;
  /** People with a start and an end rating for at least one competency. */
  people: number;
  /** People with only a start or only an end rating (not counted). */
  onlyOnePhase: number;
  empty: string | null;
}

export type WantsKey = 'all' | 'some' | 'none';

export interface WantsCategoryRow {
  category: CompetencyCategory;
  label: string;
  wants: number;
  covered: number;
  percent: number | null;
}

export interface WantsFigure {
  /** Paired people who listed wants, by how many of them a partner offers (adds up to `people`). */
  shares: Share<WantsKey>[];
  people: number;
  wants: number;
  covered: number;
  percent: number | null;
  byCategory: WantsCategoryRow[];
  /** Paired people who listed no wants (not counted). */
  withoutWants: number;
  empty: string | null;
}

export interface SatisfactionFigure {
  /** People who answered. */
  people: number;
  /** Answers 1–5 (null when suppressed). */
  shares: Share<'1' | '2' | '3' | '4' | '5'>[] | null;
  mean: number | null;
  suppressed: string | null;
}

export interface AnswerFigure {
  question: string;
  people: number;
  shares: Share<FeedbackAnswer>[] | null;
  suppressed: string | null;
}

export interface EvaluationFigures {
  /** The day the figures stand at: the cycle's last day once it has passed, else today. */
  asOf: string;
  yearEnded: boolean;
  participation: ParticipationFigure;
  attendance: AttendanceFigure;
  meetings: MeetingsFigure;
  balance: BalanceFigure;
  growth: GrowthFigure;
  wants: WantsFigure;
  satisfaction: SatisfactionFigure;
  recommend: AnswerFigure;
  joinAgain: AnswerFigure;
}

// ---------------------------------------------------------------------------------------------

interface Scope {
  people: Map<string, EvaluationInput['participants'][number]>;
  teams: Team[];
  teamById: Map<string, Team>;
  membersOf: Map<string, string[]>;
  teamsOf: Map<string, Team[]>;
}

function scope(input: EvaluationInput): Scope {
  const pid = input.program.id;
  const people = new Map(
    input.participants.filter((p) => p.programId === pid).map((p) => [p.id, p]),
  );
  const teams = input.teams.filter((t) => t.programId === pid);
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const membersOf = new Map<string, string[]>();
  const teamsOf = new Map<string, Team[]>();
  for (const m of input.members) {
    const team = teamById.get(m.teamId);
    if (!team || m.programId !== pid || !people.has(m.participantId)) continue;
    const list = membersOf.get(team.id) ?? [];
    if (list.includes(m.participantId)) continue;
    list.push(m.participantId);
    membersOf.set(team.id, list);
    const mine = teamsOf.get(m.participantId) ?? [];
    mine.push(team);
    teamsOf.set(m.participantId, mine);
  }
  return { people, teams, teamById, membersOf, teamsOf };
}

const placed = (t: Team): boolean => t.status === 'confirmed' || t.status === 'ended';

function participation(s: Scope): ParticipationFigure {
  let paired = 0;
  const counts: Record<OutcomeKey, number> = {
    'in-team': 0,
    'team-ended': 0,
    'never-paired': 0,
    withdrew: 0,
  };
  const reasons = new Map<string, number>();
  for (const p of s.people.values()) {
    const mine = (s.teamsOf.get(p.id) ?? []).filter(placed);
    if (mine.length > 0) paired += 1;
    if (p.status === 'withdrawn') {
      counts.withdrew += 1;
      const ended = mine
        .filter((t) => t.status === 'ended' && t.endedReason.trim() !== '')
        .sort((a, b) =>
          a.endedOn < b.endedOn ? 1 : a.endedOn > b.endedOn ? -1 : a.id < b.id ? -1 : 1,
        )[0];
      const reason = ended ? ended.endedReason.trim() : 'No reason recorded';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    } else if (mine.some((t) => t.status === 'confirmed')) counts['in-team'] += 1;
    else if (mine.length > 0) counts['team-ended'] += 1;
    else counts['never-paired'] += 1;
  }
  const joined = s.people.size;
  return {
    joined,
    paired,
    stillActive: counts['in-team'],
    withdrew: counts.withdrew,
    retentionPercent: percentOf(counts['in-team'], paired),
    outcomes: sharesFrom<OutcomeKey>([
      { key: 'in-team', label: 'Active in a team', count: counts['in-team'] },
      { key: 'team-ended', label: 'Active, team ended', count: counts['team-ended'] },
      { key: 'never-paired', label: 'Active, never paired', count: counts['never-paired'] },
      { key: 'withdrew', label: 'Withdrew', count: counts.withdrew },
    ]),
    withdrawReasons: [...reasons]
      .map(([reason, count]) => ({ reason, count }))
      .sort(
        (a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0),
      ),
    empty:
      joined === 0
        ? 'Nobody is in this program yet: add participants on Import roster or Participants.'
        : null,
  };
}

function attendance(input: EvaluationInput, s: Scope, today: string): AttendanceFigure {
  const pid = input.program.id;
  const events = input.events.filter((e) => e.programId === pid);
  const eventIds = new Set(events.map((e) => e.id));
  const records = {
    events,
    marks: input.attendance.filter((m) => m.programId === pid && eventIds.has(m.eventId)),
    teams: s.teams,
    members: input.members.filter((m) => s.teamById.has(m.teamId) && m.programId === pid),
    participants: [...s.people.values()],
  };
  const all = meetingAttendance(records, today);
  const recorded = all.filter((m) => m.timing !== 'upcoming' && !m.notRecorded);
  const people = new Set<string>();
  for (const m of recorded) {
    for (const id of expectedParticipants(
      m.event.date,
      records.teams,
      records.members,
      records.participants,
    ))
      people.add(id);
  }
  const meetings = recorded.map((m) => ({
    eventId: m.event.id,
    title: m.event.title,
    date: m.event.date,
    expected: m.tally.expected,
    present: m.tally.present,
    excused: m.tally.excused,
    absent: m.tally.absent,
    unmarked: m.tally.unmarked,
    guests: m.tally.guests,
    percent: percentOf(m.tally.present, m.tally.expected),
  }));
  const notRecorded = all.filter((m) => m.notRecorded).length;
  const upcoming = all.filter((m) => m.timing === 'upcoming').length;
  return {
    meetings,
    people: people.size,
    notRecorded,
    upcoming,
    empty:
      meetings.length > 0
        ? null
        : notRecorded > 0
          ? `No roll call has been typed in yet for the ${notRecorded === 1 ? 'group meeting that took place' : `${notRecorded} group meetings that took place`}: mark who came on Attendance.`
          : 'No group meeting has taken place yet: attendance shows after the first one, once its roll call is marked on Attendance.',
  };
}

function ym(day: string): string {
  return day.slice(0, 7);
}

function monthList(from: string, to: string): string[] {
  const out: string[] = [];
  const [fy, fm] = from.split('-').map(Number);
  if (!fy || !fm || to < from) return out;
  for (let i = 0; i < 240; i += 1) {
    const m = addMonths({ year: fy, month: fm }, i);
    const key = `${String(m.year).padStart(4, '0')}-${String(m.month).padStart(2, '0')}`;
    if (key > to) break;
    out.push(key);
  }
  return out;
}

function inPlaceDuring(t: Team, month: string): boolean {
  const first = `${month}-01`;
  const last = `${month}-31`;
  if (!placed(t)) return false;
  if (t.confirmedOn !== '' && t.confirmedOn > last) return false;
  if (t.status === 'ended') return t.endedOn !== '' && t.endedOn >= first;
  return t.endedOn === '' || t.endedOn >= first;
}

function meetings(input: EvaluationInput, s: Scope, asOf: string): MeetingsFigure {
  const pid = input.program.id;
  const months = monthList(
    ym(input.program.cycleStart),
    ym(asOf < input.program.cycleStart ? input.program.cycleStart : asOf),
  );
  const monthSet = new Set(months);
  const logsIn = new Map<string, { count: number; teams: Set<string> }>();
  let outside = 0;
  let total = 0;
  const seen = new Set<string>();
  for (const log of input.meetingLogs) {
    if (log.programId !== pid || !s.teamById.has(log.teamId) || seen.has(log.id)) continue;
    seen.add(log.id);
    total += 1;
    const m = ym(log.date);
    if (!monthSet.has(m)) {
      outside += 1;
      continue;
    }
    const entry = logsIn.get(m) ?? { count: 0, teams: new Set<string>() };
    entry.count += 1;
    entry.teams.add(log.teamId);
    logsIn.set(m, entry);
  }
  const placedTeams = s.teams.filter(placed);
  const people = new Set<string>();
  for (const t of placedTeams) for (const id of s.membersOf.get(t.id) ?? []) people.add(id);
  const rows = months.map((month) => {
    const teamsInPlace = placedTeams.filter((t) => inPlaceDuring(t, month)).length;
    const entry = logsIn.get(month);
    const count = entry?.count ?? 0;
    return {
      month,
      teamsInPlace,
      meetings: count,
      teamsMet: entry?.teams.size ?? 0,
      perTeam: teamsInPlace > 0 ? count / teamsInPlace : null,
    };
  });
  return {
    months: rows,
    totalMeetings: total,
    teams: placedTeams.length,
    people: people.size,
    outsideMonths: outside,
    empty:
      placedTeams.length === 0
        ? 'No team has been confirmed yet: meetings per team show once teams are confirmed on Pairing.'
        : total === 0
          ? 'No meeting between group meetings has been logged yet: log them on Log meetings.'
          : null,
  };
}

function balance(input: EvaluationInput, s: Scope): BalanceFigure {
  const pid = input.program.id;
  const latest = new Map<string, EvaluationInput['checkIns'][number]>();
  let checkIns = 0;
  const seen = new Set<string>();
  for (const c of input.checkIns) {
    const team = s.teamById.get(c.teamId);
    if (c.programId !== pid || !team || !placed(team) || seen.has(c.id)) continue;
    seen.add(c.id);
    checkIns += 1;
    const before = latest.get(c.teamId);
    if (
      !before ||
      c.date > before.date ||
      (c.date === before.date &&
        (c.createdAt > before.createdAt || (c.createdAt === before.createdAt && c.id > before.id)))
    ) {
      latest.set(c.teamId, c);
    }
  }
  const counts: Record<BalanceKey, number> = {
    equal: 0,
    'mostly-one-way': 0,
    unknown: 0,
    'no-check-in': 0,
  };
  const teams = s.teams.filter(placed);
  const people = new Set<string>();
  for (const t of teams) {
    const c = latest.get(t.id);
    if (!c) counts['no-check-in'] += 1;
    else {
      counts[c.balance] += 1;
      for (const id of s.membersOf.get(t.id) ?? []) people.add(id);
    }
  }
  return {
    shares: sharesFrom<BalanceKey>([
      { key: 'equal', label: CONTRIBUTION_BALANCE_LABELS.equal, count: counts.equal },
      {
        key: 'mostly-one-way',
        label: CONTRIBUTION_BALANCE_LABELS['mostly-one-way'],
        count: counts['mostly-one-way'],
      },
      { key: 'unknown', label: CONTRIBUTION_BALANCE_LABELS.unknown, count: counts.unknown },
      { key: 'no-check-in', label: 'No check-in yet', count: counts['no-check-in'] },
    ]),
    teams: teams.length,
    people: people.size,
    checkIns,
    empty:
      teams.length === 0
        ? 'No team has been confirmed yet: the balance shows once teams are confirmed and checked in with.'
        : checkIns === 0
          ? 'No check-in has been recorded yet: record one on Check-ins (typed, paper or survey import).'
          : null,
  };
}

type RatingIn = EvaluationInput['ratings'][number];

function laterRating(a: RatingIn, b: RatingIn): boolean {
  return a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function growthRow(
  key: string,
  label: string,
  category: CompetencyCategory | null,
  pairs: readonly { before: number; after: number }[],
): GrowthRow {
  const people = pairs.length;
  if (people < MIN_PEOPLE) {
    return {
      key,
      label,
      category,
      people,
      means: null,
      suppressed: suppressedReason(people, 'start and end ratings'),
    };
  }
  return {
    key,
    label,
    category,
    people,
    means: {
      before: mean(pairs.map((p) => p.before)),
      after: mean(pairs.map((p) => p.after)),
      change: mean(pairs.map((p) => p.after - p.before)),
    },
    suppressed: null,
  };
}

function growth(input: EvaluationInput, s: Scope): GrowthFigure {
  const pid = input.program.id;
  const catalog = input.competencies
    .filter((c) => c.programId === pid)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const competency = new Map(catalog.map((c) => [c.id, c]));
  // The latest valid rating per person, competency and phase.
  const latest = new Map<string, RatingIn>();
  for (const r of input.ratings) {
    if (r.programId !== pid || !s.people.has(r.participantId) || !competency.has(r.competencyId))
      continue;
    if (!Number.isInteger(r.value) || r.value < 1 || r.value > 5) continue;
    if (r.phase !== 'pre' && r.phase !== 'post') continue;
    const k = `${r.participantId}\u0000${r.competencyId}\u0000${r.phase}`;
    const before = latest.get(k);
    if (!before || laterRating(r, before)) latest.set(k, r);
  }
  // Each person's (before, after) per competency, only where both exist.
  const byCompetency = new Map<string, { person: string; before: number; after: number }[]>();
  const withBoth = new Set<string>();
  const withAny = new Set<string>();
  for (const r of latest.values()) {
    withAny.add(r.participantId);
    if (r.phase !== 'pre') continue;
    const post = latest.get(`${r.participantId}\u0000${r.competencyId}\u0000post`);
    if (!post) continue;
    withBoth.add(r.participantId);
    const list = byCompetency.get(r.competencyId) ?? [];
    list.push({ person: r.participantId, before: r.value, after: post.value });
    byCompetency.set(r.competencyId, list);
  }
  const competencyRows = catalog
    .filter((c) => byCompetency.has(c.id))
    .map((c) => growthRow(c.id, c.name, c.category, byCompetency.get(c.id) ?? []));
  // A person's figure for a group of competencies is the mean of their own before/after in it.
  const personMeans = (ids: (c: EvaluationInput['competencies'][number]) => boolean) => {
    const perPerson = new Map<string, { before: number[]; after: number[] }>();
    for (const c of catalog) {
      if (!ids(c)) continue;
      for (const p of byCompetency.get(c.id) ?? []) {
        const e = perPerson.get(p.person) ?? { before: [], after: [] };
        e.before.push(p.before);
        e.after.push(p.after);
        perPerson.set(p.person, e);
      }
    }
    return [...perPerson.values()].map((e) => ({ before: mean(e.before), after: mean(e.after) }));
  };
  const byCategory = CATEGORY_ORDER.filter((cat) =>
    catalog.some((c) => c.category === cat && byCompetency.has(c.id)),
  ).map((cat) =>
    growthRow(
      cat,
      CATEGORY_LABELS[cat],
      cat,
      personMeans((c) => c.category === cat),
    ),
  );
  const overallPairs = personMeans(() => true);
  const overall = growthRow('all', 'All competencies', null, overallPairs);
  const people = withBoth.size;
  return {
    byCategory,
    byCompetency: competencyRows,
    overall,
    people,
    onlyOnePhase: withAny.size - people,
    empty:
      people >= MIN_PEOPLE
        ? null
        : `Growth needs start and end ratings from at least ${MIN_PEOPLE} people (${people === 0 ? 'there are none yet' : `there ${people === 1 ? 'is 1' : `are ${people}`} so far`}): enter ratings on Evaluation → Self-ratings.`,
  };
}

function wants(input: EvaluationInput, s: Scope): WantsFigure {
  const pid = input.program.id;
  const category = new Map(
    input.competencies.filter((c) => c.programId === pid).map((c) => [c.id, c.category]),
  );
  const counts: Record<WantsKey, number> = { all: 0, some: 0, none: 0 };
  const perCat = new Map<CompetencyCategory, { wants: number; covered: number }>();
  let totalWants = 0;
  let totalCovered = 0;
  let withoutWants = 0;
  let pairedPeople = 0;
  for (const p of s.people.values()) {
    const mine = (s.teamsOf.get(p.id) ?? []).filter(placed);
    if (mine.length === 0) continue;
    pairedPeople += 1;
    // The pairing that counts: the team they are in, else the latest that ended.
    const team =
      mine.find((t) => t.status === 'confirmed') ??
      [...mine].sort((a, b) =>
        a.endedOn < b.endedOn ? 1 : a.endedOn > b.endedOn ? -1 : a.id < b.id ? -1 : 1,
      )[0];
    if (!team) continue;
    const offered = new Set<string>();
    for (const id of s.membersOf.get(team.id) ?? [])
      if (id !== p.id) for (const c of s.people.get(id)?.offers ?? []) offered.add(c);
    const wanted = [...new Set(p.wants)].filter((id) => category.has(id));
    if (wanted.length === 0) {
      withoutWants += 1;
      continue;
    }
    let covered = 0;
    for (const id of wanted) {
      const cat = category.get(id) as CompetencyCategory;
      const e = perCat.get(cat) ?? { wants: 0, covered: 0 };
      e.wants += 1;
      if (offered.has(id)) {
        covered += 1;
        e.covered += 1;
      }
      perCat.set(cat, e);
    }
    totalWants += wanted.length;
    totalCovered += covered;
    counts[covered === wanted.length ? 'all' : covered > 0 ? 'some' : 'none'] += 1;
  }
  const people = counts.all + counts.some + counts.none;
  return {
    shares: sharesFrom<WantsKey>([
      { key: 'all', label: 'All wants covered', count: counts.all },
      { key: 'some', label: 'Some covered', count: counts.some },
      { key: 'none', label: 'None covered', count: counts.none },
    ]),
    people,
    wants: totalWants,
    covered: totalCovered,
    percent: percentOf(totalCovered, totalWants),
    byCategory: CATEGORY_ORDER.filter((c) => perCat.has(c)).map((c) => {
      const e = perCat.get(c) ?? { wants: 0, covered: 0 };
      return {
        category: c,
        label: CATEGORY_LABELS[c],
        wants: e.wants,
        covered: e.covered,
        percent: percentOf(e.covered, e.wants),
      };
    }),
    withoutWants,
    empty:
      pairedPeople === 0
        ? 'No team has been confirmed yet: wants covered shows once teams are confirmed on Pairing.'
        : people === 0
          ? 'None of the paired people listed competencies they want to develop: add them on Participants.'
          : null,
  };
}

type FeedbackIn = EvaluationInput['feedback'][number];

function latestFeedback(input: EvaluationInput, s: Scope): FeedbackIn[] {
  const byPerson = new Map<string, FeedbackIn>();
  for (const f of input.feedback) {
    if (f.programId !== input.program.id || !s.people.has(f.participantId)) continue;
    const before = byPerson.get(f.participantId);
    if (
      !before ||
      f.updatedAt > before.updatedAt ||
      (f.updatedAt === before.updatedAt && f.id > before.id)
    ) {
      byPerson.set(f.participantId, f);
    }
  }
  return [...byPerson.values()];
}

function satisfaction(answers: readonly FeedbackIn[]): SatisfactionFigure {
  const values = answers
    .map((f) => f.satisfaction)
    .filter((v): v is number => v !== null && Number.isInteger(v) && v >= 1 && v <= 5);
  const people = values.length;
  if (people < MIN_PEOPLE) {
    return {
      people,
      shares: null,
      mean: null,
      suppressed: suppressedReason(people, 'satisfaction answers'),
    };
  }
  const keys = ['1', '2', '3', '4', '5'] as const;
  return {
    people,
    shares: sharesFrom(
      keys.map((k) => ({ key: k, label: k, count: values.filter((v) => String(v) === k).length })),
    ),
    mean: mean(values),
    suppressed: null,
  };
}

export const ANSWER_LABELS: Record<FeedbackAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  'not-sure': 'Not sure',
};

function answerFigure(question: string, values: readonly (FeedbackAnswer | null)[]): AnswerFigure {
  const given = values.filter(
    (v): v is FeedbackAnswer => v === 'yes' || v === 'no' || v === 'not-sure',
  );
  const people = given.length;
  if (people < MIN_PEOPLE)
    return { question, people, shares: null, suppressed: suppressedReason(people, 'answers') };
  const keys: FeedbackAnswer[] = ['yes', 'not-sure', 'no'];
  return {
    question,
    people,
    shares: sharesFrom(
      keys.map((k) => ({
        key: k,
        label: ANSWER_LABELS[k],
        count: given.filter((v) => v === k).length,
      })),
    ),
    suppressed: null,
  };
}

/** Every figure of the program on `today` (`YYYY-MM-DD`). */
export function evaluationFigures(input: EvaluationInput, today: string): EvaluationFigures {
  const yearEnded = input.program.cycleEnd !== '' && today > input.program.cycleEnd;
  const asOf = yearEnded ? input.program.cycleEnd : today;
  const s = scope(input);
  const answers = latestFeedback(input, s);
  return {
    asOf,
    yearEnded,
    participation: participation(s),
    attendance: attendance(input, s, today),
    meetings: meetings(input, s, asOf),
    balance: balance(input, s),
    growth: growth(input, s),
    wants: wants(input, s),
    satisfaction: satisfaction(answers),
    recommend: answerFigure(
      'Would recommend the program',
      answers.map((f) => f.wouldRecommend),
    ),
    joinAgain: answerFigure(
      'Would join again',
      answers.map((f) => f.wouldJoinAgain),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Tables and CSV

/** How a column's values read: `day` is `YYYY-MM-DD`, `month` is `YYYY-MM`, `mean` and `change` have decimals. */
export type ColumnKind = 'text' | 'count' | 'percent' | 'mean' | 'change' | 'day' | 'month';

export interface FigureColumn {
  header: string;
  kind: ColumnKind;
}

/** A value in a table: null is "not shown" (suppressed) or "not applicable" (the row's note says which). */
export type FigureValue = string | number | null;

export interface FigureTable {
  key: FigureKey;
  /** A short name for a file or a heading ("Attendance per group meeting"). */
  name: string;
  /** What the table shows, in words. */
  title: string;
  /** How many people are behind it, in words ("24 people"). */
  behind: string;
  columns: FigureColumn[];
  rows: FigureValue[][];
  /** Why the table is empty or some values are not shown; empty when nothing to say. */
  notes: string[];
}

const people = (n: number): string => (n === 1 ? '1 person' : `${n} people`);
const teamsWord = (n: number): string => (n === 1 ? '1 team' : `${n} teams`);

/** "Sep 2026" for `2026-09`. */
export function formatMonthShort(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const name = MONTH_NAMES[(m ?? 0) - 1];
  return name && y ? `${name.slice(0, 3)} ${y}` : month;
}

/**
 * A value as text for people: counts as they are, percentages with "%", means with one decimal,
 * changes signed ("+0.8", "−0.3"), days through `formatDay`, months as "Sep 2026", null as "—".
 */
export function cellText(
  value: FigureValue,
  kind: ColumnKind,
  formatDay: (iso: string) => string = (d) => d,
): string {
  if (value === null) return '—';
  if (typeof value === 'string') {
    if (kind === 'day') return formatDay(value);
    if (kind === 'month') return formatMonthShort(value);
    return value;
  }
  switch (kind) {
    case 'percent':
      return `${value}%`;
    case 'mean':
      return value.toFixed(1);
    case 'change': {
      const t = Math.abs(value).toFixed(1);
      return t === '0.0' ? '0.0' : value > 0 ? `+${t}` : `−${t}`;
    }
    default:
      return String(value);
  }
}

function growthTable(
  key: FigureKey,
  title: string,
  rows: readonly GrowthRow[],
  withCategory: boolean,
  empty: string | null,
  behind: number,
): Omit<FigureTable, 'name'> {
  const columns: FigureColumn[] = [
    { header: withCategory ? 'Competency' : 'Category', kind: 'text' },
    ...(withCategory ? [{ header: 'Category', kind: 'text' as const }] : []),
    { header: 'People with both ratings', kind: 'count' },
    { header: 'Mean at start', kind: 'mean' },
    { header: 'Mean at end', kind: 'mean' },
    { header: 'Mean change', kind: 'change' },
    { header: 'Note', kind: 'text' },
  ];
  return {
    key,
    title,
    behind: `${people(behind)} with start and end ratings`,
    columns,
    rows: rows.map((r) => [
      r.label,
      ...(withCategory ? [r.category === null ? '' : CATEGORY_LABELS[r.category]] : []),
      r.people,
      r.means?.before ?? null,
      r.means?.after ?? null,
      r.means?.change ?? null,
      r.suppressed === null ? '' : `Not shown: fewer than ${MIN_PEOPLE} people`,
    ]),
    notes: [
      ...(empty ? [empty] : []),
      ...(rows.some((r) => r.suppressed !== null)
        ? [
            `Rows from fewer than ${MIN_PEOPLE} people are not shown, so nobody's own ratings can be told apart.`,
          ]
        : []),
      'Only people with both a start and an end rating for a competency count.',
    ],
  };
}

function shareTable<K extends string>(
  key: FigureKey,
  title: string,
  first: string,
  unit: string,
  shares: readonly Share<K>[] | null,
  behind: string,
  notes: string[],
): Omit<FigureTable, 'name'> {
  return {
    key,
    title,
    behind,
    columns: [
      { header: first, kind: 'text' },
      { header: unit, kind: 'count' },
      { header: 'Share (%)', kind: 'percent' },
    ],
    rows: (shares ?? []).map((s) => [s.label, s.count, s.percent]),
    notes,
  };
}

/** Each figure's short name, for file names and headings. */
export const FIGURE_NAMES: Record<FigureKey, string> = {
  participation: 'Participation and retention',
  withdrawals: 'Why people withdrew',
  attendance: 'Attendance per group meeting',
  meetings: 'Meetings per team by month',
  balance: 'Balance of contributions',
  'growth-category': 'Growth by category',
  'growth-competency': 'Growth by competency',
  wants: 'Wants covered by pairing',
  satisfaction: 'Satisfaction',
  recommend: 'Would recommend',
  'join-again': 'Would join again',
};

/** One figure as a table. */
export function figureTable(f: EvaluationFigures, key: FigureKey): FigureTable {
  return { ...tableOf(f, key), name: FIGURE_NAMES[key] };
}

function tableOf(f: EvaluationFigures, key: FigureKey): Omit<FigureTable, 'name'> {
  const when = f.yearEnded ? 'at the end of the year' : 'today';
  switch (key) {
    case 'participation': {
      const p = f.participation;
      return shareTable(
        key,
        `Where the ${people(p.joined)} who joined stand ${when}`,
        'Where they stand',
        'People',
        p.joined > 0 ? p.outcomes : [],
        people(p.joined),
        [
          ...(p.empty ? [p.empty] : []),
          ...(p.joined > 0
            ? [
                `${people(p.paired)} ${p.paired === 1 ? 'was' : 'were'} paired; ${p.stillActive} ${p.stillActive === 1 ? 'is' : 'are'} still active in a team${p.retentionPercent === null ? '' : ` (${p.retentionPercent}% of those paired)`}.`,
              ]
            : []),
        ],
      );
    }
    case 'withdrawals': {
      const p = f.participation;
      return {
        key,
        title: 'Why people withdrew, as recorded when their team ended',
        behind: people(p.withdrew),
        columns: [
          { header: 'Reason', kind: 'text' },
          { header: 'People', kind: 'count' },
        ],
        rows: p.withdrawReasons.map((r) => [r.reason, r.count]),
        notes:
          p.withdrew === 0
            ? ['Nobody has withdrawn.']
            : [
                '“No reason recorded”: the person withdrew without their team being ended with a reason.',
              ],
      };
    }
    case 'attendance': {
      const a = f.attendance;
      return {
        key,
        title: 'Attendance at each group meeting: people present out of those expected',
        behind: people(a.people),
        columns: [
          { header: 'Meeting', kind: 'text' },
          { header: 'Date', kind: 'day' },
          { header: 'Expected', kind: 'count' },
          { header: 'Present', kind: 'count' },
          { header: 'Excused', kind: 'count' },
          { header: 'Absent', kind: 'count' },
          { header: 'Not marked', kind: 'count' },
          { header: 'Guests', kind: 'count' },
          { header: 'Present (%)', kind: 'percent' },
        ],
        rows: a.meetings.map((m) => [
          m.title,
          m.date,
          m.expected,
          m.present,
          m.excused,
          m.absent,
          m.unmarked,
          m.guests,
          m.percent,
        ]),
        notes: [
          ...(a.empty ? [a.empty] : []),
          'Expected: active people in a team on the day of the meeting. Guests are not in the percentage.',
          ...(a.meetings.length > 0 && a.notRecorded > 0
            ? [
                `${a.notRecorded === 1 ? '1 past meeting has' : `${a.notRecorded} past meetings have`} no roll call yet and ${a.notRecorded === 1 ? 'is' : 'are'} not shown.`,
              ]
            : []),
        ],
      };
    }
    case 'meetings': {
      const m = f.meetings;
      return {
        key,
        title: 'Meetings teams logged each month, and meetings per team in place',
        behind: `${teamsWord(m.teams)} (${people(m.people)})`,
        columns: [
          { header: 'Month', kind: 'month' },
          { header: 'Teams in place', kind: 'count' },
          { header: 'Meetings logged', kind: 'count' },
          { header: 'Teams that met', kind: 'count' },
          { header: 'Meetings per team', kind: 'mean' },
        ],
        rows: m.months.map((r) => [r.month, r.teamsInPlace, r.meetings, r.teamsMet, r.perTeam]),
        notes: [
          ...(m.empty ? [m.empty] : []),
          ...(m.outsideMonths > 0
            ? [
                `${m.outsideMonths === 1 ? '1 meeting is' : `${m.outsideMonths} meetings are`} dated outside these months and not shown.`,
              ]
            : []),
        ],
      };
    }
    case 'balance': {
      const b = f.balance;
      return shareTable(
        key,
        'Balance of contributions: each team by what its latest check-in said',
        'Latest check-in said',
        'Teams',
        b.teams > 0 ? b.shares : [],
        `${teamsWord(b.teams)}; ${people(b.people)} in teams with a check-in`,
        [...(b.empty ? [b.empty] : [])],
      );
    }
    case 'growth-category':
      return growthTable(
        key,
        'Change in self-ratings from start to end, by category (1–5 scale)',
        f.growth.byCategory.length > 0 ? [...f.growth.byCategory, f.growth.overall] : [],
        false,
        f.growth.empty,
        f.growth.people,
      );
    case 'growth-competency':
      return growthTable(
        key,
        'Change in self-ratings from start to end, by competency (1–5 scale)',
        f.growth.byCompetency,
        true,
        f.growth.empty,
        f.growth.people,
      );
    case 'wants': {
      const w = f.wants;
      return {
        key,
        title:
          'Wants covered by pairing: competencies people want to develop that a partner offers',
        behind: people(w.people),
        columns: [
          { header: 'Category', kind: 'text' },
          { header: 'Wants', kind: 'count' },
          { header: 'Covered by a partner', kind: 'count' },
          { header: 'Covered (%)', kind: 'percent' },
        ],
        rows: [
          ...w.byCategory.map((r) => [r.label, r.wants, r.covered, r.percent]),
          ...(w.wants > 0 ? [['All categories', w.wants, w.covered, w.percent]] : []),
        ],
        notes: [
          ...(w.empty ? [w.empty] : []),
          ...(w.people > 0
            ? [
                `People: ${w.shares.map((s) => `${s.label.toLowerCase()} ${s.count} (${s.percent}%)`).join(', ')}.`,
              ]
            : []),
        ],
      };
    }
    case 'satisfaction': {
      const s = f.satisfaction;
      return shareTable(
        key,
        'Satisfaction with the program (1 = not at all, 5 = very)',
        'Answer',
        'People',
        s.shares,
        people(s.people),
        [
          ...(s.suppressed ? [`${s.suppressed} Enter feedback on Evaluation → Feedback.`] : []),
          ...(s.mean !== null ? [`Mean: ${s.mean.toFixed(1)} of 5.`] : []),
        ],
      );
    }
    case 'recommend':
    case 'join-again': {
      const a = key === 'recommend' ? f.recommend : f.joinAgain;
      return shareTable(
        key,
        `${a.question}: answers`,
        'Answer',
        'People',
        a.shares,
        people(a.people),
        [...(a.suppressed ? [`${a.suppressed} Enter feedback on Evaluation → Feedback.`] : [])],
      );
    }
  }
}

/** Every figure as a table, in dashboard order. */
export function figureTables(f: EvaluationFigures): FigureTable[] {
  return FIGURE_KEYS.map((k) => figureTable(f, k));
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function csvValue(value: FigureValue, kind: ColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'string') return csvField(value);
  const text = kind === 'mean' || kind === 'change' ? value.toFixed(2) : String(value);
  // A plain number stays a number in a spreadsheet (a leading minus is not a formula).
  return PLAIN_NUMBER.test(text) ? text : csvField(text);
}

/**
 * A table as CSV for Excel: UTF-8 byte-order mark, CRLF, the headers then the rows. Numbers are
 * plain numbers (means and changes with 2 decimals, percentages without "%"), days `YYYY-MM-DD`,
 * months `YYYY-MM`, values not shown are empty; text cells get the formula guard.
 */
export function figureCsv(table: FigureTable): string {
  const lines = [
    table.columns.map((c) => csvField(c.header)).join(','),
    ...table.rows.map((row) =>
      table.columns.map((c, i) => csvValue(row[i] ?? null, c.kind)).join(','),
    ),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
