/**
 * Step 2 of an evaluation survey import, Columns: whether the self-ratings are from the start or
 * the end of the program, the rating grid as a group (one column per competency, each matched to
 * the catalog; a column that matches nothing is named with its letter), where every other column
 * goes, and the rules by which words in the cells are read.
 */
import { Alert, Badge, Button, Card, Group, List, Radio, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconRestore } from '@tabler/icons-react';
import { useMemo } from 'react';
import {
  ColumnsFooter,
  ColumnsTable,
  ColumnTargetSelects,
  DateOrderSelect,
  dateOrderMissing,
  MappingProblemsAlert,
} from '../../components/import/mapping-parts';
import { dateOrderEvidence } from '../../domain/check-ins/survey-answers';
import {
  EVALUATION_TARGET_LABELS,
  EVALUATION_TARGETS,
  FEEDBACK_TARGETS,
  suggestEvaluationMapping,
  validateEvaluationMapping,
  type EvaluationMapping,
  type EvaluationTarget,
} from '../../domain/evaluation/survey-columns';
import {
  CONSENT_WORDS,
  describeScale,
  SATISFACTION_WORDS,
  SELF_RATING_WORDS,
  YES_NO_WORDS,
} from '../../domain/evaluation/survey-readers';
import {
  columnLetter,
  createCompetencyMatcher,
  parseGridHeader,
  type RosterRead,
} from '../../domain/import';
import type { Competency } from '../../domain/model';

const option = (t: EvaluationTarget) => ({ value: t, label: EVALUATION_TARGET_LABELS[t] });
const TARGET_DATA = [
  {
    group: 'Who and which survey',
    items: (['email', 'name', 'date', 'phase'] as const).map(option),
  },
  { group: 'Self-ratings', items: [option('rating')] },
  { group: 'End-of-program feedback', items: FEEDBACK_TARGETS.map(option) },
  { group: 'Other', items: [option('ignore')] },
];

/** The rating grid(s) of the file: question, columns, and those that match no competency. */
function ratingGrids(mapping: EvaluationMapping, catalog: readonly Competency[]) {
  const known = new Set(catalog.filter((c) => !c.retired).map((c) => c.id));
  const grids = new Map<string, { question: string; columns: number[]; unmatched: number[] }>();
  mapping.columns.forEach((c, i) => {
    if (c.target !== 'rating') return;
    const question = parseGridHeader(c.header)?.question ?? 'Single columns';
    const grid = grids.get(question) ?? { question, columns: [], unmatched: [] };
    grid.columns.push(i);
    if (c.competencyId === null || !known.has(c.competencyId)) grid.unmatched.push(i);
    grids.set(question, grid);
  });
  return [...grids.values()];
}

function ReadingRules({ ratings, feedback }: { ratings: boolean; feedback: boolean }) {
  return (
    <Alert
      variant="light"
      color="blue"
      icon={<IconInfoCircle size={18} />}
      title="How the answers are read"
    >
      <List size="sm" spacing={4}>
        {ratings && (
          <List.Item>
            Self-ratings: a whole number from 1 to 5, alone or followed by words (“4 - Proficient”,
            “4/5”), or a scale word: {describeScale(SELF_RATING_WORDS)}. An empty cell changes
            nothing.
          </List.Item>
        )}
        {feedback && (
          <>
            <List.Item>Satisfaction: 1 to 5, or {describeScale(SATISFACTION_WORDS)}.</List.Item>
            <List.Item>
              Would recommend, would join again: {YES_NO_WORDS.yes.slice(0, 3).join(', ')} ·{' '}
              {YES_NO_WORDS.no.slice(0, 3).join(', ')} ·{' '}
              {YES_NO_WORDS['not-sure'].slice(0, 3).join(', ')}.
            </List.Item>
            <List.Item>
              Consent to quote: “{CONSENT_WORDS.named[0]}” allows the name; “Yes” alone or “
              {CONSENT_WORDS.anonymous[1]}” allows the quote without the name; “No” or an empty
              cell: the quote is not used.
            </List.Item>
            <List.Item>An empty cell never erases an answer already stored.</List.Item>
          </>
        )}
      </List>
    </Alert>
  );
}

export function EvaluationColumnsStep({
  read,
  mapping,
  catalog,
  onChange,
  onBack,
  onNext,
}: {
  read: RosterRead;
  mapping: EvaluationMapping;
  catalog: Competency[];
  onChange: (mapping: EvaluationMapping | null) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const problems = useMemo(
    () => validateEvaluationMapping(mapping, read.headers, catalog),
    [mapping, read.headers, catalog],
  );
  const matcher = useMemo(() => createCompetencyMatcher(catalog), [catalog]);
  const general = problems.filter((p) => p.columnIndex === undefined);
  const byColumn = new Map(
    problems.flatMap((p) =>
      p.columnIndex === undefined ? [] : [[p.columnIndex, p.message] as const],
    ),
  );
  const competencyData = catalog
    .filter((c) => !c.retired)
    .map((c) => ({ value: c.id, label: c.name }));
  const dateIndex = mapping.columns.findIndex((c) => c.target === 'date');
  const phaseIndex = mapping.columns.findIndex((c) => c.target === 'phase');
  const hasRatings = mapping.columns.some((c) => c.target === 'rating');
  const hasFeedback = mapping.columns.some((c) =>
    (FEEDBACK_TARGETS as readonly string[]).includes(c.target),
  );
  const evidence =
    dateIndex === -1 || !hasFeedback
      ? 'none'
      : dateOrderEvidence(read.rows.map((r) => r.cells[dateIndex] ?? ''));
  const grids = ratingGrids(mapping, catalog);
  const used = mapping.columns.filter((c) => c.target !== 'ignore').length;

  const setColumns = (
    indexes: readonly number[],
    change: Partial<EvaluationMapping['columns'][number]>,
  ) =>
    onChange({
      ...mapping,
      columns: mapping.columns.map((c, i) => (indexes.includes(i) ? { ...c, ...change } : c)),
    });
  const setTarget = (index: number, target: EvaluationTarget) => {
    let competencyId: string | null = null;
    if (target === 'rating') {
      const header = read.headers[index] ?? '';
      const m = matcher.matchTerm(parseGridHeader(header)?.item ?? header);
      competencyId =
        m.kind === 'exact' || m.kind === 'normalised' || m.kind === 'suggested'
          ? m.competencyId
          : null;
    }
    setColumns([index], { target, competencyId });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="evaluation-columns-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="evaluation-columns-title">
              Where each column goes
            </Title>
            <Text size="sm" c="dimmed" mt={4} maw={720}>
              Suggested from the questions of the form. Answers are matched to participants by their
              email. Columns set to Ignore are not imported.
            </Text>
          </div>
          <Button
            variant="subtle"
            size="sm"
            leftSection={<IconRestore size={16} />}
            onClick={() => onChange(suggestEvaluationMapping(read.headers, catalog, matcher))}
          >
            Use suggestions
          </Button>
        </Group>

        {hasRatings && (
          <Radio.Group
            label="These self-ratings are from"
            value={mapping.phase ?? (phaseIndex !== -1 ? 'column' : '')}
            onChange={(v) =>
              onChange({ ...mapping, phase: v === 'pre' || v === 'post' ? v : null })
            }
            error={
              mapping.phase === null && phaseIndex === -1
                ? 'Choose the start or the end of the program.'
                : undefined
            }
          >
            <Group gap="lg" mt={6}>
              <Radio value="pre" label="The start of the program (orientation)" />
              <Radio value="post" label="The end of the program (May debrief)" />
              {phaseIndex !== -1 && (
                <Radio
                  value="column"
                  label={`Row by row, from column ${columnLetter(phaseIndex)} “${read.headers[phaseIndex]}”`}
                />
              )}
            </Group>
          </Radio.Group>
        )}

        {grids.map((g) => (
          <Card
            key={g.question}
            withBorder
            padding="sm"
            radius="md"
            component="section"
            aria-label={`Rating grid ${g.question}`}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Group gap="xs">
                  <Text fw={650} size="sm">
                    Rating grid “{g.question}”
                  </Text>
                  <Badge variant="light">
                    {g.columns.length} column{g.columns.length === 1 ? '' : 's'}, columns{' '}
                    {columnLetter(g.columns[0]!)}–{columnLetter(g.columns[g.columns.length - 1]!)}
                  </Badge>
                </Group>
                <Text size="sm" c={g.unmatched.length > 0 ? 'red' : 'dimmed'} mt={4}>
                  {g.unmatched.length === 0
                    ? `Every column is matched to a competency of this program (${g.columns.map((i) => competencyData.find((c) => c.value === mapping.columns[i]!.competencyId)?.label).join(', ')}).`
                    : `${g.columns.length - g.unmatched.length} matched; no competency of this program for ${g.unmatched
                        .map(
                          (i) =>
                            `column ${columnLetter(i)} “${parseGridHeader(read.headers[i] ?? '')?.item ?? read.headers[i]}”`,
                        )
                        .join(
                          ', ',
                        )}. Choose the competency below, or ignore ${g.unmatched.length === 1 ? 'it' : 'them'}.`}
                </Text>
              </div>
              {g.unmatched.length > 0 && (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setColumns(g.unmatched, { target: 'ignore', competencyId: null })}
                >
                  Ignore the unmatched column{g.unmatched.length === 1 ? '' : 's'}
                </Button>
              )}
            </Group>
          </Card>
        ))}

        <MappingProblemsAlert messages={general.map((p) => p.message)} />
        <ReadingRules ratings={hasRatings} feedback={hasFeedback} />
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
                rating={c.target === 'rating'}
                competencyId={c.competencyId}
                competencies={competencyData}
                error={byColumn.get(i)}
                onTarget={(v) =>
                  EVALUATION_TARGETS.includes(v as EvaluationTarget) &&
                  setTarget(i, v as EvaluationTarget)
                }
                onCompetency={(v) => setColumns([i], { competencyId: v })}
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
