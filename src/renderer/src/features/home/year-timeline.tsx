/**
 * The year's meetings as a timeline: what is behind us, the pair month under way, the next
 * meeting, and what comes later, each with its date in the one date style.
 */
import { Anchor, Badge, Card, Group, Text, Timeline, Title } from '@mantine/core';
import { IconCheck, IconPoint, IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDay } from '../../components/dates';
import type { TimelineEntry, TimelineState } from '../../domain/home/this-month';
import { formatMonthYear, parseIsoDate } from '../../domain/schedule/iso-dates';

const STATE_WORDS: Record<TimelineState, string> = {
  past: 'Done',
  now: 'This month',
  next: 'Next',
  later: 'Later',
};

function when(entry: TimelineEntry): string {
  if (entry.event.kind === 'pairs') {
    const d = parseIsoDate(entry.event.date);
    return d ? `${formatMonthYear(d)} · by arrangement` : entry.event.date;
  }
  return [formatDay(entry.event.date), entry.event.startTime].filter(Boolean).join(' · ');
}

export function YearTimeline({ timeline }: { timeline: readonly TimelineEntry[] }) {
  // Items up to the last one that is done (or under way) are drawn as reached.
  const reached = timeline.reduce((last, t, i) => (t.state === 'past' || t.state === 'now' ? i : last), -1);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="year-heading">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id="year-heading">
          The year
        </Title>
        <Anchor component={Link} to="/schedule" size="sm">
          Edit the schedule
        </Anchor>
      </Group>
      {timeline.length === 0 ? (
        <Text c="dimmed">
          No meetings are scheduled yet.{' '}
          <Anchor component={Link} to="/schedule" underline="always">
            Lay out the year
          </Anchor>
        </Text>
      ) : (
        <Timeline active={reached} bulletSize={22} lineWidth={2} role="list" aria-label="Meetings of the year">
          {timeline.map((entry) => (
            <Timeline.Item
              key={entry.event.id}
              role="listitem"
              aria-label={`${STATE_WORDS[entry.state]}: ${entry.event.title}, ${when(entry)}`}
              lineVariant={entry.state === 'later' || entry.state === 'next' ? 'dashed' : 'solid'}
              bullet={
                entry.state === 'past' ? (
                  <IconCheck size={13} aria-hidden />
                ) : entry.state === 'now' ? (
                  <IconUsers size={13} aria-hidden />
                ) : (
                  <IconPoint size={13} aria-hidden />
                )
              }
              title={
                <Text span fw={entry.state === 'next' || entry.state === 'now' ? 700 : 500} size="sm">
                  {entry.event.title}
                </Text>
              }
            >
              <Group gap={8} wrap="wrap">
                <Text size="sm" c="dimmed">
                  {when(entry)}
                </Text>
                {(entry.state === 'next' || entry.state === 'now') && (
                  <Badge size="sm" variant={entry.state === 'next' ? 'filled' : 'light'}>
                    {STATE_WORDS[entry.state]}
                  </Badge>
                )}
              </Group>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}
