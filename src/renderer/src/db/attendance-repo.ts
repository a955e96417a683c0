/**
 * Group meeting attendance: the roll call of each meeting, saved mark by mark as the coordinator
 * types, walk-in guests, "all present", and undo. Every change returns what it replaced, so the
 * screen can put the marks back exactly (one transaction for the whole undo).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Attendance,
  AttendanceStatus,
  Participant,
  Program,
  ProgramEvent,
  Team,
  TeamMember,
} from '../domain/model';
import { isRollCallEvent } from '../domain/attendance/attendance-rates';
import { printedNames } from '../domain/participants/printed-names';
import { foldForSearch } from '../domain/participants/search-text';
import { sortEvents } from '../domain/schedule/annual-schedule';
import { db } from './client';
import { newId, nowIso } from './ids';
import { sameRecord } from './same-record';
import { runWrite, WriteFailedError } from './write-guard';

/** Everything the attendance screen reads, loaded together so it is always consistent. */
export interface AttendanceState {
  program: Program;
  /** Meetings with a roll call, in calendar order. */
  events: ProgramEvent[];
  marks: Attendance[];
  teams: Team[];
  members: TeamMember[];
  participants: Participant[];
}

/** One mark as it was before a change and as it is after (null: no mark). */
export interface MarkChange {
  before: Attendance | null;
  after: Attendance | null;
}

/** Longest guest name kept. */
export const MAX_GUEST_NAME = 120;

const STATUSES: readonly AttendanceStatus[] = ['present', 'absent', 'excused'];

/** Loads a program's meetings, marks, teams and people (null when the program is gone). */
export async function loadAttendanceState(programId: string): Promise<AttendanceState | null> {
  const program = await db.programs.get(programId);
  if (!program) return null;
  const [events, marks, teams, members, participants] = await Promise.all([
    db.events.where('programId').equals(programId).toArray(),
    db.attendance.where('programId').equals(programId).toArray(),
    db.teams.where('programId').equals(programId).toArray(),
    db.teamMembers.where('programId').equals(programId).toArray(),
    db.participants.where('programId').equals(programId).toArray(),
  ]);
  return { program, events: sortEvents(events.filter(isRollCallEvent)), marks, teams, members, participants };
}

/** Live attendance state (undefined while loading, null when the program is gone). */
export function useAttendanceState(programId: string | undefined): AttendanceState | null | undefined {
  return useLiveQuery(async () => (programId ? loadAttendanceState(programId) : null), [programId]);
}

async function rollCallEvent(programId: string, eventId: string): Promise<ProgramEvent> {
  const event = await db.events.get(eventId);
  if (!event || event.programId !== programId) throw new Error('That meeting is no longer in the schedule.');
  if (!isRollCallEvent(event)) throw new Error('Attendance is taken at group meetings only.');
  return event;
}

function checkStatus(status: AttendanceStatus | null): void {
  if (status !== null && !STATUSES.includes(status)) throw new Error('Mark someone present, absent or excused.');
}

/**
 * Marks a participant present, absent or excused at a meeting (null clears the mark). One
 * write; the participant's earlier mark for that meeting, if any, is replaced. Returns the
 * change, or null when the mark was already so.
 */
export async function setParticipantMark(
  programId: string,
  eventId: string,
  participantId: string,
  status: AttendanceStatus | null,
): Promise<MarkChange | null> {
  checkStatus(status);
  return runWrite(db, [db.events, db.participants, db.attendance], async () => {
    await rollCallEvent(programId, eventId);
    const person = await db.participants.get(participantId);
    if (!person || person.programId !== programId) throw new Error('That person is no longer in this program.');
    const existing = await db.attendance.where('[eventId+participantId]').equals([eventId, participantId]).toArray();
    const before = existing.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0] ?? null;
    // A duplicate left by older data goes with this change, so one person has one mark.
    const extras = existing.filter((m) => m !== before).map((m) => m.id);
    if (extras.length > 0) await db.attendance.bulkDelete(extras);
    if (status === null) {
      if (!before) return null;
      await db.attendance.delete(before.id);
      return { before, after: null };
    }
    if (before?.status === status && extras.length === 0) return null;
    const after: Attendance = {
      id: before?.id ?? newId(),
      programId,
      eventId,
      participantId,
      guestName: '',
      status,
      updatedAt: nowIso(),
    };
    await db.attendance.put(after);
    return { before, after };
  });
}

/** Marks present, in one transaction, each of these participants who has no mark yet. */
export async function markEveryonePresent(
  programId: string,
  eventId: string,
  participantIds: readonly string[],
): Promise<MarkChange[]> {
  return runWrite(db, [db.events, db.participants, db.attendance], async () => {
    await rollCallEvent(programId, eventId);
    const inProgram = new Set(await db.participants.where('programId').equals(programId).primaryKeys());
    const marked = new Set(
      (await db.attendance.where('eventId').equals(eventId).toArray())
        .map((m) => m.participantId)
        .filter((id): id is string => id !== null),
    );
    const now = nowIso();
    const added: Attendance[] = [...new Set(participantIds)]
      .filter((id) => inProgram.has(id) && !marked.has(id))
      .map((participantId) => ({
        id: newId(),
        programId,
        eventId,
        participantId,
        guestName: '',
        status: 'present' as const,
        updatedAt: now,
      }));
    if (added.length > 0) await db.attendance.bulkAdd(added);
    return added.map((after) => ({ before: null, after }));
  });
}

/**
 * Adds a walk-in guest, marked present. Refused, with nothing saved, when the name is empty or
 * too long, already a guest of this meeting, or the name of someone in the program (mark them
 * on their own line instead, so they count).
 */
export async function addGuest(programId: string, eventId: string, name: string): Promise<MarkChange> {
  const guestName = name.trim().replace(/\s+/g, ' ');
  if (guestName === '') throw new Error('Type the guest’s name, then add them.');
  if (guestName.length > MAX_GUEST_NAME)
    throw new Error(`Keep the guest’s name under ${MAX_GUEST_NAME} characters.`);
  return runWrite(db, [db.events, db.participants, db.attendance], async () => {
    await rollCallEvent(programId, eventId);
    const folded = foldForSearch(guestName);
    const guests = (await db.attendance.where('eventId').equals(eventId).toArray()).filter((m) => m.participantId === null);
    const same = guests.find((g) => foldForSearch(g.guestName) === folded);
    if (same) throw new Error(`${same.guestName} is already on this roll call as a guest.`);
    const people = await db.participants.where('programId').equals(programId).toArray();
    const member = people.find((p) => foldForSearch(printedNames(p).name) === folded);
    if (member)
      throw new Error(`${printedNames(member).name} is in the program: mark them on their own line (type their name in “Find”).`);
    const after: Attendance = {
      id: newId(),
      programId,
      eventId,
      participantId: null,
      guestName,
      status: 'present',
      updatedAt: nowIso(),
    };
    await db.attendance.add(after);
    return { before: null, after };
  });
}

/** Sets a guest's mark; null takes the guest off the roll call. */
export async function setGuestMark(markId: string, status: AttendanceStatus | null): Promise<MarkChange | null> {
  checkStatus(status);
  return runWrite(db, [db.attendance], async () => {
    const before = await db.attendance.get(markId);
    if (!before || before.participantId !== null) throw new Error('That guest is no longer on the roll call.');
    if (status === null) {
      await db.attendance.delete(markId);
      return { before, after: null };
    }
    if (before.status === status) return null;
    const after: Attendance = { ...before, status, updatedAt: nowIso() };
    await db.attendance.put(after);
    return { before, after };
  });
}

/**
 * Undo ('back') or redo ('forward') of mark changes for the app's undo history, in one
 * transaction: each mark must still be as the step left it, otherwise nothing changes and the
 * reason is thrown in words (a mark changed again, or its meeting was deleted).
 */
export async function switchMarkChanges(changes: readonly MarkChange[], direction: 'back' | 'forward'): Promise<void> {
  if (changes.length === 0) return;
  await runWrite(db, [db.attendance], async () => {
    for (const change of direction === 'back' ? [...changes].reverse() : changes) {
      const from = direction === 'back' ? change.after : change.before;
      const to = direction === 'back' ? change.before : change.after;
      const id = from?.id ?? to?.id;
      if (id === undefined) continue;
      if (!sameRecord((await db.attendance.get(id)) ?? null, from)) {
        throw new WriteFailedError('A mark of this step was changed since (or its meeting deleted), so this step would lose that change. Nothing was changed.');
      }
      if (from) await db.attendance.delete(from.id);
      if (to) await db.attendance.put(to);
    }
  });
}
