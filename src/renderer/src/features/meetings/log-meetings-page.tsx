/**
 * Log meetings: one line per confirmed team with its people, how many meetings it has logged and
 * the last one. Keyboard-first: on a line's minutes field type the minutes and press Enter to log
 * a meeting held today (empty means an hour); ↑ / ↓ move between teams; Shift+Enter or "More…"
 * opens the full form (another day, how they met, competencies, a note, who logged it).
 */
import {
  Anchor,
  Button,
  Card,
  Center,
  Group,
  Kbd,
  Loader,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../components/dates';
import { plural } from '../../components/documents/document-plans';
import { MeetingLogModal, notifyMeetingSaved } from '../../components/meeting-log-form';
import { reportError } from '../../components/report-error';
import { teamPagePath } from '../../components/team-paths';
import { todayIso } from '../../components/today';
import { addMeetingLog, useMeetingsState, type MeetingsState } from '../../db/meetings-repo';
import { useCurrentProgram } from '../../db/programs-repo';
import { teamLabel } from '../../domain/documents/document-models';
import {
  COORDINATOR,
  DEFAULT_MEETING_MINUTES,
  meetingStatsByTeam,
  type TeamMeetingStats,
} from '../../domain/meetings/meeting-logs';
import type { Participant, Team } from '../../domain/model';
import { foldForSearch } from '../../domain/participants/search-text';
import { printedNames } from '../../domain/participants/printed-names';
import { daysBetween } from '../../domain/schedule/iso-dates';

interface Line {
  team: Team;
  people: Participant[];
  stats: TeamMeetingStats;
  search: string;
}

function buildLines(state: MeetingsState): Line[] {
  const byId = new Map(state.participants.map((p) => [p.id, p]));
  const stats = meetingStatsByTeam(state.logs);
  return state.teams.map((team) => {
    const people = state.members
      .filter((m) => m.teamId === team.id)
      .map((m) => byId.get(m.participantId))
      .filter((p): p is Participant => p !== undefined)
      .sort((a, b) => printedNames(a).name.localeCompare(printedNames(b).name));
    return {
      team,
      people,
      stats: stats.get(team.id) ?? { count: 0, totalMinutes: 0, lastDate: '' },
      search: foldForSearch(`${teamLabel(team)} ${people.map((p) => `${printedNames(p).name} ${p.department}`).join(' ')}`),
    };
  });
}

function lastMeetingWords(lastDate: string, today: string): string {
  if (lastDate === '') return 'None yet';
  const days = daysBetween(lastDate, today);
  if (days <= 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return `${plural(days, 'day')} ago`;
}

export function LogMeetingsPage() {
  const program = useCurrentProgram();
  const state = useMeetingsState(program?.id);
  const today = todayIso();
  const [query, setQuery] = useState('');
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [full, setFull] = useState<{ team: Team; minutes: string } | null>(null);
  const [said, setSaid] = useState('');
  const inputs = useRef(new Map<string, HTMLInputElement>());

  const lines = useMemo(() => (state ? buildLines(state) : []), [state]);
  const shown = useMemo(() => {
    const words = foldForSearch(query).split(' ').filter(Boolean);
    return words.length === 0 ? lines : lines.filter((l) => words.every((w) => l.search.includes(w)));
  }, [lines, query]);

  if (!program) return null;
  if (!state) {
    return (
      <Center mt="xl">
        <Loader aria-label="Loading the teams" />
      </Center>
    );
  }

  const setDraft = (teamId: string, text: string) => {
    setDrafts((d) => ({ ...d, [teamId]: text }));
    setErrors((e) => ({ ...e, [teamId]: '' }));
  };

  const quickLog = (line: Line) => {
    const typed = (drafts[line.team.id] ?? '').trim();
    const minutes = typed === '' ? String(DEFAULT_MEETING_MINUTES) : typed;
    addMeetingLog(
      line.team.id,
      { date: today, minutes, mode: '', competencyIds: [], notes: '', loggedBy: COORDINATOR },
      today,
    ).then((result) => {
      if (!result.ok) {
        setErrors((e) => ({ ...e, [line.team.id]: result.message }));
        return;
      }
      setDraft(line.team.id, '');
      setSaid(`${teamLabel(line.team)}: meeting of ${result.log.minutes} minutes logged for today`);
      notifyMeetingSaved(line.team, result);
    }, reportError);
  };

  const onMinutesKey = (e: KeyboardEvent<HTMLInputElement>, line: Line) => {
    const i = shown.findIndex((l) => l.team.id === line.team.id);
    if (e.key === 'Enter' && (e.shiftKey || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      setFull({ team: line.team, minutes: (drafts[line.team.id] ?? '').trim() });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      quickLog(line);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = shown[i + (e.key === 'ArrowDown' ? 1 : -1)];
      if (next) inputs.current.get(next.team.id)?.focus();
    }
  };

  const teamsWithout = lines.filter((l) => l.stats.count === 0).length;
  const fullPeople = full ? (lines.find((l) => l.team.id === full.team.id)?.people ?? []) : [];

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Log meetings
        </Title>
        <Text c="dimmed">
          When a pair tells you they met, type the minutes on its line and press Enter: the meeting is logged for today.
          “More…” logs another day, how they met, what they worked on and a note.
        </Text>
      </Stack>

      {lines.length === 0 ? (
        <Card withBorder padding="xl" radius="md">
          <Stack align="center" gap="xs">
            <Title order={2} size="h4">
              No confirmed teams yet
            </Title>
            <Text c="dimmed" ta="center">
              Meetings are logged for confirmed pairs and triads. Run the pairing and confirm the teams first.
            </Text>
            <Button component={Link} to="/pairing" mt="xs">
              Go to Pairing
            </Button>
          </Stack>
        </Card>
      ) : (
        <>
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <TextInput
              label="Find"
              placeholder="A team, a name or a department"
              leftSection={<IconSearch size={16} />}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              w={{ base: '100%', sm: 340 }}
            />
            <Text size="sm" fw={600}>
              {plural(state.logs.length, 'meeting')} logged · {plural(teamsWithout, 'team')} without one yet
            </Text>
          </Group>
          <Text size="sm" c="dimmed" id="log-keys">
            In a minutes field: <Kbd>Enter</Kbd> logs a meeting held today (empty means {DEFAULT_MEETING_MINUTES}{' '}
            minutes), <Kbd>Shift</Kbd>+<Kbd>Enter</Kbd> opens the full form, <Kbd>↑</Kbd> <Kbd>↓</Kbd> move between
            teams.
          </Text>
          <Card withBorder padding={0} radius="md">
            <Table aria-label="Teams" verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={90}>Team</Table.Th>
                  <Table.Th>People</Table.Th>
                  <Table.Th w={100}>Meetings</Table.Th>
                  <Table.Th w={170}>Last meeting</Table.Th>
                  <Table.Th w={280}>
                    <VisuallyHidden>Log a meeting</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((line) => {
                  const label = teamLabel(line.team);
                  return (
                    <Table.Tr key={line.team.id} data-testid="team-line" aria-label={label}>
                      <Table.Td>
                        <Anchor component={Link} to={teamPagePath(line.team.id)} fw={600} size="sm">
                          {label}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{line.people.map((p) => printedNames(p).name).join(', ')}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{line.stats.count}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{lastMeetingWords(line.stats.lastDate, today)}</Text>
                        {line.stats.lastDate !== '' && (
                          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                            {formatDay(line.stats.lastDate)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap" align="flex-start">
                          <TextInput
                            ref={(el) => {
                              if (el) inputs.current.set(line.team.id, el);
                              else inputs.current.delete(line.team.id);
                            }}
                            aria-label={`Minutes of a meeting of ${label} today`}
                            aria-describedby="log-keys"
                            inputMode="numeric"
                            placeholder={String(DEFAULT_MEETING_MINUTES)}
                            rightSection={
                              <Text size="xs" c="dimmed" aria-hidden>
                                min
                              </Text>
                            }
                            w={110}
                            size="sm"
                            value={drafts[line.team.id] ?? ''}
                            onChange={(e) => setDraft(line.team.id, e.currentTarget.value)}
                            onKeyDown={(e) => onMinutesKey(e, line)}
                            error={errors[line.team.id] || undefined}
                          />
                          <Button size="sm" variant="light" onClick={() => quickLog(line)} aria-label={`Log a meeting of ${label} today`}>
                            Log
                          </Button>
                          <Button
                            size="sm"
                            variant="default"
                            onClick={() => setFull({ team: line.team, minutes: (drafts[line.team.id] ?? '').trim() })}
                            aria-label={`More… about a meeting of ${label}`}
                          >
                            More…
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            {shown.length === 0 && (
              <Text c="dimmed" ta="center" p="md">
                No team matches “{query}”.
              </Text>
            )}
          </Card>
        </>
      )}
      <MeetingLogModal
        team={full?.team ?? null}
        minutes={full?.minutes}
        people={fullPeople}
        catalog={state.catalog}
        today={today}
        onSaved={() => full && setDraft(full.team.id, '')}
        onClose={() => setFull(null)}
      />
      <VisuallyHidden aria-live="polite" role="status">
        {said}
      </VisuallyHidden>
    </Stack>
  );
}
