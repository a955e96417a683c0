/**
 * Check-ins: for every confirmed team, where its check-in stands today (done, due by a day,
 * overdue by some days) and the latest one in words; a filter (due now, overdue, all) and a
 * search; the cadence the coordinator sets. For each team: type a check-in during a
 * conversation, print its one-page form, or open an email with the questions. "Import
 * responses" brings in a Microsoft Forms or Google Forms export through the import wizard.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Menu,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconChevronDown,
  IconFileTypeDocx,
  IconMailDown,
  IconMailForward,
  IconMessagePlus,
  IconSearch,
  IconTableImport,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { checkInFormsRun, formsReturnBy } from '../../components/check-ins/check-in-forms';
import { formatDay, formatDayShort } from '../../components/dates';
import { documentContext, plural } from '../../components/documents/document-plans';
import { useDocumentJob } from '../../components/documents/use-document-job';
import { reportError } from '../../components/report-error';
import { todayIso } from '../../components/today';
import { saveCheckInCadence, useCheckInsState, type CheckInsState } from '../../db/check-ins-repo';
import { useCurrentProgram } from '../../db/programs-repo';
import { usePaperSize } from '../../db/settings-repo';
import type { CheckInCadence, CheckInWindow } from '../../domain/check-ins/check-in-schedule';
import { checkInInWords, type CheckInFilter, type TeamCheckInState } from '../../domain/check-ins/check-in-status';
import { buildCheckInFormModel } from '../../domain/documents/check-in-form';
import type { CheckIn } from '../../domain/model';
import { CheckInEditor } from './check-in-editor';
import { composeCheckInMail, saveCheckInDraft, saveEditedCheckIn, saveNewCheckIn } from './check-in-actions';
import { SurveyImport, SurveyImportHistory } from './survey-import';
import { STATUS_COLORS, TeamDrawer } from './team-drawer';
import { buildTeamRows, filterTeamRows, type TeamRow } from './team-rows';

function windowsInWords(cadence: CheckInCadence, windows: readonly CheckInWindow[]): string {
  if (cadence.mode === 'off') return 'Check-ins are switched off: no team is asked for one.';
  if (windows.length === 0) {
    return cadence.mode === 'pair-months'
      ? 'No “pairs meet by arrangement” month in the schedule yet, so no check-in is due.'
      : 'The program has no cycle dates yet, so no check-in is due.';
  }
  const names = windows.map((w) => w.label.replace(/ check-in$/, ''));
  return cadence.mode === 'pair-months'
    ? `${plural(windows.length, 'check-in')} a team: ${names.join(', ')}, each due by the month’s last day.`
    : `${plural(windows.length, 'check-in')} a team, every ${cadence.weeks} weeks from ${formatDay(windows[0]!.opensOn)}; the last is due by ${formatDay(windows.at(-1)!.dueOn)}.`;
}

function CadenceCard({ state, windows }: { state: CheckInsState; windows: CheckInWindow[] }) {
  const { cadence } = state;
  const [weeks, setWeeks] = useState<number | string>(cadence.mode === 'every-weeks' ? cadence.weeks : 6);
  const [error, setError] = useState<string | null>(null);
  const save = (next: CheckInCadence) =>
    void saveCheckInCadence(state.program.id, next).then(setError, reportError);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="cadence-title">
      <Group justify="space-between" align="flex-start" gap="lg">
        <Stack gap={4} style={{ flex: 1, minWidth: 280 }}>
          <Title order={2} size="h4" id="cadence-title">
            How often
          </Title>
          <Text size="sm" c="dimmed">
            {windowsInWords(cadence, windows)}
          </Text>
          {cadence.mode === 'pair-months' && windows.length === 0 && (
            <Anchor component={Link} to="/schedule" size="sm" underline="always">
              Generate the schedule
            </Anchor>
          )}
        </Stack>
        <Group gap="sm" align="flex-end">
          <SegmentedControl
            aria-label="How often teams check in"
            value={cadence.mode}
            onChange={(mode) =>
              save(
                mode === 'every-weeks'
                  ? { mode: 'every-weeks', weeks: typeof weeks === 'number' ? weeks : 6 }
                  : { mode: mode as 'pair-months' | 'off' },
              )
            }
            data={[
              { value: 'pair-months', label: 'Each pair month' },
              { value: 'every-weeks', label: 'Every few weeks' },
              { value: 'off', label: 'Off' },
            ]}
          />
          {cadence.mode === 'every-weeks' && (
            <NumberInput
              label="Weeks"
              w={100}
              min={1}
              max={26}
              value={weeks}
              onChange={setWeeks}
              onBlur={() => typeof weeks === 'number' && save({ mode: 'every-weeks', weeks })}
              error={error}
            />
          )}
        </Group>
      </Group>
    </Card>
  );
}

/** The state of a team's check-in as a badge and a line that says what it means. */
function StateCell({ state }: { state: TeamCheckInState }) {
  switch (state.kind) {
    case 'done':
      return (
        <Stack gap={2}>
          <Badge color="teal" variant="light">
            Done
          </Badge>
          <Text size="xs" c="dimmed">
            {state.window.label}
          </Text>
        </Stack>
      );
    case 'due':
      return (
        <Stack gap={2}>
          <Badge color="yellow" variant="light">
            {state.daysLeft === 0 ? 'Due today' : `Due by ${formatDayShort(state.window.dueOn)}`}
          </Badge>
          <Text size="xs" c="dimmed">
            {state.window.label}
          </Text>
        </Stack>
      );
    case 'overdue':
      return (
        <Stack gap={2}>
          <Badge color="red" variant="light">
            Overdue by {plural(state.daysOverdue, 'day')}
          </Badge>
          <Text size="xs" c="dimmed">
            {state.window.label}, due {formatDayShort(state.window.dueOn)}
          </Text>
        </Stack>
      );
    case 'not-yet':
      return (
        <Stack gap={2}>
          <Badge color="gray" variant="light">
            Not due yet
          </Badge>
          <Text size="xs" c="dimmed">
            {state.next ? `${state.next.label} from ${formatDay(state.next.opensOn)}` : 'No check-in left this cycle'}
          </Text>
        </Stack>
      );
    case 'off':
      return (
        <Badge color="gray" variant="light">
          Off
        </Badge>
      );
  }
}

function LatestCell({ row }: { row: TeamRow }) {
  const latest: CheckIn | undefined = row.checkIns[0];
  if (!latest) {
    return (
      <Text size="sm" c="dimmed">
        No check-in yet
      </Text>
    );
  }
  const words = checkInInWords(latest, row.members);
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <Badge size="xs" circle color={STATUS_COLORS[latest.status]} aria-hidden>
          {' '}
        </Badge>
        <Text size="sm" fw={500}>
          {words.headline}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {formatDay(latest.date)}
        {latest.source === 'survey' ? ' · from a survey' : latest.source === 'paper' ? ' · from a paper form' : ''}
        {words.nextStep !== '' ? ` · Next step: ${words.nextStep.length > 90 ? `${words.nextStep.slice(0, 89)}…` : words.nextStep}` : ''}
      </Text>
    </Stack>
  );
}

/** What the editor is open for. */
type Editing = { row: TeamRow; checkIn: CheckIn | null } | null;

// Whether the survey wizard is showing survives leaving the screen, like the roster import.
let importOpenFor: string | null = null;

export function CheckInsPage() {
  const program = useCurrentProgram();
  const state = useCheckInsState(program?.id);
  const [importing, setImportingState] = useState(() => program !== null && program !== undefined && importOpenFor === program.id);
  const setImporting = (open: boolean) => {
    importOpenFor = open && program ? program.id : null;
    setImportingState(open);
  };
  if (!program) return null;
  if (!state) {
    return (
      <Center mt="xl">
        <Loader aria-label="Loading the check-ins" />
      </Center>
    );
  }
  if (importing) return <SurveyImport key={program.id} state={state} onClose={() => setImporting(false)} />;
  return <CheckInsList key={program.id} state={state} onImport={() => setImporting(true)} />;
}

function CheckInsList({ state, onImport }: { state: CheckInsState; onImport: () => void }) {
  const today = todayIso();
  const paper = usePaperSize();
  const { run, busy, dialog } = useDocumentJob();
  const [filter, setFilter] = useState<CheckInFilter>('all');
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [openTeamId, setOpenTeamId] = useState<string | null>(null);
  const { rows, windows, counts } = useMemo(() => buildTeamRows(state, today), [state, today]);
  const shown = filterTeamRows(rows, filter, search);
  const returnBy = formsReturnBy(state.program, state.events, state.cadence, today);
  const ctx = documentContext(state.program, paper, today);
  const openRow = rows.find((r) => r.team.id === openTeamId) ?? null;

  const printForms = (teams: TeamRow[], mode: 'combined' | 'files') => {
    const model = buildCheckInFormModel(
      teams.map((r) => r.team),
      state.members,
      state.participants,
      state.catalog,
      returnBy,
    );
    void run(checkInFormsRun(ctx, model, mode, state.program.name));
  };

  return (
    <Stack gap="lg" maw={1240}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">
            Check-ins
          </Title>
          <Text c="dimmed" maw={720}>
            How is it going? Are contributions equal? Type a check-in during a conversation, hand out the form, email
            the questions, or import the answers of a survey.
          </Text>
        </Stack>
        <Group gap="sm">
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button variant="default" leftSection={<IconFileTypeDocx size={16} />} rightSection={<IconChevronDown size={14} />} disabled={rows.length === 0 || busy}>
                Print forms
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => printForms(rows, 'combined')}>All {plural(rows.length, 'team')} in one document</Menu.Item>
              <Menu.Item onClick={() => printForms(rows, 'files')}>One file per team</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button leftSection={<IconTableImport size={16} />} onClick={onImport} disabled={rows.length === 0}>
            Import responses
          </Button>
        </Group>
      </Group>

      <CadenceCard state={state} windows={windows} />

      {rows.length === 0 ? (
        <Card withBorder padding="xl">
          <Stack align="center" gap="xs">
            <Title order={2} size="h4">
              No confirmed pairs yet
            </Title>
            <Text c="dimmed" ta="center">
              Check-ins are with confirmed pairs and triads. Run the pairing and confirm the teams first.
            </Text>
            <Button component={Link} to="/pairing" mt="xs">
              Go to Pairing
            </Button>
          </Stack>
        </Card>
      ) : (
        <>
          {counts.overdue > 0 && (
            <Alert color="red" variant="light" title={`${plural(counts.overdue, 'team has', 'teams have')} an overdue check-in`}>
              <Text size="sm">
                Type one in after a quick call, or email them the questions. Filter on “Overdue” to see only those teams.
              </Text>
            </Alert>
          )}
          <Group justify="space-between" align="center">
            <SegmentedControl
              aria-label="Which teams to show"
              value={filter}
              onChange={(v) => setFilter(v as CheckInFilter)}
              data={[
                { value: 'due', label: `Due now (${counts.due})` },
                { value: 'overdue', label: `Overdue (${counts.overdue})` },
                { value: 'all', label: `All (${counts.all})` },
              ]}
            />
            <TextInput
              aria-label="Find a team or person"
              placeholder="Find a team or person"
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={280}
            />
          </Group>
          {shown.length === 0 ? (
            <Card withBorder padding="lg">
              <Text ta="center" c="dimmed">
                {filter === 'due'
                  ? 'No team has a check-in due right now.'
                  : filter === 'overdue'
                    ? 'No check-in is overdue.'
                    : 'No team matches the search.'}{' '}
                <Anchor component="button" type="button" onClick={() => { setFilter('all'); setSearch(''); }}>
                  Show all teams
                </Anchor>
              </Text>
            </Card>
          ) : (
            <Card withBorder padding={0}>
              <Table aria-label="Teams and their check-ins" verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={190}>Team</Table.Th>
                    <Table.Th w={190}>This check-in</Table.Th>
                    <Table.Th>Latest check-in</Table.Th>
                    <Table.Th w={300}>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((row) => (
                    <Table.Tr key={row.team.id} data-testid="check-in-row" aria-label={row.label}>
                      <Table.Td>
                        <Anchor component="button" type="button" fw={650} onClick={() => setOpenTeamId(row.team.id)} aria-label={`Open the check-ins of ${row.label}`}>
                          {row.label}
                        </Anchor>
                        {row.members.map((m) => (
                          <Text key={m.id} size="xs" c="dimmed" lh={1.4}>
                            {m.name}
                          </Text>
                        ))}
                      </Table.Td>
                      <Table.Td>
                        <StateCell state={row.state} />
                      </Table.Td>
                      <Table.Td>
                        <LatestCell row={row} />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Button size="compact-sm" leftSection={<IconMessagePlus size={14} />} onClick={() => setEditing({ row, checkIn: null })} aria-label={`Check in with ${row.label}`}>
                            Check in
                          </Button>
                          <Button size="compact-sm" variant="default" leftSection={<IconFileTypeDocx size={14} />} onClick={() => printForms([row], 'combined')} disabled={busy} aria-label={`Check-in form for ${row.label}`}>
                            Form
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="default"
                            leftSection={<IconMailForward size={14} />}
                            onClick={() => void composeCheckInMail(state.program, row, returnBy).catch(reportError)}
                            disabled={row.members.every((m) => m.email.trim() === '')}
                            aria-label={`Email the check-in questions to ${row.label}`}
                          >
                            Email
                          </Button>
                          <Tooltip label="Save the e-mail as a draft (.eml) to open in your mail program" withArrow>
                            <ActionIcon
                              variant="default"
                              size={26}
                              onClick={() => void saveCheckInDraft(state.program, row, returnBy).catch(reportError)}
                              disabled={row.members.every((m) => m.email.trim() === '')}
                              aria-label={`Save the check-in e-mail to ${row.label} as a draft`}
                            >
                              <IconMailDown size={14} />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          )}
        </>
      )}

      {state.imports.length > 0 && (
        <SurveyImportHistory
          batches={state.imports}
          teamLabelOf={(id) => rows.find((r) => r.team.id === id)?.label ?? 'A team no longer in the program'}
        />
      )}

      <TeamDrawer
        row={editing ? null : openRow}
        catalog={state.catalog}
        onClose={() => setOpenTeamId(null)}
        onNew={() => openRow && setEditing({ row: openRow, checkIn: null })}
        onEdit={(checkIn) => openRow && setEditing({ row: openRow, checkIn })}
      />
      <CheckInEditor
        opened={editing !== null}
        team={editing ? { id: editing.row.team.id, label: editing.row.label, members: editing.row.members, competencies: editing.row.competencies } : null}
        editing={editing?.checkIn ?? null}
        today={today}
        onClose={() => setEditing(null)}
        onSave={async (entry, source) => {
          if (!editing) return;
          try {
            if (editing.checkIn) await saveEditedCheckIn(editing.row, editing.checkIn, entry);
            else await saveNewCheckIn(state.program.id, editing.row, entry, source);
            setEditing(null);
          } catch (error) {
            reportError(error);
          }
        }}
      />
      {dialog}
    </Stack>
  );
}
