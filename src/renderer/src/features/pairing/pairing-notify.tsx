/**
 * Notifications of the pairing board that offer to undo what was just done. Each change goes into
 * the app's undo history with the teams before and after it, so it can be undone and redone while
 * the teams stay as the change left them (refused, changing nothing, once they changed since).
 */
import { readTeamsSnapshot, switchTeamsSnapshot, type TeamsSnapshot } from '../../db/teams-repo';
import { reportError } from '../../components/report-error';
import { notifyUndoable } from '../../components/undo-notice';

/** How a board change is named and taken back. */
export interface BoardUndoOptions {
  /** The undo history's name for it ("swap Ann and Bo"); the title when absent. */
  label?: string;
  /** Takes it back another way (a confirm also forgets the board's "Undo confirm"). */
  undo?: () => Promise<void>;
  /** Tags the step, so a button of the board can take back this very step from the history. */
  scope?: string;
}

/** Shows a done message with an Undo button that puts the teams back as in `snapshot`. */
export function notifyWithUndo(title: string, message: string, snapshot: TeamsSnapshot, options: BoardUndoOptions = {}): void {
  readTeamsSnapshot(snapshot.programId).then(
    (after) =>
      notifyUndoable({
        title,
        message,
        label: options.label,
        undo: options.undo ?? (() => switchTeamsSnapshot(after, snapshot)),
        redo: () => switchTeamsSnapshot(snapshot, after),
        undoneMessage: 'The teams are back as they were.',
        scope: options.scope,
      }),
    reportError,
  );
}
