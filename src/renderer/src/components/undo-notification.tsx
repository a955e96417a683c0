/**
 * A "done" notification with an Undo button, for changes that can be taken back in one click
 * (resolving or snoozing a flag, ending a team).
 */
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { reportDone, reportError } from './report-error';

/** Shows `title` and `message`; Undo runs `undo`, then says `undone`. */
export function notifyUndoable(title: string, message: string, undo: () => Promise<void>, undone: string): void {
  const id = `undo-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  notifications.show({
    id,
    color: 'teal',
    title,
    autoClose: 8000,
    closeButtonProps: { 'aria-label': 'Dismiss' },
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" c="dimmed">
          {message}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            undo().then(() => reportDone('Undone', undone), reportError);
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
