/**
 * Pieces of a survey import's Review step (check-in responses, evaluation answers): the counts,
 * the cells that stop a row — by row and column, with their fix, corrected here or the row skipped
 * — the coordinator's corrections and skipped rows, and the import bar, which stays off while
 * anything blocks and says why in words.
 */
import {
  Button,
  Card,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { columnLetter, type RosterRead, type RosterRow } from '../../domain/import';
import { CellInput } from './cell-input';
import { ScrollTable } from './scroll-table';
import type { CellEdits } from './spreadsheet-helpers';

/** One count in the summary row. */
export function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} style={{ letterSpacing: 0.4 }}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value.toLocaleString()}
      </Text>
    </Paper>
  );
}

/** A cell that stops its row; `message` starts "Row 5, column …: " (shown in its own cells). */
export interface CellProblem {
  row: number;
  column: string;
  columnIndex: number;
  message: string;
}

/** `Row 5, column "Email": nobody…` or `Row 5, column D "Email": nobody…` → "Nobody…". */
export function problemText(message: string): string {
  const rest = message.replace(/^Row \d+, column (?:[A-Z]+ )?"(?:[^"\\]|\\.)*": /, '');
  return rest === message ? message : rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

/** Every cell that stops a row, grouped by row, each correctable here; a row can be skipped. */
export function ProblemsCard({
  title,
  problems,
  read,
  edits,
  onEdit,
  onSkip,
}: {
  /** "Responses with problems". */
  title: string;
  problems: readonly CellProblem[];
  read: RosterRead;
  edits: CellEdits;
  onEdit: (row: RosterRow, column: number, value: string) => void;
  onSkip: (rows: number[]) => void;
}) {
  const rows = [...new Set(problems.map((p) => p.row))];
  const byNumber = new Map(read.rows.map((r) => [r.rowNumber, r]));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="survey-problems-title">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h4" id="survey-problems-title">
            {title} ({rows.length})
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            Correct a cell here (your file is not changed) or skip the row. Nothing is imported
            until you choose Import.
          </Text>
        </div>
        {rows.length > 1 && (
          <Button variant="default" size="xs" onClick={() => onSkip(rows)}>
            Skip all {rows.length}
          </Button>
        )}
      </Group>
      <ScrollTable minWidth={860} label={title}>
        <Table aria-label={title} verticalSpacing="sm" styles={{ td: { verticalAlign: 'top' } }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>Row</Table.Th>
              <Table.Th w={220}>Column</Table.Th>
              <Table.Th>Problem</Table.Th>
              <Table.Th w={260}>Correct the cell</Table.Th>
              <Table.Th w={100}>
                <VisuallyHidden>Row action</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.flatMap((rowNumber) => {
              const lines = problems.filter((p) => p.row === rowNumber);
              const row = byNumber.get(rowNumber);
              return lines.map((p, i) => {
                const value = row
                  ? (edits[rowNumber]?.[p.columnIndex] ?? row.cells[p.columnIndex] ?? '')
                  : '';
                return (
                  <Table.Tr key={`${rowNumber}-${i}`} data-testid="survey-problem">
                    {i === 0 && (
                      <Table.Td rowSpan={lines.length} fw={600}>
                        {rowNumber}
                      </Table.Td>
                    )}
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Text size="sm">{p.column}</Text>
                      <Text size="xs" c="dimmed">
                        Column {columnLetter(p.columnIndex)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{problemText(p.message)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {row && (
                        <CellInput
                          key={value}
                          label={`Row ${rowNumber}, ${p.column}`}
                          value={value}
                          onCommit={(v) => onEdit(row, p.columnIndex, v)}
                        />
                      )}
                    </Table.Td>
                    {i === 0 && (
                      <Table.Td rowSpan={lines.length}>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => onSkip([rowNumber])}
                          aria-label={`Skip row ${rowNumber}`}
                        >
                          Skip
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              });
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Card>
  );
}

/** The cells the coordinator corrected and the rows they skipped, each one reversible. */
export function ChoicesCard({
  read,
  edits,
  skipped,
  onEdit,
  onInclude,
}: {
  read: RosterRead;
  edits: CellEdits;
  skipped: number[];
  onEdit: (row: RosterRow, column: number, value: string) => void;
  onInclude: (row: number) => void;
}) {
  const corrections = Object.entries(edits).flatMap(([row, cells]) =>
    Object.entries(cells).map(([column, value]) => ({
      row: Number(row),
      column: Number(column),
      value,
    })),
  );
  if (corrections.length === 0 && skipped.length === 0) return null;
  const byNumber = new Map(read.rows.map((r) => [r.rowNumber, r]));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="survey-choices-title">
      <Title order={2} size="h4" id="survey-choices-title" mb="xs">
        Your corrections and skipped rows
      </Title>
      <Stack gap={6}>
        {corrections.map((c) => {
          const row = byNumber.get(c.row);
          const header = read.headers[c.column] ?? '';
          return (
            <Group key={`${c.row}-${c.column}`} gap="xs" wrap="nowrap">
              <Text size="sm">
                Row {c.row}, {header}: “{c.value}”
              </Text>
              {row && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => onEdit(row, c.column, row.cells[c.column] ?? '')}
                  aria-label={`Undo the correction of row ${c.row}, ${header}`}
                >
                  Undo
                </Button>
              )}
            </Group>
          );
        })}
        {skipped.map((row) => (
          <Group key={`s-${row}`} gap="xs" wrap="nowrap">
            <Text size="sm">Row {row} is skipped.</Text>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => onInclude(row)}
              aria-label={`Include again: row ${row}`}
            >
              Include again
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

/** The bar at the end of the review: why it cannot import yet, or what it will do; Back and Import. */
export function CommitCard({
  updating,
  blockers,
  ready,
  importLabel,
  committing,
  onBack,
  onCommit,
}: {
  updating: boolean;
  blockers: readonly string[];
  /** What the import will do, in a sentence (shown when nothing blocks). */
  ready: ReactNode;
  importLabel: string;
  committing: boolean;
  onBack: () => void;
  onCommit: () => void;
}) {
  const blocked = blockers.length > 0;
  return (
    <Card withBorder padding="lg" component="section" aria-label="Import">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl">
        <div style={{ flex: 1, minWidth: 0 }}>
          {updating ? (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">Updating the review…</Text>
            </Group>
          ) : blocked ? (
            <Stack gap={6} role="status" aria-label="Before you can import">
              <Group gap={8}>
                <ThemeIcon color="red" variant="light" size="sm" radius="xl">
                  <IconAlertTriangle size={14} />
                </ThemeIcon>
                <Text fw={650}>Before you can import</Text>
              </Group>
              <List
                size="sm"
                spacing={4}
                icon={<IconX size={14} color="var(--mantine-color-red-light-color)" aria-hidden />}
              >
                {blockers.map((b, i) => (
                  <List.Item key={i}>{b}</List.Item>
                ))}
              </List>
            </Stack>
          ) : (
            <Stack gap={4} role="status">
              <Group gap={8}>
                <ThemeIcon variant="light" size="sm" radius="xl">
                  <IconCircleCheck size={14} />
                </ThemeIcon>
                <Text fw={650}>Ready to import</Text>
              </Group>
              <Text size="sm" c="dimmed">
                {ready}
              </Text>
            </Stack>
          )}
        </div>
        <Group gap="sm" wrap="nowrap">
          <Button variant="default" onClick={onBack} disabled={committing}>
            Back
          </Button>
          <Button
            onClick={onCommit}
            disabled={blocked || updating || committing}
            loading={committing}
          >
            {importLabel}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
