/**
 * Meetings of teams between the group meetings: log, edit and delete, each one write, each
 * returning what it replaced so that the screen can undo it exactly.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Competency, MeetingLog, Participant, Program, Team, TeamMember } from '../domain/model';
import { checkMeetingLog, type MeetingLogDraft, type MeetingLogField } from '../domain/meetings/meeting-logs';
import { db } from './client';
import { newId, nowIso } from './ids';
import { runWrite } from './write-guard';

/** Everything the "Log meetings" screen reads. */
export interface MeetingsState {
  program: Program;
  /** Confirmed teams in number order. */
  teams: Team[];
  members: TeamMember[];
  participants: Participant[];
  catalog: Competency[];
  logs: MeetingLog[];
}

/** A refused log: the field it is about and what to do, in words. */
export interface MeetingLogRefusal {
  ok: false;
  field: MeetingLogField;
  message: string;
}

export type SaveMeetingLogResult = { ok: true; log: MeetingLog; before: MeetingLog | null } | MeetingLogRefusal;

/** Loads the confirmed teams of a program with their people and logs (null when the program is gone). */
export async function loadMeetingsState(programId: string): Promise<MeetingsState | null> {
  const program = await db.programs.get(programId);
  if (!program) return null;
  const [teams, members, participants, catalog, logs] = await Promise.all([
    db.teams.where('[programId+status]').equals([programId, 'confirmed']).toArray(),
    db.teamMembers.where('programId').equals(programId).toArray(),
    db.participants.where('programId').equals(programId).toArray(),
    db.competencies.where('programId').equals(programId).toArray(),
    db.meetingLogs.where('programId').equals(programId).toArray(),
  ]);
  return {
    program,
    teams: teams.sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : 1)),
    members,
    participants,
    catalog: catalog.sort((a, b) => a.order - b.order),
    logs,
  };
}

/** Live state of the "Log meetings" screen. */
export function useMeetingsState(programId: string | undefined): MeetingsState | null | undefined {
  return useLiveQuery(async () => (programId ? loadMeetingsState(programId) : null), [programId]);
}

async function teamForLogs(teamId: string): Promise<Team> {
  const team = await db.teams.get(teamId);
  if (!team) throw new Error('That team no longer exists.');
  if (team.status === 'proposed') throw new Error('Meetings are logged for confirmed teams; confirm the pairs first.');
  return team;
}

/** Logs a meeting of a team; a draft that does not check out saves nothing and says why. */
export async function addMeetingLog(teamId: string, draft: MeetingLogDraft, today: string): Promise<SaveMeetingLogResult> {
  return runWrite(db, [db.teams, db.meetingLogs], async () => {
    const team = await teamForLogs(teamId);
    const check = checkMeetingLog(draft, { today, teamCompetencyIds: team.competencyIds });
    if (!check.ok) return check;
    const log: MeetingLog = { id: newId(), programId: team.programId, teamId, ...check.fields, createdAt: nowIso() };
    await db.meetingLogs.add(log);
    return { ok: true as const, log, before: null };
  });
}

/** Changes a logged meeting; returns the log as it was, for undo. */
export async function updateMeetingLog(logId: string, draft: MeetingLogDraft, today: string): Promise<SaveMeetingLogResult> {
  return runWrite(db, [db.teams, db.meetingLogs], async () => {
    const before = await db.meetingLogs.get(logId);
    if (!before) throw new Error('That meeting is no longer logged.');
    const team = await teamForLogs(before.teamId);
    // Competencies the team has since dropped stay on the log they were worked on in.
    const check = checkMeetingLog(draft, {
      today,
      teamCompetencyIds: [...team.competencyIds, ...before.competencyIds],
    });
    if (!check.ok) return check;
    const log: MeetingLog = { ...before, ...check.fields };
    await db.meetingLogs.put(log);
    return { ok: true as const, log, before };
  });
}

/** Deletes a logged meeting; returns it, so that it can be put back. */
export async function deleteMeetingLog(logId: string): Promise<MeetingLog> {
  return runWrite(db, [db.meetingLogs], async () => {
    const log = await db.meetingLogs.get(logId);
    if (!log) throw new Error('That meeting is no longer logged.');
    await db.meetingLogs.delete(logId);
    return log;
  });
}

/** Puts a log back exactly as it was (undo of an edit or a delete). */
export async function restoreMeetingLog(log: MeetingLog): Promise<void> {
  await runWrite(db, [db.teams, db.meetingLogs], async () => {
    if (!(await db.teams.get(log.teamId))) throw new Error('That team no longer exists; the meeting cannot be put back.');
    await db.meetingLogs.put(log);
  });
}
