/**
 * Attendance at group meetings: who was expected, the rate per meeting and per person, and the
 * run of meetings a person missed. Pure: records and `today` in, figures out.
 *
 * Expected at a meeting = active participants in a team that was in place on the meeting's day
 * (confirmed on or before it, not ended by then). The rate is present ÷ expected; excused people
 * are counted apart and stay in the denominator; guests and people who came without being
 * expected never enter a rate; a person is counted once per meeting however many marks they have.
 */
import type {
  Attendance,
  AttendanceStatus,
  EventKind,
  Participant,
  ProgramEvent,
  Team,
  TeamMember,
} from '../model';
import { sortEvents } from '../schedule/annual-schedule';
import { takesPart } from '../participants/opt-in';

/**
 * Events that have a roll call: the group gatherings. Speed mentoring events check people in at
 * the door on their own screen (the event record holds who came), so they have no roll call here.
 */
export const ROLL_CALL_KINDS: readonly EventKind[] = ['orientation', 'group', 'debrief'];

/** Whether an event has a roll call. */
export function isRollCallEvent(event: Pick<ProgramEvent, 'kind'>): boolean {
  return ROLL_CALL_KINDS.includes(event.kind);
}

/** The records attendance figures are computed from. */
export interface AttendanceRecords {
  events: readonly ProgramEvent[];
  marks: readonly Attendance[];
  teams: readonly Team[];
  members: readonly TeamMember[];
  participants: readonly Pick<Participant, 'id' | 'status'>[];
}

/** Whether a team was in place on `date`: confirmed by then and not yet ended. */
export function teamInPlaceOn(team: Pick<Team, 'status' | 'confirmedOn' | 'endedOn'>, date: string): boolean {
  if (team.status === 'proposed') return false;
  if (team.confirmedOn !== '' && team.confirmedOn > date) return false;
  // An ended team without its end day (data from before version 2) cannot be placed in time.
  if (team.status === 'ended') return team.endedOn !== '' && team.endedOn > date;
  return team.endedOn === '' || team.endedOn > date;
}

/** For each participant, the team they were in on `date` (teams in place on that day only). */
export function teamOfParticipantOn(
  date: string,
  teams: readonly Team[],
  members: readonly TeamMember[],
): Map<string, Team> {
  const inPlace = new Map<string, Team>();
  for (const t of teams) if (teamInPlaceOn(t, date)) inPlace.set(t.id, t);
  const out = new Map<string, Team>();
  for (const m of members) {
    const team = inPlace.get(m.teamId);
    if (team && !out.has(m.participantId)) out.set(m.participantId, team);
  }
  return out;
}

/** Participant ids expected at a meeting on `date`. */
export function expectedParticipants(
  date: string,
  teams: readonly Team[],
  members: readonly TeamMember[],
  participants: readonly Pick<Participant, 'id' | 'status'>[],
): Set<string> {
  const active = new Set(participants.filter((p) => takesPart(p)).map((p) => p.id));
  const out = new Set<string>();
  for (const id of teamOfParticipantOn(date, teams, members).keys()) if (active.has(id)) out.add(id);
  return out;
}

/**
 * One mark per person per meeting: when storage holds two (it should not), the one set last
 * wins. Guests are kept as they are (each is a person of their own).
 */
export function latestMarks(marks: readonly Attendance[]): Attendance[] {
  const byPerson = new Map<string, Attendance>();
  const guests: Attendance[] = [];
  for (const m of marks) {
    if (m.participantId === null) {
      guests.push(m);
      continue;
    }
    const key = `${m.eventId}\u0000${m.participantId}`;
    const seen = byPerson.get(key);
    if (
      !seen ||
      m.updatedAt > seen.updatedAt ||
      (m.updatedAt === seen.updatedAt && m.id > seen.id)
    ) {
      byPerson.set(key, m);
    }
  }
  return [...byPerson.values(), ...guests];
}

/** The counts of one meeting. */
export interface MeetingTally {
  /** People expected (in a team on the day, active). */
  expected: number;
  /** Expected people marked present. */
  present: number;
  absent: number;
  excused: number;
  /** Expected people without a mark. */
  unmarked: number;
  /** Participants marked present who were not expected (not in a team on the day). */
  othersPresent: number;
  /** Walk-in guests marked present. */
  guests: number;
  /** How many marks the roll call holds (people and guests, one each). */
  marked: number;
  /** present ÷ expected, between 0 and 1; null when nobody was expected. */
  rate: number | null;
}

/** Counts of one meeting from its marks (already for that event) and who was expected. */
export function tallyMeeting(eventMarks: readonly Attendance[], expected: ReadonlySet<string>): MeetingTally {
  const marks = latestMarks(eventMarks);
  const statusOf = new Map<string, AttendanceStatus>();
  let guests = 0;
  let othersPresent = 0;
  for (const m of marks) {
    if (m.participantId === null) {
      if (m.status === 'present') guests += 1;
    } else if (expected.has(m.participantId)) {
      statusOf.set(m.participantId, m.status);
    } else if (m.status === 'present') {
      othersPresent += 1;
    }
  }
  let present = 0;
  let absent = 0;
  let excused = 0;
  for (const status of statusOf.values()) {
    if (status === 'present') present += 1;
    else if (status === 'absent') absent += 1;
    else excused += 1;
  }
  return {
    expected: expected.size,
    present,
    absent,
    excused,
    unmarked: expected.size - statusOf.size,
    othersPresent,
    guests,
    marked: marks.length,
    rate: expected.size === 0 ? null : present / expected.size,
  };
}

/** Where a meeting stands on `today`. */
export type MeetingTiming = 'past' | 'today' | 'upcoming';

/** One roll-call meeting with its counts. */
export interface MeetingAttendance {
  event: ProgramEvent;
  timing: MeetingTiming;
  tally: MeetingTally;
  /** A past meeting (or today's) with no mark at all: the roll call is still to be typed in. */
  notRecorded: boolean;
}

function marksByEvent(marks: readonly Attendance[]): Map<string, Attendance[]> {
  const out = new Map<string, Attendance[]>();
  for (const m of marks) {
    const list = out.get(m.eventId);
    if (list) list.push(m);
    else out.set(m.eventId, [m]);
  }
  return out;
}

function timingOf(date: string, today: string): MeetingTiming {
  return date < today ? 'past' : date === today ? 'today' : 'upcoming';
}

/** Every roll-call meeting in date order with its counts. */
export function meetingAttendance(records: AttendanceRecords, today: string): MeetingAttendance[] {
  const byEvent = marksByEvent(records.marks);
  return sortEvents(records.events.filter(isRollCallEvent)).map((event) => {
      const expected = expectedParticipants(event.date, records.teams, records.members, records.participants);
      const tally = tallyMeeting(byEvent.get(event.id) ?? [], expected);
      const timing = timingOf(event.date, today);
      return { event, timing, tally, notRecorded: timing === 'past' && tally.marked === 0 };
    });
}

/** present ÷ expected over every past or today's meeting that has a roll call; null when none. */
export function overallRate(meetings: readonly MeetingAttendance[]): number | null {
  let present = 0;
  let expected = 0;
  for (const m of meetings) {
    if (m.timing === 'upcoming' || m.tally.marked === 0) continue;
    present += m.tally.present;
    expected += m.tally.expected;
  }
  return expected === 0 ? null : present / expected;
}

/** How one person stood at one meeting they were expected at. */
export interface PersonMeeting {
  eventId: string;
  date: string;
  status: AttendanceStatus | 'unmarked';
}

/** A person's attendance over the past meetings that have a roll call and that they were expected at. */
export interface PersonAttendance {
  participantId: string;
  /** Oldest first. */
  history: PersonMeeting[];
  present: number;
  absent: number;
  excused: number;
  unmarked: number;
  /** present ÷ meetings, between 0 and 1; null when there was no such meeting yet. */
  rate: number | null;
}

/**
 * Attendance of every person expected at a past (or today's) meeting whose roll call was taken.
 * Meetings without any mark are not held against anyone: the roll call may simply not be typed in yet.
 */
export function attendanceByPerson(records: AttendanceRecords, today: string): Map<string, PersonAttendance> {
  const out = new Map<string, PersonAttendance>();
  const byEvent = marksByEvent(records.marks);
  const meetings = sortEvents(
    records.events.filter((e) => isRollCallEvent(e) && e.date <= today && (byEvent.get(e.id)?.length ?? 0) > 0),
  );
  for (const event of meetings) {
    const expected = expectedParticipants(event.date, records.teams, records.members, records.participants);
    const statusOf = new Map<string, AttendanceStatus>();
    for (const m of latestMarks(byEvent.get(event.id) ?? [])) {
      if (m.participantId !== null) statusOf.set(m.participantId, m.status);
    }
    for (const id of expected) {
      let person = out.get(id);
      if (!person) {
        person = { participantId: id, history: [], present: 0, absent: 0, excused: 0, unmarked: 0, rate: null };
        out.set(id, person);
      }
      const status = statusOf.get(id) ?? 'unmarked';
      person.history.push({ eventId: event.id, date: event.date, status });
      person[status] += 1;
    }
  }
  for (const person of out.values()) person.rate = person.present / person.history.length;
  return out;
}

/**
 * How many of a person's latest meetings in a row they missed (absent, or not marked at a meeting
 * whose roll call was taken). An excused absence neither counts nor breaks the run, unless
 * `countExcused`; a meeting they attended ends it.
 */
export function consecutiveMisses(
  history: readonly PersonMeeting[],
  options: { countExcused?: boolean } = {},
): number {
  let run = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const status = (history[i] as PersonMeeting).status;
    if (status === 'present') break;
    if (status === 'excused' && !options.countExcused) continue;
    run += 1;
  }
  return run;
}
