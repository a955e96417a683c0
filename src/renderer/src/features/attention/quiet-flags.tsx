/**
 * The flags that are quiet for now: snoozed ones (with the day they come back, and "show now"),
 * and the resolutions with their notes (newest first, "reopen" takes one back).
 */
import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { formatDay, formatMoment } from '../../components/dates';
import { reportDone, reportError } from '../../components/report-error';
import { removeAttentionAction } from '../../db/attention-repo';
import { describeFlag, type QuietFlag } from '../../domain/attention/attention-flags';
import { ATTENTION_RULE_LABELS } from '../../domain/attention/attention-rules';
import { addDays } from '../../domain/schedule/iso-dates';
import type { ResolutionRow } from './attention-view';

const SHOWN_AT_FIRST = 8;

function takeBack(actionId: string, done: string) {
  void removeAttentionAction(actionId).then(() => reportDone(done), reportError);
}

/** Snoozed flags, the soonest back first. */
export function SnoozedFlags({ snoozed }: { snoozed: QuietFlag[] }) {
  const rows = [...snoozed].sort((a, b) => a.action.until.localeCompare(b.action.until));
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="snoozed-title">
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4" id="snoozed-title">
          Snoozed
        </Title>
        <Badge variant="light" color="gray" radius="sm">
          {rows.length}
        </Badge>
      </Group>
      <Stack gap="xs">
        {rows.map(({ flag, action }) => (
          <Group key={action.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid="snoozed-flag">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="sm">
                <Text span fw={600}>
                  {flag.teamLabel}
                </Text>{' '}
                · {describeFlag(flag, formatDay).reason}
              </Text>
              <Text size="xs" c="dimmed">
                Back on {formatDay(addDays(action.until, 1))}
                {action.note ? ` · ${action.note}` : ''}
              </Text>
            </Stack>
            <Button
              size="compact-sm"
              variant="default"
              style={{ flexShrink: 0 }}
              onClick={() => takeBack(action.id, `${flag.teamLabel} is back on the list`)}
              aria-label={`Show now: “${ATTENTION_RULE_LABELS[flag.rule]}” for ${flag.teamLabel}`}
            >
              Show now
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

/** Resolutions with their notes, newest first. */
export function Resolutions({ rows }: { rows: ResolutionRow[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, SHOWN_AT_FIRST);
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="resolved-title">
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4" id="resolved-title">
          Resolved
        </Title>
        <Badge variant="light" color="gray" radius="sm">
          {rows.length}
        </Badge>
      </Group>
      <Table aria-label="Resolved flags" verticalSpacing="xs" horizontalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>When</Table.Th>
            <Table.Th w={90}>Team</Table.Th>
            <Table.Th w={190}>About</Table.Th>
            <Table.Th>Note</Table.Th>
            <Table.Th w={90}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map(({ action, label, rule }) => (
            <Table.Tr key={action.id} data-testid="resolution">
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoment(action.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {label}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{rule ? ATTENTION_RULE_LABELS[rule] : 'A flag'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {action.note}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => takeBack(action.id, `${label}: reopened (listed again if it still applies)`)}
                  aria-label={`Reopen “${rule ? ATTENTION_RULE_LABELS[rule] : 'flag'}” for ${label}`}
                >
                  Reopen
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > SHOWN_AT_FIRST && (
        <Anchor component="button" type="button" size="sm" mt="xs" onClick={() => setAll((v) => !v)}>
          {all ? 'Show fewer' : `Show all ${rows.length}`}
        </Anchor>
      )}
    </Card>
  );
}
