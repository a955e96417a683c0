/**
 * What the import screen does outside itself: get a file (picker or drop), save the template,
 * commit an import (automatic backup first, then one transaction), and undo one after showing
 * what undo will do.
 */
import { formatMoment } from '../../components/dates';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { reportDone, reportError } from '../../components/report-error';
import { recordUndoable } from '../../components/undo-history';
import { writeBackupBeforeImport } from '../../components/auto-backup-writer';
import { newId, nowIso } from '../../db/ids';
import { commitImport, previewUndoImport, undoImport } from '../../db/import-repo';
import type { Competency, Participant } from '../../domain/model';
import {
  pickSpreadsheetFile,
  readDroppedFile as readDroppedSpreadsheet,
  type PickedFile,
} from '../../components/import/spreadsheet-source';
import {
  applyMergePlan,
  rosterTemplateCsv,
  type ColumnMapping,
  type MergePlan,
} from '../../domain/import';
import { platform } from '../../platform';
import type { DoneSummary } from './import-session';
import { loadProgramEvents } from '../../db/events-repo';
import { todayIso } from '../../components/today';

/** A file to read, or the reason it cannot be; null when the coordinator cancelled. */
export type { PickedFile } from '../../components/import/spreadsheet-source';

/** Let the coordinator choose a roster file (native dialog on desktop, file input in a browser). */
export function pickRosterFile(): Promise<PickedFile> {
  return pickSpreadsheetFile('roster');
}

/** Read a dropped roster file, refusing one over the size limit before loading it into memory. */
export function readDroppedFile(file: File): Promise<PickedFile> {
  return readDroppedSpreadsheet(file, 'roster');
}

/** Save the blank roster template (headers and two example rows). */
export async function downloadRosterTemplate(catalog: readonly Competency[]): Promise<void> {
  const data = new TextEncoder().encode(rosterTemplateCsv(catalog));
  const result = await platform.saveFile('Peer Mentor Desk roster template.csv', data, [
    { name: 'CSV (opens in Excel)', extensions: ['csv'] },
  ]);
  if (result.status === 'saved') {
    reportDone(
      'Template saved',
      'Fill it in (delete the two example rows), save it as CSV, and import it here.',
    );
  }
}

/**
 * Commit a reviewed plan: write an automatic backup of everything first, then the import as one
 * transaction recorded as a batch. Throws the reason (nothing imported) when either step fails.
 */
export async function commitPlan(args: {
  programId: string;
  fileName: string;
  plan: MergePlan;
  participants: readonly Participant[];
  mapping: ColumnMapping;
}): Promise<DoneSummary> {
  await writeBackupBeforeImport();
  // An opt-in from the file ends its trial at the first group meeting after it.
  const events = await loadProgramEvents(args.programId);
  const write = applyMergePlan(args.plan, args.participants, nowIso(), newId, { today: todayIso(), events });
  const batch = await commitImport(args.programId, args.fileName, write, write.summary, {
    mapping: args.mapping,
  });
  recordUndoable(`import “${batch.fileName}”`, {
    undo: async () => {
      const result = await undoImport(batch.id);
      if (!result.ok) throw new Error(result.message);
    },
    cannotRedo: 'An undone import cannot be redone here: import the same file again.',
    undoneMessage: 'The roster is back as it was before the import; the import stays in the list, marked as undone.',
  });
  return {
    batchId: batch.id,
    fileName: batch.fileName,
    added: write.added.length,
    updated: write.updatedBefore.length,
    unchanged: args.plan.unchanged.length,
    withdrawn: write.withdrawnBefore.length,
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}


/**
 * Undo an import after the coordinator confirms, showing first what undo will do, or why it is
 * refused. `onUndone` runs after a successful undo.
 */
export async function confirmUndoImport(batchId: string, onUndone?: () => void): Promise<void> {
  const preview = await previewUndoImport(batchId);
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
      <Stack gap="sm">
        <Text size="sm">
          Imported {formatMoment(batch.createdAt)}. Undo puts the roster back exactly as it was
          before that import:
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            {plural(preview.removed, 'person it added is', 'people it added are')} removed
          </List.Item>
          <List.Item>
            {plural(preview.restored, 'person gets', 'people get')} back the details they had before
          </List.Item>
        </List>
        {preview.editedSince.length > 0 && (
          <Alert color="orange" variant="light" title="Edited after the import">
            {preview.editedSince.slice(0, 8).join(', ')}
            {preview.editedSince.length > 8
              ? ` and ${preview.editedSince.length - 8} more`
              : ''}{' '}
            changed since. Their records go back to before the import too, so those later changes
            are undone as well.
          </Alert>
        )}
        {preview.deletedSince > 0 && (
          <Text size="sm" c="dimmed">
            {plural(preview.deletedSince, 'person', 'people')} it changed{' '}
            {preview.deletedSince === 1 ? 'was' : 'were'} deleted since, and{' '}
            {preview.deletedSince === 1 ? 'stays' : 'stay'} deleted.
          </Text>
        )}
      </Stack>
    ),
    labels: { confirm: 'Undo import', cancel: 'Keep it' },
    confirmProps: { color: 'red' },
    onConfirm: () =>
      void undoImport(batchId).then((result) => {
        if (!result.ok) {
          reportError(new Error(result.message));
          return;
        }
        reportDone(
          'Import undone',
          `${plural(result.removed, 'person', 'people')} removed, ${plural(result.restored, 'person', 'people')} restored.`,
        );
        onUndone?.();
      }, reportError),
  });
}
