/**
 * People waiting for a team while others are already confirmed: newcomers, and the people of a
 * team that was ended (no-fault rematch), with the team they were in and who they are not to be
 * paired with again. Shown before a run, so the coordinator sees who the next run is for.
 */
import { Badge, Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { formatDay } from '../../components/dates';
import type { Participant } from '../../domain/model';
import type { BoardState } from './board-state';
import { teamLabel } from './team-view';
import { takesPart } from '../../domain/participants/opt-in';

function pastTeam(person: Participant, board: BoardState): string {
  const ended = board.ended
    .filter((t) => t.members.some((m) => m.id === person.id))
    .sort((a, b) => b.team.endedOn.localeCompare(a.team.endedOn))[0];
  if (!ended) return 'Not in a team yet';
  const label = teamLabel(ended.team.kind, ended.team.number);
  return ended.team.endedOn
    ? `Was in ${label} until ${formatDay(ended.team.endedOn)}`
    : `Was in ${label}`;
}

export function WaitingPeople({ board }: { board: BoardState }) {
  const waiting = board.runPeople.filter((p) => takesPart(p));
  if (waiting.length === 0) return null;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="waiting-title">
      <Group gap="xs" mb={4}>
        <Title order={2} size="h4" id="waiting-title">
          Waiting for a team
        </Title>
        <Badge variant="light" color="gray" radius="sm">
          {waiting.length}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Run pairing to propose partners for them; the confirmed teams stay as they are.
      </Text>
      <Stack gap="xs" role="list" aria-label="People waiting for a team">
        {waiting.map((person) => {
          const avoid = person.doNotPair
            .map((id) => board.names.get(id))
            .filter((name): name is string => name !== undefined);
          return (
            <Box key={person.id} role="listitem" data-testid="waiting-person">
              <Text size="sm" fw={600}>
                {board.names.get(person.id) ?? person.name}
              </Text>
              <Text size="xs" c="dimmed">
                {pastTeam(person, board)}
                {avoid.length > 0 ? ` · not to be paired with ${avoid.join(', ')}` : ''}
              </Text>
            </Box>
          );
        })}
      </Stack>
    </Card>
  );
}
