/**
 * One team's check-ins in a drawer: its members and chosen competencies, then every check-in,
 * newest first, in words (how it is going, balance, progress, what could be better, next step,
 * follow-up and the private note, marked as such), each one editable and deletable with undo.
 */
import { ActionIcon, Badge, Button, Card, Drawer, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconLock, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { formatDay } from '../../components/dates';
import { reportError } from '../../components/report-error';
import { balanceInWords, statusInWords } from '../../domain/check-ins/check-in-status';
import { PROGRESS_SCALE_WORDS } from '../../domain/check-ins/check-in-entry';
import type { CheckIn, CheckInSource, CheckInStatus, Competency } from '../../domain/model';
import { removeCheckIn } from './check-in-actions';
import type { TeamRow } from './team-rows';

const SOURCE_WORDS: Record<CheckInSource, string> = { typed: 'Conversation', paper: 'Paper form', survey: 'Survey' };
export const STATUS_COLORS: Record<CheckInStatus, string> = { 'on-track': 'teal', 'some-concerns': 'orange', stalled: 'red' };

function Field({ label, children }: { label: string; children: string }) {
  if (children.trim() === '') return null;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}

function CheckInCard({
  row,
  checkIn,
  names,
  onEdit,
}: {
  row: TeamRow;
  checkIn: CheckIn;
  names: Map<string, Competency>;
  onEdit: () => void;
}) {
  const progress = Object.entries(checkIn.progress);
  const when = formatDay(checkIn.date);
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-label={`Check-in of ${when}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Text fw={650}>{when}</Text>
            <Group gap={6} mt={2}>
              <Badge color={STATUS_COLORS[checkIn.status]} variant="light">
                {statusInWords(checkIn.status)}
              </Badge>
              <Badge color="gray" variant="light">
                {SOURCE_WORDS[checkIn.source]}
              </Badge>
            </Group>
          </div>
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Edit">
              <ActionIcon variant="subtle" onClick={onEdit} aria-label={`Edit the check-in of ${when}`}>
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Delete">
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => void removeCheckIn(row, checkIn).catch(reportError)}
                aria-label={`Delete the check-in of ${when}`}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <Field label="Contributions">{balanceInWords(checkIn.balance, checkIn.givesMoreId, row.members)}</Field>
        {progress.length > 0 && (
          <Text size="sm">
            <Text span fw={600}>
              Progress:
            </Text>{' '}
            {progress
              .map(([id, n]) => `${names.get(id)?.name ?? 'A competency no longer in the catalog'} ${n}/5 (${PROGRESS_SCALE_WORDS[n as 1].toLowerCase()})`)
              .join('; ')}
          </Text>
        )}
        <Field label="Could be improved">{checkIn.improvements}</Field>
        <Field label="Next step">{checkIn.nextStep}</Field>
        {checkIn.followUpOn !== '' && <Field label="Follow up on">{formatDay(checkIn.followUpOn)}</Field>}
        {checkIn.coordinatorNote.trim() !== '' && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconLock size={14} aria-hidden style={{ marginTop: 4, flexShrink: 0 }} />
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              <Text span fw={600}>
                Private note:
              </Text>{' '}
              {checkIn.coordinatorNote}
            </Text>
          </Group>
        )}
        {checkIn.respondentEmail !== '' && (
          <Text size="xs" c="dimmed">
            Answered by {row.members.find((m) => m.emailKey === checkIn.respondentEmail)?.name ?? checkIn.respondentEmail}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export function TeamDrawer({
  row,
  catalog,
  onClose,
  onNew,
  onEdit,
}: {
  row: TeamRow | null;
  catalog: Competency[];
  onClose: () => void;
  onNew: () => void;
  onEdit: (checkIn: CheckIn) => void;
}) {
  const names = new Map(catalog.map((c) => [c.id, c]));
  return (
    <Drawer
      opened={row !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={row ? `${row.label}: check-ins` : ''}
      closeButtonProps={{ 'aria-label': 'Close the team’s check-ins' }}
    >
      {row && (
        <Stack gap="md">
          <Stack gap={2}>
            {row.members.map((m) => (
              <Text key={m.id} size="sm">
                <Text span fw={600}>
                  {m.name}
                </Text>{' '}
                <Text span c="dimmed" size="sm">
                  {m.email}
                </Text>
              </Text>
            ))}
            <Text size="sm" c="dimmed" mt={4}>
              {row.competencies.length === 0
                ? 'No competencies chosen yet.'
                : `Working on ${row.competencies.map((c) => c.name).join(', ')}.`}
            </Text>
          </Stack>
          <Group justify="space-between">
            <Title order={3} size="h5">
              {row.checkIns.length === 0 ? 'No check-ins yet' : `${row.checkIns.length} check-in${row.checkIns.length === 1 ? '' : 's'}`}
            </Title>
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={onNew}>
              New check-in
            </Button>
          </Group>
          {row.checkIns.map((c) => (
            <CheckInCard key={c.id} row={row} checkIn={c} names={names} onEdit={() => onEdit(c)} />
          ))}
        </Stack>
      )}
    </Drawer>
  );
}
