/**
 * Pairing: the coordinator runs the matching for everyone not yet in a confirmed team, reviews
 * the proposals (score, reasons, coverage, warnings), adjusts them (lock, break, swap, pin,
 * alternatives), confirms them in one step (undoable), and then chooses each team's
 * competencies. The matching runs in a Web Worker with progress, so the screen never freezes.
 */
import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Drawer,
  EmptyState,
  Grid,
  Group,
  List,
  Loader,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconAdjustmentsHorizontal,
  IconArrowBackUp,
  IconChecks,
  IconPlayerPlay,
  IconRefresh,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentProgram } from '../../db/programs-repo';
import type { PairingState } from '../../db/teams-repo';
import type { Participant, Program } from '../../domain/model';
import type { RuleMode } from '../../domain/pairing/pairing-settings';
import { reportDone, reportError } from '../../components/report-error';
import { teamKey } from './board-edits';
import { unpairedOnBoard, type BoardState } from './board-state';
import { ConfirmedTeams, EndedTeams, SectionTitle } from './confirmed-teams';
import {
  cancelPairingRun,
  confirmAll,
  runPairing,
  undoConfirm,
  undoConfirmOf,
} from './pairing-actions';
import { notifyWithUndo } from './pairing-notify';
import { appUndoHistory } from '../../components/undo-history';
import { PersonDialogs, type PersonDialog } from './person-dialogs';
import { PlanExportMenu, planExportInput } from './plan-export-menu';
import { ProposalsSection, UnpairedList } from './proposals-board';
import { QualitySummary } from './quality-summary';
import { InterestedBanner, RosterBanner } from './roster-banner';
import { PairingSettingsPanel } from './settings-panel';
import { ReadOnlyFieldset } from '../../components/archived-banner';
import { median, teamCountLabel, teamLabel } from './team-view';
import { usePairingBoard, usePairingSession, type Evaluation } from './use-pairing-board';
import { WaitingPeople } from './waiting-people';
import { takesPart } from '../../domain/participants/opt-in';

/** The screen. */
export function PairingPage() {
  const program = useCurrentProgram();
  if (!program) return null;
  return <PairingBoard key={program.id} program={program} />;
}

/** How previous partners count on this board, in words. */
function previousPartnersLine(people: readonly Participant[], archivedPairs: number, mode: RuleMode): string {
  const lastYear = people.filter((p) => (p.previousPartners ?? []).length > 0).length;
  const rule = mode === 'hard' ? 'kept apart' : mode === 'soft' ? 'paired only when it pays (a soft rule)' : 'not taken into account (rule off)';
  if (lastYear > 0) return `${plural(lastYear, 'person', 'people')} worked with someone here last year: previous partners are ${rule}.`;
  if (archivedPairs > 0) return `${plural(archivedPairs, 'earlier partnership')} from archived programs count as previous partners, ${rule}.`;
  return 'No archived programs yet: nobody counts as a previous partner.';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function settingsSummary(state: PairingState): string {
  const s = state.stored.settings;
  const rules = Object.values(s.rules);
  const hard = rules.filter((r) => r.mode === 'hard').length;
  const soft = rules.filter((r) => r.mode === 'soft').length;
  const parts = [
    state.stored.mode === 'groups'
      ? `Peer groups of ${s.groups.minSize}–${s.groups.maxSize}`
      : `Pairs, odd person ${s.oddPerson === 'triad' ? 'makes a triad' : 'left out'}`,
    s.objective === 'raise-weakest' ? 'raise the weakest pair' : 'highest total score',
    `rules: ${soft} soft, ${hard} hard`,
  ];
  if (s.minPairScore !== null) parts.push(`minimum score ${s.minPairScore}`);
  return parts.join(' · ');
}

function RunProgress({ message, fraction }: { message: string; fraction: number }) {
  return (
    <Card withBorder padding="md" radius="md" role="status" aria-label="Pairing in progress">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Loader size="sm" aria-hidden />
          <Box>
            <Text fw={600}>Running pairing…</Text>
            <Text size="sm" c="dimmed">
              {message}
            </Text>
          </Box>
        </Group>
        <Button variant="default" onClick={cancelPairingRun}>
          Cancel
        </Button>
      </Group>
      <Progress
        value={Math.round(fraction * 100)}
        animated
        striped
        mt="sm"
        aria-label="Pairing progress"
      />
    </Card>
  );
}

function startRun(
  programId: string,
  hadProposals: boolean,
  known: { state: PairingState; board: BoardState },
) {
  runPairing(programId, known).then((outcome) => {
    if (!outcome) return;
    const teams = outcome.plan.teams;
    const message = `${plural(outcome.plan.unpaired.length, 'person', 'people')} without a team. Total score ${outcome.plan.quality.totalScore}.`;
    notifyWithUndo(
      `${teamCountLabel(
        teams.length,
        teams.map((t) => t.kind),
      )} proposed`,
      message,
      outcome.snapshot,
      { label: hadProposals ? 'run pairing again' : 'run pairing' },
    );
    if (!hadProposals && teams.length === 0)
      reportDone('Nobody could be paired', 'Check the rules in the pairing settings.');
  }, reportError);
}

/** The undo history's tag for a program's confirm. */
const confirmScope = (programId: string): string => `pairing-confirm:${programId}`;

function askConfirm(programId: string, board: BoardState, evaluation: Evaluation | null) {
  const kinds = board.proposals.map((p) => p.team.kind);
  const label = teamCountLabel(board.proposals.length, kinds);
  const forbidden = evaluation?.plan.teams.filter((t) => !t.allowed).length ?? 0;
  const left = evaluation?.plan.unpaired.length ?? 0;
  modals.openConfirmModal({
    title: `Confirm ${label}?`,
    children: (
      <Stack gap="xs">
        <Text size="sm">
          The proposed teams become confirmed teams, each starting with its suggested competencies
          (you can change them). You can undo this for as long as the app stays open.
        </Text>
        {forbidden > 0 && (
          <Text size="sm" fw={600}>
            {plural(forbidden, 'team breaks', 'teams break')} a hard rule.
          </Text>
        )}
        {left > 0 && (
          <Text size="sm">
            {plural(left, 'person stays', 'people stay')} without a team for now.
          </Text>
        )}
      </Stack>
    ),
    labels: { confirm: `Confirm ${label}`, cancel: 'Keep reviewing' },
    onConfirm: () =>
      void confirmAll(programId).then(
        (undo) =>
          notifyWithUndo(
            `${teamCountLabel(undo.count, kinds)} confirmed`,
            'Each team starts with its suggested competencies.',
            undo.snapshot,
            {
              label: `confirm ${label}`,
              undo: () => undoConfirmOf(undo),
              scope: confirmScope(programId),
            },
          ),
        reportError,
      ),
  });
}

function PairingBoard({ program }: { program: Program }) {
  const navigate = useNavigate();
  const { state, board, evaluation } = usePairingBoard(program.id);
  const session = usePairingSession();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [dialog, setDialog] = useState<PersonDialog>(null);

  const planned = useMemo(
    () => new Map((evaluation?.plan.teams ?? []).map((t) => [teamKey(t.memberIds), t] as const)),
    [evaluation],
  );

  if (!state || !board) {
    return (
      <Group gap="sm">
        <Loader size="sm" aria-label="Loading the pairing board" />
      </Group>
    );
  }

  const programId = program.id;
  const running = session.run?.programId === programId ? session.run : null;
  const undo = session.confirmUndo[programId];
  const active = state.participants.filter((p) => takesPart(p));
  const inConfirmed = board.confirmed.reduce((n, t) => n + t.members.length, 0);
  const toPair = board.runPeople.filter((p) => takesPart(p)).length;
  const hasProposals = board.proposals.length > 0;
  const labels = new Map(
    board.proposals.map((p) => [
      teamKey(p.members.map((m) => m.id)),
      teamLabel(p.team.kind, p.team.number),
    ]),
  );
  const scores = board.proposals.map(
    (p) => planned.get(teamKey(p.members.map((m) => m.id)))?.score ?? p.team.score,
  );
  const mid = median(scores);
  const unpaired = unpairedOnBoard(board, state.run, evaluation);
  const proposalWord = state.stored.mode === 'groups' ? 'groups' : 'pairs';
  // The side summary names people as the board does (department beside a shared name).
  const shownPeople = new Map(
    [...board.peopleById].map(([id, p]) => [id, { ...p, name: board.names.get(id) ?? p.name }]),
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Box>
          <Title order={1} size="h2">
            Pairing
          </Title>
          <Text c="dimmed" size="sm">
            {plural(active.length, 'participant')} taking part ·{' '}
            {plural(inConfirmed, 'person', 'people')} in confirmed teams · {toPair} to pair
          </Text>
          <Text c="dimmed" size="xs" mt={2}>
            {settingsSummary(state)}
          </Text>
        </Box>
        <Group gap="sm">
          {undo && (
            <Button
              variant="light"
              color="gray"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={() => {
                // The same step as in the undo history (so Redo can make it again); the board's own
                // record when the history no longer holds it.
                if (appUndoHistory().countIn(confirmScope(programId)) > 0) {
                  void appUndoHistory().undoLatestIn(confirmScope(programId));
                  return;
                }
                void undoConfirm(programId).then(
                  () => reportDone('Confirmation undone', 'The teams are back as they were.'),
                  reportError,
                );
              }}
            >
              Undo confirm
            </Button>
          )}
          {(hasProposals || board.confirmed.length > 0) && (
            <PlanExportMenu
              program={program}
              input={planExportInput(program, board, state.catalog, unpaired)}
            />
          )}
          <Button
            variant="default"
            leftSection={<IconAdjustmentsHorizontal size={16} />}
            onClick={() => setSettingsOpen(true)}
          >
            Pairing settings
          </Button>
          {program.status === 'archived' ? null : hasProposals ? (
            <>
              <Tooltip label="Pair everyone again except locked teams">
                <Button
                  variant="default"
                  leftSection={<IconRefresh size={16} />}
                  onClick={() => startRun(programId, true, { state, board })}
                  loading={running !== null}
                >
                  Re-run pairing
                </Button>
              </Tooltip>
              <Tooltip
                label="Re-run pairing first: some proposals were made with people who are no longer there"
                disabled={board.staleProposals.length === 0}
              >
                <Button
                  leftSection={<IconChecks size={16} />}
                  onClick={() => askConfirm(programId, board, evaluation)}
                  disabled={running !== null || board.staleProposals.length > 0}
                >
                  Confirm{' '}
                  {teamCountLabel(
                    board.proposals.length,
                    board.proposals.map((p) => p.team.kind),
                  )}
                </Button>
              </Tooltip>
            </>
          ) : toPair > 0 ? (
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              onClick={() => startRun(programId, false, { state, board })}
              loading={running !== null}
              disabled={toPair < 2}
            >
              Run pairing
            </Button>
          ) : null}
        </Group>
      </Group>

      <InterestedBanner people={state.participants} names={board.names} />

      {hasProposals && (
        <RosterBanner
          board={board}
          running={running !== null}
          onRerun={() => startRun(programId, true, { state, board })}
        />
      )}

      {running && (
        <RunProgress message={running.progress.message} fraction={running.progress.fraction} />
      )}

      {board.settingsChangedSinceRun && (
        <Alert
          color="blue"
          variant="light"
          title="The settings changed since these proposals were made"
        >
          Scores below use the new settings. Re-run pairing to pair everyone who is not locked by
          them.
        </Alert>
      )}
      {hasProposals && state.run && state.run.notices.length > 0 && (
        <Alert color="gray" variant="light" title="Some instructions could not be followed">
          <List size="sm" spacing={2}>
            {state.run.notices.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="xl">
            {active.length === 0 ? (
              <EmptyState
                icon={<IconUsersGroup size={32} />}
                variant="light"
                title="Nobody to pair yet"
                description="Import the roster or add participants first. Their offers and wants are what pairing works from."
              >
                <EmptyState.Actions>
                  <Button variant="default" onClick={() => void navigate('/programs')}>
                    Go to Programs
                  </Button>
                </EmptyState.Actions>
              </EmptyState>
            ) : !hasProposals && toPair === 0 ? (
              <Card withBorder padding="lg" radius="md">
                <Text fw={600}>Everyone is in a confirmed team.</Text>
                <Text size="sm" c="dimmed">
                  New participants, and people of teams you end, can be paired here later.
                </Text>
              </Card>
            ) : !hasProposals ? (
              <EmptyState
                icon={<IconPlayerPlay size={32} />}
                variant="light"
                title={`Ready to pair ${plural(toPair, 'person', 'people')}`}
                description="Run pairing to get proposals with scores and reasons. Nothing is final until you confirm: lock, swap and pin first."
              >
                <EmptyState.Actions>
                  <Button
                    onClick={() => startRun(programId, false, { state, board })}
                    loading={running !== null}
                    disabled={toPair < 2}
                    leftSection={<IconPlayerPlay size={16} />}
                  >
                    Run pairing
                  </Button>
                </EmptyState.Actions>
              </EmptyState>
            ) : (
              <ProposalsSection
                programId={programId}
                board={board}
                catalog={state.catalog}
                planned={planned}
                median={mid}
                word={proposalWord}
                onDialog={setDialog}
              />
            )}

            {!hasProposals && (board.confirmed.length > 0 || board.ended.length > 0) && (
              <WaitingPeople board={board} />
            )}

            {hasProposals && unpaired.length > 0 && (
              <UnpairedList
                board={board}
                unpaired={unpaired}
                onDialog={setDialog}
                programId={programId}
              />
            )}

            {board.confirmed.length > 0 && (
              <Box component="section" aria-labelledby="confirmed-title">
                <Group gap="xs" mb={4}>
                  <Title order={2} size="h4" id="confirmed-title">
                    Confirmed teams
                  </Title>
                  <Badge variant="light" color="gray" radius="sm">
                    {board.confirmed.length}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed" mb="sm">
                  Each team works on {program.rules.minTotal}–{program.rules.maxTotal} competencies;
                  the worksheets and letters use them.
                </Text>
                <ConfirmedTeams
                  teams={board.confirmed}
                  names={board.names}
                  catalog={state.catalog}
                  rules={program.rules}
                />
              </Box>
            )}

            {board.ended.length > 0 && (
              <Box component="section">
                <SectionTitle title="Ended teams" count={board.ended.length} />
                <EndedTeams teams={board.ended} />
              </Box>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Box
            style={{
              position: 'sticky',
              top: 'calc(var(--app-shell-header-height, 60px) + var(--mantine-spacing-md))',
            }}
          >
            {hasProposals ? (
              <QualitySummary
                plan={evaluation?.plan ?? null}
                current={evaluation?.current ?? false}
                people={shownPeople}
                labels={labels}
                totalPeople={toPair}
              />
            ) : (
              <ProgramPairingSummary state={state} board={board} />
            )}
          </Box>
        </Grid.Col>
      </Grid>

      <Drawer
        opened={settingsOpen}
        onClose={() => setSettingsOpen(false)}
        title="Pairing settings"
        position="right"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close pairing settings' }}
      >
        {settingsOpen && (
          // An archived program's settings are shown as they were used, not changed.
          <ReadOnlyFieldset readOnly={program.status === 'archived'}>
            <PairingSettingsPanel
              programId={programId}
              stored={state.stored.settings}
              storedMode={state.stored.mode}
            />
          </ReadOnlyFieldset>
        )}
      </Drawer>
      <PersonDialogs
        dialog={dialog}
        programId={programId}
        board={board}
        onClose={() => setDialog(null)}
      />
    </Stack>
  );
}

/** The side card when there are no proposals: where the program's pairing stands. */
function ProgramPairingSummary({ state, board }: { state: PairingState; board: BoardState }) {
  const withSome = board.confirmed.filter((t) => t.team.competencyIds.length > 0);
  // Suggestions saved at confirmation count once the partners have agreed on them.
  const valid = withSome.filter((t) => t.team.competenciesAgreed !== false).length;
  const toConfirm = withSome.length - valid;
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      component="section"
      aria-labelledby="pairing-status-title"
    >
      <Title order={2} size="h4" id="pairing-status-title" mb="md">
        Where pairing stands
      </Title>
      <SimpleGrid cols={2} spacing="sm">
        <Box>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Confirmed teams
          </Text>
          <Text fz={26} fw={700}>
            {board.confirmed.length}
          </Text>
        </Box>
        <Box>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Still to pair
          </Text>
          <Text fz={26} fw={700}>
            {board.runPeople.filter((p) => takesPart(p)).length}
          </Text>
        </Box>
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt="sm">
        {board.confirmed.length === 0
          ? previousPartnersLine(state.participants, state.previousPartners.length, state.stored.settings.rules.previousPartners.mode)
          : `${valid} of ${board.confirmed.length} teams have chosen competencies${
              toConfirm > 0 ? `; ${toConfirm} have the suggestion to confirm together` : ''
            }.`}
      </Text>
    </Card>
  );
}
