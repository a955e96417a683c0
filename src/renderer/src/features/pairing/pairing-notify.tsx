/**
 * Notifications of the pairing board that offer to undo what was just done.
 */
import type { TeamsSnapshot } from '../../db/teams-repo';
import { notifyUndoable } from '../../components/undo-notice';
import { undoChange } from './pairing-actions';

/** Shows a done message with an Undo button that puts the teams back as in `snapshot`. */
export function notifyWithUndo(
  title: string,
  message: string,
  snapshot: TeamsSnapshot,
  undo?: () => Promise<void>,
): void {
  notifyUndoable(title, message, undo ?? (() => undoChange(snapshot)), 'The teams are back as they were.');
}
