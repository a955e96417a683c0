/**
 * Confirmed teams (with their chosen competencies and the chooser) and ended teams.
 */
import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  IconCircleCheck,
  IconDotsVertical,
  IconListCheck,
  IconPlayerStop,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { Competency, SelectionRules } from '../../domain/model';
import { validateTeamCompetencies } from '../../domain/pairing/team-competencies';
import { formatDay } from '../../components/dates';
import { EndTeamDialog, type EndingTeam } from '../../components/end-team-dialog';
import type { BoardTeam } from './board-state';
import { CompetencyChooser } from './competency-chooser';
import { TeamCard } from './team-card';
import { median, memberCoverage, scoreTone, teamLabel } from './team-view';

function ChosenCompetencies({
  ids,
  catalog,
  rules,
  label,
  onChoose,
}: {
  ids: readonly string[];
  catalog: readonly Competency[];
  rules: SelectionRules;
  label: string;
  onChoose: () => void;
}) {
  const byId = new Map(catalog.map((c) => [c.id, c] as const));
  const check = validateTeamCompetencies(ids, catalog, rules);
  return (
    <Box pt="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            Competencies · {ids.length}
          </Text>
          {check.valid && (
            <IconCircleCheck
              size={16}
              color="var(--mantine-color-teal-7)"
              aria-label="Meets the program rules"
              role="img"
            />
          )}
        </Group>
        <Button
          size="compact-xs"
          variant="light"
          style={{ flexShrink: 0 }}
          leftSection={<IconListCheck size={12} />}
          onClick={onChoose}
          aria-label={`Choose competencies for ${label}`}
        >
          Choose
        </Button>
      </Group>
      {!check.valid && (
        <Text size="xs" c="var(--mantine-color-red-text)" mb={6}>
          {check.messages[0]}
          {check.messages.length > 1 ? ` (and ${check.messages.length - 1} more)` : ''}
        </Text>
      )}
      {ids.length === 0 ? (
        <Text size="sm" c="dimmed">
          None chosen yet.
        </Text>
      ) : (
        <Group gap={6}>
          {ids.map((id) => (
            <Badge key={id} variant="default" radius="sm" tt="none" fw={500}>
              {byId.get(id)?.name ?? 'Unknown competency'}
            </Badge>
          ))}
        </Group>
      )}
    </Box>
  );
}

/** Confirmed teams as cards, each with its competencies and a chooser. */
export function ConfirmedTeams({
  teams,
  catalog,
  rules,
  names,
}: {
  teams: readonly BoardTeam[];
  catalog: readonly Competency[];
  rules: SelectionRules;
  /** Names as the board shows them (department beside a shared name). */
  names?: ReadonlyMap<string, string>;
}) {
  const [choosing, setChoosing] = useState<string | null>(null);
  const [ending, setEnding] = useState<EndingTeam | null>(null);
  const open = teams.find((t) => t.team.id === choosing);
  const mid = median(teams.map((t) => t.team.score));
  return (
    <>
      <Box style={{ containerType: 'inline-size' }}>
        <SimpleGrid type="container" cols={{ base: 1, '640px': 2 }} spacing="md">
          {teams.map(({ team, members }) => {
            const label = teamLabel(team.kind, team.number);
            return (
              <TeamCard
                key={team.id}
                label={label}
                members={members}
                {...(names ? { names } : {})}
                origin="matched"
                score={team.score}
                tone={scoreTone(team.score, true, mid)}
                reasons={team.reasons}
                warnings={[]}
                coverage={memberCoverage(members, catalog)}
                facilitated={team.facilitated}
                actions={
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`More actions for ${label}`}
                      >
                        <IconDotsVertical size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        leftSection={<IconListCheck size={14} />}
                        onClick={() => setChoosing(team.id)}
                      >
                        Choose competencies…
                      </Menu.Item>
                      <Menu.Item
                        color="red"
                        leftSection={<IconPlayerStop size={14} />}
                        onClick={() =>
                          setEnding({ id: team.id, label, memberNames: members.map((m) => m.name) })
                        }
                      >
                        End this team…
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                }
                footer={
                  <ChosenCompetencies
                    ids={team.competencyIds}
                    catalog={catalog}
                    rules={rules}
                    label={label}
                    onChoose={() => setChoosing(team.id)}
                  />
                }
              />
            );
          })}
        </SimpleGrid>
      </Box>
      <Modal
        opened={open !== undefined}
        onClose={() => setChoosing(null)}
        title={open ? `Competencies for ${teamLabel(open.team.kind, open.team.number)}` : ''}
        size="xl"
        closeButtonProps={{ 'aria-label': 'Close dialog' }}
      >
        {open && (
          <CompetencyChooser
            team={open.team}
            members={open.members}
            catalog={catalog}
            rules={rules}
          />
        )}
      </Modal>
      <EndTeamDialog team={ending} onClose={() => setEnding(null)} />
    </>
  );
}

/** Ended teams, listed briefly, with the day and the reason they ended. */
export function EndedTeams({ teams }: { teams: readonly BoardTeam[] }) {
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap={6}>
        {teams.map(({ team, members }) => (
          <Group key={team.id} justify="space-between" wrap="nowrap" align="flex-start">
            <Box>
              <Text size="sm">
                <b>{teamLabel(team.kind, team.number)}</b> · {members.map((m) => m.name).join(', ')}
              </Text>
              {(team.endedOn !== '' || team.endedReason !== '') && (
                <Text size="xs" c="dimmed">
                  {[team.endedOn !== '' ? `Ended ${formatDay(team.endedOn)}` : '', team.endedReason]
                    .filter((part) => part !== '')
                    .join(': ')}
                </Text>
              )}
            </Box>
            <Badge color="gray" variant="light" radius="sm">
              Ended
            </Badge>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

/** Section heading with a count. */
export function SectionTitle({
  title,
  count,
  hint,
}: {
  title: string;
  count?: number;
  hint?: string;
}) {
  return (
    <Box mb="sm">
      <Group gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {count !== undefined && (
          <Badge variant="light" color="gray" radius="sm">
            {count}
          </Badge>
        )}
      </Group>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
    </Box>
  );
}
