/**
 * The program calendar: generating the year from the meeting rule, editing each event, putting
 * the rule back on the group meetings, and the rule and default place remembered per program.
 * Every change reads and writes inside one transaction, so quick edits never overwrite each other.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { EventKind, EventQuestion, ProgramEvent } from '../domain/model';
import { awarenessSessionDraft } from '../domain/schedule/awareness';
import {
  applyMeetingRule,
  gatheringsWithoutPlace,
  generateAnnualSchedule,
  sortEvents,
} from '../domain/schedule/annual-schedule';
import { isIsoDate, parseClockTime } from '../domain/schedule/iso-dates';
import {
  DEFAULT_MEETING_RULE,
  MAX_MEETING_MINUTES,
  type MeetingRule,
  type Ordinal,
} from '../domain/schedule/meeting-rule';
import { db } from './client';
import { newId } from './ids';
import { runWrite } from './write-guard';

/** Meta key of a program's meeting rule and default place. */
export const scheduleDefaultsKey = (programId: string): string => `scheduleDefaults:${programId}`;

/** What the generator starts from, remembered per program. */
export interface ScheduleDefaults {
  rule: MeetingRule;
  /** Default place of group meetings; empty when not decided yet. */
  place: string;
}

/** Kinds the generator makes; anything else (speed mentoring events) survives a regeneration. */
export const GENERATED_KINDS: readonly EventKind[] = ['orientation', 'group', 'debrief', 'pairs'];

const ORDINALS: readonly Ordinal[] = [1, 2, 3, 4, 5, 'last'];

/** The stored defaults, or the app's default rule with the program's meeting length. */
export function readScheduleDefaults(value: unknown, meetingMinutes: number): ScheduleDefaults {
  const fallback: ScheduleDefaults = {
    rule: {
      ...DEFAULT_MEETING_RULE,
      minutes: meetingMinutes > 0 ? meetingMinutes : DEFAULT_MEETING_RULE.minutes,
    },
    place: '',
  };
  if (!value || typeof value !== 'object') return fallback;
  const v = value as { rule?: Partial<MeetingRule>; place?: unknown };
  const r = v.rule;
  const valid =
    r !== undefined &&
    ORDINALS.includes(r.ordinal as Ordinal) &&
    Number.isInteger(r.weekday) &&
    (r.weekday as number) >= 0 &&
    (r.weekday as number) <= 6 &&
    typeof r.startTime === 'string' &&
    parseClockTime(r.startTime) !== null &&
    Number.isInteger(r.minutes) &&
    (r.minutes as number) > 0 &&
    (r.minutes as number) <= MAX_MEETING_MINUTES;
  return {
    rule: valid ? (r as MeetingRule) : fallback.rule,
    place: typeof v.place === 'string' ? v.place : '',
  };
}

/** A program's events in calendar order (undefined while loading). */
export function useProgramEvents(programId: string | undefined): ProgramEvent[] | undefined {
  return useLiveQuery(async () => (programId ? loadProgramEvents(programId) : []), [programId]);
}

/** A program's events in calendar order. */
export async function loadProgramEvents(programId: string): Promise<ProgramEvent[]> {
  return sortEvents(await db.events.where('programId').equals(programId).toArray());
}

/** The remembered rule and place (the defaults until the coordinator changes them). */
export function useScheduleDefaults(
  programId: string | undefined,
  meetingMinutes: number,
): ScheduleDefaults | undefined {
  return useLiveQuery(
    async () =>
      readScheduleDefaults(
        programId ? (await db.meta.get(scheduleDefaultsKey(programId)))?.value : undefined,
        meetingMinutes,
      ),
    [programId, meetingMinutes],
  );
}

/**
 * Change part of the remembered defaults, reading the stored ones in the same transaction so
 * that a quick edit of the rule and then the place never loses the first.
 */
export async function updateScheduleDefaults(
  programId: string,
  meetingMinutes: number,
  change: Partial<ScheduleDefaults>,
): Promise<ScheduleDefaults> {
  return runWrite(db, [db.meta], async () => {
    const key = scheduleDefaultsKey(programId);
    const next = {
      ...readScheduleDefaults((await db.meta.get(key))?.value, meetingMinutes),
      ...change,
    };
    await db.meta.put({ key, value: next });
    return next;
  });
}

/**
 * Lays out the year from the rule and replaces the program's generated events (orientation,
 * group meetings, debrief, pair months) in one transaction. Refused, with nothing changed, when
 * attendance was already taken at one of the events that would be replaced.
 */
export async function generateProgramSchedule(
  programId: string,
  defaults: ScheduleDefaults,
): Promise<ProgramEvent[]> {
  return runWrite(db, [db.programs, db.events, db.attendance, db.meta], async () => {
    const program = await db.programs.get(programId);
    if (!program) throw new Error('That program no longer exists.');
    if (!isIsoDate(program.cycleStart)) {
      throw new Error('The program has no valid cycle start date. Set it in Program setup first.');
    }
    const existing = await db.events.where('programId').equals(programId).toArray();
    const replaced = existing.filter((e) => GENERATED_KINDS.includes(e.kind));
    for (const event of replaced) {
      if ((await db.attendance.where('eventId').equals(event.id).count()) > 0) {
        throw new Error(
          `Attendance was already taken at "${event.title}" (${event.date}); generating the year again would lose it. Edit the events instead.`,
        );
      }
    }
    const created: ProgramEvent[] = generateAnnualSchedule({
      programId,
      cycleStart: program.cycleStart,
      ...(isIsoDate(program.cycleEnd) ? { cycleEnd: program.cycleEnd } : {}),
      rule: defaults.rule,
      place: defaults.place.trim(),
    }).map((draft) => ({ ...draft, id: newId() }));
    await db.events.bulkDelete(replaced.map((e) => e.id));
    await db.events.bulkAdd(created);
    await db.meta.put({ key: scheduleDefaultsKey(programId), value: defaults });
    return created;
  });
}

/**
 * Puts the rule's date, time and length on the program's group gatherings (places, notes and
 * pair months stay as edited) and remembers the rule. Returns how many events changed.
 */
export async function applyRuleToProgramSchedule(
  programId: string,
  defaults: ScheduleDefaults,
): Promise<number> {
  return runWrite(db, [db.programs, db.events, db.meta], async () => {
    const program = await db.programs.get(programId);
    if (!program) throw new Error('That program no longer exists.');
    const events = await db.events.where('programId').equals(programId).toArray();
    const next = applyMeetingRule(events, defaults.rule, {
      cycleStart: program.cycleStart,
      ...(isIsoDate(program.cycleEnd) ? { cycleEnd: program.cycleEnd } : {}),
    });
    const changed = next.filter((e, i) => JSON.stringify(e) !== JSON.stringify(events[i]));
    if (changed.length > 0) await db.events.bulkPut(changed);
    await db.meta.put({ key: scheduleDefaultsKey(programId), value: defaults });
    return changed.length;
  });
}

/** Fields of an event the coordinator edits. */
export type EventChanges = Partial<
  Pick<ProgramEvent, 'title' | 'date' | 'startTime' | 'minutes' | 'place' | 'notes'>
>;

/** Why a change cannot be saved, in words for the field it concerns; null when it can. */
export function checkEventChanges(changes: EventChanges): string | null {
  if (changes.title !== undefined) {
    if (changes.title.trim() === '') return 'Give the event a title.';
    if (changes.title.length > 200) return 'Keep the title under 200 characters.';
  }
  if (changes.date !== undefined && !isIsoDate(changes.date))
    return 'Enter a real date (YYYY-MM-DD).';
  if (
    changes.startTime !== undefined &&
    changes.startTime !== '' &&
    parseClockTime(changes.startTime) === null
  ) {
    return 'Enter a time of day such as 12:00, or leave it empty.';
  }
  if (changes.minutes !== undefined) {
    if (
      !Number.isInteger(changes.minutes) ||
      changes.minutes < 0 ||
      changes.minutes > MAX_MEETING_MINUTES
    ) {
      return 'Enter a length in whole minutes, from 0 to 720 (12 hours).';
    }
  }
  if (changes.place !== undefined && changes.place.length > 300)
    return 'Keep the place under 300 characters.';
  if (changes.notes !== undefined && changes.notes.length > 5000)
    return 'Keep the notes under 5,000 characters.';
  return null;
}

/** Save changed fields of one event at once; resolves with the refusal reason, or null when saved. */
export async function updateEvent(eventId: string, changes: EventChanges): Promise<string | null> {
  const problem = checkEventChanges(changes);
  if (problem) return problem;
  const clean: EventChanges = { ...changes };
  if (clean.title !== undefined) clean.title = clean.title.trim();
  if (clean.place !== undefined) clean.place = clean.place.trim();
  return runWrite(db, [db.events], async () => {
    if (!(await db.events.get(eventId))) throw new Error('That event no longer exists.');
    await db.events.update(eventId, clean);
    return null;
  });
}

/**
 * Fill `place` into the program's group gatherings that have none, in one transaction. Returns
 * the ids it filled (for undo); events that got a place meanwhile are left alone.
 */
export async function fillMissingPlaces(programId: string, place: string): Promise<string[]> {
  const clean = place.trim();
  const problem = checkEventChanges({ place: clean });
  if (problem) throw new Error(problem);
  if (clean === '') return [];
  return runWrite(db, [db.events], async () => {
    const events = await db.events.where('programId').equals(programId).toArray();
    const ids = gatheringsWithoutPlace(events).map((e) => e.id);
    for (const id of ids) await db.events.update(id, { place: clean });
    return ids;
  });
}

/** Undo of fillMissingPlaces: empties the place again where it is still the one filled in. */
export async function clearFilledPlaces(ids: readonly string[], place: string): Promise<void> {
  const clean = place.trim();
  await runWrite(db, [db.events], async () => {
    for (const id of ids) {
      const event = await db.events.get(id);
      if (event && event.place === clean) await db.events.update(id, { place: '' });
    }
  });
}

/** Add an awareness session to the program's schedule (before the cycle); returns it. */
export async function addAwarenessSession(programId: string): Promise<ProgramEvent> {
  return runWrite(db, [db.programs, db.events, db.meta], async () => {
    const program = await db.programs.get(programId);
    if (!program) throw new Error('That program no longer exists.');
    const defaults = readScheduleDefaults((await db.meta.get(scheduleDefaultsKey(programId)))?.value, program.groupMeetingMinutes);
    const event: ProgramEvent = { ...awarenessSessionDraft(program, defaults.place.trim()), id: newId() };
    await db.events.add(event);
    return event;
  });
}

/** Remove an event that is not generated (an awareness session); returns it for undo. */
export async function removeEvent(eventId: string): Promise<ProgramEvent> {
  return runWrite(db, [db.events, db.attendance], async () => {
    const event = await db.events.get(eventId);
    if (!event) throw new Error('That event no longer exists.');
    if ((await db.attendance.where('eventId').equals(eventId).count()) > 0)
      throw new Error(`Attendance was taken at "${event.title}"; it stays in the schedule.`);
    await db.events.delete(eventId);
    return event;
  });
}

/** Put a removed event back (undo). */
export async function restoreEvent(event: ProgramEvent): Promise<void> {
  await runWrite(db, [db.events], async () => {
    await db.events.put(event);
  });
}

/**
 * Change the questions noted at an event, worked out from the stored list in the same
 * transaction; resolves with the refusal reason, or null when saved.
 */
export async function changeEventQuestions(
  eventId: string,
  change: (questions: readonly EventQuestion[]) => { ok: true; questions: EventQuestion[] } | { ok: false; message: string },
): Promise<string | null> {
  return runWrite(db, [db.events], async () => {
    const event = await db.events.get(eventId);
    if (!event) throw new Error('That event no longer exists.');
    const result = change(event.questions ?? []);
    if (!result.ok) return result.message;
    await db.events.update(eventId, { questions: result.questions });
    return null;
  });
}
