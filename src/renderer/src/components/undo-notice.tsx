/**
 * A done message with an Undo button, for changes that can be taken back (a meeting logged, a
 * note deleted, teams swapped). The change goes into the app's one undo history under its name,
 * so Ctrl/Cmd+Z and the Edit menu take it back too, long after the message is gone; the button
 * takes back this very change through the same history.
 */
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { appUndoHistory, type UndoableAction } from './undo-history';

/** A change to show and to register. */
export interface UndoableChange {
  /** The message's title ("Ann and Bo swapped"). */
  title: string;
  message: string;
  /** The history's name for it, a short verb phrase ("swap Ann and Bo"); the title when absent. */
  label?: string | undefined;
  undo: () => Promise<void>;
  /** Makes the change again; absent when it cannot (say why in `cannotRedo`). */
  redo?: (() => Promise<void>) | undefined;
  cannotRedo?: string | undefined;
  undoneMessage?: string | undefined;
  /** The thing changed, for its own "Undo last change" (see `UndoableAction.scope`). */
  scope?: string | undefined;
}

/** Shows the change with an Undo button and registers it in the undo history; returns its id there. */
export function notifyUndoable(change: UndoableChange): number;
/** The short form (title, message, undo): registered under its title, and it cannot be redone. */
export function notifyUndoable(title: string, message: string, undo: () => Promise<void>, undoneMessage?: string): number;
export function notifyUndoable(
  first: UndoableChange | string,
  message = '',
  undo: () => Promise<void> = () => Promise.resolve(),
  undoneMessage?: string,
): number {
  const change: UndoableChange =
    typeof first === 'string'
      ? { title: first, message, undo, undoneMessage, cannotRedo: 'This change can be undone but not redone: make it again by hand.' }
      : first;
  const id = `undo-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const action: UndoableAction = {
    undo: async () => {
      await change.undo();
      notifications.hide(id);
    },
    redo: change.redo,
    cannotRedo: change.cannotRedo,
    undoneMessage: change.undoneMessage ?? 'It is back as it was.',
    scope: change.scope,
  };
  const entryId = appUndoHistory().record(change.label ?? change.title, action);
  notifications.show({
    id,
    color: 'teal',
    title: change.title,
    autoClose: 8000,
    closeButtonProps: { 'aria-label': 'Dismiss' },
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" c="dimmed">
          {change.message}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          style={{ flexShrink: 0 }}
          onClick={() => {
            notifications.hide(id);
            void appUndoHistory().undoEntry(entryId);
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
  return entryId;
}
