/**
 * A confirmed team's competencies: the catalog grouped by category, each marked with who offers
 * and who wants it, the program's rules and what the current choice still needs. Every tick is
 * saved at once; "Use the suggestion" puts back the complementary default.
 */
import { useState } from 'react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCircleCheck, IconInfoCircle, IconSparkles } from '@tabler/icons-react';
import { changeTeamCompetencies } from '../../db/teams-repo';
import { groupByCategory } from '../../domain/catalog/catalog-edits';
import type { Competency, Participant, SelectionRules, Team } from '../../domain/model';
import {
  suggestTeamCompetencies,
  validateTeamCompetencies,
} from '../../domain/pairing/team-competencies';
import { shortNames } from '../../domain/pairing/scoring';
import { reportError } from '../../components/report-error';

/** The rules in words: "3–6 competencies, 1–2 from each category". */
export function rulesInWords(rules: SelectionRules): string {
  const total =
    rules.minTotal === rules.maxTotal ? `${rules.minTotal}` : `${rules.minTotal}–${rules.maxTotal}`;
  const per =
    rules.minPerCategory === rules.maxPerCategory
      ? `${rules.minPerCategory}`
      : `${rules.minPerCategory}–${rules.maxPerCategory}`;
  return `${total} competencies, ${per} from each category`;
}

/** The chooser for one team (shown in a modal). */
export function CompetencyChooser({
  team,
  members,
  catalog,
  rules,
}: {
  team: Team;
  members: readonly Participant[];
  catalog: readonly Competency[];
  rules: SelectionRules;
}) {
  // The latest choice made here, shown at once while the save is under way (the stored value
  // catches up a moment later); a failed save falls back to what is stored.
  const [intent, setIntent] = useState<string[] | null>(null);
  const ids = intent ?? team.competencyIds;
  const chosen = new Set(ids);
  const check = validateTeamCompetencies(ids, catalog, rules);
  const suggestion = suggestTeamCompetencies(members, catalog, rules);
  const names = shortNames(members);
  const nameOf = new Map(members.map((m, i) => [m.id, names[i] ?? m.name] as const));
  const isSuggestion =
    suggestion.competencyIds.length === ids.length &&
    suggestion.competencyIds.every((id) => chosen.has(id));
  // Retired competencies are offered only to be taken off a team that still has them.
  const groups = groupByCategory(catalog.filter((c) => !c.retired || chosen.has(c.id)));

  const save = (next: string[], change: (stored: readonly string[]) => string[]) => {
    setIntent(next);
    changeTeamCompetencies(team.id, change).catch((error: unknown) => {
      setIntent(null);
      reportError(error);
    });
  };
  const toggle = (id: string, on: boolean) =>
    save(on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id), (stored) =>
      on ? [...stored.filter((x) => x !== id), id] : stored.filter((x) => x !== id),
    );
  const applySuggestion = () => save(suggestion.competencyIds, () => suggestion.competencyIds);
  // Saving the stored choice unchanged records it as the team's own (no longer "to confirm").
  const markAgreed = () => save(ids, (stored) => [...stored]);
  const toConfirm = team.competenciesAgreed === false && ids.length > 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Box>
          <Text size="sm">Choose {rulesInWords(rules)}. Ticks are saved at once.</Text>
          <Text size="sm" c="dimmed">
            {members.map((m) => m.name).join(' · ')}
          </Text>
        </Box>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconSparkles size={14} />}
          onClick={applySuggestion}
          disabled={isSuggestion}
        >
          Use the suggestion
        </Button>
      </Group>
      {toConfirm && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconInfoCircle size={18} />}
          title="Suggested at confirmation: to confirm together"
        >
          <Group justify="space-between" gap="sm">
            <Text size="sm">
              The letter, agreement and worksheets mark these as a suggestion until the partners
              agree. Change the ticks to record their choice, or keep these as they are.
            </Text>
            <Button size="xs" variant="white" onClick={markAgreed}>
              They agreed on these
            </Button>
          </Group>
        </Alert>
      )}
      {check.valid ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          title={`${chosen.size} chosen: meets the program rules`}
        />
      ) : (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle size={18} />}
          title={`${chosen.size} chosen: not finished yet`}
        >
          <List size="sm" spacing={2}>
            {check.messages.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {groups.map((group) => {
        const count = group.competencies.filter((c) => chosen.has(c.id)).length;
        if (group.competencies.length === 0) return null;
        return (
          <Box key={group.category} component="section" aria-label={group.label}>
            <Group justify="space-between" mb={6}>
              <Title order={3} size="h6">
                {group.label}
              </Title>
              <Badge
                variant="light"
                color={
                  count >= rules.minPerCategory && count <= rules.maxPerCategory ? 'teal' : 'gray'
                }
                radius="sm"
              >
                {count} chosen
              </Badge>
            </Group>
            <Stack gap="sm">
              {group.clusters.map((cluster) => (
                <Box key={cluster.cluster || 'all'}>
                  {cluster.cluster && (
                    <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={6}>
                      {cluster.cluster}
                    </Text>
                  )}
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={8} verticalSpacing={8}>
                    {cluster.competencies.map((c) => {
                      const offeredBy = members
                        .filter((m) => m.offers.includes(c.id))
                        .map((m) => nameOf.get(m.id) ?? m.name);
                      const wantedBy = members
                        .filter((m) => m.wants.includes(c.id))
                        .map((m) => nameOf.get(m.id) ?? m.name);
                      const hint = [
                        offeredBy.length > 0 ? `Offered by ${offeredBy.join(' and ')}` : '',
                        wantedBy.length > 0 ? `wanted by ${wantedBy.join(' and ')}` : '',
                      ]
                        .filter(Boolean)
                        .join(', ');
                      return (
                        <Checkbox
                          key={c.id}
                          checked={chosen.has(c.id)}
                          onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                          label={
                            <Group gap={6} wrap="wrap">
                              <span>{c.name}</span>
                              {c.retired && (
                                <Badge size="xs" color="gray">
                                  Retired
                                </Badge>
                              )}
                              {members.some(
                                (m) =>
                                  m.offers.includes(c.id) &&
                                  members.some((o) => o.id !== m.id && o.wants.includes(c.id)),
                              ) && (
                                <Badge size="xs" variant="light" color="teal">
                                  Complementary
                                </Badge>
                              )}
                            </Group>
                          }
                          description={
                            hint ? hint.charAt(0).toUpperCase() + hint.slice(1) : undefined
                          }
                        />
                      );
                    })}
                  </SimpleGrid>
                </Box>
              ))}
            </Stack>
          </Box>
        );
      })}
    </Stack>
  );
}
