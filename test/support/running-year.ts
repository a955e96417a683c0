/**
 * Builders and fast-check arbitraries for the running-the-year tests (attendance, meeting logs,
 * team timelines). Test-only: nothing in the app imports this file.
 */
import fc from 'fast-check';
import type {
  Attendance,
  AttendanceStatus,
  MeetingLog,
  ProgramEvent,
  Team,
  TeamMember,
} from '../../src/renderer/src/domain/model';
import { makePerson } from './pairing';

export { makePerson };

/** A confirmed pair with sensible defaults. */
export function makeTeam(fields: Partial<Team> & { id: string }): Team {
  return {
    programId: 'prog',
    kind: 'pair',
    status: 'confirmed',
    number: 1,
    locked: false,
    facilitated: false,
    score: 0,
    reasons: [],
    competencyIds: [],
    letterSentOn: '',
    confirmedOn: '2026-09-01',
    endedOn: '',
    endedReason: '',
    createdAt: '2026-09-01T09:00:00.000Z',
    updatedAt: '2026-09-01T09:00:00.000Z',
    ...fields,
  };
}

/** Members of `teamId`, one per participant id. */
export function makeMembers(teamId: string, participantIds: readonly string[]): TeamMember[] {
  return participantIds.map((participantId) => ({
    id: `${teamId}-${participantId}`,
    teamId,
    programId: 'prog',
    participantId,
  }));
}

/** A group meeting on `date`. */
export function makeEvent(fields: Partial<ProgramEvent> & { id: string; date: string }): ProgramEvent {
  return {
    programId: 'prog',
    kind: 'group',
    title: `Group meeting ${fields.id}`,
    topic: null,
    startTime: '12:00',
    minutes: 120,
    place: '',
    notes: '',
    ...fields,
  };
}

/** A mark of a participant (or a guest when `participantId` is null). */
export function makeMark(
  eventId: string,
  participantId: string | null,
  status: AttendanceStatus,
  fields: Partial<Attendance> = {},
): Attendance {
  return {
    id: `${eventId}-${participantId ?? fields.guestName ?? 'guest'}`,
    programId: 'prog',
    eventId,
    participantId,
    guestName: participantId === null ? 'A guest' : '',
    status,
    updatedAt: '2026-11-10T12:00:00.000Z',
    ...fields,
  };
}

/** A meeting log of `teamId`. */
export function makeLog(teamId: string, date: string, fields: Partial<MeetingLog> = {}): MeetingLog {
  return {
    id: `${teamId}-${date}-${fields.minutes ?? 60}`,
    programId: 'prog',
    teamId,
    date,
    minutes: 60,
    mode: 'in-person',
    competencyIds: [],
    notes: '',
    loggedBy: 'Coordinator',
    createdAt: `${date}T18:00:00.000Z`,
    ...fields,
  };
}

/** A day between 2026-08-01 and 2027-06-30. */
export const dayArb: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 333 })
  .map((offset) => new Date(Date.UTC(2026, 7, 1 + offset)).toISOString().slice(0, 10));

const statusArb = fc.constantFrom<AttendanceStatus>('present', 'absent', 'excused');

/**
 * A small program year: people (some withdrawn), teams (some confirmed late, some ended, some
 * still proposed), group meetings, and marks that may repeat a person, name nobody known, or be guests.
 */
export const yearArb = fc
  .record({
    people: fc.integer({ min: 0, max: 10 }),
    withdrawn: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    teams: fc.array(
      fc.record({
        size: fc.integer({ min: 2, max: 3 }),
        status: fc.constantFrom<Team['status']>('confirmed', 'confirmed', 'ended', 'proposed'),
        confirmedOn: fc.oneof(dayArb, fc.constant('')),
        endedOn: fc.oneof(dayArb, fc.constant('')),
      }),
      { maxLength: 5 },
    ),
    events: fc.array(dayArb, { maxLength: 6 }),
    marks: fc.array(
      fc.record({
        event: fc.nat(),
        person: fc.integer({ min: -2, max: 12 }),
        status: statusArb,
        updatedAt: fc.integer({ min: 0, max: 5 }),
      }),
      { maxLength: 40 },
    ),
  })
  .map((spec) => {
    const participants = Array.from({ length: spec.people }, (_, i) =>
      makePerson({ id: `p${i}`, status: spec.withdrawn[i] ? 'withdrawn' : 'active' }),
    );
    const teams: Team[] = [];
    const members: TeamMember[] = [];
    let next = 0;
    spec.teams.forEach((t, i) => {
      if (next + t.size > participants.length) return;
      const team = makeTeam({ id: `t${i}`, number: i + 1, status: t.status, confirmedOn: t.confirmedOn, endedOn: t.status === 'ended' ? t.endedOn : '' });
      teams.push(team);
      members.push(...makeMembers(team.id, participants.slice(next, next + t.size).map((p) => p.id)));
      next += t.size;
    });
    const events = spec.events.map((date, i) => makeEvent({ id: `e${i}`, date }));
    const marks: Attendance[] = [];
    if (events.length > 0) {
      spec.marks.forEach((m, i) => {
        const event = events[m.event % events.length] as ProgramEvent;
        const guest = m.person < 0;
        marks.push({
          ...makeMark(event.id, guest ? null : `p${m.person}`, m.status),
          id: `m${i}`,
          guestName: guest ? `Guest ${i}` : '',
          updatedAt: `2026-11-10T12:00:0${m.updatedAt}.000Z`,
        });
      });
    }
    return { participants, teams, members, events, marks };
  });
