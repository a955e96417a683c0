/**
 * The pairing settings of a program: pairs or peer groups, how complementarity scores, every
 * rule (off / soft with its points / hard), what the matching optimises, an optional minimum
 * score, the odd person, and how groups are formed. Every change is checked and saved at once;
 * a refused value shows the reason next to its field and saves nothing.
 */
import {
  Box,
  Button,
  Divider,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import {
  defaultPairingSettings,
  parsePairingSettings,
  type GroupFormBy,
  type PairingSettings,
  type RuleMode,
} from '../../domain/pairing/pairing-settings';
import { savePairingSettings, type PairingMode } from '../../db/teams-repo';
import { reportError } from '../../components/report-error';

type RuleKey = keyof PairingSettings['rules'];

interface RuleInfo {
  key: Exclude<RuleKey, 'careerStage'>;
  label: string;
  soft: string;
  hard: string;
}

const RULES: RuleInfo[] = [
  {
    key: 'sameDepartment',
    label: 'Same department',
    soft: 'Takes points off pairs from the same department.',
    hard: 'Never pairs people from the same department.',
  },
  {
    key: 'sameManager',
    label: 'Same manager',
    soft: 'Takes points off pairs who report to the same manager.',
    hard: 'Never pairs people who report to the same manager.',
  },
  {
    key: 'knownWell',
    label: 'Already know each other well',
    soft: 'Takes points off pairs who already know each other well.',
    hard: 'Never pairs people who already know each other well.',
  },
  {
    key: 'previousPartners',
    label: 'Worked together last year (or earlier)',
    soft: 'Takes points off pairs who were partners last year or in another archived program; the card says so.',
    hard: 'Never pairs people who were partners last year or in another archived program (the default).',
  },
  {
    key: 'sameLocation',
    label: 'Same location',
    soft: 'Adds points when both work at the same location.',
    hard: 'Never pairs people from different locations.',
  },
  {
    key: 'mutualPreference',
    label: 'Asked for each other',
    soft: 'Adds points when two people named each other as preferred partner.',
    hard: 'Always keeps two people who named each other together.',
  },
];

const MODE_DATA = [
  { value: 'off', label: 'Off' },
  { value: 'soft', label: 'Soft' },
  { value: 'hard', label: 'Hard' },
];

const FORM_BY: { value: GroupFormBy; label: string }[] = [
  { value: 'mixed', label: 'Mixed: complementary skills across everyone' },
  { value: 'careerStage', label: 'Career stage (seniority)' },
  { value: 'department', label: 'Department (research area)' },
  { value: 'location', label: 'Location (geography)' },
];

/** Friendly bounds of the number fields, by settings path. */
const BOUNDS: Record<string, [number, number]> = {
  pointsPerCoveredWant: [0, 20],
  bothWaysBonus: [0, 50],
  minPairScore: [-1000, 1000],
  'groups.minSize': [3, 5],
  'groups.maxSize': [3, 5],
};

function boundsMessage(path: string): string | null {
  if (path.startsWith('rules.') && path.endsWith('.weight'))
    return 'Enter a whole number from 0 to 100.';
  const b = BOUNDS[path];
  return b ? `Enter a whole number from ${b[0]} to ${b[1]}.` : null;
}

function modeDescription(info: RuleInfo, mode: RuleMode): string {
  return mode === 'off' ? 'Not taken into account.' : mode === 'soft' ? info.soft : info.hard;
}

/** The settings form. Mount it when shown: it starts from the stored settings. */
export function PairingSettingsPanel({
  programId,
  stored,
  storedMode,
}: {
  programId: string;
  stored: PairingSettings;
  storedMode: PairingMode;
}) {
  const [draft, setDraft] = useState<PairingSettings>(stored);
  const [mode, setMode] = useState<PairingMode>(storedMode);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const commit = (next: PairingSettings, nextMode: PairingMode, field: string): void => {
    setDraft(next);
    setMode(nextMode);
    const parsed = parsePairingSettings(next);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue ? issue.path.join('.') : field;
      setErrors({
        [path || field]: boundsMessage(path) ?? issue?.message ?? 'This value is not allowed.',
      });
      return;
    }
    setErrors({});
    savePairingSettings(programId, parsed.data, nextMode).then((problem) => {
      if (problem) setErrors({ [field]: problem });
    }, reportError);
  };

  /** Number fields: an empty or non-numeric value is refused with the reason. */
  const numberChange =
    (field: string, apply: (n: number) => PairingSettings) =>
    (value: string | number): void => {
      const n = typeof value === 'number' ? value : Number.NaN;
      if (value === '' || !Number.isFinite(n)) {
        setErrors({ [field]: boundsMessage(field) ?? 'Enter a number.' });
        return;
      }
      commit(apply(n), mode, field);
    };

  const setRule = (
    key: Exclude<RuleKey, 'careerStage'>,
    change: Partial<PairingSettings['rules'][typeof key]>,
  ) =>
    commit(
      { ...draft, rules: { ...draft.rules, [key]: { ...draft.rules[key], ...change } } },
      mode,
      `rules.${key}`,
    );
  const stage = draft.rules.careerStage;
  const setStage = (change: Partial<typeof stage>) =>
    commit(
      { ...draft, rules: { ...draft.rules, careerStage: { ...stage, ...change } } },
      mode,
      'rules.careerStage',
    );
  const setGroups = (change: Partial<PairingSettings['groups']>, field: string) =>
    commit({ ...draft, groups: { ...draft.groups, ...change } }, mode, field);

  return (
    <Stack gap="lg">
      <Box>
        <Text fw={600} size="sm" mb={6} id="pairing-mode-label">
          Form
        </Text>
        <SegmentedControl
          fullWidth
          aria-labelledby="pairing-mode-label"
          value={mode}
          onChange={(v) => commit(draft, v === 'groups' ? 'groups' : 'pairs', 'mode')}
          data={[
            { value: 'pairs', label: 'Pairs (one triad if odd)' },
            { value: 'groups', label: 'Peer groups of 3–5' },
          ]}
        />
      </Box>

      <Box>
        <Title order={3} size="h5" mb="xs">
          Complementary skills
        </Title>
        <SimpleGrid cols={2}>
          <NumberInput
            label="Points per want covered"
            description="Each competency one offers and the other wants"
            value={draft.pointsPerCoveredWant}
            min={0}
            max={20}
            allowDecimal={false}
            error={errors.pointsPerCoveredWant}
            onChange={numberChange('pointsPerCoveredWant', (n) => ({
              ...draft,
              pointsPerCoveredWant: n,
            }))}
          />
          <NumberInput
            label="Bonus when both ways"
            description="Each covers something the other wants"
            value={draft.bothWaysBonus}
            min={0}
            max={50}
            allowDecimal={false}
            error={errors.bothWaysBonus}
            onChange={numberChange('bothWaysBonus', (n) => ({ ...draft, bothWaysBonus: n }))}
          />
        </SimpleGrid>
      </Box>

      <Box>
        <Title order={3} size="h5" mb={4}>
          Rules
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Soft rules move a pair’s score by their points; hard rules are never broken. Do-not-pair
          lists are always hard.
        </Text>
        <Stack gap="md">
          {RULES.map((info) => {
            const rule = draft.rules[info.key];
            return (
              <Box key={info.key}>
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                  <Box style={{ flex: 1, minWidth: 0 }}>
                    <Text fw={600} size="sm" id={`rule-${info.key}`}>
                      {info.label}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {modeDescription(info, rule.mode)}
                    </Text>
                  </Box>
                  <SegmentedControl
                    size="xs"
                    aria-labelledby={`rule-${info.key}`}
                    value={rule.mode}
                    data={MODE_DATA}
                    onChange={(v) => setRule(info.key, { mode: v as RuleMode })}
                  />
                  <NumberInput
                    size="xs"
                    w={84}
                    aria-label={`${info.label}: points`}
                    value={rule.weight}
                    min={0}
                    max={100}
                    allowDecimal={false}
                    disabled={rule.mode !== 'soft'}
                    onChange={numberChange(`rules.${info.key}.weight`, (n) => ({
                      ...draft,
                      rules: { ...draft.rules, [info.key]: { ...rule, weight: n } },
                    }))}
                  />
                </Group>
                {(errors[`rules.${info.key}.weight`] ?? errors[`rules.${info.key}`]) && (
                  <Text size="xs" c="var(--mantine-color-red-text)" mt={4} role="alert">
                    {errors[`rules.${info.key}.weight`] ?? errors[`rules.${info.key}`]}
                  </Text>
                )}
              </Box>
            );
          })}
          <Box>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
              <Box style={{ flex: 1, minWidth: 0 }}>
                <Text fw={600} size="sm" id="rule-careerStage">
                  Career stage
                </Text>
                <Text size="xs" c="dimmed">
                  {stage.mode === 'off'
                    ? 'Not taken into account.'
                    : stage.mode === 'soft'
                      ? `Adds points when the two are ${stage.prefer === 'similar' ? 'at the same stage' : 'at different stages'}.`
                      : `Only pairs people ${stage.prefer === 'similar' ? 'at the same stage' : 'at different stages'}.`}
                </Text>
              </Box>
              <SegmentedControl
                size="xs"
                aria-labelledby="rule-careerStage"
                value={stage.mode}
                data={MODE_DATA}
                onChange={(v) => setStage({ mode: v as RuleMode })}
              />
              <NumberInput
                size="xs"
                w={84}
                aria-label="Career stage: points"
                value={stage.weight}
                min={0}
                max={100}
                allowDecimal={false}
                disabled={stage.mode !== 'soft'}
                onChange={numberChange('rules.careerStage.weight', (n) => ({
                  ...draft,
                  rules: { ...draft.rules, careerStage: { ...stage, weight: n } },
                }))}
              />
            </Group>
            {errors['rules.careerStage.weight'] && (
              <Text size="xs" c="var(--mantine-color-red-text)" mt={4} role="alert">
                {errors['rules.careerStage.weight']}
              </Text>
            )}
            <Radio.Group
              mt="xs"
              label="Prefer"
              size="xs"
              value={stage.prefer}
              onChange={(v) => setStage({ prefer: v === 'mixed' ? 'mixed' : 'similar' })}
            >
              <Group gap="lg" mt={4}>
                <Radio value="similar" label="Peers at the same stage" />
                <Radio value="mixed" label="A mix of stages" />
              </Group>
            </Radio.Group>
          </Box>
        </Stack>
      </Box>

      <Divider />

      <Box>
        <Title order={3} size="h5" mb="xs">
          What the matching aims for
        </Title>
        <Stack gap="sm">
          <Switch
            label="Pair as many people as possible first"
            description="Then look for the best scores among plans that pair that many"
            checked={draft.pairAsManyAsPossible}
            onChange={(e) =>
              commit(
                { ...draft, pairAsManyAsPossible: e.currentTarget.checked },
                mode,
                'pairAsManyAsPossible',
              )
            }
          />
          <Radio.Group
            label="Among those plans"
            value={draft.objective}
            onChange={(v) =>
              commit(
                { ...draft, objective: v === 'raise-weakest' ? 'raise-weakest' : 'total' },
                mode,
                'objective',
              )
            }
          >
            <Stack gap={6} mt={6}>
              <Radio
                value="total"
                label="Highest total score"
                description="The best plan overall"
              />
              <Radio
                value="raise-weakest"
                label="Raise the weakest pair"
                description="Nobody gets a poor match if it can be helped"
              />
            </Stack>
          </Radio.Group>
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <Switch
              label="Minimum pair score"
              description="Pairs below it are never formed"
              checked={draft.minPairScore !== null}
              onChange={(e) =>
                commit(
                  { ...draft, minPairScore: e.currentTarget.checked ? 0 : null },
                  mode,
                  'minPairScore',
                )
              }
              style={{ flex: 1 }}
            />
            <NumberInput
              w={110}
              aria-label="Minimum pair score"
              value={draft.minPairScore ?? ''}
              disabled={draft.minPairScore === null}
              min={-1000}
              max={1000}
              allowDecimal={false}
              error={errors.minPairScore}
              onChange={numberChange('minPairScore', (n) => ({ ...draft, minPairScore: n }))}
            />
          </Group>
          {mode === 'pairs' && (
            <Radio.Group
              label="When the count is odd"
              value={draft.oddPerson}
              onChange={(v) =>
                commit(
                  { ...draft, oddPerson: v === 'leave-out' ? 'leave-out' : 'triad' },
                  mode,
                  'oddPerson',
                )
              }
            >
              <Stack gap={6} mt={6}>
                <Radio
                  value="triad"
                  label="Make one triad"
                  description="The person left over joins the pair they help most"
                />
                <Radio
                  value="leave-out"
                  label="Leave one person out for now"
                  description="Pair them later by hand"
                />
              </Stack>
            </Radio.Group>
          )}
        </Stack>
      </Box>

      {mode === 'groups' && (
        <>
          <Divider />
          <Box>
            <Title order={3} size="h5" mb="xs">
              Peer groups
            </Title>
            <Stack gap="sm">
              <SimpleGrid cols={2}>
                <NumberInput
                  label="Smallest group"
                  value={draft.groups.minSize}
                  min={3}
                  max={5}
                  allowDecimal={false}
                  error={errors['groups.minSize']}
                  onChange={numberChange('groups.minSize', (n) => ({
                    ...draft,
                    groups: { ...draft.groups, minSize: n },
                  }))}
                />
                <NumberInput
                  label="Largest group"
                  value={draft.groups.maxSize}
                  min={3}
                  max={5}
                  allowDecimal={false}
                  error={errors['groups.maxSize']}
                  onChange={numberChange('groups.maxSize', (n) => ({
                    ...draft,
                    groups: { ...draft.groups, maxSize: n },
                  }))}
                />
              </SimpleGrid>
              <Select
                label="Form groups by"
                data={FORM_BY}
                value={draft.groups.formBy}
                allowDeselect={false}
                onChange={(v) => v && setGroups({ formBy: v as GroupFormBy }, 'groups.formBy')}
                comboboxProps={{ withinPortal: true }}
              />
              <Switch
                label="Facilitated groups"
                description="Each group meets with a facilitator"
                checked={draft.groups.facilitated}
                onChange={(e) =>
                  setGroups({ facilitated: e.currentTarget.checked }, 'groups.facilitated')
                }
              />
            </Stack>
          </Box>
        </>
      )}

      <Divider />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          Saved for this program as you change them. Run pairing again to apply them.
        </Text>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRestore size={14} />}
          onClick={() => commit(defaultPairingSettings, mode, 'defaults')}
        >
          Restore defaults
        </Button>
      </Group>
    </Stack>
  );
}
