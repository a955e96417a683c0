/**
 * One figure of the evaluation dashboard: its title in words, how many people are behind it, the
 * chart (or, when there is nothing to draw, why and what to do), a Chart / Table switch that shows
 * the same numbers as an accessible table, the notes, and "Download CSV" of the numbers.
 */
import {
  Alert,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { formatDay } from '../../components/dates';
import { documentFileName } from '../../components/documents/file-names';
import { reportDone, reportError } from '../../components/report-error';
import { cellText, figureCsv, type FigureTable } from '../../domain/evaluation/figures';
import { platform } from '../../platform';

async function downloadCsv(table: FigureTable, programName: string): Promise<void> {
  const name = documentFileName(table.name, programName, 'csv');
  const result = await platform.saveFile(name, new TextEncoder().encode(figureCsv(table)), [
    { name: 'CSV (opens in Excel)', extensions: ['csv'] },
  ]);
  if (result.status === 'cancelled') return;
  reportDone(
    `${table.name} saved`,
    result.path ? `Saved to ${result.path}.` : `${name} is in your downloads.`,
  );
}

/**
 * The figure's numbers as a table named by the card's title (`labelledBy`), headers in the first
 * row and the first column.
 */
export function FigureNumbers({ table, labelledBy }: { table: FigureTable; labelledBy: string }) {
  const numeric = (i: number) =>
    table.columns[i]?.kind !== 'text' &&
    table.columns[i]?.kind !== 'day' &&
    table.columns[i]?.kind !== 'month';
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table striped withTableBorder verticalSpacing={6} data-testid="figure-table" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((c, i) => (
              <Table.Th key={c.header} scope="col" ta={numeric(i) ? 'right' : undefined}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, r) => (
            <Table.Tr key={r}>
              {table.columns.map((c, i) =>
                i === 0 ? (
                  <Table.Th key={c.header} scope="row" fw={500}>
                    {cellText(row[i] ?? null, c.kind, formatDay)}
                  </Table.Th>
                ) : (
                  <Table.Td key={c.header} ta={numeric(i) ? 'right' : undefined}>
                    {cellText(row[i] ?? null, c.kind, formatDay)}
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Why there is nothing to draw, and what to do. */
export function EmptyFigure({ reason }: { reason: string }) {
  return (
    <Alert
      variant="light"
      color="gray"
      icon={<IconInfoCircle size={18} />}
      data-testid="figure-empty"
    >
      {reason}
    </Alert>
  );
}

export interface FigureCardProps {
  table: FigureTable;
  programName: string;
  /** The chart; null when there is nothing to draw (then `empty` says why). */
  chart: ReactNode;
  /** Why there is no chart, and what to do. */
  empty: string | null;
  /** Notes worth showing under the chart too (the table view shows all of them). */
  chartNotes?: string[];
}

export function FigureCard({ table, programName, chart, empty, chartNotes = [] }: FigureCardProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const titleId = useId();
  const hasRows = table.rows.length > 0;
  const showTable = view === 'table' && hasRows;
  const notes = showTable ? table.notes.filter((n) => n !== empty) : chartNotes;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby={titleId}
      data-testid={`figure-${table.key}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div>
            <Title order={2} size="h4" id={titleId}>
              {table.title}
            </Title>
            <Text size="sm" c="dimmed">
              Based on {table.behind}
            </Text>
          </div>
          <Group gap="xs" wrap="nowrap">
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
              disabled={!hasRows}
              aria-label={`Show ${table.name} as`}
              data={[
                { value: 'chart', label: 'Chart' },
                { value: 'table', label: 'Table' },
              ]}
            />
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} />}
              onClick={() => void downloadCsv(table, programName).catch(reportError)}
              aria-label={`Download CSV: ${table.name}`}
            >
              Download CSV
            </Button>
          </Group>
        </Group>
        {showTable ? (
          <FigureNumbers table={table} labelledBy={titleId} />
        ) : empty !== null || chart === null ? (
          <EmptyFigure reason={empty ?? table.notes[0] ?? 'Nothing to show yet.'} />
        ) : (
          chart
        )}
        {notes.length > 0 && (
          <Stack gap={2}>
            {notes.map((n) => (
              <Text key={n} size="xs" c="dimmed">
                {n}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
