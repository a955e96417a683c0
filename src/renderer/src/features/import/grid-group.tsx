/**
 * One grid question on the Columns step: its columns mapped at once (to offers, to wants, or
 * split by answer), with what each answer in the file will mean, the rule for a scale
 * ("from Intermediate up counts as can offer"), and what one row would get.
 */
import { Badge, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import {
  cellMeaning,
  columnLetter,
  meaningsFor,
  type ColumnMapping,
  type GridAnswers,
  type GridGroup,
  type GridMeaning,
  type GridScale,
  type MappingTarget,
  type RosterRead,
} from '../../domain/import';
import {
  chooseForGroup,
  gridRuleOf,
  groupChoice,
  setLabelMeaning,
  setScale,
  type GroupChoice,
} from './grid-mapping-edits';

const MEANING_LABELS: Record<GridMeaning, string> = {
  offers: 'Can offer',
  wants: 'Wants to develop',
  both: 'Both: offer and develop',
  none: 'Nothing (not imported)',
};

const CHOICES: { value: GroupChoice; label: string }[] = [
  { value: 'split', label: 'Offers and wants, by answer' },
  { value: 'offers', label: 'Can offer (competencies)' },
  { value: 'wants', label: 'Wants to develop (competencies)' },
  { value: 'ignore', label: 'Ignore' },
  { value: 'separate', label: 'Map each column on its own' },
];

const meaningData = (allowed: readonly GridMeaning[]) =>
  allowed.map((m) => ({ value: m, label: MEANING_LABELS[m] }));

function itemsList(items: readonly string[], max = 6): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** What the first row with an answer would get, in words (with the name, when mapped). */
function exampleRow(
  read: RosterRead,
  group: GridGroup,
  labels: Record<string, GridMeaning>,
  nameColumn: number,
): string | null {
  for (const row of read.rows) {
    const offers: string[] = [];
    const wants: string[] = [];
    group.columns.forEach((c, k) => {
      const m = cellMeaning(row.cells[c] ?? '', { labels });
      if (m === 'offers' || m === 'both') offers.push(group.items[k] as string);
      if (m === 'wants' || m === 'both') wants.push(group.items[k] as string);
    });
    if (offers.length + wants.length === 0) continue;
    const parts = [
      offers.length > 0 ? `can offer ${offers.join(', ')}` : '',
      wants.length > 0 ? `wants to develop ${wants.join(', ')}` : '',
    ].filter((p) => p !== '');
    const name = nameColumn === -1 ? '' : (row.cells[nameColumn] ?? '').trim();
    return `For example, row ${row.rowNumber}${name === '' ? '' : ` (${name})`}: ${parts.join('; ')}.`;
  }
  return null;
}

function ScaleRule({
  answers,
  scale,
  allowed,
  kind,
  onChange,
}: {
  answers: GridAnswers;
  scale: GridScale;
  allowed: readonly GridMeaning[];
  kind: 'level' | 'rank';
  onChange: (scale: GridScale) => void;
}) {
  const top = answers.labels[answers.labels.length - 1] ?? '';
  const meaningSelect = (part: 'above' | 'below', label: string) => (
    <Select
      size="xs"
      w={210}
      aria-label={label}
      data={meaningData(allowed)}
      value={scale[part]}
      allowDeselect={false}
      onChange={(v) => v !== null && onChange({ ...scale, [part]: v as GridMeaning })}
    />
  );
  return (
    <Stack gap={6}>
      <Group gap="xs" align="center">
        <Text size="sm" w={140}>
          Answers from
        </Text>
        <Select
          size="xs"
          w={150}
          aria-label="First answer of the upper part of the scale"
          data={answers.labels}
          value={scale.from}
          allowDeselect={false}
          onChange={(v) => v !== null && onChange({ ...scale, from: v })}
        />
        <Text size="sm">
          {kind === 'rank' ? `to ${top} (the best ranks) count as` : `up to ${top} count as`}
        </Text>
        {meaningSelect('above', 'Meaning of the upper part of the scale')}
      </Group>
      <Group gap="xs" align="center">
        <Text size="sm" w={140}>
          Answers below it
        </Text>
        <Text size="sm">count as</Text>
        {meaningSelect('below', 'Meaning of the lower part of the scale')}
      </Group>
    </Stack>
  );
}

export function GridGroupRow({
  read,
  group,
  answers,
  mapping,
  error,
  separateTarget,
  onChange,
}: {
  read: RosterRead;
  group: GridGroup;
  answers: GridAnswers;
  mapping: ColumnMapping;
  error: string | undefined;
  separateTarget: (index: number) => MappingTarget;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const choice = groupChoice(mapping, group);
  const rule = gridRuleOf(mapping, group);
  const first = columnLetter(group.columns[0] as number);
  const last = columnLetter(group.columns[group.columns.length - 1] as number);
  const mapped = choice === 'split' || choice === 'offers' || choice === 'wants';
  const allowed = meaningsFor(mapped ? choice : 'split');
  const nameColumn = mapping.columns.findIndex((c) => c.target === 'name');
  const example = mapped && rule ? exampleRow(read, group, rule.labels, nameColumn) : null;

  return (
    <Table.Tr>
      <Table.Td colSpan={3} style={{ background: 'var(--mantine-color-blue-light)' }}>
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
            <div style={{ minWidth: 0 }}>
              <Group gap="xs" mb={2}>
                <Badge variant="filled" size="sm">
                  Grid question
                </Badge>
                <Text size="xs" c="dimmed">
                  {group.columns.length} columns ({first}–{last}), one per competency
                </Text>
              </Group>
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {group.question}
              </Text>
              <Text size="sm" c="dimmed">
                Competencies (from the brackets): {itemsList(group.items)}
              </Text>
            </div>
            <Select
              w={330}
              style={{ flexShrink: 0 }}
              label="Goes to"
              aria-label={`Goes to, for grid question ${group.question} (columns ${first}–${last})`}
              data={CHOICES}
              value={choice}
              allowDeselect={false}
              error={error}
              onChange={(v) =>
                v !== null &&
                onChange(chooseForGroup(mapping, group, answers, v as GroupChoice, separateTarget))
              }
            />
          </Group>
          {mapped && rule && (
            <Paper withBorder p="sm" radius="sm">
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  What each answer in the file will mean
                </Text>
                {rule.scale && rule.kind !== 'choice' && (
                  <ScaleRule
                    answers={answers}
                    scale={rule.scale}
                    allowed={allowed}
                    kind={rule.kind}
                    onChange={(scale) => onChange(setScale(mapping, group, answers, scale))}
                  />
                )}
                <Table
                  aria-label={`Answers to ${group.question}`}
                  verticalSpacing={4}
                  withRowBorders={false}
                >
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Answer in the file</Table.Th>
                      <Table.Th w={90}>Cells</Table.Th>
                      <Table.Th w={240}>Means</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {answers.labels.map((label) => (
                      <Table.Tr key={label}>
                        <Table.Td>
                          <Text size="sm">{label}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" c="dimmed">
                            {answers.counts[label] ?? 0}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Select
                            size="xs"
                            aria-label={`Meaning of the answer ${label}`}
                            data={meaningData(allowed)}
                            value={rule.labels[label] ?? 'none'}
                            allowDeselect={false}
                            onChange={(v) =>
                              v !== null &&
                              onChange(
                                setLabelMeaning(mapping, group, answers, label, v as GridMeaning),
                              )
                            }
                          />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <Text size="xs" c="dimmed">
                  An empty cell means nothing. A cell with several answers (for example “I can
                  offer, I want to develop”) means what they say together.
                </Text>
                {example !== null && <Text size="sm">{example}</Text>}
              </Stack>
            </Paper>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
