/**
 * The demo program's year in progress: twelve confirmed pairs, the schedule, the roll calls of
 * the group meetings held so far, the pairs' meetings, their check-ins and a few coordinator
 * notes, all dated up to the day before `today` and never after the cycle's end. Pure and
 * deterministic: the same people, catalog, `today` and id sequence give the same records.
 *
 * The story it tells (as of early December): most pairs meet every two or three weeks; one pair
 * (José and Ingrid) is one-sided, said "mostly one way" in two check-ins; one pair (Tomasz and
 * Patrick) stalled: no meeting since early October, a "stalled" check-in, a follow-up date that
 * passed, and Patrick missed the first two group meetings; three letters are not marked as sent.
 */
import type {
  Attendance,
  AttendanceStatus,
  CheckIn,
  CheckInStatus,
  Competency,
  Feedback,
  MeetingLog,
  MeetingMode,
  Participant,
  Program,
  ProgramEvent,
  Rating,
  Team,
  TeamMember,
  TeamNote,
} from '../model';
import { checkInWindows, DEFAULT_CHECK_IN_CADENCE } from '../check-ins/check-in-schedule';
import { createScoringContext, scoreTeam } from '../pairing/scoring';
import { defaultPairingSettings } from '../pairing/pairing-settings';
import { suggestTeamCompetencies } from '../pairing/team-competencies';
import { generateAnnualSchedule, isGroupGathering } from '../schedule/annual-schedule';
import { addDays, weekdayOf } from '../schedule/iso-dates';
import { DEFAULT_MEETING_RULE, type MeetingRule } from '../schedule/meeting-rule';

/** Records of the year so far. */
export interface DemoYear {
  teams: Team[];
  teamMembers: TeamMember[];
  events: ProgramEvent[];
  attendance: Attendance[];
  meetingLogs: MeetingLog[];
  checkIns: CheckIn[];
  teamNotes: TeamNote[];
  /** Self-ratings at the start and end of the year (a year that has ended only; see demo-ended-year.ts). */
  ratings: Rating[];
  /** End-of-program feedback (a year that has ended only). */
  feedback: Feedback[];
  /** The meeting rule and usual place the schedule was laid out with. */
  scheduleDefaults: { rule: MeetingRule; place: string };
}

type Story = 'steady' | 'one-sided' | 'stalled';

interface PairRow {
  a: string;
  b: string;
  story: Story;
  letterSent: boolean;
}

/**
 * The pairs, numbered in this order. Each offers what the other wants; the registered-together
 * and mutually preferred pairs are kept, and nobody is paired with someone they know well or
 * must not be paired with.
 */
const PAIRS: readonly PairRow[] = [
  { a: 'zoe', b: 'ngozi', story: 'steady', letterSent: true },
  { a: 'siobhan', b: 'rahul', story: 'steady', letterSent: true },
  { a: 'ingrid', b: 'jose', story: 'one-sided', letterSent: true },
  { a: 'lukas', b: 'hana', story: 'steady', letterSent: true },
  { a: 'meilin', b: 'chidi', story: 'steady', letterSent: true },
  { a: 'patrick', b: 'tomasz', story: 'stalled', letterSent: true },
  { a: 'bjorn', b: 'amara', story: 'steady', letterSent: true },
  { a: 'kwame', b: 'lan', story: 'steady', letterSent: true },
  { a: 'daniel', b: 'sofia', story: 'steady', letterSent: true },
  { a: 'mohammed', b: 'fatima', story: 'steady', letterSent: false },
  { a: 'grace', b: 'elodie', story: 'steady', letterSent: false },
  { a: 'oliver', b: 'analucia', story: 'steady', letterSent: false },
];

export const DEMO_MEETING_PLACE = 'Riverside Campus, Seminar Room 2';

/** Who was not "present" at each group gathering, by its place among the gatherings (0 = orientation). */
const ROLL_CALL_EXCEPTIONS: readonly (readonly [number, string, AttendanceStatus])[] = [
  [0, 'patrick', 'absent'],
  [0, 'fatima', 'excused'],
  [1, 'patrick', 'absent'],
  [1, 'mohammed', 'excused'],
  [2, 'patrick', 'absent'],
  [2, 'amara', 'excused'],
  [3, 'siobhan', 'excused'],
  [4, 'chidi', 'absent'],
];

/** Walk-ins at a gathering who are not in the program. */
const GUESTS: readonly (readonly [number, string])[] = [
  [0, 'Helen Marsh'],
  [3, 'Rosa Delgado'],
];

const MODES: readonly MeetingMode[] = ['in-person', 'in-person', 'video', 'in-person', 'phone', 'video'];
const LENGTHS: readonly number[] = [60, 45, 60, 75, 90, 60, 30];

const MEETING_NOTES: readonly string[] = [
  'Set goals for the next two months on the competency worksheet.',
  'Went through a recent situation together and agreed one thing to try before next time.',
  '{b} shadowed {a} at a team huddle; talked it over afterwards.',
  "Reviewed {b}'s draft report and agreed a clearer structure for the summary.",
  'Practised the presentation for the department meeting, each giving feedback.',
  'Role-played a difficult conversation, each taking both sides.',
  'Compared notes on the last group meeting and picked one idea to try.',
  '',
  'Talked through how each of us plans a busy week; swapped two habits to try.',
  "Looked at the feedback {a} received and chose two points to work on.",
  'Short catch-up; moved the next meeting because of the rota.',
  '',
];

const ONE_SIDED_NOTES: readonly string[] = [
  '{a} explained how she prepares for the executive meeting; {b} took notes.',
  '{a} walked {b} through a negotiation she led last year.',
  "{a} gave {b} her checklist for persuasive emails.",
  '{a} described how she handles pushback from senior colleagues.',
];

const IMPROVEMENTS: readonly string[] = [
  'Book the next two dates before leaving each meeting.',
  'Bring one real example each time.',
  'Keep a short list of questions between meetings.',
  'Meet somewhere quieter than the canteen.',
  '',
];

const NEXT_STEPS: readonly string[] = [
  'Try the new approach at the next team meeting and report back.',
  'Swap one piece of written work each for feedback.',
  'Observe each other once before the next group meeting.',
  'Update the worksheet goals together.',
];

/** A small deterministic sequence (Park–Miller), so the demo varies without ever changing. */
export function sequence(seed: number): () => number {
  let state = (seed * 48271) % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length) % list.length] as T;

function firstName(p: Participant): string {
  return p.firstName || p.name;
}

function fill(text: string, a: Participant, b: Participant): string {
  return text.replaceAll('{a}', firstName(a)).replaceAll('{b}', firstName(b));
}

/** Christmas and New Year: nobody meets; a date that lands there moves to the first Monday after. */
function avoidHolidays(date: string): string {
  const md = date.slice(5);
  if (md >= '12-22' || md <= '01-03') {
    let d = md >= '12-22' ? `${Number(date.slice(0, 4)) + 1}-01-04` : `${date.slice(0, 4)}-01-04`;
    while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
    return d;
  }
  return date;
}

/** Colleagues meet on working days: a Saturday or Sunday moves to the Monday after. */
export function workingDay(date: string): string {
  const day = weekdayOf(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

const at = (date: string, time = '17:30:00'): string => `${date}T${time}.000Z`;

/** Everything the demo year needs from the demo's people and catalog. */
export interface DemoYearInput {
  program: Program;
  competencies: readonly Competency[];
  /** The demo's people by their short handle in the demo table. */
  personByRef: ReadonlyMap<string, Participant>;
  /** `YYYY-MM-DD`: records are dated before this day. */
  today: string;
  newId: () => string;
}

/** Builds the year so far for the demo program (see the file comment for its story). */
export function buildDemoYear(input: DemoYearInput): DemoYear {
  const { program, competencies, today, newId } = input;
  const programId = program.id;
  const person = (ref: string): Participant => {
    const p = input.personByRef.get(ref);
    if (!p) throw new Error(`Demo pairs refer to an unknown person: ${ref}`);
    return p;
  };
  // Records exist up to yesterday, and never after the cycle.
  const lastDay = addDays(today, -1) < program.cycleEnd ? addDays(today, -1) : program.cycleEnd;
  const happened = (date: string) => date <= lastDay;

  const confirmedOn = addDays(program.cycleStart, -8);
  const context = createScoringContext(competencies, defaultPairingSettings);

  const teams: Team[] = [];
  const teamMembers: TeamMember[] = [];
  PAIRS.forEach((row, i) => {
    const a = person(row.a);
    const b = person(row.b);
    const assessment = scoreTeam([a, b], context);
    const chosen =
      row.story === 'stalled' ? [] : suggestTeamCompetencies([a, b], competencies, program.rules).competencyIds;
    const letterSentOn = row.letterSent ? addDays(confirmedOn, 2 + (i % 3)) : '';
    const id = newId();
    teams.push({
      id,
      programId,
      kind: 'pair',
      status: 'confirmed',
      number: i + 1,
      locked: false,
      facilitated: false,
      score: assessment.score,
      reasons: assessment.reasons,
      competencyIds: chosen,
      letterSentOn,
      confirmedOn,
      endedOn: '',
      endedReason: '',
      createdAt: at(addDays(confirmedOn, -3), '10:00:00'),
      updatedAt: at(letterSentOn || confirmedOn, '11:00:00'),
    });
    for (const p of [a, b]) teamMembers.push({ id: newId(), teamId: id, programId, participantId: p.id });
  });

  const scheduleDefaults = {
    rule: { ...DEFAULT_MEETING_RULE, minutes: program.groupMeetingMinutes || DEFAULT_MEETING_RULE.minutes },
    place: DEMO_MEETING_PLACE,
  };
  const events: ProgramEvent[] = generateAnnualSchedule({
    programId,
    cycleStart: program.cycleStart,
    cycleEnd: program.cycleEnd,
    rule: scheduleDefaults.rule,
    place: DEMO_MEETING_PLACE,
  }).map((draft) => ({ ...draft, id: newId() }));
  const gatherings = events.filter((e) => isGroupGathering(e.kind));

  // Roll calls of the gatherings held so far: everyone in a team, present unless noted.
  const attendance: Attendance[] = [];
  gatherings.forEach((event, index) => {
    if (!happened(event.date)) return;
    for (const row of PAIRS) {
      for (const ref of [row.a, row.b]) {
        const exception = ROLL_CALL_EXCEPTIONS.find(([g, r]) => g === index && r === ref);
        attendance.push({
          id: newId(),
          programId,
          eventId: event.id,
          participantId: person(ref).id,
          guestName: '',
          status: exception ? exception[2] : 'present',
          updatedAt: at(event.date, '16:00:00'),
        });
      }
    }
    for (const [g, name] of GUESTS) {
      if (g !== index) continue;
      attendance.push({
        id: newId(),
        programId,
        eventId: event.id,
        participantId: null,
        guestName: name,
        status: 'present',
        updatedAt: at(event.date, '16:00:00'),
      });
    }
  });

  // Pair meetings: every two to three weeks from the week after orientation.
  const orientation = gatherings[0]?.date ?? program.cycleStart;
  const meetingLogs: MeetingLog[] = [];
  PAIRS.forEach((row, i) => {
    const team = teams[i] as Team;
    const a = person(row.a);
    const b = person(row.b);
    const random = sequence(i + 7);
    let date = workingDay(addDays(orientation, 3 + Math.floor(random() * 7)));
    let n = 0;
    const stopAfter = row.story === 'stalled' ? 2 : Infinity;
    while (happened(date) && n < stopAfter) {
      const chosen = team.competencyIds;
      const worked =
        chosen.length === 0
          ? []
          : [...new Set([chosen[n % chosen.length] as string, ...(random() < 0.4 ? [chosen[(n + 1) % chosen.length] as string] : [])])];
      const notes = row.story === 'one-sided' ? ONE_SIDED_NOTES : MEETING_NOTES;
      const by = random();
      meetingLogs.push({
        id: newId(),
        programId,
        teamId: team.id,
        date,
        minutes: pick(LENGTHS, random()),
        mode: pick(MODES, random()),
        competencyIds: worked,
        notes: fill(pick(notes, random()), a, b),
        loggedBy: by < 0.5 ? 'Coordinator' : by < 0.75 ? a.name : b.name,
        createdAt: at(date),
      });
      n++;
      date = workingDay(avoidHolidays(addDays(date, 12 + Math.floor(random() * 10))));
    }
  });

  // Check-ins: one per team in each "pairs meet by arrangement" month, a few days into it.
  const windows = checkInWindows(events, DEFAULT_CHECK_IN_CADENCE, program);
  const checkIns: CheckIn[] = [];
  const teamNotes: TeamNote[] = [];
  const addCheckIn = (team: Team, given: Partial<CheckIn> & Pick<CheckIn, 'date' | 'status'>) => {
    const fields = { ...given, date: workingDay(given.date) };
    if (!happened(fields.date)) return;
    checkIns.push({
      id: newId(),
      programId,
      teamId: team.id,
      balance: 'equal',
      givesMoreId: '',
      progress: {},
      improvements: '',
      nextStep: '',
      followUpOn: '',
      coordinatorNote: '',
      source: 'typed',
      respondentEmail: '',
      importBatchId: '',
      createdAt: at(fields.date, '14:00:00'),
      ...fields,
    });
  };
  const addNote = (team: Team, day: string, text: string) => {
    const date = workingDay(day);
    if (!happened(date)) return;
    teamNotes.push({ id: newId(), programId, teamId: team.id, date, text, createdAt: at(date, '15:00:00') });
  };

  windows.forEach((window, w) => {
    PAIRS.forEach((row, i) => {
      const team = teams[i] as Team;
      const a = person(row.a);
      const b = person(row.b);
      const random = sequence(100 * (w + 1) + i);
      const progress = Object.fromEntries(
        team.competencyIds.map((id) => [id, Math.min(5, 2 + w + (random() < 0.5 ? 0 : random() < 0.5 ? 1 : -1))]),
      );
      // Early in the window for a few pairs, later for most.
      const date = addDays(window.opensOn, i % 5 === 1 ? 1 + (i % 3) : 6 + Math.floor(random() * 13));
      if (row.story === 'stalled') {
        if (w > 0) return;
        addCheckIn(team, {
          date: addDays(window.opensOn, 19),
          status: 'some-concerns',
          improvements: "Find a regular slot that fits Patrick's new rota.",
          nextStep: 'Tomasz to send three possible dates.',
          followUpOn: addDays(window.opensOn, 47),
          coordinatorNote: 'Both keen at orientation; time is the problem, not the match.',
        });
        addCheckIn(team, {
          date: addDays(window.opensOn, 54),
          status: 'stalled',
          improvements: 'Shorter meetings by video at lunchtime.',
          nextStep: 'Patrick to propose two dates before the end of the month.',
          followUpOn: addDays(window.opensOn, 61),
          coordinatorNote: 'Patrick sounded overwhelmed. Consider a no-fault rematch if nothing happens by mid-December.',
        });
        addNote(team, addDays(window.opensOn, 56), "Phoned Patrick: his rota changes until January. Suggested 30-minute video calls at lunchtime.");
        return;
      }
      if (row.story === 'one-sided' && w === 0) {
        addCheckIn(team, {
          date: addDays(window.opensOn, 13),
          status: 'some-concerns',
          balance: 'mostly-one-way',
          givesMoreId: a.id,
          progress,
          improvements: `${firstName(b)} to bring a topic of his own to each meeting.`,
          nextStep: `${firstName(b)} leads the next meeting.`,
          coordinatorNote: `${firstName(a)} enjoys teaching; ${firstName(b)} is reluctant to ask for time.`,
        });
        addCheckIn(team, {
          date: addDays(window.opensOn, 55),
          status: 'some-concerns',
          balance: 'mostly-one-way',
          givesMoreId: a.id,
          progress,
          improvements: `Still mostly ${firstName(a)} sharing. Try a meeting on what ${firstName(b)} offers: technical expertise.`,
          nextStep: `${firstName(b)} shows ${firstName(a)} how the pharmacy stock analysis works.`,
          followUpOn: addDays(window.opensOn, 75),
          source: 'paper',
        });
        addNote(team, addDays(window.opensOn, 55), `Talked with ${firstName(b)} after the check-in: he finds it hard to ask for time. Sent him the worksheet again.`);
        return;
      }
      const status: CheckInStatus = random() < 0.15 ? 'some-concerns' : 'on-track';
      addCheckIn(team, {
        date,
        status,
        progress,
        improvements: pick(IMPROVEMENTS, random()),
        nextStep: fill(pick(NEXT_STEPS, random()), a, b),
        source: random() < 0.3 ? 'paper' : 'typed',
      });
    });
  });

  return { teams, teamMembers, events, attendance, meetingLogs, checkIns, teamNotes, ratings: [], feedback: [], scheduleDefaults };
}
