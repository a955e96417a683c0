/**
 * Builders and a fast-check arbitrary for the attention tests (test-only): a program year with
 * confirmed, proposed and ended teams, meeting logs, check-ins and attendance marks scattered over
 * the cycle, so the property tests reach every rule and its corners.
 */
import fc from 'fast-check';
import type {
  Attendance,
  AttendanceStatus,
  CheckIn,
  ContributionBalance,
  MeetingLog,
  Participant,
  ProgramEvent,
  Team,
  TeamMember,
  TeamStatus,
} from '../../src/renderer/src/domain/model';
import type { AttentionInput } from '../../src/renderer/src/domain/attention/attention-flags';
import {
  DEFAULT_ATTENTION_RULES,
  type AttentionRules,
} from '../../src/renderer/src/domain/attention/attention-rules';
import { generateAnnualSchedule } from '../../src/renderer/src/domain/schedule/annual-schedule';
import { addDays } from '../../src/renderer/src/domain/schedule/iso-dates';
import { blankParticipantFields } from './blank-participant';

export const CYCLE = { cycleStart: '2026-09-01', cycleEnd: '2027-05-31' } as const;

/** The default year (orientation, three topic meetings, debrief, pair months) with ids e0, e1… */
export function yearEvents(): ProgramEvent[] {
  return generateAnnualSchedule({
    programId: 'prog',
    cycleStart: CYCLE.cycleStart,
    cycleEnd: CYCLE.cycleEnd,
    rule: { ordinal: 2, weekday: 2, startTime: '12:00', minutes: 120 },
  }).map((e, i) => ({ ...e, id: `e${i}` }));
}

export function person(id: string, fields: Partial<Participant> = {}): Participant {
  return {
    ...blankParticipantFields(),
    id,
    email: `${id}@example.org`,
    emailKey: `${id}@example.org`,
    firstName: id,
    lastName: 'Test',
    name: `${id} Test`,
    ...fields,
  };
}

export function team(id: string, number: number, fields: Partial<Team> = {}): Team {
  return {
    id,
    programId: 'prog',
    kind: 'pair',
    status: 'confirmed',
    number,
    locked: false,
    facilitated: false,
    score: 5,
    reasons: [],
    competencyIds: [],
    letterSentOn: '',
    confirmedOn: '2026-08-20',
    endedOn: '',
    endedReason: '',
    createdAt: '2026-08-20T09:00:00.000Z',
    updatedAt: '2026-08-20T09:00:00.000Z',
    ...fields,
  };
}

export function member(teamId: string, participantId: string): TeamMember {
  return { id: `${teamId}-${participantId}`, teamId, programId: 'prog', participantId };
}

export function log(teamId: string, date: string, id = `${teamId}-log-${date}`): MeetingLog {
  return {
    id,
    programId: 'prog',
    teamId,
    date,
    minutes: 60,
    mode: 'in-person',
    competencyIds: [],
    notes: '',
    loggedBy: 'Coordinator',
    createdAt: `${date}T18:00:00.000Z`,
  };
}

export function checkIn(teamId: string, date: string, fields: Partial<CheckIn> = {}): CheckIn {
  return {
    id: `${teamId}-ci-${date}`,
    programId: 'prog',
    teamId,
    date,
    status: 'on-track',
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
    createdAt: `${date}T10:00:00.000Z`,
    ...fields,
  };
}

export function mark(eventId: string, participantId: string, status: AttendanceStatus): Attendance {
  return {
    id: `${eventId}-${participantId}`,
    programId: 'prog',
    eventId,
    participantId,
    guestName: '',
    status,
    updatedAt: '2026-11-10T12:00:00.000Z',
  };
}

/** An input with nothing in it but what is given. */
export function input(parts: Partial<AttentionInput> = {}): AttentionInput {
  return {
    program: CYCLE,
    teams: [],
    members: [],
    participants: [],
    events: yearEvents(),
    attendance: [],
    meetingLogs: [],
    checkIns: [],
    checkInCadence: { mode: 'pair-months' },
    actions: [],
    ...parts,
  };
}

/** A day from late summer before the cycle to just after its end. */
export const dayArb = fc.integer({ min: 0, max: 320 }).map((n) => addDays('2026-08-15', n));

const statusArb = fc.constantFrom<TeamStatus>('confirmed', 'confirmed', 'confirmed', 'proposed', 'ended');
const balanceArb = fc.constantFrom<ContributionBalance>('equal', 'mostly-one-way', 'mostly-one-way', 'unknown');
const markArb = fc.constantFrom<AttendanceStatus | null>('present', 'absent', 'absent', 'excused', null);

/** A program year: teams of two or three, with logs, check-ins and marks anywhere in the cycle. */
export const yearArb: fc.Arbitrary<AttentionInput> = fc
  .array(
    fc.record({
      status: statusArb,
      confirmedOn: fc.option(dayArb, { nil: '' }),
      size: fc.constantFrom(2, 2, 3),
      withdrawnAt: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null, freq: 6 }),
      logs: fc.array(dayArb, { maxLength: 6 }),
      checkIns: fc.array(
        fc.record({
          date: dayArb,
          balance: balanceArb,
          giver: fc.integer({ min: -1, max: 2 }),
          followUp: fc.option(dayArb, { nil: '' }),
        }),
        { maxLength: 5 },
      ),
      marks: fc.array(fc.array(markArb, { minLength: 3, maxLength: 3 }), { minLength: 5, maxLength: 5 }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((rows) => {
    const events = yearEvents();
    const gatherings = events.filter((e) => e.kind !== 'pairs');
    const parts = {
      teams: [] as Team[],
      members: [] as TeamMember[],
      participants: [] as Participant[],
      meetingLogs: [] as MeetingLog[],
      checkIns: [] as CheckIn[],
      attendance: [] as Attendance[],
    };
    rows.forEach((row, t) => {
      const teamId = `t${t}`;
      parts.teams.push(team(teamId, t + 1, { status: row.status, confirmedOn: row.confirmedOn, kind: row.size === 3 ? 'triad' : 'pair' }));
      const ids = Array.from({ length: row.size }, (_, i) => `${teamId}p${i}`);
      ids.forEach((id, i) => {
        parts.participants.push(person(id, { status: row.withdrawnAt === i ? 'withdrawn' : 'active' }));
        parts.members.push(member(teamId, id));
        gatherings.forEach((e, k) => {
          const status = row.marks[k]?.[i] ?? null;
          if (status) parts.attendance.push(mark(e.id, id, status));
        });
      });
      row.logs.forEach((date, i) => parts.meetingLogs.push(log(teamId, date, `${teamId}-log${i}`)));
      row.checkIns.forEach((c, i) =>
        parts.checkIns.push(
          checkIn(teamId, c.date, {
            id: `${teamId}-ci${i}`,
            createdAt: `${c.date}T10:00:0${i}.000Z`,
            balance: c.balance,
            givesMoreId: c.balance === 'mostly-one-way' && c.giver >= 0 ? (ids[c.giver % ids.length] ?? '') : '',
            followUpOn: c.followUp,
          }),
        ),
      );
    });
    return input({ ...parts, events });
  });

/** Rules with every rule on or off and thresholds anywhere in their limits. */
export const rulesArb: fc.Arbitrary<AttentionRules> = fc.record({
  noMeeting: fc.record({ on: fc.boolean(), weeks: fc.integer({ min: 1, max: 26 }) }),
  oneSided: fc.record({ on: fc.boolean(), checkIns: fc.integer({ min: 1, max: 6 }) }),
  missedGroupMeetings: fc.record({ on: fc.boolean(), meetings: fc.integer({ min: 1, max: 5 }) }),
  checkInOverdue: fc.record({ on: fc.boolean(), days: fc.integer({ min: 1, max: 60 }) }),
  followUpPassed: fc.record({ on: fc.boolean(), days: fc.integer({ min: 0, max: 60 }) }),
  memberWithdrew: fc.record({ on: fc.boolean() }),
});

/** Every rule on, with the default thresholds. */
export const ALL_ON: AttentionRules = DEFAULT_ATTENTION_RULES;
