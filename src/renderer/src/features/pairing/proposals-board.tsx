/**
 * The proposals on the board: the pins, one card per proposed team (lock, break, each person's
 * menu of alternatives, swaps and pins), and the people left without a team with the reason.
 */
import {
  ActionIcon,
  Badge,
  Box,
  Card,
  CloseButton,
  Group,
  Loader,
  Menu,
  SimpleGrid,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconArrowsExchange,
  IconDotsVertical,
  IconLock,
  IconLockOpen,
  IconPin,
  IconPinnedOff,
  IconSparkles,
  IconUnlink,
} from '@tabler/icons-react';
import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import { setTeamLocked, type PairingPin } from '../../db/teams-repo';
import type { Competency, Participant, Team } from '../../domain/model';
import type { PlannedTeam, TeamOrigin, UnpairedPerson } from '../../domain/pairing/plan-model';
import { reportDone, reportError } from '../../components/report-error';
import { teamKey } from './board-edits';
import type { BoardState } from './board-state';
import { editProposals, unpin } from './pairing-actions';
import { notifyWithUndo } from './pairing-notify';
import type { PersonDialog } from './person-dialogs';
import { PersonLine, TeamCard } from './team-card';
import { memberCoverage, scoreTone, teamLabel, type ScoreTone } from './team-view';

function MemberMenu({
  person,
  pinned,
  onDialog,
  onUnpin,
}: {
  person: Participant;
  pinned: boolean;
  onDialog: (dialog: PersonDialog) => void;
  onUnpin: () => void;
}) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${person.name}`}>
          <IconDotsVertical size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconSparkles size={14} />}
          onClick={() => onDialog({ type: 'alternatives', personId: person.id })}
        >
          Best alternatives…
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArrowsExchange size={14} />}
          onClick={() => onDialog({ type: 'swap', personId: person.id })}
        >
          Swap with…
        </Menu.Item>
        <Menu.Item
          leftSection={<IconPin size={14} />}
          onClick={() => onDialog({ type: 'pin', personId: person.id })}
        >
          Pin to…
        </Menu.Item>
        {pinned && (
          <Menu.Item leftSection={<IconPinnedOff size={14} />} onClick={onUnpin}>
            Remove pin
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/** Removes a pin and says so. */
function unpinPair(programId: string, pin: PairingPin): void {
  void unpin(programId, pin).then(
    () => reportDone('Pin removed', 'The teams stay as they are until the next run.'),
    reportError,
  );
}

function pinnedHelpers(programId: string, board: BoardState) {
  const pins = board.evaluateJob.pins;
  const pinnedIds = new Set(pins.flat());
  const unpinPerson = (id: string): void => {
    const pin = pins.find((p) => p.includes(id));
    if (pin) unpinPair(programId, pin);
  };
  return { pinnedIds, unpinPerson };
}

/** Everything one proposal card shows, worked out by the board. */
interface ProposalCardProps {
  programId: string;
  team: Team;
  members: readonly Participant[];
  catalog: readonly Competency[];
  label: string;
  score: number;
  tone: ScoreTone;
  origin: TeamOrigin;
  reasons: readonly string[];
  warnings: readonly string[];
  /** Ids of the card's pinned members, joined with "|". */
  pinned: string;
  onDialog: (dialog: PersonDialog) => void;
  onUnpin: (personId: string) => void;
}

const NO_WARNINGS: readonly string[] = [];

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/**
 * One proposal, drawn again only when what it shows changes: the worker's evaluation arriving
 * with the same scores and reasons, or a dialog opening elsewhere, leaves the cards alone.
 */
const ProposalCard = memo(
  function ProposalCard({
    programId,
    team,
    members,
    catalog,
    label,
    score,
    tone,
    origin,
    reasons,
    warnings,
    pinned,
    onDialog,
    onUnpin,
  }: ProposalCardProps) {
    const key = teamKey(members.map((m) => m.id));
    const locked = team.locked;
    const pinnedIds = pinned.split('|');
    const coverage = useMemo(() => memberCoverage(members, catalog), [members, catalog]);
    return (
      <TeamCard
        label={label}
        members={members}
        origin={origin}
        score={score}
        tone={tone}
        reasons={reasons}
        warnings={warnings}
        coverage={coverage}
        facilitated={team.facilitated}
        actions={
          <>
            <Tooltip
              label={
                locked
                  ? 'Unlock: the next run may change it'
                  : 'Lock: the next run keeps it'
              }
            >
              <ActionIcon
                variant={locked ? 'filled' : 'subtle'}
                color={locked ? 'teal' : 'gray'}
                aria-label={`${locked ? 'Unlock' : 'Lock'} ${label}`}
                aria-pressed={locked}
                onClick={() => void setTeamLocked(team.id, !locked).catch(reportError)}
              >
                {locked ? <IconLock size={16} /> : <IconLockOpen size={16} />}
              </ActionIcon>
            </Tooltip>
            <Tooltip
              label={
                locked
                  ? 'Unlock it first to break it'
                  : 'Break: its people are left without a team'
              }
            >
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Break ${label}`}
                disabled={locked}
                onClick={() =>
                  void editProposals(programId, {
                    type: 'break',
                    teamKey: key,
                  }).then(
                    (snapshot) =>
                      notifyWithUndo(
                        `${label} broken`,
                        `${members.map((m) => m.name).join(' and ')} are without a team.`,
                        snapshot,
                      ),
                    reportError,
                  )
                }
              >
                <IconUnlink size={16} />
              </ActionIcon>
            </Tooltip>
          </>
        }
        memberActions={
          locked
            ? undefined
            : (person) => (
                <MemberMenu
                  person={person}
                  pinned={pinnedIds.includes(person.id)}
                  onDialog={onDialog}
                  onUnpin={() => onUnpin(person.id)}
                />
              )
        }
      />
    );
  },
  (a, b) =>
    (Object.keys(a) as (keyof ProposalCardProps)[]).every((k) =>
      k === 'reasons' || k === 'warnings' ? sameList(a[k], b[k]) : a[k] === b[k],
    ),
);

/** Cards drawn at once; the rest follow a batch at a time, so the first screen shows at once. */
const FIRST_CARDS = 12;
const MORE_CARDS = 24;

/**
 * How many of the cards (`ids`, in board order) to draw: the first screenful at once, then the
 * rest in batches as non-urgent updates, so a board of 150 teams appears quickly and clicks stay
 * answered. A new run (most cards new) starts again from the first screenful; an edit does not.
 */
function useCardsShown(ids: readonly string[]): number {
  const [shown, setShown] = useState(FIRST_CARDS);
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(() => new Set(ids));
  const kept = ids.filter((id) => drawn.has(id)).length;
  if (kept !== ids.length) {
    // Adjusting state while rendering (React's pattern for state derived from props).
    setDrawn(new Set(ids));
    if (kept * 2 < ids.length) setShown(FIRST_CARDS);
  }
  useEffect(() => {
    if (shown >= ids.length) return;
    const timer = setTimeout(() => startTransition(() => setShown((n) => n + MORE_CARDS)), 0);
    return () => clearTimeout(timer);
  }, [shown, ids.length]);
  return Math.min(shown, ids.length);
}

/** The proposed teams as cards, with the pins above them. */
export function ProposalsSection({
  programId,
  board,
  catalog,
  planned,
  median: mid,
  word,
  onDialog,
}: {
  programId: string;
  board: BoardState;
  catalog: readonly Competency[];
  /** The worker's evaluation of each proposal, by team key. */
  planned: ReadonlyMap<string, PlannedTeam>;
  median: number;
  word: string;
  onDialog: (dialog: PersonDialog) => void;
}) {
  const { pinnedIds, unpinPerson } = useMemo(
    () => pinnedHelpers(programId, board),
    [programId, board],
  );
  const ids = useMemo(() => board.proposals.map((p) => p.team.id), [board]);
  const shown = useCardsShown(ids);
  return (
    <Box component="section" aria-labelledby="proposals-title">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Box>
          <Group gap="xs">
            <Title order={2} size="h4" id="proposals-title">
              Proposed {word}
            </Title>
            <Badge variant="light" color="gray" radius="sm">
              {board.proposals.length}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            Lock a team to keep it on the next run. Each person’s menu has alternatives, swaps and
            pins.
          </Text>
        </Box>
      </Group>
      {board.evaluateJob.pins.length > 0 && (
        <Group gap="xs" mb="sm" aria-label="Pins">
          <Text size="sm" fw={600}>
            Pins:
          </Text>
          {board.evaluateJob.pins.map((pin) => {
            const [a, b] = pin.map((id) => board.peopleById.get(id)?.name ?? 'Someone');
            return (
              <Badge
                key={pin.join('|')}
                variant="light"
                radius="sm"
                tt="none"
                fw={500}
                leftSection={<IconPin size={12} aria-hidden />}
                rightSection={
                  <CloseButton
                    size="xs"
                    aria-label={`Remove pin ${a} and ${b}`}
                    onClick={() => unpinPair(programId, pin)}
                  />
                }
              >
                {a} & {b}
              </Badge>
            );
          })}
        </Group>
      )}
      <Box style={{ containerType: 'inline-size' }}>
        <SimpleGrid type="container" cols={{ base: 1, '640px': 2 }} spacing="md">
          {board.proposals.slice(0, shown).map(({ team, members }) => {
            const p: PlannedTeam | undefined = planned.get(teamKey(members.map((m) => m.id)));
            const score = p?.score ?? team.score;
            return (
              <ProposalCard
                key={team.id}
                programId={programId}
                team={team}
                members={members}
                catalog={catalog}
                label={teamLabel(p?.kind ?? team.kind, team.number)}
                score={score}
                tone={scoreTone(score, p?.allowed ?? true, mid)}
                origin={team.locked ? 'locked' : (p?.origin ?? 'matched')}
                reasons={p?.reasons ?? team.reasons}
                warnings={p?.warnings ?? NO_WARNINGS}
                pinned={members.filter((m) => pinnedIds.has(m.id)).map((m) => m.id).join('|')}
                onDialog={onDialog}
                onUnpin={unpinPerson}
              />
            );
          })}
        </SimpleGrid>
        {shown < board.proposals.length && (
          <Group gap="xs" mt="md" role="status">
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              Showing {shown} of {board.proposals.length} {word}…
            </Text>
          </Group>
        )}
      </Box>
    </Box>
  );
}

/** People of the run without a team, each with the reason and their menu. */
export function UnpairedList({
  programId,
  board,
  unpaired,
  onDialog,
}: {
  programId: string;
  board: BoardState;
  unpaired: readonly UnpairedPerson[];
  onDialog: (dialog: PersonDialog) => void;
}) {
  const { pinnedIds, unpinPerson } = pinnedHelpers(programId, board);
  return (
    <Box component="section" aria-labelledby="unpaired-title">
      <Group gap="xs" mb="sm">
        <Title order={2} size="h4" id="unpaired-title">
          Not in a team
        </Title>
        <Badge variant="light" color="gray" radius="sm">
          {unpaired.length}
        </Badge>
      </Group>
      <Card withBorder padding={0} radius="md">
        {unpaired.map((u, i) => {
          const person = board.peopleById.get(u.participantId);
          if (!person) return null;
          return (
            <Group
              key={u.participantId}
              justify="space-between"
              wrap="nowrap"
              px="md"
              py="sm"
              style={{
                borderTop: i === 0 ? undefined : '1px solid var(--mantine-color-default-border)',
              }}
              data-testid="unpaired-person"
            >
              <PersonLine
                person={person}
                extra={
                  <Text size="xs" mt={2}>
                    {u.message}
                  </Text>
                }
              />
              <MemberMenu
                person={person}
                pinned={pinnedIds.has(person.id)}
                onDialog={onDialog}
                onUnpin={() => unpinPerson(person.id)}
              />
            </Group>
          );
        })}
      </Card>
    </Box>
  );
}
