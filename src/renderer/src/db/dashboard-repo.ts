/**
 * What the evaluation dashboard reads: every record of the current program its figures are
 * computed from (`domain/evaluation/figures`), read together in one transaction so they are
 * consistent, and read again whenever one of those tables changes (a watched query, as the home:
 * a live query's per-record bookkeeping costs more than the reading on a large program).
 * Nothing here is stored.
 */
import type { EvaluationInput } from '../domain/evaluation/figures';
import type { Program } from '../domain/model';
import { db } from './client';
import { CURRENT_PROGRAM_KEY } from './settings-repo';
import { useWatchedQuery } from './watched-query';

/** The program and the records its figures are computed from. */
export interface DashboardRecords {
  program: Program;
  input: EvaluationInput;
}

const DASHBOARD_TABLES = [
  db.programs,
  db.participants,
  db.competencies,
  db.teams,
  db.teamMembers,
  db.events,
  db.attendance,
  db.meetingLogs,
  db.checkIns,
  db.ratings,
  db.feedback,
  db.meta,
];

/** Reads the dashboard's records of one program (null when the program is gone). */
export async function loadDashboardRecords(programId: string): Promise<DashboardRecords | null> {
  return db.transaction('r', DASHBOARD_TABLES, async () => {
    const program = await db.programs.get(programId);
    if (!program) return null;
    const [
      participants,
      competencies,
      teams,
      members,
      events,
      attendance,
      meetingLogs,
      checkIns,
      ratings,
      feedback,
    ] = await Promise.all([
      db.participants.where('programId').equals(programId).toArray(),
      db.competencies.where('programId').equals(programId).toArray(),
      db.teams.where('programId').equals(programId).toArray(),
      db.teamMembers.where('programId').equals(programId).toArray(),
      db.events.where('programId').equals(programId).toArray(),
      db.attendance.where('programId').equals(programId).toArray(),
      db.meetingLogs.where('programId').equals(programId).toArray(),
      db.checkIns.where('programId').equals(programId).toArray(),
      db.ratings.where('programId').equals(programId).toArray(),
      db.feedback.where('programId').equals(programId).toArray(),
    ]);
    return {
      program,
      input: {
        program,
        participants,
        competencies,
        teams,
        members,
        events,
        attendance,
        meetingLogs,
        checkIns,
        ratings,
        feedback,
      },
    };
  });
}

/** The dashboard records of the current program: undefined while loading, null when none is open. */
export function useCurrentDashboardRecords(): DashboardRecords | null | undefined {
  return useWatchedQuery(
    db,
    DASHBOARD_TABLES,
    async () => {
      const id = (await db.meta.get(CURRENT_PROGRAM_KEY))?.value;
      return typeof id === 'string' ? loadDashboardRecords(id) : null;
    },
    [],
  );
}
