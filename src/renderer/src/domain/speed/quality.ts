/**
 * The figures shown with a rotation plan: how many meetings are new, between people who do not
 * know each other well, across departments; repeats (must be 0); sit-outs per person; and how
 * many people change table between rounds.
 */
import { meetingKey, roundMeetings, type SpeedPerson, type SpeedRound } from './speed-model';
import { tableMoves } from './tables';

export interface RotationQuality {
  /** Meetings in the plan (a table of three holds three). */
  meetings: number;
  /** Percent of meetings between people who had not met at an earlier speed mentoring event. */
  newPercent: number;
  /** Percent of meetings between people neither of whom lists the other as known well. */
  unknownPercent: number;
  /** Percent of meetings across two different (known) departments. */
  differentDepartmentPercent: number;
  /** Pairs that meet more than once (always 0 for a plan from `planRotation`). */
  repeats: number;
  /** Sit-outs of each person who sat out at least once, by id. */
  sitOuts: Map<string, number>;
  /** Most sit-outs of any one person. */
  mostSitOuts: number;
  /** People who change table between consecutive rounds, summed over the event. */
  tableChanges: number;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10;
}

/** Figures of a plan for the people it seats (people not in `people` count as unknown). */
export function rotationQuality(
  rounds: readonly SpeedRound[],
  people: readonly SpeedPerson[],
  metBefore: readonly (readonly [string, string])[] = [],
): RotationQuality {
  const byId = new Map(people.map((p) => [p.id, p]));
  const known = new Set<string>();
  for (const p of people) for (const q of p.knownWell) known.add(meetingKey(p.id, q));
  const earlier = new Set(metBefore.map(([a, b]) => meetingKey(a, b)));
  const seen = new Map<string, number>();
  let fresh = 0;
  let unknown = 0;
  let crossDepartment = 0;
  const meetings = roundMeetings(rounds);
  for (const [a, b] of meetings) {
    const key = meetingKey(a, b);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (!earlier.has(key)) fresh++;
    if (!known.has(key)) unknown++;
    const da = byId.get(a)?.department.trim().toLowerCase() ?? '';
    const db = byId.get(b)?.department.trim().toLowerCase() ?? '';
    if (da !== '' && db !== '' && da !== db) crossDepartment++;
  }
  let repeats = 0;
  for (const count of seen.values()) if (count > 1) repeats++;
  const sitOuts = new Map<string, number>();
  for (const r of rounds) for (const id of r.sitOut) sitOuts.set(id, (sitOuts.get(id) ?? 0) + 1);
  let tableChanges = 0;
  for (let r = 1; r < rounds.length; r++) tableChanges += tableMoves(rounds[r - 1]!.tables, rounds[r]!.tables);
  return {
    meetings: meetings.length,
    newPercent: percent(fresh, meetings.length),
    unknownPercent: percent(unknown, meetings.length),
    differentDepartmentPercent: percent(crossDepartment, meetings.length),
    repeats,
    sitOuts,
    mostSitOuts: Math.max(0, ...sitOuts.values()),
    tableChanges,
  };
}
