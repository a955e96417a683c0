/**
 * Programs: create, edit, switch, archive, and load the demo. Each write is one transaction.
 */
import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { createProgramCatalog } from '../domain/catalog/builtin-catalog';
import { buildDemoProgram, type DemoStage } from '../domain/demo/demo-program';
import type { Program } from '../domain/model';
import { newProgram, type ProgramDraft } from '../domain/programs/program-defaults';
import { db } from './client';
import { newId, nowIso } from './ids';
import { TABLE_NAMES } from './schema-versions';
import { scheduleDefaultsKey } from './events-repo';
import { CURRENT_PROGRAM_KEY } from './settings-repo';
import { runWrite } from './write-guard';
import { takesPart } from '../domain/participants/opt-in';

/** Every program, newest first. */
export function usePrograms(): Program[] | undefined {
  return useLiveQuery(() => db.programs.orderBy('updatedAt').reverse().toArray(), []);
}

/** The program the coordinator is working on (null when none, undefined while loading). */
export function useCurrentProgram(): Program | null | undefined {
  return useLiveQuery(async () => {
    const id = (await db.meta.get(CURRENT_PROGRAM_KEY))?.value;
    if (typeof id !== 'string') return null;
    return (await db.programs.get(id)) ?? null;
  }, []);
}

/** Make a program the current one. */
export async function selectProgram(id: string): Promise<void> {
  await runWrite(db, [db.meta, db.programs], async () => {
    if (!(await db.programs.get(id))) throw new Error('That program no longer exists.');
    await db.meta.put({ key: CURRENT_PROGRAM_KEY, value: id });
  });
}

/** Create a program with its own copy of the built-in catalog, and make it current. */
export async function createProgram(draft: ProgramDraft): Promise<Program> {
  const program = newProgram(draft, nowIso(), newId);
  const catalog = createProgramCatalog(program.id, newId);
  await runWrite(db, [db.programs, db.competencies, db.meta], async () => {
    await db.programs.add(program);
    await db.competencies.bulkAdd(catalog);
    await db.meta.put({ key: CURRENT_PROGRAM_KEY, value: program.id });
  });
  return program;
}

type ProgramChanges = Partial<Omit<Program, 'id' | 'createdAt'>>;

/** Save changed fields of a program at once. */
export async function updateProgram(id: string, changes: ProgramChanges): Promise<void> {
  const result = await updateProgramWith(id, () => changes);
  if (typeof result === 'string') throw new Error(result);
}

/**
 * Read the stored program and save the changes `decide` computes from it, in one transaction, so
 * quick successive edits never overwrite each other. `decide` may refuse with a message, which
 * is returned and nothing is saved.
 */
export async function updateProgramWith(
  id: string,
  decide: (stored: Program) => ProgramChanges | string,
): Promise<string | null> {
  return runWrite(db, [db.programs], async () => {
    const stored = await db.programs.get(id);
    if (!stored) throw new Error('That program no longer exists.');
    const changes = decide(stored);
    if (typeof changes === 'string') return changes;
    await db.programs.update(id, { ...changes, updatedAt: nowIso() });
    return null;
  });
}

/** Archive or reactivate a program (archived programs keep everything and count as history). */
export async function setProgramStatus(id: string, status: Program['status']): Promise<void> {
  await updateProgram(id, { status });
}

/**
 * Load the demo program as a new, separate program and make it current, in one transaction. It
 * never touches any other program. `year-in-progress` brings the year so far (pairs, schedule,
 * roll calls, meetings, check-ins); `year-ended` the whole of the last year with self-ratings and
 * feedback; `ready-to-pair` only the people, for trying pairing.
 */
export async function loadDemoProgram(stage: DemoStage = 'ready-to-pair'): Promise<Program> {
  const demo = buildDemoProgram(nowIso(), newId, stage);
  const { year } = demo;
  const tables: Table[] = [db.programs, db.competencies, db.participants, db.meta];
  if (year) tables.push(db.teams, db.teamMembers, db.events, db.attendance, db.meetingLogs, db.checkIns, db.teamNotes, db.ratings, db.feedback);
  await runWrite(db, tables, async () => {
    await db.programs.add(demo.program);
    await db.competencies.bulkAdd(demo.competencies);
    await db.participants.bulkAdd(demo.participants);
    if (year) {
      await db.teams.bulkAdd(year.teams);
      await db.teamMembers.bulkAdd(year.teamMembers);
      await db.events.bulkAdd(year.events);
      await db.attendance.bulkAdd(year.attendance);
      await db.meetingLogs.bulkAdd(year.meetingLogs);
      await db.checkIns.bulkAdd(year.checkIns);
      await db.teamNotes.bulkAdd(year.teamNotes);
      await db.ratings.bulkAdd(year.ratings);
      await db.feedback.bulkAdd(year.feedback);
      await db.meta.put({ key: scheduleDefaultsKey(demo.program.id), value: year.scheduleDefaults });
    }
    await db.meta.put({ key: CURRENT_PROGRAM_KEY, value: demo.program.id });
  });
  return demo.program;
}

/** Every table whose records belong to one program. */
const PROGRAM_TABLES = TABLE_NAMES.filter((t) => t !== 'programs' && t !== 'meta');

/** Delete a program and everything that belongs to it, in one transaction. */
export async function deleteProgram(id: string): Promise<void> {
  const tables = PROGRAM_TABLES.map((t) => db.table(t));
  await runWrite(db, [db.programs, db.meta, ...tables], async () => {
    for (const t of PROGRAM_TABLES) await db.table(t).where('programId').equals(id).delete();
    await db.programs.delete(id);
    // Per-program settings are stored as `<name>:<programId>` (pairing settings, letter template…).
    await db.meta.filter((entry) => entry.key.endsWith(`:${id}`)).delete();
    const current = (await db.meta.get(CURRENT_PROGRAM_KEY))?.value;
    if (current === id) await db.meta.delete(CURRENT_PROGRAM_KEY);
  });
}

/** Counts per program, for the programs list. */
export function useProgramCounts(): Map<string, { participants: number; teams: number }> | undefined {
  return useLiveQuery(async () => {
    const counts = new Map<string, { participants: number; teams: number }>();
    const participants = await db.participants.toArray();
    for (const p of participants) {
      const c = counts.get(p.programId) ?? { participants: 0, teams: 0 };
      if (takesPart(p)) c.participants++;
      counts.set(p.programId, c);
    }
    const teams = await db.teams.toArray();
    for (const t of teams.filter((team) => team.status === 'confirmed')) {
      const c = counts.get(t.programId) ?? { participants: 0, teams: 0 };
      c.teams++;
      counts.set(t.programId, c);
    }
    return counts;
  }, []);
}

/** Live head counts of one program for the overview: active and withdrawn people, competencies on offer. */
export function useProgramOverviewCounts(
  programId: string | undefined,
): { active: number; withdrawn: number; competencies: number } | null | undefined {
  return useLiveQuery(async () => {
    if (!programId) return null;
    const [participants, competencies] = await Promise.all([
      db.participants.where('programId').equals(programId).toArray(),
      db.competencies.where('programId').equals(programId).toArray(),
    ]);
    return {
      active: participants.filter((p) => takesPart(p)).length,
      withdrawn: participants.filter((p) => p.status === 'withdrawn').length,
      competencies: competencies.filter((c) => !c.retired).length,
    };
  }, [programId]);
}
