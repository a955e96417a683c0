/**
 * What the program report and the program tables read: every record of one program, in one read
 * transaction so the report's figures, charts, quotes and tables all tell the same story; and the
 * coordinator's "what we will change next year" text, saved on the program as they type.
 */
import type { ProgramTablesInput } from '../domain/evaluation/program-tables';
import type { Program } from '../domain/model';
import { sortCatalog } from '../domain/catalog/catalog-edits';
import { db } from './client';
import { updateProgram } from './programs-repo';

/** Every record of a program. */
export interface ProgramRecords extends ProgramTablesInput {
  program: Program;
}

/** One program's records, or null when it is gone. */
export async function loadProgramRecords(programId: string): Promise<ProgramRecords | null> {
  return db.transaction(
    'r',
    [db.programs, db.competencies, db.participants, db.teams, db.teamMembers, db.events, db.attendance, db.meetingLogs, db.checkIns, db.ratings, db.feedback],
    async () => {
      const program = await db.programs.get(programId);
      if (!program) return null;
      const [catalog, participants, teams, members, events, attendance, meetings, checkIns, ratings, feedback] = await Promise.all([
        db.competencies.where('programId').equals(programId).toArray(),
        db.participants.where('programId').equals(programId).toArray(),
        db.teams.where('programId').equals(programId).toArray(),
        db.teamMembers.where('programId').equals(programId).toArray(),
        db.events.where('programId').equals(programId).toArray(),
        db.attendance.where('programId').equals(programId).toArray(),
        db.meetingLogs.where('programId').equals(programId).toArray(),
        db.checkIns.where('programId').equals(programId).toArray(),
        db.ratings.where('programId').equals(programId).toArray(),
        db.feedback.where('programId').equals(programId).toArray(),
      ]);
      return { program, catalog: sortCatalog(catalog), participants, teams, members, events, attendance, meetings, checkIns, ratings, feedback };
    },
  );
}

/** Save what the coordinator wants to change next year (printed in the program report). */
export async function saveNextYearNotes(programId: string, text: string): Promise<void> {
  await updateProgram(programId, { nextYearNotes: text });
}
