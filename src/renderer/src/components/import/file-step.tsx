/**
 * Step 1 of a spreadsheet import (the roster, a check-in survey export), File: choose or drop the
 * file, see how it was read (encoding, separator, sheet), change that with a live preview of the
 * first rows, and read every problem that stops the file.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconFileSpreadsheet,
  IconFileUpload,
  IconInfoCircle,
} from '@tabler/icons-react';
import type { RosterRead } from '../../domain/import';
import type { DragEvent } from 'react';
import {
  DELIMITER_CHOICES,
  delimiterLabel,
  ENCODING_CHOICES,
  encodingName,
  formatBytes,
} from './spreadsheet-helpers';
import type { Detected, ReadChoices, SpreadsheetSource } from './spreadsheet-source';
import { ScrollTable } from './scroll-table';

const PREVIEW_ROWS = 8;

/** The words of the empty file step: what to drop, what files work. */
export interface FileStepWording {
  title: string;
  hint: string;
  /** Accessible name of the drop area. */
  label: string;
}

const ROSTER_WORDING: FileStepWording = {
  title: 'Drop your roster here',
  hint: 'A CSV or text file exported from Excel or Google Forms, or an Excel workbook (.xlsx), up to 5 MB. You can drop it anywhere in the window.',
  label: 'Choose a roster file',
};

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

function Chooser({
  onChoose,
  fileError,
  wording,
  onDropFile,
}: {
  onChoose: () => void;
  fileError: string | null;
  wording: FileStepWording;
  onDropFile?: (file: File) => void;
}) {
  // With its own drop handler the area takes the file itself (the window-wide roster drop sees
  // the event as handled and leaves it alone).
  const dropProps = onDropFile
    ? {
        onDragOver: (e: DragEvent) => {
          if (!carriesFiles(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        },
        onDrop: (e: DragEvent) => {
          if (!carriesFiles(e)) return;
          e.preventDefault();
          const file = e.dataTransfer.files[0];
          if (file) onDropFile(file);
        },
      }
    : {};
  return (
    <Stack gap="md">
      {fileError && (
        <Alert
          color="red"
          variant="light"
          title="This file cannot be imported"
          role="alert"
          icon={<IconAlertTriangle size={18} />}
        >
          {fileError}
        </Alert>
      )}
      <Paper
        withBorder
        radius="lg"
        p={48}
        style={{ borderStyle: 'dashed', borderWidth: 2 }}
        aria-label={wording.label}
        component="section"
        {...dropProps}
      >
        <Stack align="center" gap="sm">
          <IconFileUpload
            size={44}
            stroke={1.4}
            color="var(--mantine-primary-color-filled)"
            aria-hidden
          />
          <Title order={2} size="h3">
            {wording.title}
          </Title>
          <Text c="dimmed" size="sm" ta="center" maw={520}>
            {wording.hint}
          </Text>
          <Button mt="xs" leftSection={<IconFileSpreadsheet size={18} />} onClick={onChoose}>
            Choose file…
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}

function ReadingChoices({
  read,
  choices,
  detected,
  onChange,
}: {
  read: RosterRead;
  choices: ReadChoices;
  detected: Detected;
  onChange: (choices: Partial<ReadChoices>) => void;
}) {
  if (read.format === 'xlsx') {
    const sheets = read.sheets ?? [];
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Sheet"
          description={
            sheets.length > 1
              ? `This workbook has ${sheets.length} sheets`
              : 'This workbook has one sheet'
          }
          data={sheets}
          value={read.sheet ?? (choices.sheet || null)}
          onChange={(v) => v !== null && onChange({ sheet: v })}
          allowDeselect={false}
          disabled={sheets.length < 2}
        />
      </SimpleGrid>
    );
  }
  const encodingData = [
    {
      value: '',
      label: `Detect automatically (${encodingName(detected.encoding || read.encoding)})`,
    },
    ...ENCODING_CHOICES,
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <Select
        label="Text encoding"
        description={`Read as ${encodingName(read.encoding)}. If names show odd characters (Ã©, �), try another.`}
        data={encodingData}
        value={choices.encoding}
        onChange={(v) => onChange({ encoding: v ?? '' })}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="import-separator-label">
          Column separator
        </Text>
        <Text size="xs" c="dimmed">
          {choices.delimiter === ''
            ? `Detected: ${delimiterLabel(detected.delimiter || read.delimiter)}`
            : `Chosen: ${delimiterLabel(choices.delimiter)}`}
        </Text>
        <SegmentedControl
          aria-labelledby="import-separator-label"
          data={DELIMITER_CHOICES.map((d) => ({
            value: d.value === '' ? 'detect' : d.value,
            label: d.label,
          }))}
          value={choices.delimiter === '' ? 'detect' : choices.delimiter}
          onChange={(v) => onChange({ delimiter: v === 'detect' ? '' : v })}
          fullWidth
        />
      </Stack>
    </SimpleGrid>
  );
}

function Preview({ read }: { read: RosterRead }) {
  const rows = read.rows.slice(0, PREVIEW_ROWS);
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Title order={3} size="h5">
          Preview
        </Title>
        <Text size="xs" c="dimmed">
          {read.rows.length <= PREVIEW_ROWS
            ? `All ${read.rows.length} rows`
            : `First ${PREVIEW_ROWS} of ${read.rows.length.toLocaleString()} rows`}
          {' · '}
          {read.headers.length} columns
        </Text>
      </Group>
      <ScrollTable
        minWidth={Math.min(1600, 120 + read.headers.length * 150)}
        label="Preview of the first rows"
      >
        <Table
          aria-label="Preview of the first rows"
          striped
          withTableBorder
          withColumnBorders
          fz="sm"
          verticalSpacing={6}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>Row</Table.Th>
              {read.headers.map((h, i) => (
                <Table.Th key={i} style={{ whiteSpace: 'nowrap' }} title={h}>
                  <Text
                    span
                    size="sm"
                    fw={600}
                    truncate="end"
                    maw={220}
                    display="inline-block"
                    style={{ verticalAlign: 'bottom' }}
                  >
                    {h}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.rowNumber}>
                <Table.Td c="dimmed">{row.rowNumber}</Table.Td>
                {read.headers.map((_h, i) => {
                  const cell = row.cells[i] ?? '';
                  return (
                    <Table.Td key={i} title={cell.length > 30 ? cell : undefined}>
                      <Text
                        span
                        size="sm"
                        truncate="end"
                        maw={220}
                        display="inline-block"
                        style={{ verticalAlign: 'bottom' }}
                      >
                        {cell}
                      </Text>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

/** Problems found while reading, errors first, each naming row and column when it has them. */
export function ReadProblems({ read }: { read: RosterRead }) {
  const errors = read.problems.filter((p) => p.severity === 'error');
  const warnings = read.problems.filter((p) => p.severity === 'warning');
  return (
    <>
      {errors.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title="This file cannot be imported"
          role="alert"
          icon={<IconAlertTriangle size={18} />}
        >
          <Stack gap={6}>
            {errors.map((p, i) => (
              <Text size="sm" key={i}>
                {p.column !== undefined && p.row === undefined ? `Column "${p.column}": ` : ''}
                {p.message}
              </Text>
            ))}
            <Text size="sm">Nothing was changed.</Text>
          </Stack>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title="Worth checking"
          icon={<IconInfoCircle size={18} />}
        >
          <Stack gap={6}>
            {warnings.map((p, i) => (
              <Text size="sm" key={i}>
                {p.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
    </>
  );
}

export function FileStep({
  source,
  fileError,
  read,
  choices,
  detected,
  onChoose,
  onChoicesChange,
  onNext,
  wording = ROSTER_WORDING,
  onDropFile,
}: {
  source: SpreadsheetSource | null;
  fileError: string | null;
  read: RosterRead | null;
  choices: ReadChoices;
  detected: Detected;
  onChoose: () => void;
  onChoicesChange: (choices: Partial<ReadChoices>) => void;
  onNext: () => void;
  wording?: FileStepWording;
  onDropFile?: (file: File) => void;
}) {
  if (source === null)
    return <Chooser onChoose={onChoose} fileError={fileError} wording={wording} onDropFile={onDropFile} />;
  const usable =
    read !== null && read.rows.length > 0 && !read.problems.some((p) => p.severity === 'error');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-file-title">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <IconFileSpreadsheet
              size={32}
              stroke={1.4}
              color="var(--mantine-primary-color-filled)"
              aria-hidden
            />
            <div style={{ minWidth: 0 }}>
              <Title
                order={2}
                size="h4"
                id="import-file-title"
                style={{ overflowWrap: 'anywhere' }}
              >
                {source.name}
              </Title>
              <Group gap={6} mt={4}>
                {read !== null && (read.format === 'xlsx' || read.encoding !== '') && (
                  <Badge variant="light" color="gray">
                    {read.format === 'xlsx' ? 'Excel workbook' : 'Text / CSV'}
                  </Badge>
                )}
                <Badge variant="light" color="gray">
                  {formatBytes(source.bytes.length)}
                </Badge>
                {read !== null && read.rows.length > 0 && (
                  <Badge variant="light">
                    {read.rows.length.toLocaleString()} {read.rows.length === 1 ? 'row' : 'rows'}
                  </Badge>
                )}
              </Group>
            </div>
          </Group>
          <Button variant="default" onClick={onChoose} style={{ flexShrink: 0 }}>
            Choose another file…
          </Button>
        </Group>
        {read === null ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">Reading the file…</Text>
          </Group>
        ) : (
          <>
            {(read.format === 'xlsx' ? (read.sheets ?? []).length > 0 : read.encoding !== '') && (
              <ReadingChoices
                read={read}
                choices={choices}
                detected={detected}
                onChange={onChoicesChange}
              />
            )}
            <ReadProblems read={read} />
            {read.rows.length > 0 && <Preview read={read} />}
          </>
        )}
        <Group justify="flex-end">
          <Button onClick={onNext} disabled={!usable}>
            Next: columns
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
