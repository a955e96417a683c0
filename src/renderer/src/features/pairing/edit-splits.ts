/**
 * What a hand change would split before it is made: the board asks first when a swap, a break or
 * a pin would put people who registered together (or asked to work together under a hard rule)
 * in different teams. Pure over the board, so the dialog knows at once.
 */
import { bondsSplit, type Bond } from '../../domain/pairing/kept-bonds';
import type { PairingMode } from '../../db/teams-repo';
import {
  applyEdit,
  EditRefusedError,
  teamIndexOf,
  type BoardEdit,
  type DraftTeam,
} from './board-edits';
import type { BoardState } from './board-state';

/**
 * The edit a pin makes at once: in pairs mode, two people in different teams, neither locked,
 * are paired now; otherwise (null) the pin only applies at the next run.
 */
export function pinEdit(
  mode: PairingMode,
  drafts: readonly DraftTeam[],
  personId: string,
  otherId: string,
): BoardEdit | null {
  const tx = teamIndexOf(drafts, personId);
  const ty = teamIndexOf(drafts, otherId);
  const together = tx >= 0 && tx === ty;
  const locked = (tx >= 0 && drafts[tx]?.locked) || (ty >= 0 && drafts[ty]?.locked);
  return mode === 'pairs' && !together && !locked ? { type: 'pair-with', personId, otherId } : null;
}

/** The bonds `edit` would split on this board (none for an edit that would be refused). */
export function splitsOfEdit(
  board: Pick<BoardState, 'drafts' | 'peopleById' | 'evaluateJob'>,
  edit: BoardEdit | null,
): Bond[] {
  if (!edit) return [];
  let after: DraftTeam[];
  try {
    // Whether left-behind partners pair up never joins or splits a bond: they were apart before.
    after = applyEdit(board.drafts, edit, () => true);
  } catch (error) {
    if (error instanceof EditRefusedError) return [];
    throw error;
  }
  return bondsSplit(board.drafts, after, board.peopleById, board.evaluateJob.settings);
}
