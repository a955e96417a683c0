/**
 * What the evaluation survey import does outside itself: register a committed import in the undo
 * history (Ctrl/Cmd+Z, the header's Undo), and undo one after showing what undo will do, or why it
 * cannot.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { formatMoment } from '../../components/dates';
import { reportDone, reportError } from '../../components/report-error';
import { recordUndoable } from '../../components/undo-history';
import { previewUndoEvaluationImport, undoEvaluationImport } from '../../db/evaluation-import-repo';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Registers an evaluation import in the undo history (the import screen shows its own summary). */
export function recordEvaluationImport(batchId: string, fileName: string): void {
  recordUndoable(`import the answers of “${fileName}”`, {
    undo: async () => {
      const result = await undoEvaluationImport(batchId);
      if (!result.ok) throw new Error(result.message);
    },
    // An undone import is not redone: its file has to be imported again.
    cannotRedo:
      'An undone import cannot be redone here: import the same file again to bring its answers back.',
    undoneMessage: 'The self-ratings and feedback are back as they were before the import.',
  });
}

/** Undo an evaluation import after the coordinator confirms (or say why it cannot be undone). */
export async function confirmUndoEvaluationImport(batchId: string): Promise<void> {
  const preview = await previewUndoEvaluationImport(batchId);
  if (!preview.ok) {
    const id = modals.open({
      title: 'This import cannot be undone',
      children: (
        <Stack gap="md">
          <Text size="sm">{preview.message}</Text>
          <Group justify="flex-end">
            <Button onClick={() => modals.close(id)}>Close</Button>
          </Group>
        </Stack>
      ),
    });
    return;
  }
  const { batch } = preview;
  modals.openConfirmModal({
    title: `Undo the import of “${batch.fileName}”?`,
    children: (
      <Text size="sm">
        Imported {formatMoment(batch.createdAt)}. Undo removes{' '}
        {plural(preview.removed, 'answer', 'answers')} it added and puts back{' '}
        {plural(preview.restored, 'earlier answer', 'earlier answers')} it replaced, exactly as they
        were. Answers typed by hand and other imports stay as they are.
      </Text>
    ),
    labels: { confirm: 'Undo import', cancel: 'Keep it' },
    confirmProps: { color: 'red' },
    onConfirm: () =>
      void undoEvaluationImport(batchId).then((result) => {
        if (!result.ok) {
          reportError(new Error(result.message));
          return;
        }
        reportDone(
          'Import undone',
          `${plural(result.removed, 'answer', 'answers')} removed, ${plural(result.restored, 'earlier answer', 'earlier answers')} put back.`,
        );
      }, reportError),
  });
}
