/**
 * A done message with an Undo button, for changes that can be taken back (a meeting logged, a
 * note deleted, a mark removed). The undo runs once; its own outcome is reported in words.
 */
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { reportDone, reportError } from './report-error';

/** Shows `title` and `message` with an Undo button that runs `undo`. */
export function notifyUndoable(
  title: string,
  message: string,
  undo: () => Promise<void>,
  undoneMessage = 'It is back as it was.',
): void {
  const id = `undo-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  let used = false;
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
          style={{ flexShrink: 0 }}
          onClick={() => {
            if (used) return;
            used = true;
            notifications.hide(id);
            undo().then(() => reportDone('Undone', undoneMessage), reportError);
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
