/**
 * The team page: everything one team's page reads in one consistent load (its people, logs,
 * check-ins, its members' attendance, notes and what was done about flags), and the team's
 * notes, added and deleted with undo.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Attendance,
  AttentionAction,
  CheckIn,
  Competency,
  MeetingLog,
  Participant,
  Program,
  ProgramEvent,
  Team,
  TeamMember,
  TeamNote,
} from '../domain/model';
import { printedNames } from '../domain/participants/printed-names';
import { isIsoDate } from '../domain/schedule/iso-dates';
import { db } from './client';
import { newId, nowIso } from './ids';
import { runWrite } from './write-guard';

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Longest note kept on a team. */
export const MAX_TEAM_NOTE = 5000;

export interface TeamPageState {
  program: Program;
  team: Team;
  /** Members of this team. */
  members: TeamMember[];
  /** This team's people, by name. */
  people: Participant[];
  /** Every team and membership of the program (who was expected at which meeting). */
  programTeams: Team[];
  programMembers: TeamMember[];
  /** Every participant of the program (only their status is read for the figures). */
  participants: Participant[];
  catalog: Competency[];
  logs: MeetingLog[];
  checkIns: CheckIn[];
  events: ProgramEvent[];
  /** Marks of the program's meetings (the page reads its members' and counts who was expected). */
  marks: Attendance[];
  notes: TeamNote[];
  actions: AttentionAction[];
}

/** Loads one team's page (null when the team or its program is gone). */
export async function loadTeamPage(teamId: string): Promise<TeamPageState | null> {
  const team = await db.teams.get(teamId);
  if (!team) return null;
  const program = await db.programs.get(team.programId);
  if (!program) return null;
  const programId = program.id;
  const [programTeams, programMembers, participants, catalog, logs, checkIns, events, marks, notes, actions] =
    await Promise.all([
      db.teams.where('programId').equals(programId).toArray(),
      db.teamMembers.where('programId').equals(programId).toArray(),
      db.participants.where('programId').equals(programId).toArray(),
      db.competencies.where('programId').equals(programId).toArray(),
      db.meetingLogs.where('teamId').equals(teamId).toArray(),
      db.checkIns.where('teamId').equals(teamId).toArray(),
      db.events.where('programId').equals(programId).toArray(),
      db.attendance.where('programId').equals(programId).toArray(),
      db.teamNotes.where('teamId').equals(teamId).toArray(),
      db.attentionActions.where('teamId').equals(teamId).toArray(),
    ]);
  const members = programMembers.filter((m) => m.teamId === teamId);
  const byId = new Map(participants.map((p) => [p.id, p]));
  const people = members
    .map((m) => byId.get(m.participantId))
    .filter((p): p is Participant => p !== undefined)
    .sort((a, b) => collator.compare(printedNames(a).name, printedNames(b).name) || (a.id < b.id ? -1 : 1));
  return {
    program,
    team,
    members,
    people,
    programTeams,
    programMembers,
    participants,
    catalog: catalog.sort((a, b) => a.order - b.order),
    logs,
    checkIns,
    events,
    marks,
    notes,
    actions,
  };
}

/** Live team page (undefined while loading, null when the team is gone). */
export function useTeamPage(teamId: string | undefined): TeamPageState | null | undefined {
  return useLiveQuery(async () => (teamId ? loadTeamPage(teamId) : null), [teamId]);
}

/** Why a note cannot be saved, in words; null when it can. */
export function checkTeamNote(text: string, date: string): string | null {
  if (text.trim() === '') return 'Write the note first.';
  if (text.trim().length > MAX_TEAM_NOTE)
    return `Keep the note under ${MAX_TEAM_NOTE.toLocaleString('en')} characters (it has ${text.trim().length.toLocaleString('en')}).`;
  if (!isIsoDate(date)) return 'Enter the day of the note (YYYY-MM-DD).';
  return null;
}

/** Adds a note to a team's timeline. */
export async function addTeamNote(teamId: string, text: string, date: string): Promise<TeamNote> {
  const problem = checkTeamNote(text, date);
  if (problem) throw new Error(problem);
  return runWrite(db, [db.teams, db.teamNotes], async () => {
    const team = await db.teams.get(teamId);
    if (!team) throw new Error('That team no longer exists.');
    const note: TeamNote = { id: newId(), programId: team.programId, teamId, date, text: text.trim(), createdAt: nowIso() };
    await db.teamNotes.add(note);
    return note;
  });
}

/** Deletes a note; returns it so that it can be put back. */
export async function deleteTeamNote(noteId: string): Promise<TeamNote> {
  return runWrite(db, [db.teamNotes], async () => {
    const note = await db.teamNotes.get(noteId);
    if (!note) throw new Error('That note is no longer there.');
    await db.teamNotes.delete(noteId);
    return note;
  });
}

/** Puts a deleted note back exactly as it was. */
export async function restoreTeamNote(note: TeamNote): Promise<void> {
  await runWrite(db, [db.teams, db.teamNotes], async () => {
    if (!(await db.teams.get(note.teamId))) throw new Error('That team no longer exists; the note cannot be put back.');
    await db.teamNotes.put(note);
  });
}
