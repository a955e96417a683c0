/**
 * A stored speed mentoring event read with today's defaults (fields added later may be missing
 * on old records), its setup rules, who is in the room, and what the event leaves behind (who
 * met whom, for the people-known lists).
 */
import type { Participant, SpeedEvent, SpeedRoundRecord, SpeedWalkIn } from '../model';
import { isIsoDate, parseClockTime } from '../schedule/iso-dates';
import { meetingKey, type OddCountRule, type SpeedPerson, type SpeedRound } from './speed-model';
import { roundsThatFit } from './timing';

/** What the coordinator sets up before the event. */
export interface SpeedSetup {
  title: string;
  date: string;
  startTime: string;
  place: string;
  /** Minutes per round: half each way (4 + 4 by default). */
  roundMinutes: number;
  prepMinutes: number;
  wrapMinutes: number;
  /** Rounds asked for, when `fitMinutes` is 0. */
  roundCount: number;
  /** "As many rounds as fit in N minutes", or 0. */
  fitMinutes: number;
  tables: number;
  oddCount: OddCountRule;
  everyoneMeetsEveryone: boolean;
}

/** A stored event with every later field filled in. */
export interface SpeedEventView extends SpeedSetup {
  id: string;
  programId: string;
  eventId: string;
  participantIds: string[];
  walkIns: SpeedWalkIn[];
  leftIds: string[];
  plan: SpeedRoundRecord[];
  roundsHeld: number;
  rounds: [string, string | null][][];
  meetingsRecordedOn: string;
  continueWith: Record<string, string[]>;
}

export const DEFAULT_SPEED_SETUP: Omit<SpeedSetup, 'title' | 'date'> = {
  startTime: '',
  place: '',
  roundMinutes: 8,
  prepMinutes: 5,
  wrapMinutes: 15,
  roundCount: 6,
  fitMinutes: 0,
  tables: 12,
  oddCount: 'triad',
  everyoneMeetsEveryone: false,
};

/** Reads a stored event, filling fields older records do not have. */
export function readSpeedEvent(e: SpeedEvent): SpeedEventView {
  const d = DEFAULT_SPEED_SETUP;
  return {
    id: e.id,
    programId: e.programId,
    title: e.title,
    date: e.date,
    roundMinutes: e.roundMinutes,
    prepMinutes: e.prepMinutes,
    eventId: e.eventId ?? '',
    startTime: e.startTime ?? d.startTime,
    place: e.place ?? d.place,
    wrapMinutes: e.wrapMinutes ?? d.wrapMinutes,
    roundCount: e.roundCount ?? (e.rounds.length > 0 ? e.rounds.length : d.roundCount),
    fitMinutes: e.fitMinutes ?? d.fitMinutes,
    tables: e.tables ?? d.tables,
    oddCount: e.oddCount ?? d.oddCount,
    everyoneMeetsEveryone: e.everyoneMeetsEveryone ?? d.everyoneMeetsEveryone,
    participantIds: e.participantIds,
    walkIns: e.walkIns ?? [],
    leftIds: e.leftIds ?? [],
    plan: e.plan ?? [],
    roundsHeld: Math.min(e.roundsHeld ?? 0, (e.plan ?? []).length),
    rounds: e.rounds,
    meetingsRecordedOn: e.meetingsRecordedOn ?? '',
    continueWith: e.continueWith ?? {},
  };
}

/** Rounds the setup asks for (the "fit in N minutes" rule when set). */
export function roundsAsked(setup: SpeedSetup): number {
  return setup.fitMinutes > 0
    ? roundsThatFit(setup.fitMinutes, setup.prepMinutes, setup.wrapMinutes, setup.roundMinutes)
    : setup.roundCount;
}

/** Length of the whole event in minutes for `rounds` rounds. */
export function eventMinutes(setup: SpeedSetup, rounds: number): number {
  return setup.fitMinutes > 0 ? setup.fitMinutes : setup.prepMinutes + rounds * setup.roundMinutes + setup.wrapMinutes;
}

/** Why a setup change cannot be saved, in words naming the field and the fix; null when it can. */
export function checkSpeedSetup(changes: Partial<SpeedSetup>): string | null {
  const c = changes;
  if (c.title !== undefined && c.title.trim() === '') return 'Title: give the event a name, e.g. "Speed peer mentoring".';
  if (c.date !== undefined && !isIsoDate(c.date)) return 'Date: enter a real day (YYYY-MM-DD).';
  if (c.startTime !== undefined && c.startTime !== '' && parseClockTime(c.startTime) === null) {
    return 'Start: enter a time of day such as 12:30, or leave it empty.';
  }
  const whole = (v: number | undefined, min: number, max: number): boolean =>
    v === undefined || (Number.isInteger(v) && v >= min && v <= max);
  if (!whole(c.roundMinutes, 2, 120)) return 'Round length: enter whole minutes from 2 to 120 (8 gives 4 minutes each way).';
  if (!whole(c.prepMinutes, 0, 120)) return 'Preparation: enter whole minutes from 0 to 120.';
  if (!whole(c.wrapMinutes, 0, 120)) return 'Wrap-up: enter whole minutes from 0 to 120.';
  if (!whole(c.roundCount, 1, 200)) return 'Rounds: enter a whole number from 1 to 200.';
  if (!whole(c.fitMinutes, 0, 1440)) return 'Time available: enter whole minutes up to 1440, or 0 to give the number of rounds.';
  if (!whole(c.tables, 1, 1000)) return 'Tables: enter a whole number from 1 to 1000.';
  return null;
}

/** Display name of everyone who can be at the event (participants and walk-ins), by id. */
export function speedNames(event: SpeedEventView, participants: readonly Participant[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of participants) out.set(p.id, p.name);
  for (const w of event.walkIns) out.set(w.id, w.name);
  return out;
}

/** Everyone in the room now (checked in or walked in, and not left), in check-in order. */
export function peopleInRoom(event: SpeedEventView, participants: readonly Participant[]): SpeedPerson[] {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const left = new Set(event.leftIds);
  const out: SpeedPerson[] = [];
  for (const id of event.participantIds) {
    const p = byId.get(id);
    if (!p || left.has(id)) continue;
    out.push({
      id,
      name: p.name,
      department: p.department,
      offers: p.offers,
      wants: p.wants,
      knownWell: p.knownWell,
      doNotPair: p.doNotPair,
    });
  }
  for (const w of event.walkIns) {
    if (left.has(w.id)) continue;
    out.push({ id: w.id, name: w.name, department: '', offers: [], wants: [], knownWell: [], doNotPair: [] });
  }
  return out;
}

/** The plan as the planner's rounds. */
export function planRounds(event: SpeedEventView): SpeedRound[] {
  return event.plan.map((r) => ({ tables: r.tables.map((t) => ({ table: t.table, people: [...t.people] })), sitOut: [...r.sitOut] }));
}

/** Who met whom in each round of a plan: every pair at a table, and [id, null] for a sit-out. */
export function meetingsFromPlan(plan: readonly SpeedRoundRecord[]): [string, string | null][][] {
  return plan.map((r) => [
    ...r.tables.flatMap((t) => {
      const out: [string, string][] = [];
      for (let i = 0; i < t.people.length; i++) for (let j = i + 1; j < t.people.length; j++) out.push([t.people[i]!, t.people[j]!]);
      return out;
    }),
    ...r.sitOut.map((id): [string, null] => [id, null]),
  ]);
}

/**
 * For each participant, the people they met at the event whom they did not list as known well
 * yet (walk-ins are not participants and are left out). Each meeting counts for both people.
 */
export function knownWellAdditions(
  rounds: readonly (readonly [string, string | null])[][],
  participants: readonly Participant[],
): Map<string, string[]> {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const out = new Map<string, string[]>();
  const add = (who: string, other: string): void => {
    const p = byId.get(who);
    if (!p || p.knownWell.includes(other) || !byId.has(other)) return;
    const list = out.get(who) ?? [];
    list.push(other);
    out.set(who, list);
  };
  for (const round of rounds) {
    for (const [a, b] of round) {
      if (b === null || a === b) continue;
      const key = meetingKey(a, b);
      if (seen.has(key)) continue;
      seen.add(key);
      add(a, b);
      add(b, a);
    }
  }
  return out;
}

/** Pairs who both chose to continue with each other ("I'd like to continue with …"). */
export function mutualContinueChoices(continueWith: Readonly<Record<string, readonly string[]>>): [string, string][] {
  const out: [string, string][] = [];
  for (const [a, choices] of Object.entries(continueWith)) {
    for (const b of choices) {
      if (a < b && (continueWith[b] ?? []).includes(a)) out.push([a, b]);
    }
  }
  return out;
}
