/**
 * Home: "This month" for the open program (where the cycle stands, the year's meetings, the next
 * group meeting, what to do now and a few figures), or the welcome when there is none. All of it
 * is worked out by `thisMonth` from the stored records and today's date.
 */
import { Badge, Card, Center, Grid, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { formatDay } from '../../components/dates';
import { StorageNotice } from '../../components/storage-notice';
import { useCurrentHomeRecords, type HomeRecords } from '../../db/home-repo';
import { thisMonth, type ThisMonth } from '../../domain/home/this-month';
import { isIsoDate } from '../../domain/schedule/iso-dates';
import { useAttentionForHome } from './attention-for-home';
import { CycleCard } from './cycle-card';
import { NextMeetingCard } from './next-meeting-card';
import { ToDoList } from './to-do-list';
import { useLastBackupDay, useToday } from './use-last-backup';
import { Welcome } from './welcome';
import { YearTimeline } from './year-timeline';

function Figure({ label, value, hint }: { label: string; value: string | number; hint?: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.3}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

function Figures({ month }: { month: ThisMonth }) {
  const f = month.figures;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} component="section" aria-label="Figures">
      <Figure label="Participants" value={f.activeParticipants} hint={`${f.peopleInTeams} in confirmed teams`} />
      <Figure label="Confirmed teams" value={f.confirmedTeams} />
      <Figure
        label="Met this month"
        value={f.confirmedTeams > 0 ? `${f.teamsMetThisMonth} of ${f.confirmedTeams}` : '0'}
        hint={`teams · ${f.meetingsThisMonth === 1 ? '1 meeting' : `${f.meetingsThisMonth} meetings`} logged`}
      />
      <Figure label="Check-ins so far" value={f.checkInsRecorded} hint="this cycle" />
    </SimpleGrid>
  );
}

function ThisMonthView({ records, today }: { records: HomeRecords; today: string }) {
  const lastBackupOn = useLastBackupDay();
  const attention = useAttentionForHome(records.program.id, today);
  const month = useMemo(
    () =>
      thisMonth(
        {
          program: records.program,
          participants: records.participants,
          teams: records.teams,
          members: records.members,
          events: records.events,
          attendance: records.attendance,
          meetingLogs: records.meetingLogs,
          checkIns: records.checkIns,
          cadence: records.cadence,
          attention,
          lastBackupOn,
        },
        today,
      ),
    [records, today, lastBackupOn, attention],
  );
  const { program } = records;
  const cycle =
    isIsoDate(program.cycleStart) && isIsoDate(program.cycleEnd)
      ? `${formatDay(program.cycleStart)} to ${formatDay(program.cycleEnd)}`
      : '';
  return (
    <Stack gap="lg" maw={1200} data-testid="home-ready">
      <div>
        <Group gap="xs">
          <Title order={1} size="h2">
            {program.name}
          </Title>
          {program.isDemo && (
            <Badge color="grape" variant="light">
              Demo
            </Badge>
          )}
          {program.status === 'archived' && <Badge color="gray">Archived</Badge>}
        </Group>
        <Text c="dimmed">{[program.organisation, cycle, program.coordinatorName].filter(Boolean).join(' · ')}</Text>
      </div>
      <CycleCard program={program} month={month} />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <ToDoList items={month.toDo} program={program} today={today} />
            <NextMeetingCard next={month.nextGroupMeeting} hasSchedule={records.events.length > 0} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <YearTimeline timeline={month.timeline} />
        </Grid.Col>
      </Grid>
      <Figures month={month} />
      <StorageNotice />
    </Stack>
  );
}

export function HomePage() {
  const today = useToday();
  const records = useCurrentHomeRecords(today);
  if (records === undefined) {
    return (
      <Center mt="xl">
        <Loader aria-label="Reading the program" />
      </Center>
    );
  }
  if (records === null) return <Welcome />;
  return <ThisMonthView records={records} today={today} />;
}
