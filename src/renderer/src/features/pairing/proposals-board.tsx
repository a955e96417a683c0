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
import { setTeamLocked, type PairingPin } from '../../db/teams-repo';
import type { Competency, Participant } from '../../domain/model';
import type { PlannedTeam, UnpairedPerson } from '../../domain/pairing/plan-model';
import { reportDone, reportError } from '../../components/report-error';
import { teamKey } from './board-edits';
import type { BoardState } from './board-state';
import { editProposals, unpin } from './pairing-actions';
import { notifyWithUndo } from './pairing-notify';
import type { PersonDialog } from './person-dialogs';
import { PersonLine, TeamCard } from './team-card';
import { memberCoverage, scoreTone, teamLabel } from './team-view';

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
  const { pinnedIds, unpinPerson } = pinnedHelpers(programId, board);
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
          {board.proposals.map(({ team, members }) => {
            const key = teamKey(members.map((m) => m.id));
            const p: PlannedTeam | undefined = planned.get(key);
            const label = teamLabel(p?.kind ?? team.kind, team.number);
            const score = p?.score ?? team.score;
            const locked = team.locked;
            return (
              <TeamCard
                key={team.id}
                label={label}
                members={members}
                origin={locked ? 'locked' : (p?.origin ?? 'matched')}
                score={score}
                tone={scoreTone(score, p?.allowed ?? true, mid)}
                reasons={p?.reasons ?? team.reasons}
                warnings={p?.warnings ?? []}
                coverage={memberCoverage(members, catalog)}
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
                                { label: `break up ${label}` },
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
                          pinned={pinnedIds.has(person.id)}
                          onDialog={onDialog}
                          onUnpin={() => unpinPerson(person.id)}
                        />
                      )
                }
              />
            );
          })}
        </SimpleGrid>
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
