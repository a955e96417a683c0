/**
 * "Start next year's program": read what the dialog needs, write the new program in one
 * transaction (the old one only becomes archived), and take it back. The plan itself is pure
 * (`domain/programs/next-year.ts`).
 */
import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Feedback, MetaEntry, Participant, Program } from '../domain/model';
import {
  carryOverRows,
  checkNextYearChoice,
  planNextYear,
  type CarryOverRow,
  type NextYearChoice,
  type NextYearPlan,
  type NextYearSource,
} from '../domain/programs/next-year';
import { db } from './client';
import { readScheduleDefaults, scheduleDefaultsKey } from './events-repo';
import { newId, nowIso } from './ids';
import { CURRENT_PROGRAM_KEY } from './settings-repo';
import { TABLE_NAMES } from './schema-versions';
import { runWrite } from './write-guard';

/** What the dialog shows: the program and everyone in it with their answer. */
export interface NextYearDialogData {
  program: Program;
  rows: CarryOverRow[];
  /** People with feedback recorded (any answer). */
  withFeedback: number;
  confirmedTeams: number;
}

/**
 * Live dialog data for a program, tagged with the id it was read for (a live query shows its last
 * answer while a new one is read); `data` is null when the program is gone.
 */
export function useNextYearDialogData(
  programId: string | null,
): { programId: string | null; data: NextYearDialogData | null } | undefined {
  return useLiveQuery(
    async () => ({ programId, data: programId ? await readDialogData(programId) : null }),
    [programId],
  );
}

async function readDialogData(programId: string): Promise<NextYearDialogData | null> {
  const program = await db.programs.get(programId);
  if (!program) return null;
  const [participants, feedback, teams] = await Promise.all([
    db.participants.where('programId').equals(programId).toArray(),
    db.feedback.where('programId').equals(programId).toArray(),
    db.teams.where('programId').equals(programId).toArray(),
  ]);
  return {
    program,
    rows: carryOverRows(participants, feedback),
    withFeedback: new Set(feedback.map((f: Feedback) => f.participantId)).size,
    confirmedTeams: teams.filter((t) => t.status === 'confirmed' || t.status === 'ended').length,
  };
}

const perProgram = (programId: string) => (entry: MetaEntry) => entry.key.endsWith(`:${programId}`);

/** Reads everything next year is built from (inside the caller's transaction). */
async function readSource(programId: string): Promise<NextYearSource> {
  const program = await db.programs.get(programId);
  if (!program) throw new Error('That program no longer exists.');
  const [competencies, participants, teams, members, meta] = await Promise.all([
    db.competencies.where('programId').equals(programId).toArray(),
    db.participants.where('programId').equals(programId).toArray(),
    db.teams.where('programId').equals(programId).toArray(),
    db.teamMembers.where('programId').equals(programId).toArray(),
    db.meta.filter(perProgram(programId)).toArray(),
  ]);
  return {
    program,
    competencies: competencies.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1)),
    participants: participants.sort((a: Participant, b: Participant) => (a.id < b.id ? -1 : 1)),
    teams,
    members,
    meta,
    scheduleDefaults: readScheduleDefaults(
      meta.find((m) => m.key === scheduleDefaultsKey(programId))?.value,
      program.groupMeetingMinutes,
    ),
  };
}

/** What was written, so that it can be taken back. */
export interface StartedNextYear {
  plan: NextYearPlan;
  /** The old program's record as it was before it was archived. */
  oldProgram: Program;
  /** The program that was open before (its id), or null. */
  previousCurrent: string | null;
}

const WRITE_TABLES = (): Table[] => [
  db.programs,
  db.competencies,
  db.participants,
  db.teams,
  db.teamMembers,
  db.events,
  db.meta,
];

/**
 * Writes next year's program in one transaction: the new program, its catalog, the people who
 * carry over, its schedule and copied settings; the old program's status becomes archived (only
 * that) and the new one is opened. A choice that cannot be used changes nothing and is refused
 * with the reason.
 */
export async function startNextYear(
  programId: string,
  choice: NextYearChoice,
): Promise<StartedNextYear> {
  const now = nowIso();
  return runWrite(db, WRITE_TABLES(), async () => {
    const source = await readSource(programId);
    if (source.program.status === 'archived') {
      throw new Error(
        `“${source.program.name}” is already archived: start next year from a program that is running or just finished.`,
      );
    }
    const problem = checkNextYearChoice(source, choice);
    if (problem) throw new Error(problem);
    const plan = planNextYear(source, choice, now, newId);
    const previous = (await db.meta.get(CURRENT_PROGRAM_KEY))?.value;
    await db.programs.add(plan.program);
    await db.competencies.bulkAdd(plan.competencies);
    await db.participants.bulkAdd(plan.participants);
    await db.events.bulkAdd(plan.events);
    await db.meta.bulkPut(plan.meta);
    // Only the status changes: the old record stays as it was otherwise (its last-changed moment too).
    await db.programs.put({ ...source.program, status: 'archived' });
    await db.meta.put({ key: CURRENT_PROGRAM_KEY, value: plan.program.id });
    return {
      plan,
      oldProgram: source.program,
      previousCurrent: typeof previous === 'string' ? previous : null,
    };
  });
}

/** Tables of records that belong to one program. */
const PROGRAM_TABLES = TABLE_NAMES.filter((t) => t !== 'programs' && t !== 'meta');

/**
 * Takes "Start next year's program" back in one transaction: the new program and everything in
 * it go, the old one is as it was (status included), and the program open before is open again.
 * Refused, changing nothing, when the new program was changed since (people edited, pairing run,
 * …) or the old one is no longer archived as it was left.
 */
export async function undoStartNextYear(started: StartedNextYear): Promise<void> {
  const { plan, oldProgram } = started;
  const newProgramId = plan.program.id;
  await runWrite(
    db,
    [db.programs, db.meta, ...PROGRAM_TABLES.map((t) => db.table(t))],
    async () => {
      const stored = await db.programs.get(newProgramId);
      if (!stored)
        throw new Error(`“${plan.program.name}” no longer exists: there is nothing to take back.`);
      const oldNow = await db.programs.get(oldProgram.id);
      if (
        !oldNow ||
        JSON.stringify(oldNow) !== JSON.stringify({ ...oldProgram, status: 'archived' })
      ) {
        throw new Error(`“${oldProgram.name}” changed since: nothing was taken back.`);
      }
      const [participants, competencies, events] = await Promise.all([
        db.participants.where('programId').equals(newProgramId).sortBy('id'),
        db.competencies.where('programId').equals(newProgramId).sortBy('id'),
        db.events.where('programId').equals(newProgramId).sortBy('id'),
      ]);
      const byId = <T extends { id: string }>(rows: readonly T[]) =>
        [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
      const now = JSON.stringify([stored, participants, competencies, events]);
      const expected = JSON.stringify([
        plan.program,
        byId(plan.participants),
        byId(plan.competencies),
        byId(plan.events),
      ]);
      let others = 0;
      for (const t of PROGRAM_TABLES) {
        if (t === 'participants' || t === 'competencies' || t === 'events') continue;
        others += await db.table(t).where('programId').equals(newProgramId).count();
      }
      if (now !== expected || others > 0) {
        throw new Error(
          `“${plan.program.name}” was changed since it was started: nothing was taken back. Delete it from Programs instead.`,
        );
      }
      for (const t of PROGRAM_TABLES)
        await db.table(t).where('programId').equals(newProgramId).delete();
      await db.meta.filter(perProgram(newProgramId)).delete();
      await db.programs.delete(newProgramId);
      await db.programs.put(oldProgram);
      if (started.previousCurrent)
        await db.meta.put({ key: CURRENT_PROGRAM_KEY, value: started.previousCurrent });
      else await db.meta.delete(CURRENT_PROGRAM_KEY);
    },
  );
}
