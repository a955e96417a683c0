/**
 * Attendance: the group meetings of the schedule with how many are marked and the rate, past
 * meetings whose roll call is not typed in yet, each meeting's roll call (`?meeting=<id>`), and
 * every person's attendance over the past meetings.
 */
import { Anchor, Badge, Button, Card, Center, Group, Loader, Stack, Table, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCalendarEvent, IconUserCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDay } from '../../components/dates';
import { formatPercent } from '../../components/figures';
import { plural } from '../../components/documents/document-plans';
import { rollCallPath, teamPagePath } from '../../components/team-paths';
import { todayIso } from '../../components/today';
import { useAttendanceState, type AttendanceState } from '../../db/attendance-repo';
import { useCurrentProgram } from '../../db/programs-repo';
import {
  attendanceByPerson,
  consecutiveMisses,
  meetingAttendance,
  overallRate,
  teamOfParticipantOn,
  type MeetingAttendance,
} from '../../domain/attendance/attendance-rates';
import { signInSheetOrder } from '../../domain/attendance/sign-in-sheet';
import { teamLabel } from '../../domain/documents/document-models';
import { printedNames } from '../../domain/participants/printed-names';
import { formatTimeRange } from '../../domain/schedule/iso-dates';
import { RollCall } from './roll-call';

function RollCallState({ meeting }: { meeting: MeetingAttendance }) {
  const { tally, timing, notRecorded } = meeting;
  if (notRecorded)
    return (
      <Badge color="orange" variant="light">
        Not yet recorded
      </Badge>
    );
  if (tally.marked === 0)
    return (
      <Text size="sm" c="dimmed">
        {timing === 'today' ? 'Today: no marks yet' : 'Upcoming'}
      </Text>
    );
  return (
    <Text size="sm">
      {tally.expected > 0 ? `${tally.expected - tally.unmarked} of ${tally.expected} marked` : plural(tally.marked, 'mark')}
    </Text>
  );
}

function MeetingsTable({ meetings }: { meetings: MeetingAttendance[] }) {
  return (
    <Card withBorder padding={0} radius="md">
      <Table aria-label="Group meetings" verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>Date</Table.Th>
            <Table.Th>Meeting</Table.Th>
            <Table.Th w={200}>Roll call</Table.Th>
            <Table.Th w={210}>Present</Table.Th>
            <Table.Th w={150}>
              <VisuallyHidden>Open</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((m) => {
            const { event, tally } = m;
            const recorded = tally.marked > 0;
            return (
              <Table.Tr key={event.id} data-testid="meeting-row" data-marked={tally.marked} aria-label={event.title}>
                <Table.Td>
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {formatDay(event.date)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatTimeRange(event.startTime, event.minutes)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{event.title}</Text>
                  {event.place !== '' && (
                    <Text size="xs" c="dimmed">
                      {event.place}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <RollCallState meeting={m} />
                </Table.Td>
                <Table.Td>
                  {recorded && tally.expected > 0 ? (
                    <>
                      <Text size="sm" fw={600}>
                        {formatPercent(tally.rate)} ({tally.present} of {tally.expected})
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[
                          tally.excused > 0 ? `${tally.excused} excused` : '',
                          tally.guests > 0 ? plural(tally.guests, 'guest') : '',
                        ]
                          .filter(Boolean)
                          .join(' · ') || ' '}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {tally.expected > 0 ? `${tally.expected} expected` : 'Nobody in a team yet'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    component={Link}
                    to={rollCallPath(event.id)}
                    size="compact-sm"
                    variant={m.notRecorded ? 'filled' : 'light'}
                    aria-label={`${recorded ? 'Open roll call' : 'Take roll call'}: ${event.title}, ${formatDay(event.date)}`}
                  >
                    {recorded ? 'Open roll call' : 'Take roll call'}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function PeopleTable({ state, today }: { state: AttendanceState; today: string }) {
  const rows = useMemo(() => {
    const byPerson = attendanceByPerson(state, today);
    const teamOf = teamOfParticipantOn(today, state.teams, state.members);
    const known = state.participants.filter((p) => byPerson.has(p.id)).map((p) => ({ ...p, status: 'active' as const }));
    return signInSheetOrder(known).map((p) => ({
      person: p,
      figures: byPerson.get(p.id)!,
      team: teamOf.get(p.id),
    }));
  }, [state, today]);

  if (rows.length === 0)
    return (
      <Card withBorder padding="lg" radius="md">
        <Text c="dimmed" ta="center">
          Figures per person appear once the roll call of a past group meeting is taken.
        </Text>
      </Card>
    );

  return (
    <Card withBorder padding={0} radius="md">
      <Table aria-label="Attendance per person" verticalSpacing="xs" horizontalSpacing="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th w={110}>Team</Table.Th>
            <Table.Th w={130}>Present</Table.Th>
            <Table.Th w={100}>Excused</Table.Th>
            <Table.Th w={150}>Absent or not marked</Table.Th>
            <Table.Th w={190}>
              <VisuallyHidden>Notes</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ person, figures, team }) => {
            const misses = consecutiveMisses(figures.history);
            return (
              <Table.Tr key={person.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {printedNames(person).name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {team ? (
                    <Anchor component={Link} to={teamPagePath(team.id)} size="sm">
                      {teamLabel(team)}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      None now
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {formatPercent(figures.rate)} ({figures.present} of {figures.history.length})
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{figures.excused}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{figures.absent + figures.unmarked}</Text>
                </Table.Td>
                <Table.Td>
                  {misses >= 2 && (
                    <Badge color="orange" variant="light">
                      Missed the last {misses}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

export function AttendancePage() {
  const program = useCurrentProgram();
  const state = useAttendanceState(program?.id);
  const [params] = useSearchParams();
  const today = todayIso();
  const meetings = useMemo(() => (state ? meetingAttendance(state, today) : []), [state, today]);

  if (!program) return null;
  if (!state) {
    return (
      <Center mt="xl">
        <Loader aria-label="Loading attendance" />
      </Center>
    );
  }

  const selectedId = params.get('meeting');
  const selected = selectedId ? state.events.find((e) => e.id === selectedId) : undefined;
  if (selected) {
    return (
      <Stack gap="lg" maw={1100}>
        <Stack gap={4}>
          <Title order={1} size="h2">
            Attendance
          </Title>
          <Text c="dimmed">Take the roll call from the signed sheet: the lines are in the same order.</Text>
        </Stack>
        <RollCall key={selected.id} state={state} event={selected} today={today} />
      </Stack>
    );
  }

  const notRecorded = meetings.filter((m) => m.notRecorded);
  const overall = overallRate(meetings);
  const hasTeams = state.teams.some((t) => t.status === 'confirmed');

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Attendance
        </Title>
        <Text c="dimmed">
          Open a meeting’s roll call and copy the signed sheet down: marks save as you type. Rates count the people who
          were in a team on the day.
        </Text>
      </Stack>

      {selectedId && (
        <Card withBorder padding="md" radius="md">
          <Text>That meeting is no longer in the schedule. Choose one below.</Text>
        </Card>
      )}

      {state.events.length === 0 ? (
        <Card withBorder padding="xl" radius="md">
          <Stack align="center" gap="xs">
            <Title order={2} size="h4">
              No group meetings yet
            </Title>
            <Text c="dimmed" ta="center" maw={520}>
              Attendance is taken at the group meetings of the schedule. Generate the year first.
            </Text>
            <Button component={Link} to="/schedule" leftSection={<IconCalendarEvent size={16} />} mt="xs">
              Go to Schedule
            </Button>
          </Stack>
        </Card>
      ) : (
        <>
          <Group gap="xl" wrap="wrap">
            <Text fw={600}>
              {overall !== null
                ? `${formatPercent(overall)} present over the meetings so far`
                : meetings.some((m) => m.tally.marked > 0)
                  ? 'No past meeting recorded yet'
                  : 'No roll call taken yet'}
            </Text>
            {notRecorded.length > 0 && (
              <Group gap={6}>
                <IconUserCheck size={18} color="var(--mantine-color-orange-8)" aria-hidden />
                <Text size="sm">
                  {plural(notRecorded.length, 'past meeting')} without a roll call: open{' '}
                  {notRecorded.length === 1 ? 'it' : 'each'} and copy the sheet down.
                </Text>
              </Group>
            )}
            {!hasTeams && (
              <Text size="sm">
                No confirmed teams yet, so nobody is expected.{' '}
                <Anchor component={Link} to="/pairing" size="sm">
                  Go to Pairing
                </Anchor>
              </Text>
            )}
          </Group>
          <Tabs defaultValue="meetings" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="meetings">Meetings</Tabs.Tab>
              <Tabs.Tab value="people">People</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="meetings" pt="md">
              <MeetingsTable meetings={meetings} />
            </Tabs.Panel>
            <Tabs.Panel value="people" pt="md">
              <PeopleTable state={state} today={today} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
