/**
 * The plan's quality at a glance, kept in view while the coordinator works on the board: total
 * score, share of everyone's wants covered, people with none covered, the weakest teams,
 * blocking pairs and who is unpaired and why.
 */
import {
  Badge,
  Box,
  Card,
  Divider,
  Group,
  List,
  Loader,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { Participant } from '../../domain/model';
import type { PairingPlan } from '../../domain/pairing/plan-model';
import { teamKey } from './board-edits';
import { takesPart } from '../../domain/participants/opt-in';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Box>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.2}>
        {value}
      </Text>
    </Box>
  );
}

function Section({
  title,
  count,
  children,
}: {
  title: string;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <Box>
      <Group justify="space-between" mb={6}>
        <Title order={3} size="h6">
          {title}
        </Title>
        <Badge variant="light" color={count === 0 ? 'teal' : 'gray'} radius="sm">
          {count}
        </Badge>
      </Group>
      {children}
    </Box>
  );
}

const SHOWN = 5;

/** Names, the first few and "and N more". */
function names(ids: readonly string[], people: ReadonlyMap<string, Participant>): string {
  const list = ids.map((id) => people.get(id)?.name ?? 'Someone no longer on the roster');
  if (list.length <= SHOWN) return list.join(', ');
  return `${list.slice(0, SHOWN).join(', ')} and ${list.length - SHOWN} more`;
}

/** People in a team who are still active (someone who withdrew since is not counted as paired). */
function activePaired(plan: PairingPlan, people: ReadonlyMap<string, Participant>): number {
  return plan.teams.flatMap((t) => t.memberIds).filter((id) => { const p = people.get(id); return p !== undefined && takesPart(p); })
    .length;
}

/** The sticky quality card. `labels` maps team keys to "Pair 07". */
export function QualitySummary({
  plan,
  current,
  people,
  labels,
  totalPeople,
}: {
  plan: PairingPlan | null;
  current: boolean;
  people: ReadonlyMap<string, Participant>;
  labels: ReadonlyMap<string, string>;
  totalPeople: number;
}) {
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      component="section"
      aria-labelledby="plan-quality-title"
    >
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id="plan-quality-title">
          Plan quality
        </Title>
        {!current && <Loader size="xs" aria-label="Updating the plan quality" />}
      </Group>
      {!plan ? (
        <Text size="sm" c="dimmed">
          Working out the quality of the plan…
        </Text>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={2} spacing="sm">
            <Figure label="Total score" value={String(plan.quality.totalScore)} />
            <Figure
              label="People paired"
              value={`${activePaired(plan, people)} of ${totalPeople}`}
            />
          </SimpleGrid>
          <Box>
            <Group justify="space-between" mb={4}>
              <Text size="sm" fw={600}>
                Wants covered
              </Text>
              <Text size="sm" fw={700}>
                {plan.quality.wantsCoveredPercent}%
              </Text>
            </Group>
            <Progress
              value={plan.quality.wantsCoveredPercent}
              size="lg"
              radius="xl"
              aria-label="Share of everyone's wants covered"
            />
            <Text size="xs" c="dimmed" mt={4}>
              {plan.quality.wantsCovered} of {plan.quality.wantsTotal} wanted competencies are
              offered by a teammate
            </Text>
          </Box>
          <Divider />
          <Section
            title="Nothing they want covered"
            count={plan.quality.peopleWithNoWantsCovered.length}
          >
            <Text
              size="sm"
              c={plan.quality.peopleWithNoWantsCovered.length === 0 ? 'dimmed' : undefined}
            >
              {plan.quality.peopleWithNoWantsCovered.length === 0
                ? 'Everyone has at least one want covered.'
                : names(plan.quality.peopleWithNoWantsCovered, people)}
            </Text>
          </Section>
          <Section title="Weakest teams" count={plan.quality.weakestTeams.length}>
            {plan.quality.weakestTeams.length === 0 ? (
              <Text size="sm" c="dimmed">
                No teams yet.
              </Text>
            ) : (
              <List size="sm" spacing={2} aria-label="Weakest teams">
                {plan.quality.weakestTeams.slice(0, 3).map((k) => {
                  const team = plan.teams[k];
                  if (!team) return null;
                  return (
                    <List.Item key={teamKey(team.memberIds)}>
                      <b>{labels.get(teamKey(team.memberIds)) ?? 'A team'}</b> · score {team.score}{' '}
                      · {names(team.memberIds, people)}
                    </List.Item>
                  );
                })}
              </List>
            )}
          </Section>
          <Section title="Blocking pairs" count={plan.quality.blockingPairCount}>
            {plan.quality.blockingPairCount === 0 ? (
              <Text size="sm" c="dimmed">
                None: no two people would both do better together.
              </Text>
            ) : (
              <List size="sm" spacing={4} aria-label="Blocking pairs">
                {plan.quality.blockingPairs.slice(0, 4).map((b) => (
                  <List.Item key={`${b.aId}|${b.bId}`}>
                    {names([b.aId], people)} and {names([b.bId], people)} would score {b.pairScore}{' '}
                    together
                    {b.aCurrent !== null || b.bCurrent !== null
                      ? ` (now ${b.aCurrent ?? 'unpaired'} and ${b.bCurrent ?? 'unpaired'})`
                      : ''}
                  </List.Item>
                ))}
              </List>
            )}
          </Section>
          <Section title="Not in a team" count={plan.unpaired.length}>
            {plan.unpaired.length === 0 ? (
              <Text size="sm" c="dimmed">
                Everyone in this run has a team.
              </Text>
            ) : (
              <List size="sm" spacing={4} aria-label="People not in a team">
                {plan.unpaired.slice(0, SHOWN).map((u) => (
                  <List.Item key={u.participantId}>
                    <b>{people.get(u.participantId)?.name ?? 'Someone'}</b>: {u.message}
                  </List.Item>
                ))}
                {plan.unpaired.length > SHOWN && (
                  <List.Item>
                    and {plan.unpaired.length - SHOWN} more (listed on the board)
                  </List.Item>
                )}
              </List>
            )}
          </Section>
        </Stack>
      )}
    </Card>
  );
}
