/**
 * The header's Undo and Redo buttons: they name the next step of the app's undo history ("Undo:
 * swap Ann Lee and Bo Chen"), so the history is easy to find, and run it like the keys do.
 */
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { appUndoHistory, useUndoHistory } from './undo-history';
import { isMacPlatform } from './undo-keys';

/** Names of the keys, as this computer writes them. */
export function undoKeyNames(): { undo: string; redo: string } {
  return isMacPlatform() ? { undo: '⌘Z', redo: '⇧⌘Z' } : { undo: 'Ctrl+Z', redo: 'Ctrl+Y' };
}

/** "Undo: swap Ann and Bo", "Can’t redo: import “roster.csv”", or what there is not. */
export function undoRedoTitles(view: ReturnType<typeof useUndoHistory>): { undo: string; redo: string } {
  return {
    undo: view.undoLabel ? `Undo: ${view.undoLabel}` : 'Nothing to undo',
    redo: view.redoLabel ? `${view.redoBlocked ? 'Can’t redo' : 'Redo'}: ${view.redoLabel}` : 'Nothing to redo',
  };
}

export function UndoRedoButtons() {
  const view = useUndoHistory();
  const titles = undoRedoTitles(view);
  const keys = undoKeyNames();
  return (
    // Below the small breakpoint the header has no room; the command palette lists the steps.
    <Group gap={4} wrap="nowrap" visibleFrom="sm">
      <Tooltip label={view.undoLabel ? `${titles.undo} (${keys.undo})` : titles.undo}>
        <ActionIcon
          variant="default"
          size="lg"
          // The name stays fixed (screen readers and tests find the button by it); the step's
          // name is its description and tooltip.
          aria-label="Undo the last change"
          aria-description={titles.undo}
          disabled={!view.undoLabel}
          onClick={() => void appUndoHistory().undo()}
        >
          <IconArrowBackUp size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={view.redoBlocked ? `${titles.redo}. ${view.redoBlocked}` : view.redoLabel ? `${titles.redo} (${keys.redo})` : titles.redo} multiline maw={320}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Redo the undone change"
          aria-description={titles.redo}
          disabled={!view.redoLabel}
          onClick={() => void appUndoHistory().redo()}
        >
          <IconArrowForwardUp size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
