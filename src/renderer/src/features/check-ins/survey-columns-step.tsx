/**
 * Step 2 of a survey import, Columns: which check-in field each column of the export fills —
 * suggested from the headers, or remembered from the last import of the same form — with a few of
 * its values to look at; which competency each rating column rates; and, when the export writes
 * dates with slashes, whether the day or the month comes first.
 */
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useMemo } from 'react';
import { ColumnsFooter, ColumnsTable, ColumnTargetSelects, DateOrderSelect, dateOrderMissing, MappingProblemsAlert } from '../../components/import/mapping-parts';
import { dateOrderEvidence } from '../../domain/check-ins/survey-answers';
import {
  SURVEY_TARGET_LABELS,
  SURVEY_TARGETS,
  suggestSurveyColumn,
  suggestSurveyMapping,
  validateSurveyMapping,
  type SurveyMapping,
  type SurveyTarget,
} from '../../domain/check-ins/survey-mapping';
import { createCompetencyMatcher, type RosterRead } from '../../domain/import';
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

        <MappingProblemsAlert messages={general.map((p) => p.message)} />

        <DateOrderSelect
          header={read.headers[dateIndex] ?? ''}
          evidence={evidence}
          value={mapping.dateOrder}
          onChange={(dateOrder) => onChange({ ...mapping, dateOrder })}
        />

        <ColumnsTable
          read={read}
          ignored={(i) => mapping.columns[i]?.target === 'ignore'}
          renderTarget={(i, header) => {
            const c = mapping.columns[i]!;
            return (
              <ColumnTargetSelects
                header={header}
                data={TARGET_DATA}
                target={c.target}
                rating={c.target === 'progress'}
                competencyId={c.competencyId}
                competencies={competencyData}
                error={byColumn.get(header)}
                onTarget={(v) => SURVEY_TARGETS.includes(v as SurveyTarget) && setTarget(i, v as SurveyTarget)}
                onCompetency={(v) => setColumn(i, { competencyId: v })}
              />
            );
          }}
        />

        <ColumnsFooter
          used={used}
          total={mapping.columns.length}
          canGoOn={problems.length === 0 && !dateOrderMissing(mapping.dateOrder, evidence)}
          onBack={onBack}
          onNext={onNext}
        />
      </Stack>
    </Card>
  );
}
