/**
 * Rows the import cannot take as they are: every problem by row, column and reason, with the
 * cell to correct in place (the file itself is not changed) or the row to leave out; rows that
 * share an email, to keep one of; and the list of the coordinator's corrections, each undoable.
 */
import {
  ActionIcon,
  Button,
  Card,
  Group,
  Pagination,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import type {
  DuplicateRows,
  ParticipantDraft,
  RosterRead,
  RosterRow,
  RowValidation,
} from '../../domain/import';
import { listCellEdits, problemText, rowsToLeaveOut, type CellEdits } from './import-helpers';
import { CellInput } from '../../components/import/cell-input';
import { ScrollTable } from '../../components/import/scroll-table';

const PAGE_SIZE = 20;

/** The problems table for rows that fail validation. */
export function RowProblems({
  invalid,
  read,
  edits,
  onEdit,
  onLeaveOut,
}: {
  invalid: Extract<RowValidation, { ok: false }>[];
  read: RosterRead;
  edits: CellEdits;
  onEdit: (row: RosterRow, column: number, value: string) => void;
  onLeaveOut: (rows: number[]) => void;
}) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(invalid.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = invalid.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const rowsByNumber = new Map(read.rows.map((r) => [r.rowNumber, r]));
  const problemCount = invalid.reduce((n, r) => n + Math.max(1, r.problems.length), 0);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-problems-title">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h4" id="import-problems-title">
            Rows with problems ({invalid.length})
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            Correct a cell here (your file is not changed) or leave the row out of this import.
          </Text>
        </div>
        {invalid.length > 1 && (
          <Button
            variant="default"
            size="xs"
            onClick={() => onLeaveOut(invalid.map((r) => r.rowNumber))}
          >
            Leave out all {invalid.length}
          </Button>
        )}
      </Group>
      <ScrollTable minWidth={820} label="Rows with problems">
        <Table
          aria-label="Rows with problems"
          verticalSpacing="sm"
          withRowBorders
          styles={{ td: { verticalAlign: 'top' } }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>Row</Table.Th>
              <Table.Th w={160}>Column</Table.Th>
              <Table.Th>Problem</Table.Th>
              <Table.Th w={300}>Correct the cell</Table.Th>
              <Table.Th w={110}>
                <VisuallyHidden>Row action</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.flatMap((r) => {
              const row = rowsByNumber.get(r.rowNumber);
              const lines =
                r.problems.length > 0
                  ? r.problems
                  : [{ message: `Row ${r.rowNumber} cannot be imported.`, column: undefined }];
              return lines.map((p, i) => {
                const column = p.column === undefined ? -1 : read.headers.indexOf(p.column);
                const value =
                  column === -1 || row === undefined
                    ? ''
                    : (edits[r.rowNumber]?.[column] ?? row.cells[column] ?? '');
                return (
                  <Table.Tr key={`${r.rowNumber}-${i}`}>
                    {i === 0 && (
                      <Table.Td rowSpan={lines.length} fw={600}>
                        {r.rowNumber}
                      </Table.Td>
                    )}
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Text size="sm">{p.column ?? '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{problemText(p.message)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {column !== -1 && row !== undefined ? (
                        <CellInput
                          key={value}
                          label={`Row ${r.rowNumber}, ${p.column ?? ''}`}
                          value={value}
                          onCommit={(v) => onEdit(row, column, v)}
                        />
                      ) : (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    {i === 0 && (
                      <Table.Td rowSpan={lines.length}>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => onLeaveOut([r.rowNumber])}
                          aria-label={`Leave out row ${r.rowNumber}`}
                        >
                          Leave out
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
      {pages > 1 && (
        <Group justify="space-between" mt="sm">
          <Text size="sm" c="dimmed">
            {problemCount} problems in {invalid.length} rows
          </Text>
          <Pagination
            total={pages}
            value={current}
            onChange={setPage}
            size="sm"
            aria-label="Pages of rows with problems"
          />
        </Group>
      )}
    </Card>
  );
}

/** Rows that share one email: the coordinator keeps one row of each group. */
export function DuplicateRowsCard({
  duplicates,
  drafts,
  onLeaveOut,
}: {
  duplicates: DuplicateRows[];
  drafts: ReadonlyMap<number, ParticipantDraft>;
  onLeaveOut: (rows: number[]) => void;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-duplicates-title">
      <Title order={2} size="h4" id="import-duplicates-title">
        Same email on several rows ({duplicates.length})
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="sm">
        Each person is recognised by their email, so only one of these rows can be imported. Keep
        the right one; the others are left out.
      </Text>
      <Table aria-label="Rows that share an email" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th w={64}>Row</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Department</Table.Th>
            <Table.Th w={150}>
              <VisuallyHidden>Choice</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {duplicates.flatMap((d) =>
            d.rows.map((row, i) => {
              const draft = drafts.get(row);
              return (
                <Table.Tr key={`${d.emailKey}-${row}`}>
                  {i === 0 && (
                    <Table.Td
                      rowSpan={d.rows.length}
                      style={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}
                    >
                      {d.email}
                    </Table.Td>
                  )}
                  <Table.Td>{row}</Table.Td>
                  <Table.Td>{draft?.name ?? ''}</Table.Td>
                  <Table.Td>{draft?.department ?? ''}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => onLeaveOut(rowsToLeaveOut(d, row))}
                    >
                      Keep row {row}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            }),
          )}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** The coordinator's corrections and left-out rows, each one undoable. */
export function CorrectionsCard({
  read,
  edits,
  excluded,
  onEdit,
  onInclude,
}: {
  read: RosterRead;
  edits: CellEdits;
  excluded: readonly number[];
  onEdit: (row: RosterRow, column: number, value: string) => void;
  onInclude: (row: number) => void;
}) {
  const corrected = listCellEdits(edits);
  if (corrected.length === 0 && excluded.length === 0) return null;
  const rowsByNumber = new Map(read.rows.map((r) => [r.rowNumber, r]));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-corrections-title">
      <Title order={2} size="h4" id="import-corrections-title" mb="sm">
        Your corrections
      </Title>
      <Stack gap={6}>
        {corrected.map((c) => {
          const row = rowsByNumber.get(c.row);
          const header = read.headers[c.column] ?? `Column ${c.column + 1}`;
          const before = row?.cells[c.column] ?? '';
          return (
            <Group key={`${c.row}-${c.column}`} gap="xs" wrap="nowrap">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                Row {c.row}, {header}:{' '}
                <Text span c="dimmed">
                  “{before}”
                </Text>{' '}
                →{' '}
                <Text span fw={600}>
                  “{c.value}”
                </Text>
              </Text>
              {row && (
                <Tooltip label="Put the file’s value back">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Undo the correction of row ${c.row}, ${header}`}
                    onClick={() => onEdit(row, c.column, before)}
                  >
                    <IconArrowBackUp size={16} />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          );
        })}
        {excluded.map((row) => (
          <Group key={`x-${row}`} gap="xs" wrap="nowrap">
            <Text size="sm">Row {row} is left out of this import.</Text>
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
