/**
 * The head of a person's card on the evaluation tabs: their name (and "Withdrawn"), a line under
 * it, and the button that takes back this person's newest change on this tab.
 */
import { Badge, Button, Group, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { reportError } from '../../components/report-error';
import { appUndoHistory, useScopedUndo } from '../../components/undo-history';
import type { Participant } from '../../domain/model';

interface Props {
  person: Pick<Participant, 'name' | 'status'>;
  /** The line under the name. */
  children: ReactNode;
  /** The undo history's scope of this person's changes on this tab. */
  scope: string;
  undoLabel: string;
  /** Told the name of what was undone. */
  onUndone?: (label: string) => void;
}

export function PersonHeading({ person, children, scope, undoLabel, onUndone }: Props) {
  const undo = useScopedUndo(scope);
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap">
      <div>
        <Group gap="xs">
          <Title order={2} size="h3">
            {person.name}
          </Title>
          {person.status === 'withdrawn' && (
            <Badge color="gray" variant="light">
              Withdrawn
            </Badge>
          )}
        </Group>
        {children}
      </div>
      <Button
        variant="default"
        leftSection={<IconArrowBackUp size={16} />}
        disabled={undo.count === 0}
        onClick={() =>
          void appUndoHistory()
            .undoLatestIn(scope)
            .then((label) => label && onUndone?.(label), reportError)
        }
      >
        {undoLabel}
      </Button>
    </Group>
  );
}
