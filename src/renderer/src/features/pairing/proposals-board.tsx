/**
 * The proposals on the board: the pins, one card per proposed team (lock, break, each person's
 * menu of alternatives, swaps and pins), and the people left without a team with the reason.
 */
import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Card,
  CloseButton,
  Group,
  Loader,
  Menu,
  SegmentedControl,
  Select,
  SimpleGrid,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { memo, startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  IconArrowsExchange,
  IconDotsVertical,
  IconLock,
  IconLockOpen,
  IconPin,
  IconPinnedOff,
  IconSearch,
  IconSparkles,
  IconUnlink,
} from '@tabler/icons-react';
import { setTeamLocked, type PairingPin } from '../../db/teams-repo';
import type { Competency, Participant } from '../../domain/model';
import type { PlannedTeam, UnpairedPerson } from '../../domain/pairing/plan-model';
import { reportDone, reportError } from '../../components/report-error';
import { teamKey } from './board-edits';
import {
  departmentsOf,
  filterTeams,
  isFiltering,
  NO_FILTER,
  type BoardFilter,
  type FilterableTeam,
} from './board-filter';
import type { BoardState, BoardTeam } from './board-state';
import { splitsOfEdit } from './edit-splits';
import { askBeforeSplit } from './split-warning';
import { editProposals, unpin } from './pairing-actions';
import { notifyWithUndo } from './pairing-notify';
import type { PersonDialog } from './person-dialogs';
import { PersonLine, TeamCard } from './team-card';
import { memberCoverage, scoreTone, teamLabel } from './team-view';

function MemberMenu({
  person,
  name,
  pinned,
  onDialog,
  onUnpin,
}: {
  person: Participant;
  /** The name as shown on the board. */
  name: string;
  pinned: boolean;
  onDialog: (dialog: PersonDialog) => void;
  onUnpin: () => void;
}) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${name}`}>
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

/** Each person's menu on the board (alternatives, swap, pin, and removing their pin). */
function memberMenus(
  programId: string,
  board: BoardState,
  onDialog: (dialog: PersonDialog) => void,
): (person: Participant) => ReactNode {
  const pins = board.evaluateJob.pins;
  const pinnedIds = new Set(pins.flat());
  const unpinPerson = (id: string): void => {
    const pin = pins.find((p) => p.includes(id));
    if (pin) unpinPair(programId, pin);
  };
  return (person) => (
    <MemberMenu
      person={person}
      name={board.names.get(person.id) ?? person.name}
      pinned={pinnedIds.has(person.id)}
      onDialog={onDialog}
      onUnpin={() => unpinPerson(person.id)}
    />
  );
}

/** Breaks a team (asking first when that splits people kept together), with an undo toast. */
function breakProposal(programId: string, board: BoardState, label: string, bt: BoardTeam): void {
  const key = teamKey(bt.members.map((m) => m.id));
  const edit = { type: 'break', teamKey: key } as const;
  const names = bt.members.map((m) => board.names.get(m.id) ?? m.name);
  askBeforeSplit(
    splitsOfEdit(board, edit),
    board.names,
    `Breaking ${label} leaves them both without a team.`,
    `Break ${label} anyway`,
    () =>
      void editProposals(programId, edit).then(
        (snapshot) =>
          notifyWithUndo(
            `${label} broken`,
            `${names.join(' and ')} are without a team.`,
            snapshot,
            { label: `break up ${label}` },
          ),
        reportError,
      ),
  );
}

/** The search, department filter and order above the cards, with the count. */
function FilterBar({
  filter,
  onChange,
  departments,
  shown,
  total,
  word,
}: {
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
  departments: string[];
  shown: number;
  total: number;
  word: string;
}) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="sm" role="search" aria-label={`Find ${word}`}>
      <TextInput
        label={`Find ${word}`}
        placeholder="A name, an e-mail or “Pair 07”"
        leftSection={<IconSearch size={14} aria-hidden />}
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.currentTarget.value })}
        style={{ flex: '1 1 220px' }}
        rightSection={
          filter.text !== '' ? (
            <CloseButton
              size="sm"
              aria-label="Clear the search"
              onClick={() => onChange({ ...filter, text: '' })}
            />
          ) : null
        }
      />
      <Select
        label="Department"
        placeholder="All departments"
        data={departments}
        value={filter.department}
        onChange={(department) => onChange({ ...filter, department })}
        clearable
        searchable
        nothingFoundMessage="No such department"
        comboboxProps={{ withinPortal: true }}
        style={{ flex: '0 1 200px' }}
      />
      <Box>
        <Text size="sm" fw={500} mb={4} id="board-order-label">
          Order
        </Text>
        <SegmentedControl
          aria-labelledby="board-order-label"
          value={filter.order}
          onChange={(order) => onChange({ ...filter, order: order as BoardFilter['order'] })}
          data={[
            { value: 'board', label: 'By number' },
            { value: 'weakest', label: 'Weakest first' },
          ]}
        />
      </Box>
      <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="board-count" pb={6}>
        {shown === total ? `All ${total} ${word}` : `${shown} of ${total} ${word}`}
      </Text>
      {isFiltering(filter) && (
        <Button
          variant="subtle"
          size="xs"
          mb={4}
          onClick={() => onChange({ ...NO_FILTER, order: filter.order })}
        >
          Show all
        </Button>
      )}
    </Group>
  );
}

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

/** The proposed teams as cards, with the pins and the search and filter above them. */
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
  const [filter, setFilter] = useState<BoardFilter>(NO_FILTER);
  const items = useMemo(
    () =>
      board.proposals.map((bt): FilterableTeam & { bt: BoardTeam; p: PlannedTeam | undefined } => {
        const p = planned.get(teamKey(bt.members.map((m) => m.id)));
        return {
          bt,
          p,
          label: teamLabel(p?.kind ?? bt.team.kind, bt.team.number),
          score: p?.score ?? bt.team.score,
          allowed: p?.allowed ?? true,
          members: bt.members.map((m) => ({
            name: board.names.get(m.id) ?? m.name,
            department: m.department,
            email: m.email,
          })),
        };
      }),
    [board, planned],
  );
  const departments = useMemo(() => departmentsOf(items), [items]);
  const shown = filterTeams(items, filter);
  const shownIds = useMemo(
    () => shown.map((i) => (items[i] as (typeof items)[number]).bt.team.id),
    [shown, items],
  );
  const drawn = useCardsShown(shownIds);
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
            const [a, b] = pin.map((id) => board.names.get(id) ?? 'Someone');
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
      <FilterBar
        filter={filter}
        onChange={setFilter}
        departments={departments}
        shown={shown.length}
        total={items.length}
        word={word}
      />
      {shown.length === 0 ? (
        <Card withBorder padding="lg" radius="md" data-testid="no-match">
          <Text fw={600}>
            No {word} match {describeFilter(filter)}.
          </Text>
          <Text size="sm" c="dimmed" mb="sm">
            Check the spelling, or search by first name, last name or e-mail.
          </Text>
          <Group>
            <Button variant="default" size="xs" onClick={() => setFilter(NO_FILTER)}>
              Clear the search and filter
            </Button>
          </Group>
        </Card>
      ) : (
        <Box style={{ containerType: 'inline-size' }}>
          <SimpleGrid type="container" cols={{ base: 1, '640px': 2 }} spacing="md">
            {shown.slice(0, drawn).map((index) => {
              const { bt, p, label, score } = items[index] as (typeof items)[number];
              return (
                <ProposalCard
                  key={bt.team.id}
                  programId={programId}
                  board={board}
                  bt={bt}
                  p={p}
                  label={label}
                  score={score}
                  median={mid}
                  catalog={catalog}
                  onDialog={onDialog}
                />
              );
            })}
          </SimpleGrid>
          {drawn < shown.length && (
            <Group gap="xs" mt="md" role="status">
              <Loader size="xs" aria-hidden />
              <Text size="sm" c="dimmed">
                Showing {drawn} of {shown.length} {word}…
              </Text>
            </Group>
          )}
        </Box>
      )}
    </Box>
  );
}

/**
 * One proposal's card. Memoised: drawing the next batch of cards, or a search, leaves the cards
 * already drawn alone; a new board or a new evaluation draws them again.
 */
const ProposalCard = memo(function ProposalCard({
  programId,
  board,
  bt,
  p,
  label,
  score,
  median: mid,
  catalog,
  onDialog,
}: {
  programId: string;
  board: BoardState;
  bt: BoardTeam;
  p: PlannedTeam | undefined;
  label: string;
  score: number;
  median: number;
  catalog: readonly Competency[];
  onDialog: (dialog: PersonDialog) => void;
}) {
  const menuFor = memberMenus(programId, board, onDialog);
  const { team, members } = bt;
  const locked = team.locked;
  const gone =
    bt.missing > 0
      ? [
          `${bt.missing === 1 ? 'Someone' : `${bt.missing} people`} of this team ${bt.missing === 1 ? 'is' : 'are'} no longer in the program`,
        ]
      : [];
  return (
    <TeamCard
      key={team.id}
      label={label}
      members={members}
      names={board.names}
      origin={locked ? 'locked' : (p?.origin ?? 'matched')}
      score={score}
      tone={scoreTone(score, p?.allowed ?? true, mid)}
      reasons={p?.reasons ?? team.reasons}
      warnings={[...gone, ...(p?.warnings ?? [])]}
      coverage={memberCoverage(members, catalog)}
      facilitated={team.facilitated}
      actions={
        <>
          <Tooltip
            label={locked ? 'Unlock: the next run may change it' : 'Lock: the next run keeps it'}
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
              locked ? 'Unlock it first to break it' : 'Break: its people are left without a team'
            }
          >
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Break ${label}`}
              disabled={locked}
              onClick={() => breakProposal(programId, board, label, bt)}
            >
              <IconUnlink size={16} />
            </ActionIcon>
          </Tooltip>
        </>
      }
      memberActions={locked ? undefined : menuFor}
    />
  );
});

/** "“kim” in Nursing", as the no-match message says it. */
function describeFilter(filter: BoardFilter): string {
  const text = filter.text.trim();
  const parts = [
    text !== '' ? `“${text}”` : '',
    filter.department !== null ? `in ${filter.department}` : '',
  ].filter((x) => x !== '');
  return parts.length > 0 ? parts.join(' ') : 'this filter';
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
  const menuFor = memberMenus(programId, board, onDialog);
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
                name={board.names.get(person.id)}
                extra={
                  <Text size="xs" mt={2}>
                    {u.message}
                  </Text>
                }
              />
              {menuFor(person)}
            </Group>
          );
        })}
      </Card>
    </Box>
  );
}
