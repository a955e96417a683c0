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
import {
  duplicateDifferences,
  type DuplicateRows,
  type ParticipantDraft,
  type RosterRead,
  type RosterRow,
  type RowValidation,
  type SuspiciousCell,
} from '../../domain/import';
import { listCellEdits, problemText, rowsToLeaveOut, type CellEdits } from './import-helpers';
import { CellInput } from '../../components/import/cell-input';
import { ScrollTable } from '../../components/import/scroll-table';

const PAGE_SIZE = 20;

/** Leave one row out of this import. */
function LeaveOutButton({
  row,
  onLeaveOut,
}: {
  row: number;
  onLeaveOut: (rows: number[]) => void;
}) {
  return (
    <Button
      size="xs"
      variant="default"
      onClick={() => onLeaveOut([row])}
      aria-label={`Leave out row ${row}`}
    >
      Leave out
    </Button>
  );
}

/** The header of a table of cells to correct: row, column, [problem,] the cell, the row action. */
function CorrectionHeader({ problem, columnWidth }: { problem: boolean; columnWidth: number }) {
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th w={64}>Row</Table.Th>
        <Table.Th w={columnWidth}>Column</Table.Th>
        {problem && <Table.Th>Problem</Table.Th>}
        <Table.Th w={problem ? 300 : undefined}>Correct the cell</Table.Th>
        <Table.Th w={110}>
          <VisuallyHidden>Row action</VisuallyHidden>
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

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
          <CorrectionHeader problem columnWidth={160} />
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
                        <LeaveOutButton row={r.rowNumber} onLeaveOut={onLeaveOut} />
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

/**
 * Rows that share one email: every field that differs between them (the email as typed first,
 * correctable here), so the coordinator keeps the right row or corrects the wrong address.
 */
export function DuplicateRowsCard({
  duplicates,
  drafts,
  read,
  edits,
  emailColumn,
  onEdit,
  onLeaveOut,
}: {
  duplicates: DuplicateRows[];
  drafts: ReadonlyMap<number, ParticipantDraft>;
  read: RosterRead;
  edits: CellEdits;
  emailColumn: number;
  onEdit: (row: RosterRow, column: number, value: string) => void;
  onLeaveOut: (rows: number[]) => void;
}) {
  const rowsByNumber = new Map(read.rows.map((r) => [r.rowNumber, r]));
  const rawEmail = (row: number): string =>
    edits[row]?.[emailColumn] ?? rowsByNumber.get(row)?.cells[emailColumn] ?? '';
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-duplicates-title">
      <Title order={2} size="h4" id="import-duplicates-title">
        Same email on several rows ({duplicates.length})
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="sm">
        Each person is recognised by their email, so only one of these rows can be imported. Keep
        the right one (the others are left out), or correct the email of a row that belongs to
        someone else.
      </Text>
      <Stack gap="lg">
        {duplicates.map((d) => {
          const differences = duplicateDifferences(d, drafts, rawEmail).filter(
            (x) => x.label !== 'Email as typed',
          );
          return (
            <ScrollTable key={d.emailKey} minWidth={240 + 260 * d.rows.length} label={d.email}>
              <Table
                aria-label={`Rows with the email ${d.email}`}
                verticalSpacing="xs"
                withTableBorder
                withColumnBorders
                layout="fixed"
                styles={{ td: { verticalAlign: 'top' } }}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={220} style={{ overflowWrap: 'anywhere' }}>
                      {d.email}
                    </Table.Th>
                    {d.rows.map((row) => (
                      <Table.Th key={row}>Row {row}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Td>
                      <Text size="sm">Email as typed</Text>
                    </Table.Td>
                    {d.rows.map((row) => {
                      const source = rowsByNumber.get(row);
                      const value = rawEmail(row);
                      return (
                        <Table.Td key={row}>
                          {source ? (
                            <CellInput
                              key={value}
                              label={`Row ${row}, email`}
                              value={value}
                              onCommit={(v) => onEdit(source, emailColumn, v)}
                            />
                          ) : (
                            value
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                  {differences.map((x) => (
                    <Table.Tr key={x.label}>
                      <Table.Td>
                        <Text size="sm">{x.label}</Text>
                      </Table.Td>
                      {x.values.map((v, i) => (
                        <Table.Td key={i} style={{ overflowWrap: 'anywhere' }}>
                          {v === '' ? (
                            <Text size="sm" c="dimmed" fs="italic">
                              empty
                            </Text>
                          ) : (
                            <Text size="sm">{v}</Text>
                          )}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                  {differences.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={d.rows.length + 1}>
                        <Text size="sm" c="dimmed">
                          Apart from the email, these rows say the same: keep either.
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  <Table.Tr>
                    <Table.Td>
                      <VisuallyHidden>Choice</VisuallyHidden>
                    </Table.Td>
                    {d.rows.map((row) => (
                      <Table.Td key={row}>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => onLeaveOut(rowsToLeaveOut(d, row))}
                        >
                          Keep row {row}
                        </Button>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </ScrollTable>
          );
        })}
      </Stack>
    </Card>
  );
}

/** Cells that start like a spreadsheet formula: shown to check, correct or leave out. */
export function SuspiciousCellsCard({
  cells,
  read,
  edits,
  onEdit,
  onLeaveOut,
}: {
  cells: SuspiciousCell[];
  read: RosterRead;
  edits: CellEdits;
  onEdit: (row: RosterRow, column: number, value: string) => void;
  onLeaveOut: (rows: number[]) => void;
}) {
  const rowsByNumber = new Map(read.rows.map((r) => [r.rowNumber, r]));
  const shown = cells.slice(0, PAGE_SIZE);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-formulas-title">
      <Title order={2} size="h4" id="import-formulas-title">
        Cells that look like spreadsheet formulas ({cells.length})
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="sm" maw={820}>
        These start with =, +, - or @. Peer Mentor Desk keeps them as plain text and never runs
        them, but a form answer rarely looks like this: check that each is what the person wrote,
        and correct the cell or leave the row out. Phone numbers (+44 20…), a lone “-” and lists
        written “- item” are not listed. This does not stop the import.
      </Text>
      <ScrollTable minWidth={760} label="Cells that look like formulas">
        <Table aria-label="Cells that look like formulas" verticalSpacing="sm">
          <CorrectionHeader problem={false} columnWidth={200} />
          <Table.Tbody>
            {shown.map((c) => {
              const row = rowsByNumber.get(c.row);
              const value = edits[c.row]?.[c.column] ?? c.value;
              return (
                <Table.Tr key={`${c.row}-${c.column}`}>
                  <Table.Td fw={600}>{c.row}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Text size="sm">{c.header}</Text>
                  </Table.Td>
                  <Table.Td>
                    {row ? (
                      <CellInput
                        key={value}
                        label={`Row ${c.row}, ${c.header}`}
                        value={value}
                        onCommit={(v) => onEdit(row, c.column, v)}
                      />
                    ) : (
                      value
                    )}
                  </Table.Td>
                  <Table.Td>
                    <LeaveOutButton row={c.row} onLeaveOut={onLeaveOut} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {cells.length > shown.length && (
        <Text size="sm" c="dimmed" mt="sm">
          and {cells.length - shown.length} more like these.
        </Text>
      )}
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
