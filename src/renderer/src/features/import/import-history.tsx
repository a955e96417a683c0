/**
 * Step 4, Done (the summary of the import just made, with "Undo this import"), and the list of
 * the program's past imports, each with its own undo.
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
import { IconArrowBackUp, IconCircleCheck, IconFileImport, IconUsers } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { reportError } from '../../components/report-error';
import type { ImportBatch } from '../../domain/model';
import { formatMoment } from '../../components/dates';
import { confirmUndoImport } from './import-actions';
import type { DoneSummary } from './import-session';
import { ScrollTable } from '../../components/import/scroll-table';

/** "Undoing removed the 2 people it added and gave 1 person back the details they had before." */
function undoneSentence(done: DoneSummary): string {
  const restored = done.updated + done.withdrawn;
  const parts: string[] = [];
  if (done.added > 0)
    parts.push(`removed ${done.added === 1 ? 'the person' : `the ${done.added} people`} it added`);
  if (restored > 0)
    parts.push(
      `gave ${restored === 1 ? '1 person' : `${restored} people`} back the details they had before`,
    );
  return `${parts.length > 0 ? `Undoing ${parts.join(' and ')}. ` : ''}The import stays in the list below, marked as undone.`;
}

function Figure({ label, value }: { label: string; value: number }) {
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

export function DoneStep({
  done,
  batch,
  onImportAnother,
}: {
  done: DoneSummary;
  batch: ImportBatch | undefined;
  onImportAnother: () => void;
}) {
  const navigate = useNavigate();
  const undone = batch?.undone === true;
  return (
    <Card withBorder padding="xl" component="section" aria-labelledby="import-done-title">
      <Stack gap="lg">
        <Group gap="sm">
          <ThemeIcon size={40} radius="xl" variant="light" color={undone ? 'gray' : undefined}>
            {undone ? <IconArrowBackUp size={22} /> : <IconCircleCheck size={22} />}
          </ThemeIcon>
          <div>
            <Title order={2} size="h3" id="import-done-title">
              {undone ? 'Import undone' : 'Import complete'}
            </Title>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {undone
                ? `The roster is back as it was before “${done.fileName}” was imported.`
                : `“${done.fileName}” is now part of the roster. A backup was written just before.`}
            </Text>
          </div>
        </Group>
        {undone ? (
          <Text size="sm">{undoneSentence(done)}</Text>
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label="What the import did">
            <Figure label="Added" value={done.added} />
            <Figure label="Updated" value={done.updated} />
            <Figure label="Unchanged" value={done.unchanged} />
            <Figure label="Withdrawn" value={done.withdrawn} />
          </SimpleGrid>
        )}
        <Group gap="sm">
          <Button
            leftSection={<IconUsers size={16} />}
            onClick={() => void navigate('/participants')}
          >
            Go to Participants
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} />}
            onClick={onImportAnother}
          >
            Import another file
          </Button>
          {!undone && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={() => void confirmUndoImport(done.batchId).catch(reportError)}
            >
              Undo this import
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

export function ImportHistory({ batches }: { batches: ImportBatch[] }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-history-title">
      <Title order={2} size="h4" id="import-history-title" mb="sm">
        Past imports
      </Title>
      {batches.length === 0 ? (
        <Text size="sm" c="dimmed">
          No roster has been imported into this program yet. Each import is listed here and can be
          undone.
        </Text>
      ) : (
        <ScrollTable minWidth={680} label="Past imports">
          <Table aria-label="Past imports" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={190}>When</Table.Th>
                <Table.Th>File</Table.Th>
                <Table.Th>What changed</Table.Th>
                <Table.Th w={120}>
                  <Text span size="sm" fw={700}>
                    Undo
                  </Text>
                </Table.Th>
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
                        onClick={() => void confirmUndoImport(b.id).catch(reportError)}
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
