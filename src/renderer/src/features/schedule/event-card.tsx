/**
 * One event of the schedule, edited in place: every field saves itself, and the warnings about
 * this event (weekend, outside the cycle, length) show right under it.
 */
import { Badge, Button, Card, Grid, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { reportError } from '../../components/report-error';
import { notifyUndoable } from '../../components/undo-notice';
import { removeEvent, restoreEvent } from '../../db/events-repo';
import { AwarenessQuestions } from './awareness-questions';
import { AutoSaveInput } from '../../components/auto-save-input';
import { updateEvent } from '../../db/events-repo';
import type { EventKind, ProgramEvent } from '../../domain/model';
import {
  formatMonthYear,
  isIsoDate,
  parseIsoDate,
  WEEKDAY_NAMES,
  weekdayOf,
} from '../../domain/schedule/iso-dates';
import type { ScheduleWarning } from '../../domain/schedule/schedule-warnings';
import { MinutesField } from './minutes-field';

const KIND_LABELS: Record<EventKind, string> = {
  orientation: 'Orientation',
  group: 'Group meeting',
  debrief: 'Debrief',
  pairs: 'Pair month',
  speed: 'Speed mentoring',
  awareness: 'Awareness session',
};

/** Warnings about one event, in words, next to it. */
export function EventWarnings({ warnings }: { warnings: readonly ScheduleWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <Stack gap={4} role="list" aria-label="Warnings">
      {warnings.map((w, i) => (
        <Group key={i} gap={6} wrap="nowrap" align="flex-start" role="listitem">
          <IconAlertTriangle
            size={17}
            color="var(--mantine-color-orange-8)"
            aria-hidden
            style={{ flexShrink: 0, marginTop: 2 }}
          />
          <Text size="sm">{w.message}</Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Remove an awareness session, with undo. */
function remove(event: ProgramEvent) {
  void removeEvent(event.id).then(
    (removed) =>
      notifyUndoable({
        title: 'Awareness session removed',
        message: `“${removed.title}” and its questions are off the schedule.`,
        label: `remove “${removed.title}”`,
        undo: () => restoreEvent(removed),
        undoneMessage: 'The session is back on the schedule with its questions.',
      }),
    reportError,
  );
}

function monthOf(date: string): string {
  const d = parseIsoDate(date);
  return d ? formatMonthYear(d) : 'No date';
}

export function EventCard({
  event,
  warnings,
}: {
  event: ProgramEvent;
  warnings: readonly ScheduleWarning[];
}) {
  const save = (field: 'title' | 'date' | 'startTime' | 'place' | 'notes') => (value: string) =>
    updateEvent(event.id, { [field]: value });
  const name = event.title;
  const weekday = isIsoDate(event.date) ? WEEKDAY_NAMES[weekdayOf(event.date)] : undefined;
  const pairs = event.kind === 'pairs';

  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="article"
      aria-label={`${monthOf(event.date)}: ${name}`}
      data-testid="schedule-event"
      bg={pairs ? 'var(--mantine-color-default-hover)' : undefined}
      style={
        warnings.length > 0 ? { borderLeft: '4px solid var(--mantine-color-orange-6)' } : undefined
      }
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="center">
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} size="sm" w={130} style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
              {monthOf(event.date)}
            </Text>
            <Badge
              variant={pairs ? 'outline' : 'light'}
              color={pairs ? 'gray' : undefined}
              radius="sm"
            >
              {KIND_LABELS[event.kind]}
            </Badge>
          </Group>
          {event.kind === 'awareness' && (
            <Button variant="subtle" color="gray" size="xs" leftSection={<IconTrash size={14} />} onClick={() => remove(event)}>
              Remove
            </Button>
          )}
        </Group>
        <Grid gap="sm" align="flex-start">
          <Grid.Col span={{ base: 12, md: pairs ? 5 : 6 }}>
            <AutoSaveInput
              label="Title"
              aria-label={`Title of ${name}`}
              value={event.title}
              onSave={save('title')}
            />
          </Grid.Col>
          {pairs ? (
            <Grid.Col span={{ base: 12, md: 7 }}>
              <AutoSaveInput
                label="Notes"
                aria-label={`Notes for ${name}`}
                placeholder="e.g. meet at least twice this month"
                value={event.notes}
                onSave={save('notes')}
              />
            </Grid.Col>
          ) : (
            <Grid.Col span={{ base: 12, md: 6 }}>
              <AutoSaveInput
                label="Place"
                aria-label={`Place of ${name}`}
                placeholder="Room, building or video link"
                value={event.place}
                onSave={save('place')}
              />
            </Grid.Col>
          )}
          {!pairs && (
            <>
              <Grid.Col span={{ base: 6, sm: 4, md: 3 }}>
                <AutoSaveInput
                  label="Date"
                  aria-label={`Date of ${name}`}
                  type="date"
                  value={event.date}
                  onSave={save('date')}
                  description={weekday ?? ' '}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
                <AutoSaveInput
                  label="Start time"
                  aria-label={`Start time of ${name}`}
                  type="time"
                  value={event.startTime}
                  onSave={save('startTime')}
                  description=" "
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
                <MinutesField
                  label="Length"
                  aria-label={`Length of ${name} in minutes`}
                  value={event.minutes}
                  onSave={(minutes) => updateEvent(event.id, { minutes })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <AutoSaveInput
                  label="Notes"
                  aria-label={`Notes for ${name}`}
                  placeholder="Agenda, speaker, what to bring"
                  value={event.notes}
                  onSave={save('notes')}
                  description=" "
                />
              </Grid.Col>
            </>
          )}
        </Grid>
        {event.kind === 'awareness' && <AwarenessQuestions event={event} />}
        <EventWarnings warnings={warnings} />
      </Stack>
    </Card>
  );
}
