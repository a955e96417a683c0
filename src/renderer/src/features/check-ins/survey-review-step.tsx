/**
 * Step 3 of a survey import, Review: first every cell that stops a response, by row and column
 * with its fix (correct the cell here — the file is not changed — or skip the row), then the
 * check-ins that will be added, team by team, and the import button, which stays off while
 * anything blocks and says why in words.
 */
import { Alert, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { formatDay } from '../../components/dates';
import { ChoicesCard, CommitCard, ProblemsCard, Stat } from '../../components/import/review-parts';
import { ScrollTable } from '../../components/import/scroll-table';
import type { CellEdits } from '../../components/import/spreadsheet-helpers';
import { balanceInWords, statusInWords } from '../../domain/check-ins/check-in-status';
import type { SurveyPreparation } from '../../domain/check-ins/survey-import';
import type { RosterRead, RosterRow } from '../../domain/import';
import type { Competency, Participant } from '../../domain/model';

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
  const teams = new Set(prep.responses.map((r) => r.teamId)).size;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" aria-label="Summary of the import">
        <Stat label="Check-ins to add" value={prep.responses.length} />
        <Stat label="With problems" value={prep.problemRows.length} />
        <Stat label="Imported before" value={prep.alreadyImported.length} />
        <Stat label="Skipped" value={skipped.length} />
      </SimpleGrid>
      {prep.problems.length > 0 && <ProblemsCard title="Responses with problems" problems={prep.problems} read={read} edits={edits} onEdit={onEdit} onSkip={onSkip} />}
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

      <CommitCard
        updating={updating}
        blockers={prep.blockers}
        ready={`${prep.responses.length} check-in${prep.responses.length === 1 ? '' : 's'} for ${teams} team${teams === 1 ? '' : 's'}. A backup of everything is written first, and the import can be undone in one click.`}
        importLabel={`Import ${prep.responses.length > 0 ? `${prep.responses.length} check-in${prep.responses.length === 1 ? '' : 's'}` : ''}`}
        committing={committing}
        onBack={onBack}
        onCommit={onCommit}
      />
    </Stack>
  );
}
