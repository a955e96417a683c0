/**
 * What the home screen ("This month") reads: just what the to-do list, the timeline, the next
 * meeting and the figures are worked out from, read together in one transaction so they are
 * consistent, and live (a change anywhere shows at once). Nothing here is stored.
 *
 * Lean on purpose, so the home opens fast on a large program: people as ids and status only
 * (index keys, no records), one attendance mark per event that has any, and only this month's
 * meeting logs.
 */
import { checkInCadenceKey, readCheckInCadence, type CheckInCadence } from '../domain/check-ins/check-in-schedule';
import type { CheckIn, MeetingLog, Participant, ParticipantStatus, Program, ProgramEvent, Team, TeamMember } from '../domain/model';
import { PARTICIPANT_STATUSES } from '../domain/model';
import { sortEvents } from '../domain/schedule/annual-schedule';
import { db } from './client';
import { CURRENT_PROGRAM_KEY } from './settings-repo';
import { useWatchedQuery } from './watched-query';

/** The records of one program that the home screen is computed from. */
export interface HomeRecords {
  program: Program;
  participants: Pick<Participant, 'id' | 'status'>[];
  teams: Team[];
  members: TeamMember[];
  /** In calendar order. */
  events: ProgramEvent[];
  /** One entry per event that has at least one attendance mark. */
  attendance: { eventId: string }[];
  /** The meetings logged from the first of `today`'s month to `today`. */
  meetingLogs: MeetingLog[];
  checkIns: CheckIn[];
  cadence: CheckInCadence;
}

const STATUSES: readonly ParticipantStatus[] = PARTICIPANT_STATUSES;

/** Reads the home screen's records of a program on `today` (null when the program is gone). */
const HOME_TABLES = [db.programs, db.participants, db.teams, db.teamMembers, db.events, db.attendance, db.meetingLogs, db.checkIns, db.meta];

export async function loadHomeRecords(programId: string, today: string): Promise<HomeRecords | null> {
  return db.transaction('r', HOME_TABLES, async () => {
    const program = await db.programs.get(programId);
    if (!program) return null;
    const [people, teams, members, events, meetingLogs, checkIns, cadence, markedEvents] = await Promise.all([
      Promise.all(
        STATUSES.map(async (status) =>
          (await db.participants.where('[programId+status]').equals([programId, status]).primaryKeys()).map((id) => ({
            id: String(id),
            status,
          })),
        ),
      ),
      db.teams.where('programId').equals(programId).toArray(),
      db.teamMembers.where('programId').equals(programId).toArray(),
      db.events.where('programId').equals(programId).toArray(),
      db.meetingLogs
        .where('date')
        .between(`${today.slice(0, 7)}-01`, today, true, true)
        .filter((log) => log.programId === programId)
        .toArray(),
      db.checkIns.where('programId').equals(programId).toArray(),
      db.meta.get(checkInCadenceKey(programId)),
      // Whether a roll call was taken is all the home needs: the index's distinct event ids, never the marks.
      db.attendance.orderBy('eventId').uniqueKeys(),
    ]);
    const marked = new Set(markedEvents.map(String));
    return {
      program,
      participants: people.flat(),
      teams,
      members,
      events: sortEvents(events),
      attendance: events.filter((e) => marked.has(e.id)).map((e) => ({ eventId: e.id })),
      meetingLogs,
      checkIns,
      cadence: readCheckInCadence(cadence?.value),
    };
  });
}

/**
 * Live home records of the current program: undefined while loading, null when no program is
 * open. The current program is read in the same query, so the home needs one round trip. Read
 * again whenever one of the home's tables changes (see watched-query: a live query's per-record
 * bookkeeping would cost more than the reading on a large program).
 */
export function useCurrentHomeRecords(today: string): HomeRecords | null | undefined {
  return useWatchedQuery(
    db,
    HOME_TABLES,
    async () => {
      const id = (await db.meta.get(CURRENT_PROGRAM_KEY))?.value;
      return typeof id === 'string' ? loadHomeRecords(id, today) : null;
    },
    [today],
  );
}
