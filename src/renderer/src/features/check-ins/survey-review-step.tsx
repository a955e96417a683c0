/**
 * Step 3 of a survey import, Review: first every cell that stops a response, by row and column
 * with its fix (correct the cell here — the file is not changed — or skip the row), then the
 * check-ins that will be added, team by team, and the import button, which stays off while
 * anything blocks and says why in words.
 */
import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { formatDay } from '../../components/dates';
import { CellInput } from '../../components/import/cell-input';
import { ScrollTable } from '../../components/import/scroll-table';
import type { CellEdits } from '../../components/import/spreadsheet-helpers';
import { balanceInWords, statusInWords } from '../../domain/check-ins/check-in-status';
import type { SurveyPreparation, SurveyProblem } from '../../domain/check-ins/survey-import';
import type { RosterRead, RosterRow } from '../../domain/import';
import type { Competency, Participant } from '../../domain/model';

function Stat({ label, value }: { label: string; value: number }) {
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

/** "Row 5, column "Email": nobody…" → "Nobody…" (the table shows row and column in their own cells). */
function problemText(message: string): string {
  const rest = message.replace(/^Row \d+, column "(?:[^"\\]|\\.)*": /, '');
  return rest === message ? message : rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

function ProblemsCard({
  problems,
  read,
  edits,
  onEdit,
  onSkip,
}: {
  problems: SurveyProblem[];
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
            Responses with problems ({rows.length})
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            Correct a cell here (your file is not changed) or skip the response. Nothing is imported until you choose
            Import.
          </Text>
        </div>
        {rows.length > 1 && (
          <Button variant="default" size="xs" onClick={() => onSkip(rows)}>
            Skip all {rows.length}
          </Button>
        )}
      </Group>
      <ScrollTable minWidth={860} label="Responses with problems">
        <Table aria-label="Responses with problems" verticalSpacing="sm" styles={{ td: { verticalAlign: 'top' } }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>Row</Table.Th>
              <Table.Th w={200}>Column</Table.Th>
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
                const value = row ? (edits[rowNumber]?.[p.columnIndex] ?? row.cells[p.columnIndex] ?? '') : '';
                return (
                  <Table.Tr key={`${rowNumber}-${i}`} data-testid="survey-problem">
                    {i === 0 && (
                      <Table.Td rowSpan={lines.length} fw={600}>
                        {rowNumber}
                      </Table.Td>
                    )}
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Text size="sm">{p.column}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{problemText(p.message)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {row && <CellInput key={value} label={`Row ${rowNumber}, ${p.column}`} value={value} onCommit={(v) => onEdit(row, p.columnIndex, v)} />}
                    </Table.Td>
                    {i === 0 && (
                      <Table.Td rowSpan={lines.length}>
                        <Button size="xs" variant="default" onClick={() => onSkip([rowNumber])} aria-label={`Skip row ${rowNumber}`}>
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

function ChoicesCard({
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
    Object.entries(cells).map(([column, value]) => ({ row: Number(row), column: Number(column), value })),
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
                <Button size="compact-xs" variant="subtle" onClick={() => onEdit(row, c.column, row.cells[c.column] ?? '')} aria-label={`Undo the correction of row ${c.row}, ${header}`}>
                  Undo
                </Button>
              )}
            </Group>
          );
        })}
        {skipped.map((row) => (
          <Group key={`s-${row}`} gap="xs" wrap="nowrap">
            <Text size="sm">Row {row} is skipped.</Text>
            <Button size="compact-xs" variant="subtle" onClick={() => onInclude(row)} aria-label={`Include again: row ${row}`}>
              Include again
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function AddedTable({
  prep,
  people,
  catalog,
}: {
  prep: SurveyPreparation;
  people: Map<string, Participant>;
  catalog: Map<string, Competency>;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="survey-added-title">
      <Title order={2} size="h4" id="survey-added-title" mb="sm">
        Check-ins to add ({prep.responses.length})
      </Title>
      <ScrollTable minWidth={860} label="Check-ins to add">
        <Table aria-label="Check-ins to add" verticalSpacing="sm" striped styles={{ td: { verticalAlign: 'top' } }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>Row</Table.Th>
              <Table.Th w={160}>Team</Table.Th>
              <Table.Th w={130}>Date</Table.Th>
              <Table.Th w={120}>How it is going</Table.Th>
              <Table.Th w={180}>Contributions</Table.Th>
              <Table.Th>Progress and next step</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {prep.responses.map((r) => {
              const members = [...people.values()].filter((p) => p.id === r.checkIn.givesMoreId);
              const progress = Object.entries(r.checkIn.progress).map(([id, n]) => `${catalog.get(id)?.name ?? '?'} ${n}/5`);
              return (
                <Table.Tr key={r.rowNumber}>
                  <Table.Td c="dimmed">{r.rowNumber}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {r.teamLabel}
                    </Text>
                    <Text size="xs" c="dimmed">
                      from {r.respondentName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDay(r.checkIn.date)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{statusInWords(r.checkIn.status)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{balanceInWords(r.checkIn.balance, r.checkIn.givesMoreId, members)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {progress.length > 0 && <Text size="sm">{progress.join(' · ')}</Text>}
                    {r.checkIn.nextStep !== '' && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        Next step: {r.checkIn.nextStep}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Card>
  );
}

export function SurveyReviewStep({
  prep,
  read,
  edits,
  skipped,
  participants,
  catalog,
  updating,
  committing,
  onEdit,
  onSkip,
  onInclude,
  onBack,
  onCommit,
}: {
  prep: SurveyPreparation;
  read: RosterRead;
  edits: CellEdits;
  skipped: number[];
  participants: Participant[];
  catalog: Competency[];
  updating: boolean;
  committing: boolean;
  onEdit: (row: RosterRow, column: number, value: string) => void;
  onSkip: (rows: number[]) => void;
  onInclude: (row: number) => void;
  onBack: () => void;
  onCommit: () => void;
}) {
  const people = new Map(participants.map((p) => [p.id, p]));
  const names = new Map(catalog.map((c) => [c.id, c]));
  const canCommit = !prep.blocked && !updating && !committing;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" aria-label="Summary of the import">
        <Stat label="Check-ins to add" value={prep.responses.length} />
        <Stat label="With problems" value={prep.problemRows.length} />
        <Stat label="Imported before" value={prep.alreadyImported.length} />
        <Stat label="Skipped" value={skipped.length} />
      </SimpleGrid>
      {prep.problems.length > 0 && <ProblemsCard problems={prep.problems} read={read} edits={edits} onEdit={onEdit} onSkip={onSkip} />}
      <ChoicesCard read={read} edits={edits} skipped={skipped} onEdit={onEdit} onInclude={onInclude} />
      {prep.alreadyImported.length > 0 && (
        <Alert color="blue" variant="light" title="Imported before" icon={<IconInfoCircle size={18} />}>
          <Text size="sm">
            {prep.alreadyImported.length === 1 ? 'The response in row' : 'The responses in rows'} {prep.alreadyImported.join(', ')}{' '}
            {prep.alreadyImported.length === 1 ? 'was' : 'were'} imported before (same person, same time) and{' '}
            {prep.alreadyImported.length === 1 ? 'is' : 'are'} left out, so nothing is added twice.
          </Text>
        </Alert>
      )}
      {prep.responses.length > 0 && <AddedTable prep={prep} people={people} catalog={names} />}

      <Card withBorder padding="lg" component="section" aria-label="Import">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl">
          <div style={{ flex: 1, minWidth: 0 }}>
            {updating ? (
              <Group gap="xs">
                <Loader size="xs" />
                <Text size="sm">Updating the review…</Text>
              </Group>
            ) : prep.blocked ? (
              <Stack gap={6} role="status" aria-label="Before you can import">
                <Group gap={8}>
                  <ThemeIcon color="red" variant="light" size="sm" radius="xl">
                    <IconAlertTriangle size={14} />
                  </ThemeIcon>
                  <Text fw={650}>Before you can import</Text>
                </Group>
                <List size="sm" spacing={4} icon={<IconX size={14} color="var(--mantine-color-red-light-color)" aria-hidden />}>
                  {prep.blockers.map((b, i) => (
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
                  {prep.responses.length} check-in{prep.responses.length === 1 ? '' : 's'} for{' '}
                  {new Set(prep.responses.map((r) => r.teamId)).size} team
                  {new Set(prep.responses.map((r) => r.teamId)).size === 1 ? '' : 's'}. A backup of everything is written
                  first, and the import can be undone in one click.
                </Text>
              </Stack>
            )}
          </div>
          <Group gap="sm" wrap="nowrap">
            <Button variant="default" onClick={onBack} disabled={committing}>
              Back
            </Button>
            <Button onClick={onCommit} disabled={!canCommit} loading={committing}>
              Import {prep.responses.length > 0 ? `${prep.responses.length} check-in${prep.responses.length === 1 ? '' : 's'}` : ''}
            </Button>
          </Group>
        </Group>
      </Card>
    </Stack>
  );
}
