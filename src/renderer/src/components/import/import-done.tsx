/**
 * The end of a survey import (check-in responses, evaluation answers): the Done card with what the
 * import did and its undo, and the list of past imports, each with its own undo.
 */
import {
  Badge,
  Button,
  Card,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowLeft,
  IconCircleCheck,
  IconFileImport,
} from '@tabler/icons-react';
import type { ImportBatch } from '../../domain/model';
import { formatMoment } from '../dates';
import { ScrollTable } from './scroll-table';

/** What the import did, what undo did, and where to go next. */
export function ImportDoneCard({
  undone,
  message,
  stats,
  backLabel,
  onBack,
  onAnother,
  onUndo,
}: {
  undone: boolean;
  /** What happened, in a sentence (after the import, or after its undo). */
  message: string;
  stats: readonly (readonly [string, number])[];
  backLabel: string;
  onBack: () => void;
  onAnother: () => void;
  onUndo: () => void;
}) {
  return (
    <Card withBorder padding="xl" component="section" aria-labelledby="survey-done-title">
      <Stack gap="lg">
        <Group gap="sm">
          <ThemeIcon size={40} radius="xl" variant="light" color={undone ? 'gray' : undefined}>
            {undone ? <IconArrowBackUp size={22} /> : <IconCircleCheck size={22} />}
          </ThemeIcon>
          <div>
            <Title order={2} size="h3" id="survey-done-title">
              {undone ? 'Import undone' : 'Import complete'}
            </Title>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {message}
            </Text>
          </div>
        </Group>
        {!undone && (
          <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label="What the import did">
            {stats.map(([label, value]) => (
              <Paper key={label} withBorder p="md" radius="md">
                <Text size="xs" c="dimmed" tt="uppercase" fw={700} style={{ letterSpacing: 0.4 }}>
                  {label}
                </Text>
                <Text fz={28} fw={700} lh={1.2}>
                  {value}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        )}
        <Group gap="sm">
          <Button leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
            {backLabel}
          </Button>
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onAnother}>
            Import another file
          </Button>
          {!undone && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={onUndo}
            >
              Undo this import
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** The program's past imports of one kind, newest first, each with its own undo. */
export function ImportHistoryCard({
  title,
  empty,
  batches,
  onUndo,
}: {
  title: string;
  /** Said when there is none yet. */
  empty: string;
  batches: readonly ImportBatch[];
  onUndo: (batchId: string) => void;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="survey-history-title">
      <Title order={2} size="h4" id="survey-history-title" mb="sm">
        {title}
      </Title>
      {batches.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <ScrollTable minWidth={680} label={title}>
          <Table aria-label={title} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={190}>When</Table.Th>
                <Table.Th>File</Table.Th>
                <Table.Th>What it did</Table.Th>
                <Table.Th w={120}>Undo</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {batches.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{formatMoment(b.createdAt)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{b.fileName}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={b.undone ? 'dimmed' : undefined}>
                      {b.summary}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {b.undone ? (
                      <Badge variant="light" color="gray">
                        Undone
                      </Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconArrowBackUp size={14} />}
                        aria-label={`Undo the import of ${b.fileName} from ${formatMoment(b.createdAt)}`}
                        onClick={() => onUndo(b.id)}
                      >
                        Undo
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Card>
  );
}
