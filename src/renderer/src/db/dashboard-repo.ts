/**
 * What the evaluation dashboard reads: every record of the current program its figures are
 * computed from (`domain/evaluation/figures`), read together in one transaction so they are
 * consistent, and read again whenever one of those tables changes (a watched query, as the home:
 * a live query's per-record bookkeeping costs more than the reading on a large program).
 * Nothing here is stored.
 */
import type { Table } from 'dexie';
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
    const mine = <T>(table: Table<T, string, unknown>): Promise<T[]> => table.where('programId').equals(programId).toArray();
    const [participants, competencies, teams, members, events] = await Promise.all([
      mine(db.participants),
      mine(db.competencies),
      mine(db.teams),
      mine(db.teamMembers),
      mine(db.events),
    ]);
    const [attendance, meetingLogs, checkIns, ratings, feedback] = await Promise.all([
      mine(db.attendance),
      mine(db.meetingLogs),
      mine(db.checkIns),
      mine(db.ratings),
      mine(db.feedback),
    ]);
    const input = { program, participants, competencies, teams, members, events, attendance, meetingLogs, checkIns, ratings, feedback };
    return { program, input };
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
