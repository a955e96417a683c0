/**
 * The self-rating grid of one person: rows are the competencies their team chose, columns the
 * start (pre) and end (post) of the year. Pure: what a key press means, where the cursor goes,
 * and which rows a person has (with the reason when they have none).
 */
import type { Competency, Participant, Rating, Team, TeamMember } from '../model';

export type RatingPhase = Rating['phase'];
export const RATING_PHASES: readonly RatingPhase[] = ['pre', 'post'];
export const PHASE_WORDS: Record<RatingPhase, string> = { pre: 'Start', post: 'End' };

/** A cell of the grid: row index and column (0 = start, 1 = end). */
export interface GridCell {
  row: number;
  col: 0 | 1;
}

export type GridMove = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

/**
 * The cell a move lands on in a grid of `rows` rows. Up/down/left/right stop at the edges;
 * next/previous (Tab, Enter) walk the start column top to bottom, then the end column, and stop
 * at the last (first) cell.
 */
export function moveInGrid(cell: GridCell, move: GridMove, rows: number): GridCell {
  if (rows <= 0) return { row: 0, col: 0 };
  const row = Math.min(Math.max(cell.row, 0), rows - 1);
  const col = cell.col;
  switch (move) {
    case 'up':
      return { row: Math.max(row - 1, 0), col };
    case 'down':
      return { row: Math.min(row + 1, rows - 1), col };
    case 'left':
      return { row, col: 0 };
    case 'right':
      return { row, col: 1 };
    case 'next': {
      const at = col * rows + row;
      const to = Math.min(at + 1, 2 * rows - 1);
      return { row: to % rows, col: to >= rows ? 1 : 0 };
    }
    case 'previous': {
      const at = col * rows + row;
      const to = Math.max(at - 1, 0);
      return { row: to % rows, col: to >= rows ? 1 : 0 };
    }
  }
}

/** What typing a key in a rating cell means. */
export type RatingKey =
  | { kind: 'set'; value: number }
  | { kind: 'clear' }
  | { kind: 'refuse'; message: string }
  | { kind: 'ignore' };

/**
 * Reads a key typed in a rating cell: 1–5 sets, Delete/Backspace clears, any other printable
 * character is refused with a message saying what to type; other keys (arrows, Tab…) are left
 * to the grid.
 */
export function readRatingKey(key: string): RatingKey {
  if (/^[1-5]$/.test(key)) return { kind: 'set', value: Number(key) };
  if (key === 'Delete' || key === 'Backspace') return { kind: 'clear' };
  if ([...key].length === 1 && key.trim() !== '') {
    return /^[06-9]$/.test(key)
      ? { kind: 'refuse', message: `${key} is not on the scale: type a number from 1 to 5 (Delete clears).` }
      : { kind: 'refuse', message: `“${key}” is not a rating: type a number from 1 to 5 (Delete clears).` };
  }
  return { kind: 'ignore' };
}

/** A valid stored or typed rating value: a whole number from 1 to 5. */
export function isRatingValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The team a person belongs to for evaluation: their confirmed team, else the last one that ended. */
export function evaluationTeam(
  participantId: string,
  teams: readonly Team[],
  members: readonly TeamMember[],
): Team | null {
  const teamIds = new Set(members.filter((m) => m.participantId === participantId).map((m) => m.teamId));
  const theirs = teams.filter((t) => teamIds.has(t.id) && t.status !== 'proposed');
  const confirmed = theirs.find((t) => t.status === 'confirmed');
  if (confirmed) return confirmed;
  return [...theirs].sort((a, b) => (a.endedOn < b.endedOn ? 1 : a.endedOn > b.endedOn ? -1 : 0))[0] ?? null;
}

/** One row of a person's grid. */
export interface GridRow {
  competency: Pick<Competency, 'id' | 'name' | 'description'>;
  /** False for a competency rated earlier that the team no longer has chosen (kept visible). */
  chosen: boolean;
  pre: number | null;
  post: number | null;
}

/** A person's grid, or why there is none and what to do. */
export type PersonGrid =
  | { ok: true; team: Team; rows: GridRow[] }
  | { ok: false; team: Team | null; reason: string; rows: GridRow[] };

/**
 * The rows of one person's grid: their team's chosen competencies in the team's order, then any
 * competency they were rated on that the team no longer lists (so no rating is ever hidden).
 */
export function personGrid(
  person: Pick<Participant, 'id' | 'firstName' | 'name'>,
  team: Team | null,
  competencies: readonly Competency[],
  ratings: readonly Rating[],
): PersonGrid {
  const byId = new Map(competencies.map((c) => [c.id, c]));
  const mine = ratings.filter((r) => r.participantId === person.id);
  const valueOf = (competencyId: string, phase: RatingPhase): number | null =>
    mine.find((r) => r.competencyId === competencyId && r.phase === phase)?.value ?? null;
  const row = (c: Competency, chosen: boolean): GridRow => ({
    competency: { id: c.id, name: c.name, description: c.description },
    chosen,
    pre: valueOf(c.id, 'pre'),
    post: valueOf(c.id, 'post'),
  });
  const chosenIds = (team?.competencyIds ?? []).filter((id) => byId.has(id));
  const rows = chosenIds.map((id) => row(byId.get(id) as Competency, true));
  const extra = [...new Set(mine.map((r) => r.competencyId))].filter((id) => !chosenIds.includes(id) && byId.has(id));
  rows.push(...extra.map((id) => row(byId.get(id) as Competency, false)));
  const first = person.firstName || person.name;
  if (!team) {
    return {
      ok: false,
      team: null,
      reason: `${first} is not in a team, so there are no competencies to rate. Pair them on the Pairing board first; the grid then shows the competencies their team chooses.`,
      rows,
    };
  }
  if (chosenIds.length === 0) {
    return {
      ok: false,
      team,
      reason: `${first}'s team has not chosen its competencies yet. Record the team's choice on its team page; the grid then shows them.`,
      rows,
    };
  }
  return { ok: true, team, rows };
}

/** How many of `people` have at least one rating in `phase`. */
export function countRated(peopleIds: readonly string[], ratings: readonly Rating[], phase: RatingPhase): number {
  const rated = new Set(ratings.filter((r) => r.phase === phase).map((r) => r.participantId));
  return peopleIds.filter((id) => rated.has(id)).length;
}

/** "18 of 24 rated at the start · 11 of 24 at the end" (people here: the ones who can be rated). */
export function ratingProgressWords(total: number, pre: number, post: number): string {
  if (total === 0) return 'Nobody to rate yet: people get a grid once their team has chosen its competencies.';
  return `${pre} of ${total} rated at the start · ${post} of ${total} at the end`;
}

/** What 1 and 5 mean on every self-rating, in the words of the printed form and the screen. */
export const RATING_SCALE_WORDS = {
  low: 'I am just starting to learn this',
  high: 'I do this well and could help others with it',
} as const;

/** The people of the evaluation screens in alphabetical order of their printed name. */
export function evaluationOrder<T extends Pick<Participant, 'name' | 'firstName' | 'lastName' | 'id'>>(people: readonly T[]): T[] {
  const key = (p: T) => `${p.lastName || p.name} ${p.firstName}`;
  return [...people].sort((a, b) => key(a).localeCompare(key(b), 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1));
}
