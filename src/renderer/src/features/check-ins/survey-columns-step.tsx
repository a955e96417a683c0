/**
 * Step 2 of a survey import, Columns: which check-in field each column of the export fills —
 * suggested from the headers, or remembered from the last import of the same form — with a few of
 * its values to look at; which competency each rating column rates; and, when the export writes
 * dates with slashes, whether the day or the month comes first.
 */
import { Alert, Badge, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRestore } from '@tabler/icons-react';
import { useMemo } from 'react';
import { sampleValues } from '../../components/import/spreadsheet-helpers';
import { dateOrderEvidence } from '../../domain/check-ins/survey-answers';
import {
  SURVEY_TARGET_LABELS,
  SURVEY_TARGETS,
  suggestSurveyColumn,
  suggestSurveyMapping,
  validateSurveyMapping,
  type DateOrderChoice,
  type SurveyMapping,
  type SurveyTarget,
} from '../../domain/check-ins/survey-mapping';
import { columnLetter, createCompetencyMatcher, type RosterRead } from '../../domain/import';
import type { Competency } from '../../domain/model';

const TARGET_DATA = [
  { group: 'Who and when', items: (['email', 'name', 'date'] as const).map((t) => ({ value: t, label: SURVEY_TARGET_LABELS[t] })) },
  {
    group: 'Answers',
    items: (['status', 'balance', 'givesMore', 'progress', 'improvements', 'nextStep', 'comments'] as const).map((t) => ({
      value: t,
      label: SURVEY_TARGET_LABELS[t],
    })),
  },
  { group: 'Other', items: [{ value: 'ignore', label: SURVEY_TARGET_LABELS.ignore }] },
];

const ORDER_WORDS: Record<'dmy' | 'mdy', string> = {
  dmy: 'Day first (31/12/2026)',
  mdy: 'Month first (12/31/2026)',
};

export function SurveyColumnsStep({
  read,
  mapping,
  source,
  catalog,
  onChange,
  onBack,
  onNext,
}: {
  read: RosterRead;
  mapping: SurveyMapping;
  source: 'own' | 'remembered' | 'suggested';
  catalog: Competency[];
  onChange: (mapping: SurveyMapping | null) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const problems = useMemo(() => validateSurveyMapping(mapping, read.headers, catalog), [mapping, read.headers, catalog]);
  const samples = useMemo(() => read.headers.map((_h, i) => sampleValues(read.rows, i, 3)), [read]);
  const matcher = useMemo(() => createCompetencyMatcher(catalog), [catalog]);
  const general = problems.filter((p) => p.column === undefined);
  const byColumn = new Map(problems.filter((p) => p.column !== undefined).map((p) => [p.column as string, p.message]));
  const competencyData = catalog.filter((c) => !c.retired).map((c) => ({ value: c.id, label: c.name }));
  const dateIndex = mapping.columns.findIndex((c) => c.target === 'date');
  const evidence = dateIndex === -1 ? 'none' : dateOrderEvidence(read.rows.map((r) => r.cells[dateIndex] ?? ''));
  const used = mapping.columns.filter((c) => c.target !== 'ignore').length;

  const setColumn = (index: number, change: Partial<SurveyMapping['columns'][number]>) =>
    onChange({ ...mapping, columns: mapping.columns.map((c, i) => (i === index ? { ...c, ...change } : c)) });
  const setTarget = (index: number, target: SurveyTarget) => {
    const header = read.headers[index] ?? '';
    const guess = target === 'progress' ? suggestSurveyColumn(header, matcher).competencyId : null;
    setColumn(index, { target, competencyId: guess });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="survey-columns-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="survey-columns-title">
              Where each column goes
            </Title>
            <Text size="sm" c="dimmed" mt={4} maw={700}>
              Suggested from the questions of the form. Each response needs the respondent’s email (to find their team),
              when they answered, and how it is going. Columns set to Ignore are not imported.
            </Text>
          </div>
          <Group gap="xs">
            {source === 'remembered' && (
              <Badge variant="light" size="lg">
                Remembered from your last import of this form
              </Badge>
            )}
            <Button variant="subtle" size="sm" leftSection={<IconRestore size={16} />} onClick={() => onChange(suggestSurveyMapping(read.headers, catalog, matcher))}>
              Use suggestions
            </Button>
          </Group>
        </Group>

        {general.length > 0 && (
          <Alert color="red" variant="light" title="The mapping is not complete" icon={<IconAlertTriangle size={18} />}>
            <Stack gap={4}>
              {general.map((p, i) => (
                <Text size="sm" key={i}>
                  {p.message}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}

        {evidence !== 'none' && (
          <Group gap="md" align="flex-end">
            <Select
              label={`Dates in “${read.headers[dateIndex] ?? ''}” are written`}
              description={
                evidence === 'ambiguous'
                  ? 'No day in the file is above 12, so this cannot be told from the data: choose one.'
                  : evidence === 'mixed'
                    ? 'Some dates are written day first and others month first: choose the way most are written.'
                    : `The file shows ${evidence === 'dmy' ? 'the day' : 'the month'} first.`
              }
              data={[
                { value: 'auto', label: evidence === 'dmy' || evidence === 'mdy' ? `As the file shows: ${ORDER_WORDS[evidence].toLowerCase()}` : 'Choose…' },
                { value: 'dmy', label: ORDER_WORDS.dmy },
                { value: 'mdy', label: ORDER_WORDS.mdy },
              ]}
              value={mapping.dateOrder}
              onChange={(v) => v && onChange({ ...mapping, dateOrder: v as DateOrderChoice })}
              allowDeselect={false}
              w={420}
              error={mapping.dateOrder === 'auto' && (evidence === 'ambiguous' || evidence === 'mixed') ? 'Choose how the dates are written.' : undefined}
            />
          </Group>
        )}

        <Table aria-label="Column mapping" verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">Column in the file</Table.Th>
              <Table.Th>Sample values</Table.Th>
              <Table.Th w={360}>Goes to</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mapping.columns.map((c, i) => {
              const header = read.headers[i] ?? c.header;
              const values = samples[i] ?? [];
              const ignored = c.target === 'ignore';
              return (
                <Table.Tr key={i}>
                  <Table.Td>
                    <Text size="sm" fw={600} c={ignored ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
                      {header}
                    </Text>
                    <Text size="xs" c="dimmed">
                      Column {columnLetter(i)}
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
                          <Text key={j} size="sm" c={ignored ? 'dimmed' : undefined} truncate="end" maw={380}>
                            {v}
                          </Text>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={6}>
                      <Select
                        aria-label={`Goes to, for column ${header}`}
                        data={TARGET_DATA}
                        value={c.target}
                        onChange={(v) => v !== null && SURVEY_TARGETS.includes(v as SurveyTarget) && setTarget(i, v as SurveyTarget)}
                        allowDeselect={false}
                        error={c.target === 'progress' ? undefined : byColumn.get(header)}
                        maxDropdownHeight={360}
                      />
                      {c.target === 'progress' && (
                        <Select
                          aria-label={`Competency rated in column ${header}`}
                          placeholder="Which competency?"
                          data={competencyData}
                          value={c.competencyId}
                          onChange={(v) => setColumn(i, { competencyId: v })}
                          searchable
                          error={byColumn.get(header)}
                          maxDropdownHeight={300}
                        />
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
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
            <Button
              onClick={onNext}
              disabled={problems.length > 0 || (mapping.dateOrder === 'auto' && (evidence === 'ambiguous' || evidence === 'mixed'))}
            >
              Next: review
            </Button>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
