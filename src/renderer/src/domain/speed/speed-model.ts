/**
 * Shapes of a speed peer mentoring rotation: who is in the room, the rounds (tables of two, or
 * three for a triad, and who sits out), and the plan's figures. Plain data, shared by the
 * planner, the live mode, the printables and the storage layer.
 */

/** One person in the room: a participant of the program, or a walk-in (empty lists). */
export interface SpeedPerson {
  id: string;
  name: string;
  department: string;
  /** Competency ids this person can offer. */
  offers: readonly string[];
  /** Competency ids this person wants to develop. */
  wants: readonly string[];
  /** Ids of people this person already knows well. */
  knownWell: readonly string[];
  /** Ids of people this person must never be seated with. */
  doNotPair: readonly string[];
}

/** One table in one round: two people, or three when the count is odd and triads were chosen. */
export interface SpeedTable {
  /** Table number shown on the plan and the cards, from 1. */
  table: number;
  people: string[];
}

/** One round: its tables and who sits this round out. */
export interface SpeedRound {
  tables: SpeedTable[];
  sitOut: string[];
}

/** What to do with an odd count: one table of three each round, or one person sits out in turn. */
export type OddCountRule = 'triad' | 'sit-out';

/** Everything the planner needs; the clock and the database stay outside. */
export interface RotationInput {
  /** Everyone present for the rounds still to plan, in check-in order. */
  people: readonly SpeedPerson[];
  /** Rounds in the whole event, those already held included. */
  rounds: number;
  oddCount: OddCountRule;
  /** Plan every possible meeting with the circle method (n−1 rounds, n when odd). */
  everyoneMeetsEveryone: boolean;
  /** Member ids of each confirmed team of the program: they are kept apart. */
  keptApart: readonly (readonly string[])[];
  /** Rounds already held: copied unchanged, and nobody meets anyone from them again. */
  held: readonly SpeedRound[];
  /** Pairs who met at an earlier speed mentoring event (treated like "knows well"). */
  metBefore?: readonly (readonly [string, string])[];
}

/** The planner's answer. */
export interface RotationPlan {
  /** Held rounds first (unchanged), then the planned ones. */
  rounds: SpeedRound[];
  /** Rounds asked for. */
  asked: number;
  /** True when fewer rounds than asked could be planned without breaking a hard rule. */
  short: boolean;
  /** When short: why, in words, with the largest number of rounds that works. Empty otherwise. */
  message: string;
}

/** Key of an unordered pair of ids. */
export function meetingKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Every pair that meets at a table (three pairs for a table of three). */
export function tableMeetings(table: SpeedTable): [string, string][] {
  const out: [string, string][] = [];
  const p = table.people;
  for (let i = 0; i < p.length; i++) {
    for (let j = i + 1; j < p.length; j++) out.push([p[i]!, p[j]!]);
  }
  return out;
}

/** Every meeting of the given rounds, in order. */
export function roundMeetings(rounds: readonly SpeedRound[]): [string, string][] {
  return rounds.flatMap((r) => r.tables.flatMap(tableMeetings));
}
