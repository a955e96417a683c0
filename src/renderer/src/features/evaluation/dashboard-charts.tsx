/**
 * The charts of the evaluation dashboard, one per figure, drawn with @mantine/charts from the
 * pure figures (`domain/evaluation/figures`). Each returns null when there is nothing to draw;
 * the card then says why. Suppressed rows (fewer than 3 people) are never drawn.
 */
import { BarChart, BarsList } from '@mantine/charts';
import type { ReactNode } from 'react';
import { formatDayShort } from '../../components/dates';
import {
  cellText,
  formatMonthShort,
  type EvaluationFigures,
  type GrowthRow,
  type Share,
} from '../../domain/evaluation/figures';

const HEIGHT = 240;

/** A chart as one figure for assistive technology, named in words (its numbers are in the card's table). */
function Drawn({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="figure" aria-label={label}>
      {children}
    </div>
  );
}

/** Legends list the series in the order given (recharts sorts them by name otherwise). */
const IN_ORDER = { itemSorter: null };

/** Room right of horizontal bars for their value labels. */
const LABEL_ROOM = { margin: { top: 4, right: 36, bottom: 4, left: 4 } };
const count = (n: number): string => String(Math.round(n));
const oneDecimal = (n: number): string => n.toFixed(1);

/** Horizontal bars of shares (people or teams), each with its count at its end (the shares are in the table). */
function ShareBars({
  shares,
  unit,
  color,
  label,
}: {
  shares: readonly Share[];
  unit: string;
  color: string;
  label: string;
}) {
  const data = shares.map((s) => ({ label: s.label, [unit]: s.count }));
  return (
    <Drawn label={label}>
      <BarChart
        h={Math.max(140, 46 * shares.length)}
        data={data}
        dataKey="label"
        orientation="vertical"
        series={[{ name: unit, color }]}
        yAxisProps={{ width: 170 }}
        xAxisProps={{ allowDecimals: false }}
        gridAxis="x"
        withBarValueLabel
        barChartProps={LABEL_ROOM}
        valueFormatter={count}
      />
    </Drawn>
  );
}

export function ParticipationChart({ f }: { f: EvaluationFigures }) {
  if (f.participation.joined === 0) return null;
  return (
    <ShareBars
      shares={f.participation.outcomes}
      unit="People"
      color="blue.6"
      label="Where the people who joined stand, as a bar chart"
    />
  );
}

export function WithdrawalsChart({ f }: { f: EvaluationFigures }) {
  const reasons = f.participation.withdrawReasons;
  if (reasons.length === 0) return null;
  return (
    <Drawn label="Why people withdrew, as bars">
      <BarsList
        data={reasons.map((r) => ({ name: r.reason, value: r.count }))}
        barsLabel="Reason"
        valueLabel="People"
        barColor="orange.3"
        barTextColor="dark.9"
      />
    </Drawn>
  );
}

export function AttendanceChart({ f }: { f: EvaluationFigures }) {
  const meetings = f.attendance.meetings;
  if (meetings.length === 0) return null;
  const data = meetings.map((m) => ({
    meeting: formatDayShort(m.date),
    Present: m.present,
    Excused: m.excused,
    Absent: m.absent,
    'Not marked': m.unmarked,
  }));
  return (
    <Drawn label="Attendance at each group meeting, as a stacked bar chart">
      <BarChart
        h={HEIGHT}
        data={data}
        dataKey="meeting"
        yAxisProps={{ allowDecimals: false }}
        type="stacked"
        withLegend
        legendProps={IN_ORDER}
        series={[
          { name: 'Present', color: 'teal.8' },
          { name: 'Excused', color: 'orange.7' },
          { name: 'Absent', color: 'red.7' },
          { name: 'Not marked', color: 'gray.6' },
        ]}
        valueFormatter={count}
      />
    </Drawn>
  );
}

export function MeetingsChart({ f }: { f: EvaluationFigures }) {
  const m = f.meetings;
  if (m.empty !== null || m.months.length === 0) return null;
  const data = m.months.map((r) => ({
    month: formatMonthShort(r.month),
    'Meetings per team': r.perTeam ?? 0,
    meetings: r.meetings,
  }));
  return (
    <Drawn label="Meetings per team in place, month by month, as a bar chart">
      <BarChart
        h={HEIGHT}
        data={data}
        dataKey="month"
        series={[{ name: 'Meetings per team', color: 'grape.6' }]}
        valueFormatter={oneDecimal}
      />
    </Drawn>
  );
}

export function BalanceChart({ f }: { f: EvaluationFigures }) {
  if (f.balance.empty !== null) return null;
  return (
    <ShareBars
      shares={f.balance.shares}
      unit="Teams"
      color="cyan.7"
      label="Teams by the balance their latest check-in gave, as a bar chart"
    />
  );
}

function shown(rows: readonly GrowthRow[]): GrowthRow[] {
  return rows.filter((r) => r.means !== null);
}

/** "Not shown (fewer than 3 people): A, B." for the rows left out of a chart. */
export function suppressedNote(rows: readonly GrowthRow[]): string[] {
  const hidden = rows.filter((r) => r.means === null).map((r) => r.label);
  return hidden.length === 0
    ? []
    : [`Not shown, fewer than 3 people with both ratings: ${hidden.join(', ')}.`];
}

export function GrowthCategoryChart({ f }: { f: EvaluationFigures }) {
  const rows = shown(f.growth.byCategory);
  if (rows.length === 0) return null;
  const data = rows.map((r) => ({
    category: r.label,
    Start: r.means?.before ?? 0,
    End: r.means?.after ?? 0,
  }));
  return (
    <Drawn label="Mean self-rating at the start and at the end, by category, as a bar chart">
      <BarChart
        h={HEIGHT}
        data={data}
        dataKey="category"
        withLegend
        legendProps={IN_ORDER}
        series={[
          { name: 'Start', color: 'gray.6' },
          { name: 'End', color: 'blue.6' },
        ]}
        yAxisProps={{ domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5] }}
        valueFormatter={oneDecimal}
      />
    </Drawn>
  );
}

/** Axis ticks every 0.5 from below the lowest value (0 at most) to above the highest (1 at least). */
function halfSteps(values: readonly number[]): number[] {
  const low = Math.floor(Math.min(0, ...values) * 2) / 2;
  const high = Math.ceil(Math.max(1, ...values) * 2) / 2;
  const ticks: number[] = [];
  for (let t = low; t <= high + 1e-9; t += 0.5) ticks.push(Math.round(t * 2) / 2);
  return ticks;
}

export function GrowthCompetencyChart({ f }: { f: EvaluationFigures }) {
  const rows = shown(f.growth.byCompetency);
  if (rows.length === 0) return null;
  const changes = rows.map((r) => r.means?.change ?? 0);
  const data = rows.map((r, i) => ({ competency: r.label, 'Mean change': Number((changes[i] ?? 0).toFixed(2)) }));
  const ticks = halfSteps(changes);
  return (
    <Drawn label="Mean change in self-rating from start to end, by competency, as a bar chart">
      <BarChart
        h={Math.max(160, 34 * rows.length + 40)}
        data={data}
        dataKey="competency"
        orientation="vertical"
        series={[{ name: 'Mean change', color: 'teal.8' }]}
        getBarColor={(value) => (value < 0 ? 'red.7' : 'teal.8')}
        yAxisProps={{ width: 180 }}
        xAxisProps={{ domain: [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1], ticks }}
        gridAxis="x"
        withBarValueLabel
        barChartProps={LABEL_ROOM}
        valueFormatter={(v) => cellText(v, 'change')}
      />
    </Drawn>
  );
}

export function WantsChart({ f }: { f: EvaluationFigures }) {
  if (f.wants.empty !== null) return null;
  const data = f.wants.byCategory.map((r) => ({
    category: r.label,
    'Covered by a partner': r.covered,
    'Not covered': r.wants - r.covered,
  }));
  return (
    <Drawn label="Wants covered by a partner and not covered, by category, as a stacked bar chart">
      <BarChart
        h={HEIGHT}
        data={data}
        dataKey="category"
        type="stacked"
        yAxisProps={{ allowDecimals: false }}
        withLegend
        legendProps={IN_ORDER}
        series={[
          { name: 'Covered by a partner', color: 'teal.8' },
          { name: 'Not covered', color: 'gray.6' },
        ]}
        valueFormatter={count}
      />
    </Drawn>
  );
}

export function SatisfactionChart({ f }: { f: EvaluationFigures }) {
  const shares = f.satisfaction.shares;
  if (shares === null) return null;
  const data = shares.map((s) => ({ answer: s.label, People: s.count }));
  return (
    <Drawn label="How satisfied people were, 1 to 5, as a bar chart">
      <BarChart
        h={HEIGHT}
        data={data}
        dataKey="answer"
        series={[{ name: 'People', color: 'indigo.6' }]}
        yAxisProps={{ allowDecimals: false }}
        withBarValueLabel
        xAxisLabel="1 = not at all satisfied, 5 = very satisfied"
        valueFormatter={count}
      />
    </Drawn>
  );
}

export function AnswerChart({
  f,
  which,
}: {
  f: EvaluationFigures;
  which: 'recommend' | 'joinAgain';
}) {
  const a = f[which];
  if (a.shares === null) return null;
  return (
    <ShareBars
      shares={a.shares}
      unit="People"
      color="indigo.6"
      label={`${a.question}: answers as a bar chart`}
    />
  );
}
