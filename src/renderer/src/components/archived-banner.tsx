/**
 * An archived program is read-only (the write guard refuses every change to it). The shell shows
 * this banner on every screen of an archived program, with the way back; screens hide what would
 * be refused, or show it through `ReadOnlyFieldset`.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { setProgramStatus, useCurrentProgram } from '../db/programs-repo';
import type { Program } from '../domain/model';
import { reportDone, reportError } from './report-error';

/** The words for an archived program's read-only state (banner, tooltips). */
export const ARCHIVED_READ_ONLY = 'Archived · read-only';

function confirmReactivate(program: Program) {
  modals.openConfirmModal({
    title: `Reactivate “${program.name}”?`,
    children: (
      <Text size="sm">
        It becomes editable again, and its teams stop counting as previous partners for other programs until it is
        archived again (people carried over to next year keep theirs). Archive it again from Programs when you are
        done.
      </Text>
    ),
    labels: { confirm: 'Reactivate', cancel: 'Keep it archived' },
    closeButtonProps: { 'aria-label': 'Close' },
    onConfirm: () =>
      void setProgramStatus(program.id, 'active').then(
        () => reportDone('Program reactivated', `${program.name} can be changed again.`),
        reportError,
      ),
  });
}

/** Shown above every screen of an archived program. */
export function ArchivedBanner() {
  const program = useCurrentProgram();
  if (program?.status !== 'archived') return null;
  return (
    <Alert color="gray" variant="light" icon={<IconArchive size={20} />} title={`${ARCHIVED_READ_ONLY}: ${program.name}`} mb="md" role="status">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">
          This program is archived: everything stays viewable and its documents can still be printed, but nothing can
          be changed. Switch to another program in the header to keep working, or reactivate this one to change it.
        </Text>
        <Button size="compact-sm" variant="default" onClick={() => confirmReactivate(program)}>
          Reactivate…
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * Shows its content without letting it be edited while `readOnly`: a borderless fieldset, so every
 * field and button inside is disabled by the browser itself.
 */
export function ReadOnlyFieldset({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  return (
    <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      {children}
    </fieldset>
  );
}
