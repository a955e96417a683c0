/**
 * Step 2, Columns: where each column of the file goes. Suggested from the headers (or remembered
 * from the last import of the same headers); the coordinator changes any target or ignores a
 * column, looking at a few of its values.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconRestore } from '@tabler/icons-react';
import { Fragment, useMemo, type ReactNode } from 'react';
import {
  baseHeader,
  columnCells,
  columnLetter,
  defaultGridTarget,
  findGridGroups,
  gridAnswers,
  microsoftFormsAccountColumns,
  MAPPING_TARGET_LABELS,
  MAPPING_TARGETS,
  suggestMapping,
  suggestTarget,
  validateMapping,
  type ColumnMapping,
  type MappingTarget,
  type RosterRead,
} from '../../domain/import';
import { GridGroupRow } from './grid-group';
import { chooseForGroup, groupChoice } from './grid-mapping-edits';
import { sampleValues } from './import-helpers';

const TARGET_DATA = [
  {
    group: 'Person',
    items: (
      [
        'name',
        'firstName',
        'lastName',
        'email',
        'department',
        'jobTitle',
        'careerStage',
        'location',
        'manager',
      ] as const
    ).map((t) => ({ value: t, label: MAPPING_TARGET_LABELS[t] })),
  },
  {
    group: 'Skills and people',
    items: (
      ['offers', 'wants', 'knownWell', 'doNotPair', 'preferredPartner', 'registeredWith'] as const
    ).map((t) => ({
      value: t,
      label: MAPPING_TARGET_LABELS[t],
    })),
  },
  {
    group: 'Other',
    items: (['notes', 'custom', 'ignore'] as const).map((t) => ({
      value: t,
      label: MAPPING_TARGET_LABELS[t],
    })),
  },
];

export function ColumnsStep({
  read,
  mapping,
  mappingSource,
  onChange,
  onBack,
  onNext,
}: {
  read: RosterRead;
  mapping: ColumnMapping;
  mappingSource: 'own' | 'remembered' | 'suggested';
  onChange: (mapping: ColumnMapping | null) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const problems = useMemo(() => validateMapping(mapping, read.headers), [mapping, read.headers]);
  const samples = useMemo(() => read.headers.map((_h, i) => sampleValues(read.rows, i, 3)), [read]);
  const general = problems.filter((p) => p.column === undefined);
  const byColumn = new Map(
    problems.filter((p) => p.column !== undefined).map((p) => [p.column as string, p.message]),
  );
  const used = mapping.columns.filter((c) => c.target !== 'ignore').length;
  const groups = useMemo(() => findGridGroups(read.headers), [read.headers]);
  const answers = useMemo(
    () => groups.map((g) => gridAnswers(columnCells(read.rows, g.columns))),
    [groups, read.rows],
  );
  const groupOf = useMemo(() => {
    const byColumn = new Map<number, number>();
    groups.forEach((g, k) => g.columns.forEach((c) => byColumn.set(c, k)));
    return byColumn;
  }, [groups]);
  const account = useMemo(() => microsoftFormsAccountColumns(read.headers), [read.headers]);
  // Columns whose header is also another column's (a form with sections asks twice).
  const repeatedWith = useMemo(() => {
    const byBase = new Map<string, number[]>();
    read.headers.forEach((h, i) => {
      if (baseHeader(h) === h) return;
      const key = baseHeader(h).toLowerCase();
      byBase.set(key, [...(byBase.get(key) ?? []), i]);
    });
    const out = new Map<number, number[]>();
    for (const cols of byBase.values())
      for (const c of cols)
        out.set(
          c,
          cols.filter((o) => o !== c),
        );
    return out;
  }, [read.headers]);
  const separateTarget = (index: number): MappingTarget =>
    suggestTarget(baseHeader(read.headers[index] ?? ''));

  const setTarget = (index: number, target: MappingTarget) =>
    onChange({
      ...mapping,
      columns: mapping.columns.map((c, i) => (i === index ? { ...c, target } : c)),
    });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-columns-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="import-columns-title">
              Where each column goes
            </Title>
            <Text size="sm" c="dimmed" mt={4} maw={680}>
              Suggested from the headers. Change any that are wrong; columns set to Ignore are not
              imported. Custom fields are kept on each person under the column’s name.
            </Text>
          </div>
          <Group gap="xs">
            {mappingSource === 'remembered' && (
              <Badge variant="light" size="lg">
                Remembered from your last import of this layout
              </Badge>
            )}
            <Button
              variant="subtle"
              size="sm"
              leftSection={<IconRestore size={16} />}
              onClick={() => onChange(suggestMapping(read.headers, read.rows))}
            >
              Use suggestions
            </Button>
          </Group>
        </Group>

        {general.length > 0 && (
          <Alert
            color="red"
            variant="light"
            title="The mapping is not complete"
            icon={<IconAlertTriangle size={18} />}
          >
            <Stack gap={4}>
              {general.map((p, i) => (
                <Text size="sm" key={i}>
                  {p.message}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}

        <Table aria-label="Column mapping" verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">Column in the file</Table.Th>
              <Table.Th>Sample values</Table.Th>
              <Table.Th w={330}>Goes to</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mapping.columns.map((c, i) => {
              const k = groupOf.get(i);
              const group = k === undefined ? undefined : groups[k];
              const groupAnswers = k === undefined ? undefined : answers[k];
              let before: ReactNode = null;
              if (group !== undefined && groupAnswers !== undefined) {
                const grouped = groupChoice(mapping, group) !== 'separate';
                if (grouped && i !== group.columns[0]) return null;
                if (grouped) {
                  return (
                    <GridGroupRow
                      key={i}
                      read={read}
                      group={group}
                      answers={groupAnswers}
                      mapping={mapping}
                      error={byColumn.get(read.headers[i] ?? c.header)}
                      separateTarget={separateTarget}
                      onChange={onChange}
                    />
                  );
                }
                if (i === group.columns[0]) {
                  before = (
                    <Table.Tr>
                      <Table.Td colSpan={3}>
                        <Group gap="sm" justify="space-between">
                          <Text size="sm" c="dimmed">
                            Columns {columnLetter(group.columns[0] as number)}–
                            {columnLetter(group.columns[group.columns.length - 1] as number)} are
                            one grid question: “{group.question}”.
                          </Text>
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() =>
                              onChange(
                                chooseForGroup(
                                  mapping,
                                  group,
                                  groupAnswers,
                                  defaultGridTarget(
                                    groupAnswers.kind,
                                    groupAnswers.labels,
                                    group.question,
                                  ),
                                  separateTarget,
                                ),
                              )
                            }
                          >
                            Map them as one grid question
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                }
              }
              const header = read.headers[i] ?? c.header;
              const values = samples[i] ?? [];
              const ignored = c.target === 'ignore';
              return (
                <Fragment key={i}>
                  {before}
                  <Table.Tr>
                    <Table.Td>
                      <Text
                        size="sm"
                        fw={600}
                        c={ignored ? 'dimmed' : undefined}
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {baseHeader(header)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        Column {columnLetter(i)}
                        {(repeatedWith.get(i) ?? []).length > 0 &&
                          ` · the same question as column ${(repeatedWith.get(i) ?? []).map(columnLetter).join(', ')}`}
                        {account.has(i) && ' · the Microsoft account that filled in the form'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {values.length === 0 ? (
                        <Text size="sm" c="dimmed" fs="italic">
                          Empty in every row
                        </Text>
                      ) : (
                        <Stack gap={2}>
                          {values.map((v, j) => (
                            <Text
                              key={j}
                              size="sm"
                              c={ignored ? 'dimmed' : undefined}
                              truncate="end"
                              maw={420}
                            >
                              {v}
                            </Text>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`Goes to, for column ${header}`}
                        data={TARGET_DATA}
                        value={c.target}
                        onChange={(v) =>
                          v !== null &&
                          MAPPING_TARGETS.includes(v as MappingTarget) &&
                          setTarget(i, v as MappingTarget)
                        }
                        allowDeselect={false}
                        error={byColumn.get(header)}
                        maxDropdownHeight={360}
                      />
                    </Table.Td>
                  </Table.Tr>
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>

        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            Back
          </Button>
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {used} of {mapping.columns.length} columns imported
            </Text>
            <Button onClick={onNext} disabled={problems.length > 0}>
              Next: review
            </Button>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
