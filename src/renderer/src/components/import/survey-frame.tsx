/**
 * The frame of a survey import screen (check-in responses, evaluation answers): title, what it
 * does, a way back, the four steps (File, Columns, Review, Done) and, below the step, the past
 * imports; and the file picking both share (picker, drop, refusal).
 */
import { Button, Group, Loader, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useCallback, type ReactNode } from 'react';
import { reportError } from '../report-error';
import {
  pickSpreadsheetFile,
  readDroppedFile,
  type PickedFile,
  type SpreadsheetSource,
} from './spreadsheet-source';
import type { SurveyStep } from './survey-session';

let sourceCounter = 0;

/** Choosing or dropping a survey export: each file read becomes a new source (or a refusal). */
export function useSurveyFilePicking(
  dispatch: (
    action:
      | { type: 'file-loaded'; source: SpreadsheetSource }
      | { type: 'file-refused'; message: string },
  ) => void,
) {
  const loadPicked = useCallback(
    (picked: PickedFile) => {
      if (picked === null) return;
      if (!picked.ok) dispatch({ type: 'file-refused', message: picked.message });
      else
        dispatch({
          type: 'file-loaded',
          source: { id: ++sourceCounter, name: picked.name, bytes: picked.bytes },
        });
    },
    [dispatch],
  );
  const choose = useCallback(
    () => void pickSpreadsheetFile('survey').then(loadPicked, reportError),
    [loadPicked],
  );
  const drop = useCallback(
    (file: File) => void readDroppedFile(file, 'survey').then(loadPicked, reportError),
    [loadPicked],
  );
  return { choose, drop };
}

/** Shown while the file is read or the review computed. */
export function ReadingFile() {
  return (
    <Group gap="xs">
      <Loader size="sm" />
      <Text size="sm">Reading the file…</Text>
    </Group>
  );
}

export function SurveyImportFrame({
  title,
  description,
  backLabel,
  onBack,
  above,
  columnsDescription,
  step,
  done,
  reachable,
  onStep,
  history,
  children,
}: {
  title: string;
  description: string;
  backLabel: string;
  onBack: () => void;
  /** Shown between the title and the steps (a choice of what the file holds). */
  above?: ReactNode;
  /** "Map to check-in fields". */
  columnsDescription: string;
  step: SurveyStep;
  done: boolean;
  /** Whether a step can be clicked (only earlier steps, and only once the file reads). */
  reachable: (step: number) => boolean;
  onStep: (step: SurveyStep) => void;
  /** The past imports, shown with the empty file step and after an import. */
  history: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap="lg" maw={1240}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            {description}
          </Text>
        </div>
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
          {backLabel}
        </Button>
      </Group>
      {above}
      <Stepper
        active={done ? 4 : step}
        onStepClick={(s) => reachable(s) && onStep(s as SurveyStep)}
        allowNextStepsSelect={false}
        size="sm"
      >
        <Stepper.Step label="File" description="Choose and read" />
        <Stepper.Step label="Columns" description={columnsDescription} />
        <Stepper.Step label="Review" description="Fix and check" />
        <Stepper.Step label="Done" description="Summary and undo" />
      </Stepper>
      {children}
      {history}
    </Stack>
  );
}
