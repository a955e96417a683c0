/** The next group meeting: when, where, the topic, how many people to expect, what to prepare. */
import { Anchor, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBook, IconCalendarEvent, IconMapPin, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../components/dates';
import type { NextGroupMeeting } from '../../domain/home/this-month';
import { CATEGORY_LABELS } from '../../domain/model';
import { formatTimeRange } from '../../domain/schedule/iso-dates';
import { inDays } from './cycle-card';

function Line({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon variant="light" size={28} radius="xl" aria-hidden>
        {icon}
      </ThemeIcon>
      <div>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {label}
        </Text>
        <Text size="sm">{children}</Text>
      </div>
    </Group>
  );
}

export function NextMeetingCard({ next, hasSchedule }: { next: NextGroupMeeting | null; hasSchedule: boolean }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="next-meeting-heading">
      <Title order={2} size="h4" id="next-meeting-heading" mb="sm">
        Next group meeting
      </Title>
      {next === null ? (
        <Text c="dimmed">
          {hasSchedule ? 'No group meeting is ahead in the schedule.' : 'No meetings are scheduled yet.'}{' '}
          <Anchor component={Link} to="/schedule" underline="always">
            {hasSchedule ? 'Open the schedule' : 'Lay out the year'}
          </Anchor>
        </Text>
      ) : (
        <Stack gap="sm">
          <Text fw={700}>{next.event.title}</Text>
          <Line icon={<IconCalendarEvent size={16} />} label="When">
            {[formatDay(next.event.date), formatTimeRange(next.event.startTime, next.event.minutes), inDays(next.daysAway)]
              .filter(Boolean)
              .join(' · ')}
          </Line>
          <Line icon={<IconMapPin size={16} />} label="Where">
            {next.event.place || 'No place yet: add it on the Schedule screen'}
          </Line>
          {next.event.topic && (
            <Line icon={<IconBook size={16} />} label="Topic">
              {CATEGORY_LABELS[next.event.topic]}
            </Line>
          )}
          <Line icon={<IconUsers size={16} />} label="Expected">
            {next.expectedAttendance === 1 ? '1 person' : `${next.expectedAttendance} people`} in confirmed teams
          </Line>
          <Group gap="md" mt={4}>
            <Anchor component={Link} to="/documents" size="sm" fw={600}>
              Print the sign-in sheet and worksheet
            </Anchor>
            <Anchor component={Link} to="/schedule" size="sm">
              Change the date or place
            </Anchor>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
