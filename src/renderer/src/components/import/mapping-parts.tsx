/**
 * Pieces of a survey import's Columns step (check-in responses, evaluation answers): the table of
 * the file's columns (header, letter, a few values, and where each goes), what stops the mapping,
 * how slashed dates are read, and the step's Back / Next bar.
 */
import { Alert, Button, Group, Select, Stack, Table, Text, type ComboboxData } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import type { DateOrderChoice } from '../../domain/check-ins/survey-mapping';
import type { DateOrderEvidence } from '../../domain/check-ins/survey-answers';
import { columnLetter, type RosterRead } from '../../domain/import';
import { sampleValues } from './spreadsheet-helpers';

/** Problems of the mapping that belong to no single column. */
export function MappingProblemsAlert({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      title="The mapping is not complete"
      icon={<IconAlertTriangle size={18} />}
    >
      <Stack gap={4}>
        {messages.map((m, i) => (
          <Text size="sm" key={i}>
            {m}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

const ORDER_WORDS: Record<'dmy' | 'mdy', string> = {
  dmy: 'Day first (31/12/2026)',
  mdy: 'Month first (12/31/2026)',
};

/** Whether the dates still need the coordinator's choice. */
export function dateOrderMissing(choice: DateOrderChoice, evidence: DateOrderEvidence): boolean {
  return choice === 'auto' && (evidence === 'ambiguous' || evidence === 'mixed');
}

/** How the slashed dates of a column are read: as the file shows, or day / month first. */
export function DateOrderSelect({
  header,
  evidence,
  value,
  onChange,
}: {
  header: string;
  evidence: DateOrderEvidence;
  value: DateOrderChoice;
  onChange: (value: DateOrderChoice) => void;
}) {
  if (evidence === 'none') return null;
  return (
    <Group gap="md" align="flex-end">
      <Select
        label={`Dates in “${header}” are written`}
        description={
          evidence === 'ambiguous'
            ? 'No day in the file is above 12, so this cannot be told from the data: choose one.'
            : evidence === 'mixed'
              ? 'Some dates are written day first and others month first: choose the way most are written.'
              : `The file shows ${evidence === 'dmy' ? 'the day' : 'the month'} first.`
        }
        data={[
          {
            value: 'auto',
            label:
              evidence === 'dmy' || evidence === 'mdy'
                ? `As the file shows: ${ORDER_WORDS[evidence].toLowerCase()}`
                : 'Choose…',
          },
          { value: 'dmy', label: ORDER_WORDS.dmy },
          { value: 'mdy', label: ORDER_WORDS.mdy },
        ]}
        value={value}
        onChange={(v) => v && onChange(v as DateOrderChoice)}
        allowDeselect={false}
        w={420}
        error={dateOrderMissing(value, evidence) ? 'Choose how the dates are written.' : undefined}
      />
    </Group>
  );
}

/** Every column of the file: its header and letter, a few values, and where it goes. */
export function ColumnsTable({
  read,
  ignored,
  renderTarget,
}: {
  read: RosterRead;
  /** Whether column `i` is not imported (shown dimmed). */
  ignored: (i: number) => boolean;
  /** The "Goes to" cell of column `i`. */
  renderTarget: (i: number, header: string) => ReactNode;
}) {
  const samples = useMemo(() => read.headers.map((_h, i) => sampleValues(read.rows, i, 3)), [read]);
  return (
    <Table aria-label="Column mapping" verticalSpacing="sm" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">Column in the file</Table.Th>
          <Table.Th>Sample values</Table.Th>
          <Table.Th w={360}>Goes to</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {read.headers.map((header, i) => {
          const values = samples[i] ?? [];
          const dim = ignored(i);
          return (
            <Table.Tr key={i}>
              <Table.Td>
                <Text
                  size="sm"
                  fw={600}
                  c={dim ? 'dimmed' : undefined}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {header}
                </Text>
                <Text size="xs" c="dimmed">
                  Column {columnLetter(i)}
                </Text>
              </Table.Td>
              <Table.Td>
                {values.length === 0 ? (
                  <Text size="sm" c="dimmed" fs="italic">
                    Empty in every row
                  </Text>
                ) : (
                  <Stack gap={2}>
                    {values.map((v, j) => (
                      <Text
                        key={j}
                        size="sm"
                        c={dim ? 'dimmed' : undefined}
                        truncate="end"
                        maw={380}
                      >
                        {v}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>{renderTarget(i, header)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Back, how many columns are imported, and Next. */
export function ColumnsFooter({
  used,
  total,
  canGoOn,
  onBack,
  onNext,
}: {
  used: number;
  total: number;
  canGoOn: boolean;
  onBack: () => void;
  onNext: () => void;
}) {
  return (
    <Group justify="space-between">
      <Button variant="default" onClick={onBack}>
        Back
      </Button>
      <Group gap="sm">
        <Text size="sm" c="dimmed">
          {used} of {total} columns imported
        </Text>
        <Button onClick={onNext} disabled={!canGoOn}>
          Next: review
        </Button>
      </Group>
    </Group>
  );
}

/**
 * Where one column goes (grouped choices) and, for a rating column, which competency it rates.
 * `ratingError` shows under the competency when there is one, else under the target.
 */
export function ColumnTargetSelects({
  header,
  data,
  target,
  rating,
  competencyId,
  competencies,
  error,
  onTarget,
  onCompetency,
}: {
  header: string;
  data: ComboboxData;
  target: string;
  /** Whether the column is a rating column (then the competency is chosen too). */
  rating: boolean;
  competencyId: string | null;
  competencies: ComboboxData;
  error: string | undefined;
  onTarget: (target: string) => void;
  onCompetency: (competencyId: string | null) => void;
}) {
  return (
    <Stack gap={6}>
      <Select
        aria-label={`Goes to, for column ${header}`}
        data={data}
        value={target}
        onChange={(v) => v !== null && onTarget(v)}
        allowDeselect={false}
        error={rating ? undefined : error}
        maxDropdownHeight={360}
      />
      {rating && (
        <Select
          aria-label={`Competency rated in column ${header}`}
          placeholder="Which competency?"
          data={competencies}
          value={competencyId}
          onChange={onCompetency}
          searchable
          error={error}
          maxDropdownHeight={300}
        />
      )}
    </Stack>
  );
}
