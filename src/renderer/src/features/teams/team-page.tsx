/**
 * One team's page (`/teams/:teamId`): its people with their group-meeting attendance, the
 * competencies it chose, its meetings (how many, the last, per month), and the timeline of
 * everything that happened to it. "Log a meeting" and "Add a note" are at hand; meetings are
 * changed or deleted from the timeline, notes deleted, each with Undo.
 */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Grid,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconMessagePlus, IconNotes } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { formatDay } from '../../components/dates';
import { plural } from '../../components/documents/document-plans';
import { formatPercent } from '../../components/figures';
import { deleteMeetingWithUndo, MeetingLogModal } from '../../components/meeting-log-form';
import { reportError } from '../../components/report-error';
import { switchTeamRecord } from '../../db/undo-repo';
import { todayIso } from '../../components/today';
import { notifyUndoable } from '../../components/undo-notice';
import { selectProgram, useCurrentProgram } from '../../db/programs-repo';
import {
  addTeamNote,
  checkTeamNote,
  deleteTeamNote,
  MAX_TEAM_NOTE,
  useTeamPage,
  type TeamPageState,
} from '../../db/team-page-repo';
import { attendanceByPerson, consecutiveMisses } from '../../domain/attendance/attendance-rates';
import { teamLabel } from '../../domain/documents/document-models';
import { meetingMonthsSpan, meetingsPerMonth, teamMeetingStats } from '../../domain/meetings/meeting-logs';
import { CATEGORY_LABELS, CATEGORY_ORDER, type MeetingLog, type TeamStatus } from '../../domain/model';
import { printedNames } from '../../domain/participants/printed-names';
import { formatDuration, formatMonthYear, isIsoDate } from '../../domain/schedule/iso-dates';
import { teamTimeline } from '../../domain/teams/team-timeline';
import { TeamTimelineList } from './team-timeline-list';

const STATUS_WORDS: Record<TeamStatus, { label: string; color: string }> = {
  proposed: { label: 'Proposed, not confirmed yet', color: 'gray' },
  confirmed: { label: 'Confirmed', color: 'teal' },
  ended: { label: 'Ended', color: 'red' },
};

function NoteModal({ teamId, label, opened, onClose, today }: { teamId: string; label: string; opened: boolean; onClose: () => void; today: string }) {
  const [text, setText] = useState('');
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkTeamNote(text, date);
    if (problem) {
      setError(problem);
      return;
    }
    addTeamNote(teamId, text, date).then((note) => {
      setText('');
      setError(null);
      onClose();
      notifyUndoable({
        title: `Note added to ${label}`,
        message: 'It is on the timeline.',
        label: `add a note to ${label}`,
        undo: () => switchTeamRecord('teamNotes', note, null),
        redo: () => switchTeamRecord('teamNotes', null, note),
        undoneMessage: 'The note is removed.',
      });
    }, reportError);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Add a note to ${label}`} size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea
            label="Note"
            description="For you: kept on the team’s timeline, never printed for the participants"
            autosize
            minRows={3}
            maxRows={10}
            maxLength={MAX_TEAM_NOTE}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            data-autofocus
          />
          <TextInput
            label="Day"
            type="date"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            description={isIsoDate(date) ? formatDay(date) : ' '}
            w={220}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">Add the note</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function MembersCard({ page, today }: { page: TeamPageState; today: string }) {
  const attendance = useMemo(
    () =>
      attendanceByPerson(
        {
          events: page.events,
          marks: page.marks,
          teams: page.programTeams,
          members: page.programMembers,
          participants: page.participants,
        },
        today,
      ),
    [page, today],
  );
  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={2} size="h4" mb="sm">
        People
      </Title>
      <Stack gap="sm">
        {page.people.map((p) => {
          const figures = attendance.get(p.id);
          return (
            <div key={p.id} data-testid="team-person">
              <Group gap="xs">
                <Text fw={600}>{printedNames(p).name}</Text>
                {figures && consecutiveMisses(figures.history) >= 2 && (
                  <Badge color="orange" variant="light" size="sm">
                    Missed the last {consecutiveMisses(figures.history)} group meetings
                  </Badge>
                )}
                {p.status === 'withdrawn' && (
                  <Badge color="gray" variant="outline" size="sm">
                    Withdrawn
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {[p.jobTitle, p.department].filter(Boolean).join(', ')}
              </Text>
              {p.email !== '' && (
                <Anchor href={`mailto:${p.email}`} size="sm">
                  {p.email}
                </Anchor>
              )}
              <Text size="sm">
                {figures
                  ? `Group meetings: ${formatPercent(figures.rate)} present (${figures.present} of ${figures.history.length}${figures.excused > 0 ? `, ${figures.excused} excused` : ''})`
                  : 'Group meetings: none recorded yet'}
              </Text>
            </div>
          );
        })}
        {page.people.length === 0 && <Text c="dimmed">Nobody is in this team any more.</Text>}
      </Stack>
    </Card>
  );
}

function CompetenciesCard({ page }: { page: TeamPageState }) {
  const byId = new Map(page.catalog.map((c) => [c.id, c]));
  const chosen = page.team.competencyIds.map((id) => byId.get(id)).filter((c) => c !== undefined);
  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={2} size="h4" mb="sm">
        Competencies
      </Title>
      {chosen.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not chosen yet.{' '}
          <Anchor component={Link} to="/pairing" size="sm">
            Choose them on the Pairing screen
          </Anchor>
        </Text>
      ) : (
        <Stack gap="xs">
          {page.team.competenciesAgreed === false && (
            <Text size="sm" c="dimmed">
              Suggested at confirmation, to confirm together: the letter, agreement and worksheets say so until you
              record their choice on the Pairing screen.
            </Text>
          )}
          {CATEGORY_ORDER.map((category) => {
            const inCategory = chosen.filter((c) => c.category === category);
            if (inCategory.length === 0) return null;
            return (
              <div key={category}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                  {CATEGORY_LABELS[category]}
                </Text>
                <Text size="sm">{inCategory.map((c) => c.name).join(', ')}</Text>
              </div>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}

function MeetingsCard({ page, today }: { page: TeamPageState; today: string }) {
  const stats = teamMeetingStats(page.logs);
  const span = meetingMonthsSpan(page.program, page.logs, today);
  const months = span ? meetingsPerMonth(page.logs, span) : [];
  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={2} size="h4" mb="sm">
        Meetings
      </Title>
      <Text fw={600} data-testid="team-meeting-count">
        {stats.count === 0
          ? 'No meeting logged yet'
          : `${plural(stats.count, 'meeting')}, ${formatDuration(stats.totalMinutes)} in all`}
      </Text>
      {stats.lastDate !== '' && <Text size="sm">Last one {formatDay(stats.lastDate)}</Text>}
      {months.length > 0 && (
        <Table mt="sm" aria-label="Meetings per month" verticalSpacing={2} horizontalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Month</Table.Th>
              <Table.Th ta="right">Meetings</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((m) => {
              const [year, month] = m.month.split('-').map(Number) as [number, number];
              return (
                <Table.Tr key={m.month}>
                  <Table.Td>
                    <Text size="sm">{formatMonthYear({ year, month })}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" c={m.count === 0 ? 'dimmed' : undefined}>
                      {m.count}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function TeamPageBody({ page }: { page: TeamPageState }) {
  const today = todayIso();
  const [logging, setLogging] = useState(false);
  const [editing, setEditing] = useState<MeetingLog | null>(null);
  const [noting, setNoting] = useState(false);
  const { team } = page;
  const label = teamLabel(team);
  const status = STATUS_WORDS[team.status];
  const entries = useMemo(
    () =>
      teamTimeline({
        team,
        members: page.members,
        people: page.participants,
        competencyNames: new Map(page.catalog.map((c) => [c.id, c.name])),
        logs: page.logs,
        checkIns: page.checkIns,
        events: page.events,
        marks: page.marks,
        notes: page.notes,
        actions: page.actions,
      }),
    [page, team],
  );
  const canLog = team.status !== 'proposed';

  const deleteNote = (noteId: string) =>
    deleteTeamNote(noteId).then(
      (note) =>
        notifyUndoable({
          title: `Note deleted from ${label}`,
          message: 'It is no longer on the timeline.',
          label: `delete a note from ${label}`,
          undo: () => switchTeamRecord('teamNotes', null, note),
          redo: () => switchTeamRecord('teamNotes', note, null),
          undoneMessage: 'The note is back.',
        }),
      reportError,
    );

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {label}
            </Title>
            <Badge color={status.color} variant="light">
              {status.label}
            </Badge>
          </Group>
          <Text c="dimmed">
            {page.people.map((p) => printedNames(p).name).join(', ')}
            {team.confirmedOn !== '' && ` · paired on ${formatDay(team.confirmedOn)}`}
          </Text>
          <Anchor component={Link} to="/meetings" size="sm">
            All teams (Log meetings)
          </Anchor>
        </Stack>
        <Group gap="sm">
          <Button leftSection={<IconMessagePlus size={16} />} onClick={() => setLogging(true)} disabled={!canLog}>
            Log a meeting
          </Button>
          <Button variant="default" leftSection={<IconNotes size={16} />} onClick={() => setNoting(true)}>
            Add a note
          </Button>
        </Group>
      </Group>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <MembersCard page={page} today={today} />
            <CompetenciesCard page={page} />
            <MeetingsCard page={page} today={today} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="lg" radius="md">
            <Title order={2} size="h4" mb="xs">
              Timeline
            </Title>
            <TeamTimelineList
              entries={entries}
              onEditMeeting={(id) => setEditing(page.logs.find((l) => l.id === id) ?? null)}
              onDeleteMeeting={(id) => {
                const log = page.logs.find((l) => l.id === id);
                if (log) deleteMeetingWithUndo(team, log);
              }}
              onDeleteNote={(id) => void deleteNote(id)}
            />
          </Card>
        </Grid.Col>
      </Grid>

      <MeetingLogModal
        team={logging || editing ? team : null}
        log={editing ?? undefined}
        people={page.people}
        catalog={page.catalog}
        today={today}
        onClose={() => {
          setLogging(false);
          setEditing(null);
        }}
      />
      <NoteModal teamId={team.id} label={label} opened={noting} onClose={() => setNoting(false)} today={today} />
    </Stack>
  );
}

export function TeamPage() {
  const { teamId } = useParams();
  const page = useTeamPage(teamId);
  const current = useCurrentProgram();

  if (page === undefined)
    return (
      <Center mt="xl">
        <Loader aria-label="Loading the team" />
      </Center>
    );
  if (page === null)
    return (
      <Stack align="center" mt="xl" gap="sm">
        <Title order={1} size="h3">
          This team no longer exists
        </Title>
        <Text c="dimmed">It may have been removed by undoing a pairing.</Text>
        <Button component={Link} to="/meetings">
          Go to Log meetings
        </Button>
      </Stack>
    );
  if (current && current.id !== page.program.id)
    return (
      <Stack align="center" mt="xl" gap="sm">
        <Title order={1} size="h3">
          {teamLabel(page.team)} belongs to another program
        </Title>
        <Text c="dimmed">It is in “{page.program.name}”.</Text>
        <Button onClick={() => void selectProgram(page.program.id).catch(reportError)}>Open that program</Button>
      </Stack>
    );
  return <TeamPageBody key={page.team.id} page={page} />;
}
