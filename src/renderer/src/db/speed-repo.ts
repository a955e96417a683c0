/**
 * Speed peer mentoring events: setup (kept in step with its `speed` event in the schedule),
 * check-in at the door and walk-ins, the rotation plan and the rounds held, people leaving,
 * and after the event who met whom (into the people-known lists) and the continue-with choices.
 * Each change is one transaction; a change that is not allowed throws with the reason in words.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ProgramEvent, SpeedEvent, SpeedRoundRecord } from '../domain/model';
import {
  checkSpeedSetup,
  eventMinutes,
  knownWellAdditions,
  readSpeedEvent,
  roundsAsked,
  type SpeedEventView,
  type SpeedSetup,
} from '../domain/speed/speed-event';
import { db } from './client';
import { newId, nowIso } from './ids';
import { runWrite } from './write-guard';

/** A program's speed mentoring events, newest day first (undefined while loading). */
export function useSpeedEvents(programId: string | undefined): SpeedEventView[] | undefined {
  return useLiveQuery(
    async () => (programId ? loadSpeedEvents(programId) : []),
    [programId],
  );
}

/** A program's speed mentoring events, newest day first. */
export async function loadSpeedEvents(programId: string): Promise<SpeedEventView[]> {
  const rows = await db.speedEvents.where('programId').equals(programId).toArray();
  return rows.map(readSpeedEvent).sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

function scheduleFields(setup: SpeedSetup): Pick<ProgramEvent, 'title' | 'date' | 'startTime' | 'minutes' | 'place'> {
  return {
    title: setup.title.trim(),
    date: setup.date,
    startTime: setup.startTime,
    minutes: eventMinutes(setup, roundsAsked(setup)),
    place: setup.place.trim(),
  };
}

async function getEvent(id: string): Promise<SpeedEvent> {
  const event = await db.speedEvents.get(id);
  if (!event) throw new Error('That speed mentoring event no longer exists.');
  return event;
}

/** Creates an event and its entry in the schedule; returns its id. */
export async function createSpeedEvent(programId: string, setup: SpeedSetup): Promise<string> {
  const problem = checkSpeedSetup(setup);
  if (problem) throw new Error(problem);
  return runWrite(db, [db.programs, db.speedEvents, db.events], async () => {
    if (!(await db.programs.get(programId))) throw new Error('That program no longer exists.');
    const id = newId();
    const eventId = newId();
    const schedule = scheduleFields(setup);
    await db.events.add({ id: eventId, programId, kind: 'speed', topic: null, notes: '', ...schedule });
    const now = nowIso();
    await db.speedEvents.add({
      id,
      programId,
      eventId,
      title: schedule.title,
      date: setup.date,
      startTime: setup.startTime,
      place: schedule.place,
      roundMinutes: setup.roundMinutes,
      prepMinutes: setup.prepMinutes,
      wrapMinutes: setup.wrapMinutes,
      roundCount: setup.roundCount,
      fitMinutes: setup.fitMinutes,
      tables: setup.tables,
      oddCount: setup.oddCount,
      everyoneMeetsEveryone: setup.everyoneMeetsEveryone,
      participantIds: [],
      walkIns: [],
      leftIds: [],
      plan: [],
      roundsHeld: 0,
      rounds: [],
      createdAt: now,
      updatedAt: now,
    });
    return id;
  });
}

/** Changes the setup (and the schedule entry with it). */
export async function updateSpeedSetup(id: string, changes: Partial<SpeedSetup>): Promise<void> {
  const problem = checkSpeedSetup(changes);
  if (problem) throw new Error(problem);
  await runWrite(db, [db.speedEvents, db.events], async () => {
    const stored = await getEvent(id);
    const next: SpeedEvent = { ...stored, ...changes, updatedAt: nowIso() };
    if (changes.title !== undefined) next.title = changes.title.trim();
    if (changes.place !== undefined) next.place = changes.place.trim();
    await db.speedEvents.put(next);
    const view = readSpeedEvent(next);
    const fields = scheduleFields(view);
    const scheduled = view.eventId ? await db.events.get(view.eventId) : undefined;
    if (scheduled) await db.events.put({ ...scheduled, ...fields });
  });
}

async function change(id: string, edit: (e: SpeedEvent) => SpeedEvent): Promise<void> {
  await runWrite(db, [db.speedEvents], async () => {
    const stored = await getEvent(id);
    await db.speedEvents.put({ ...edit(stored), updatedAt: nowIso() });
  });
}

/** Checks a participant in at the door (or takes the check-in back). */
export async function setCheckedIn(id: string, participantId: string, present: boolean): Promise<void> {
  await change(id, (e) => {
    const others = e.participantIds.filter((p) => p !== participantId);
    return {
      ...e,
      participantIds: present ? [...others, participantId] : others,
      leftIds: (e.leftIds ?? []).filter((p) => p !== participantId),
    };
  });
}

/** Adds someone who walked in; returns their id. The name is required, the email optional. */
export async function addWalkIn(id: string, name: string, email: string): Promise<string> {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (clean === '') throw new Error('Name: type the name of the person who walked in.');
  if (clean.length > 300) throw new Error('Name: keep it under 300 characters.');
  const mail = email.trim();
  if (mail !== '' && !/^[^\s@]+@[^\s@]+$/.test(mail)) throw new Error(`Email: "${mail}" is not an e-mail address; correct it or leave it empty.`);
  const walkInId = newId();
  await change(id, (e) => ({ ...e, walkIns: [...(e.walkIns ?? []), { id: walkInId, name: clean, email: mail }] }));
  return walkInId;
}

/** Marks someone as having left (or back again). The plan is re-planned by the caller. */
export async function setLeft(id: string, personId: string, left: boolean): Promise<void> {
  await change(id, (e) => {
    const others = (e.leftIds ?? []).filter((p) => p !== personId);
    return { ...e, leftIds: left ? [...others, personId] : others };
  });
}

/**
 * Saves a plan. Rounds already held must come back unchanged: a plan that alters one is refused.
 */
export async function savePlan(id: string, plan: SpeedRoundRecord[]): Promise<void> {
  await change(id, (e) => {
    const held = (e.plan ?? []).slice(0, e.roundsHeld ?? 0);
    if (JSON.stringify(plan.slice(0, held.length)) !== JSON.stringify(held)) {
      throw new Error('Rounds already held cannot change: plan again from the next round.');
    }
    return { ...e, plan };
  });
}

/** Sets how many rounds were held (the live mode moves it as rounds end). */
export async function setRoundsHeld(id: string, held: number): Promise<void> {
  await change(id, (e) => ({ ...e, roundsHeld: Math.max(0, Math.min(held, (e.plan ?? []).length)) }));
}

/**
 * Records who actually met (pairs per round; [id, null] for a sit-out) and adds every meeting
 * between two participants to both people-known lists, all in one transaction.
 */
export async function recordMeetings(id: string, rounds: [string, string | null][][], today: string): Promise<number> {
  return runWrite(db, [db.speedEvents, db.participants], async () => {
    const stored = await getEvent(id);
    const participants = await db.participants.where('programId').equals(stored.programId).toArray();
    const additions = knownWellAdditions(rounds, participants);
    const now = nowIso();
    const changed = participants
      .filter((p) => additions.has(p.id))
      .map((p) => ({ ...p, knownWell: [...p.knownWell, ...additions.get(p.id)!], updatedAt: now }));
    if (changed.length > 0) await db.participants.bulkPut(changed);
    await db.speedEvents.put({ ...stored, rounds, meetingsRecordedOn: today, updatedAt: now });
    return changed.length;
  });
}

/**
 * Sets one person's "I'd like to continue with …" choices (up to 3 other people at the event).
 * For a participant the choices among participants also go on their record, where pairing
 * reads them (a bonus when two people chose each other). One transaction.
 */
export async function setContinueWith(id: string, personId: string, choices: string[]): Promise<void> {
  await setContinueWithMany(id, { [personId]: choices });
}

/**
 * Sets the continue-with choices of several people at once (an import, or its undo), all in one
 * transaction: nothing is saved when one person's choices are not allowed.
 */
export async function setContinueWithMany(id: string, byPerson: Readonly<Record<string, readonly string[]>>): Promise<void> {
  const cleaned = Object.entries(byPerson).map(([personId, choices]) => {
    const unique = [...new Set(choices)].filter((c) => c !== personId);
    if (unique.length > 3) throw new Error('Continue with: choose at most 3 people.');
    return [personId, unique] as const;
  });
  await runWrite(db, [db.speedEvents, db.participants], async () => {
    const stored = await getEvent(id);
    const now = nowIso();
    await db.speedEvents.put({ ...stored, continueWith: { ...(stored.continueWith ?? {}), ...Object.fromEntries(cleaned) }, updatedAt: now });
    for (const [personId, unique] of cleaned) {
      const person = await db.participants.get(personId);
      if (!person || person.programId !== stored.programId) continue;
      const known = await db.participants.bulkGet(unique);
      const participantChoices = unique.filter((_, i) => known[i]?.programId === stored.programId);
      await db.participants.put({ ...person, continueWith: participantChoices, updatedAt: now });
    }
  });
}

/** Deletes an event and its schedule entry. */
export async function deleteSpeedEvent(id: string): Promise<void> {
  await runWrite(db, [db.speedEvents, db.events], async () => {
    const stored = await getEvent(id);
    if (stored.eventId) await db.events.delete(stored.eventId);
    await db.speedEvents.delete(id);
  });
}
