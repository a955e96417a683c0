/**
 * One team on the attention list: who is in it, each reason it is listed (in words, with the next
 * step), and what the coordinator can do: snooze or resolve a flag, compose a reminder, open the
 * team's page, or end the team and pair its people again.
 */
import { ActionIcon, Anchor, Badge, Box, Button, Card, Group, Menu, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCalendarPause, IconCheck, IconChevronDown, IconDotsVertical, IconMailDown, IconMailForward, IconPlayerStop } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDay } from '../../components/dates';
import { reportError } from '../../components/report-error';
import { describeFlag, type AttentionFlag } from '../../domain/attention/attention-flags';
import { ATTENTION_RULE_LABELS } from '../../domain/attention/attention-rules';
import { joinNames } from '../../domain/documents/document-models';
import { addDays } from '../../domain/schedule/iso-dates';
import type { FlagDialog, FlagTarget } from './flag-dialogs';
import { snoozeUntil } from './flag-dialogs';
import { urgencyColor, type FlaggedTeam } from './attention-view';

interface Props {
  entry: FlaggedTeam;
  programId: string;
  today: string;
  /** Why composing is not possible now (the reminder text needs fixing, nobody has an address), or null. */
  composeBlocked: string | null;
  onCompose: () => void;
  /** Save the reminder as an e-mail draft (.eml) instead of opening the mail program. */
  onSaveDraft: () => void;
  onEnd: () => void;
  onDialog: (dialog: FlagDialog) => void;
}

function FlagRow({ flag, target, today, onDialog }: { flag: AttentionFlag; target: FlagTarget; today: string; onDialog: (d: FlagDialog) => void }) {
  const words = describeFlag(flag, formatDay);
  const rule = ATTENTION_RULE_LABELS[flag.rule];
  const snooze = (weeks: number) =>
    void snoozeUntil(target, addDays(today, weeks * 7), today).then((problem) => {
      if (problem) reportError(new Error(problem));
    }, reportError);
  return (
    <Box pt="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} data-testid="attention-flag" data-rule={flag.rule}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge variant="light" color={urgencyColor(flag.urgency)} radius="sm" tt="none" style={{ flexShrink: 0 }} mt={1}>
              {rule}
            </Badge>
            <Text size="sm" fw={500}>
              {words.reason}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {words.nextStep}
          </Text>
        </Stack>
        <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconCalendarPause size={14} />}
                rightSection={<IconChevronDown size={12} />}
                aria-label={`Snooze “${rule}” for ${flag.teamLabel}`}
              >
                Snooze
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Show it again on…</Menu.Label>
              <Menu.Item onClick={() => snooze(1)}>{`${formatDay(addDays(today, 7))} (1 week)`}</Menu.Item>
              <Menu.Item onClick={() => snooze(2)}>{`${formatDay(addDays(today, 14))} (2 weeks)`}</Menu.Item>
              <Menu.Item onClick={() => onDialog({ kind: 'snooze', target })}>Another day…</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconCheck size={14} />}
            onClick={() => onDialog({ kind: 'resolve', target })}
            aria-label={`Resolve “${rule}” for ${flag.teamLabel}`}
          >
            Resolve…
          </Button>
        </Group>
      </Group>
    </Box>
  );
}

export function FlaggedTeamCard({ entry, programId, today, composeBlocked, onCompose, onSaveDraft, onEnd, onDialog }: Props) {
  const { team, label, members, flags } = entry;
  const withdrawn = members.filter((m) => m.status === 'withdrawn').length;
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-label={label} data-testid="attention-team">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Box style={{ minWidth: 0 }}>
          <Group gap="xs" align="baseline">
            <Title order={2} size="h4">
              {label}
            </Title>
            <Anchor component={Link} to={`/teams/${team.id}`} size="sm" underline="always">
              Team page
            </Anchor>
          </Group>
          <Text size="sm" c="dimmed">
            {joinNames(members.map((m) => m.name)) || 'No members left'}
            {withdrawn > 0 ? ` · ${withdrawn === 1 ? 'one has' : `${withdrawn} have`} withdrawn` : ''}
          </Text>
        </Box>
        <Group gap={6} wrap="nowrap">
          <Tooltip label={composeBlocked ?? 'Opens your mail program with the reminder filled in'} withArrow multiline maw={280}>
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconMailForward size={14} />}
              onClick={onCompose}
              disabled={composeBlocked !== null}
              aria-label={`Compose a reminder to ${label}`}
            >
              Reminder
            </Button>
          </Tooltip>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${label}`}>
                <IconDotsVertical size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconMailDown size={14} />} onClick={onSaveDraft} disabled={composeBlocked !== null}>
                Save the reminder as an e-mail draft (.eml)
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconPlayerStop size={14} />} onClick={onEnd}>
                End the team and pair again…
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Stack gap="sm">
        {flags.map((flag) => (
          <FlagRow key={flag.flagKey} flag={flag} target={{ programId, flag }} today={today} onDialog={onDialog} />
        ))}
      </Stack>
    </Card>
  );
}
