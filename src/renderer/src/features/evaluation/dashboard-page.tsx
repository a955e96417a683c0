/**
 * Evaluation → Dashboard: what the program achieved, figure by figure (participation and
 * retention, attendance, meetings, balance, growth, wants covered, satisfaction), each with a
 * chart, the same numbers as a table, and a CSV of them. Worked out by the pure figures
 * (`domain/evaluation/figures`) from the program's records, read live with a watched query.
 */
import '@mantine/charts/styles.css';
import { Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatDay } from '../../components/dates';
import { StatCard } from '../../components/stat-card';
import { NoProgram } from '../../components/no-program';
import { todayIso } from '../../components/today';
import { useCurrentDashboardRecords } from '../../db/dashboard-repo';
import {
  cellText,
  evaluationFigures,
  figureTable,
  type EvaluationFigures,
  type FigureKey,
} from '../../domain/evaluation/figures';
import { FigureCard } from './dashboard-card';
import {
  AnswerChart,
  AttendanceChart,
  BalanceChart,
  GrowthCategoryChart,
  GrowthCompetencyChart,
  MeetingsChart,
  ParticipationChart,
  SatisfactionChart,
  suppressedNote,
  WantsChart,
  WithdrawalsChart,
} from './dashboard-charts';

function KeyFigures({ f }: { f: EvaluationFigures }) {
  const p = f.participation;
  const g = f.growth.overall;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} component="section" aria-label="Key figures">
      <StatCard padding="sm" label="Joined" value={String(p.joined)} hint="people in the program" />
      <StatCard
        padding="sm"
        label="Paired"
        value={String(p.paired)}
        hint="were in a confirmed team"
      />
      <StatCard
        padding="sm"
        label={f.yearEnded ? 'Active at the end' : 'Active now'}
        value={String(p.stillActive)}
        hint={
          p.retentionPercent === null
            ? 'in a team'
            : `in a team: ${p.retentionPercent}% of those paired`
        }
      />
      <StatCard padding="sm" label="Withdrew" value={String(p.withdrew)} hint="people" />
      <StatCard
        padding="sm"
        label="Self-rating change"
        value={g.means === null ? '—' : cellText(g.means.change, 'change')}
        hint={
          g.means === null
            ? `needs ${g.people === 0 ? '' : 'more '}start and end ratings`
            : `mean of ${g.people} people, 1–5 scale`
        }
      />
      <StatCard
        padding="sm"
        label="Satisfaction"
        value={f.satisfaction.mean === null ? '—' : `${f.satisfaction.mean.toFixed(1)} / 5`}
        hint={
          f.satisfaction.mean === null
            ? 'needs answers from 3 people'
            : `mean of ${f.satisfaction.people} answers`
        }
      />
    </SimpleGrid>
  );
}

interface CardSpec {
  key: FigureKey;
  chart: ReactNode;
  empty: string | null;
  chartNotes?: string[];
}

const RATINGS_TODO =
  'No competency or category has start and end ratings from 3 people or more yet: enter ratings on Evaluation → Self-ratings.';
const FEEDBACK_TODO = 'Enter end-of-program feedback on Evaluation → Feedback.';

function cards(f: EvaluationFigures): CardSpec[] {
  const p = f.participation;
  const noWithdrawals =
    p.joined === 0
      ? p.empty
      : p.withdrew === 0
        ? 'Nobody has withdrawn: there is nothing to show here.'
        : null;
  const suppressed = (reason: string | null) =>
    reason === null ? null : `${reason} ${FEEDBACK_TODO}`;
  return [
    {
      key: 'participation',
      chart: <ParticipationChart f={f} />,
      empty: p.empty,
      chartNotes: figureTable(f, 'participation').notes.filter((n) => n !== p.empty),
    },
    { key: 'withdrawals', chart: <WithdrawalsChart f={f} />, empty: noWithdrawals },
    { key: 'attendance', chart: <AttendanceChart f={f} />, empty: f.attendance.empty },
    { key: 'meetings', chart: <MeetingsChart f={f} />, empty: f.meetings.empty },
    { key: 'balance', chart: <BalanceChart f={f} />, empty: f.balance.empty },
    {
      key: 'growth-category',
      chart: <GrowthCategoryChart f={f} />,
      empty:
        f.growth.empty ??
        (f.growth.byCategory.every((r) => r.means === null) ? RATINGS_TODO : null),
      chartNotes: suppressedNote(f.growth.byCategory),
    },
    {
      key: 'growth-competency',
      chart: <GrowthCompetencyChart f={f} />,
      empty:
        f.growth.empty ??
        (f.growth.byCompetency.every((r) => r.means === null) ? RATINGS_TODO : null),
      chartNotes: suppressedNote(f.growth.byCompetency),
    },
    {
      key: 'wants',
      chart: <WantsChart f={f} />,
      empty: f.wants.empty,
      chartNotes: figureTable(f, 'wants').notes.filter((n) => n !== f.wants.empty),
    },
    {
      key: 'satisfaction',
      chart: <SatisfactionChart f={f} />,
      empty: suppressed(f.satisfaction.suppressed),
      chartNotes:
        f.satisfaction.mean === null ? [] : [`Mean: ${f.satisfaction.mean.toFixed(1)} of 5.`],
    },
    {
      key: 'recommend',
      chart: <AnswerChart f={f} which="recommend" />,
      empty: suppressed(f.recommend.suppressed),
    },
    {
      key: 'join-again',
      chart: <AnswerChart f={f} which="joinAgain" />,
      empty: suppressed(f.joinAgain.suppressed),
    },
  ];
}

/** Today (`YYYY-MM-DD`, local), updated when the date changes while the screen stays open. */
function useTodayIso(): string {
  const [today, setToday] = useState(() => todayIso());
  useEffect(() => {
    const timer = setInterval(() => setToday(todayIso()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}

export function DashboardPage() {
  const today = useTodayIso();
  const records = useCurrentDashboardRecords();
  const figures = useMemo(
    () => (records ? evaluationFigures(records.input, today) : null),
    [records, today],
  );
  if (records === undefined) {
    return (
      <Center mt="xl">
        <Loader aria-label="Reading the program" />
      </Center>
    );
  }
  if (records === null || figures === null) return <NoProgram />;
  const { program } = records;
  return (
    <Stack gap="lg" maw={1100} data-testid="dashboard-ready">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <div style={{ flex: 1, minWidth: 320 }}>
          <Title order={1} size="h2">
            Evaluation dashboard
          </Title>
          <Text c="dimmed">
            {program.name} ·{' '}
            {figures.yearEnded
              ? `the year ended on ${formatDay(program.cycleEnd)}: figures as they stood then`
              : `figures as of today, ${formatDay(today)}; the year ends on ${formatDay(program.cycleEnd)}`}
            . Each chart has its numbers as a table and a CSV.
          </Text>
        </div>
        <Button
          component={Link}
          to="/documents"
          variant="default"
          leftSection={<IconFileText size={16} />}
        >
          The program report is on Documents
        </Button>
      </Group>
      <KeyFigures f={figures} />
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
        {cards(figures).map((c) => (
          <FigureCard
            key={c.key}
            table={figureTable(figures, c.key)}
            programName={program.name}
            chart={c.chart}
            empty={c.empty}
            chartNotes={c.chartNotes}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
