/**
 * A team's timeline as a list, newest first: what happened, its day in the app's date style,
 * the details in words, and the actions that belong to an entry (change or delete a meeting,
 * delete a note, open a meeting's roll call).
 */
import { ActionIcon, Anchor, Box, Group, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconBellOff,
  IconCalendarCheck,
  IconCircleCheck,
  IconFlag,
  IconMail,
  IconMessageCircle,
  IconNote,
  IconPencil,
  IconPlayerStop,
  IconTrash,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDay } from '../../components/dates';
import { rollCallPath } from '../../components/team-paths';
import type { TimelineEntry, TimelineKind } from '../../domain/teams/team-timeline';

const ICONS: Record<TimelineKind, { icon: Icon; color: string }> = {
  paired: { icon: IconUsers, color: 'blue' },
  letter: { icon: IconMail, color: 'blue' },
  attendance: { icon: IconCalendarCheck, color: 'grape' },
  meeting: { icon: IconMessageCircle, color: 'teal' },
  'check-in': { icon: IconCircleCheck, color: 'cyan' },
  note: { icon: IconNote, color: 'gray' },
  attention: { icon: IconFlag, color: 'orange' },
  ended: { icon: IconPlayerStop, color: 'red' },
};

interface Props {
  entries: readonly TimelineEntry[];
  onEditMeeting: (logId: string) => void;
  onDeleteMeeting: (logId: string) => void;
  onDeleteNote: (noteId: string) => void;
}

function EntryActions({ entry, onEditMeeting, onDeleteMeeting, onDeleteNote }: { entry: TimelineEntry } & Omit<Props, 'entries'>) {
  const id = entry.recordId;
  if (!id) return null;
  const when = formatDay(entry.date);
  if (entry.kind === 'meeting')
    return (
      <Group gap={4} wrap="nowrap">
        <Tooltip label="Change this meeting">
          <ActionIcon variant="subtle" color="gray" aria-label={`Change the meeting of ${when}`} onClick={() => onEditMeeting(id)}>
            <IconPencil size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Delete this meeting">
          <ActionIcon variant="subtle" color="red" aria-label={`Delete the meeting of ${when}`} onClick={() => onDeleteMeeting(id)}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    );
  if (entry.kind === 'note')
    return (
      <Tooltip label="Delete this note">
        <ActionIcon variant="subtle" color="red" aria-label={`Delete the note of ${when}`} onClick={() => onDeleteNote(id)}>
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    );
  if (entry.kind === 'attendance')
    return (
      <Anchor component={Link} to={rollCallPath(id)} size="sm">
        Roll call
      </Anchor>
    );
  return null;
}

export function TeamTimelineList({ entries, ...actions }: Props) {
  if (entries.length === 0)
    return (
      <Text c="dimmed" size="sm">
        Nothing has happened to this team yet.
      </Text>
    );
  return (
    <Box component="ol" aria-label="Timeline" m={0} p={0} style={{ listStyle: 'none' }}>
      {entries.map((entry, i) => {
        const { icon: EntryIcon, color } = ICONS[entry.kind];
        const snoozed = entry.kind === 'attention' && entry.days.length > 0;
        return (
          <Box
            component="li"
            key={entry.key}
            data-testid="timeline-entry"
            data-kind={entry.kind}
            py="sm"
            style={i > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
          >
            <Group align="flex-start" wrap="nowrap" gap="md">
              <ThemeIcon variant="light" color={color} radius="xl" size={32} aria-hidden>
                {snoozed ? <IconBellOff size={17} /> : <EntryIcon size={17} />}
              </ThemeIcon>
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <Text size="sm" fw={600}>
                      {entry.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDay(entry.date)}
                    </Text>
                  </div>
                  <EntryActions entry={entry} {...actions} />
                </Group>
                {entry.lines.map((line, j) => (
                  <Text key={j} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {line}
                  </Text>
                ))}
                {entry.days.map((d) => (
                  <Text key={d.label} size="sm">
                    {d.label} {formatDay(d.day)}
                  </Text>
                ))}
              </Stack>
            </Group>
          </Box>
        );
      })}
    </Box>
  );
}
