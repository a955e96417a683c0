/**
 * Runs a document job in the documents worker with a progress dialog ("Letter 37 of 150") and a
 * Cancel button, then hands the files to `save`. Shared by the Documents and Send letters screens.
 */
import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { reportError } from '../report-error';
import { documentsClient, JobCancelledError } from '../../features/documents/documents-client';
import type { DocumentJob, GeneratedFile, JobProgress } from '../../features/documents/documents-protocol';

/** One run: what to build, how to name progress, what to do with the files. */
export interface DocumentRun {
  /** Dialog title while building, e.g. "Building 12 pairing letters". */
  title: string;
  /** Word for one file in the progress line ("letter"); only jobs with several files use it. */
  unit?: string;
  job: DocumentJob;
  save: (files: GeneratedFile[]) => Promise<void>;
}

interface Running {
  title: string;
  unit: string;
  progress: JobProgress | null;
  saving: boolean;
}

/** `run` starts a job (one at a time); render `dialog` once on the screen. */
export function useDocumentJob(): {
  run: (request: DocumentRun) => Promise<void>;
  busy: boolean;
  dialog: ReactNode;
} {
  const [running, setRunning] = useState<Running | null>(null);
  const busyRef = useRef(false);
  // The builder starts with the screen, not with the first click on a Save button.
  useEffect(() => documentsClient.warmUp(), []);

  const run = useCallback(async (request: DocumentRun) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setRunning({
      title: request.title,
      unit: request.unit ?? 'file',
      progress: null,
      saving: false,
    });
    try {
      const files = await documentsClient.run(request.job, (progress) =>
        setRunning((r) => (r ? { ...r, progress } : r)),
      );
      setRunning((r) => (r ? { ...r, saving: true } : r));
      await request.save(files);
    } catch (error) {
      if (!(error instanceof JobCancelledError)) reportError(error);
    } finally {
      busyRef.current = false;
      setRunning(null);
    }
  }, []);

  const progress = running?.progress;
  const several = progress !== null && progress !== undefined && progress.total > 1;
  const value = several ? (progress.done / progress.total) * 100 : 100;
  const line = running?.saving
    ? 'Saving…'
    : several
      ? `${capitalise(running?.unit ?? '')} ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`
      : 'Laying out the pages…';

  const dialog = (
    <Modal
      opened={running !== null}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      title={running?.title ?? ''}
    >
      <Stack gap="sm">
        <Progress
          value={value}
          animated={!several || running?.saving === true}
          striped={!several}
          aria-label={running?.title ?? 'Progress'}
          transitionDuration={150}
        />
        <Group justify="space-between">
          <Text size="sm" role="status" aria-live="polite">
            {line}
          </Text>
          <Button
            variant="default"
            size="xs"
            onClick={() => documentsClient.cancelAll()}
            disabled={running?.saving === true}
          >
            Cancel
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { run, busy: running !== null, dialog };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
