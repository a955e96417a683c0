/**
 * What the home screen ("This month") reads: every record of the current program that the
 * to-do list, the timeline and the next meeting are worked out from, read together so they are
 * always consistent, and live (any change anywhere shows at once). Nothing here is stored.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { checkInCadenceKey, readCheckInCadence, type CheckInCadence } from '../domain/check-ins/check-in-schedule';
import type {
  Attendance,
  AttentionAction,
  CheckIn,
  MeetingLog,
  Participant,
  Program,
  ProgramEvent,
  Team,
  TeamMember,
} from '../domain/model';
import { sortEvents } from '../domain/schedule/annual-schedule';
import { db } from './client';

/** The records of one program that the home screen is computed from. */
export interface HomeRecords {
  program: Program;
  participants: Participant[];
  teams: Team[];
  members: TeamMember[];
  /** In calendar order. */
  events: ProgramEvent[];
  attendance: Attendance[];
  meetingLogs: MeetingLog[];
  checkIns: CheckIn[];
  /** Snoozed and resolved flags (for the attention rules). */
  attentionActions: AttentionAction[];
  cadence: CheckInCadence;
}

/** Reads the home screen's records of a program (null when the program is gone). */
export async function loadHomeRecords(programId: string): Promise<HomeRecords | null> {
  return db.transaction(
    'r',
    [db.programs, db.participants, db.teams, db.teamMembers, db.events, db.attendance, db.meetingLogs, db.checkIns, db.attentionActions, db.meta],
    async () => {
      const program = await db.programs.get(programId);
      if (!program) return null;
      const [participants, teams, members, events, attendance, meetingLogs, checkIns, attentionActions, cadence] =
        await Promise.all([
          db.participants.where('programId').equals(programId).toArray(),
          db.teams.where('programId').equals(programId).toArray(),
          db.teamMembers.where('programId').equals(programId).toArray(),
          db.events.where('programId').equals(programId).toArray(),
          db.attendance.where('programId').equals(programId).toArray(),
          db.meetingLogs.where('programId').equals(programId).toArray(),
          db.checkIns.where('programId').equals(programId).toArray(),
          db.attentionActions.where('programId').equals(programId).toArray(),
          db.meta.get(checkInCadenceKey(programId)),
        ]);
      return {
        program,
        participants,
        teams,
        members,
        events: sortEvents(events),
        attendance,
        meetingLogs,
        checkIns,
        attentionActions,
        cadence: readCheckInCadence(cadence?.value),
      };
    },
  );
}

/** Live home records of a program (undefined while loading, null when there is no such program). */
export function useHomeRecords(programId: string | undefined): HomeRecords | null | undefined {
  return useLiveQuery(async () => (programId ? loadHomeRecords(programId) : null), [programId]);
}
