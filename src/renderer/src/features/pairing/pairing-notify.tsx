/**
 * Notifications of the pairing board that offer to undo what was just done.
 */
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TeamsSnapshot } from '../../db/teams-repo';
import { reportDone, reportError } from '../../components/report-error';
import { undoChange } from './pairing-actions';

/** Shows a done message with an Undo button that puts the teams back as in `snapshot`. */
export function notifyWithUndo(
  title: string,
  message: string,
  snapshot: TeamsSnapshot,
  undo?: () => Promise<void>,
): void {
  const id = `pairing-${Date.now()}-${Math.random().toString(36).slice(2)}`;
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
            (undo ?? (() => undoChange(snapshot)))().then(
              () => reportDone('Undone', 'The teams are back as they were.'),
              reportError,
            );
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
