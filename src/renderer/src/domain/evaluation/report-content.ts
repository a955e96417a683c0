/**
 * What the program report says, from the dashboard's figures (`figures.ts`, never recomputed
 * here): the key figures of the cover, each chart as a spec (or the sentence saying why there is
 * none), and the appendix tables. Written for the sponsor who reads it: every number says how
 * many people are behind it, and the app's "what to do next" hints are left out.
 */
import type { ColumnSpec } from '../documents/style';
import type { ReportKeyFigure, ReportTable } from '../documents/program-report';
import { formatLongDate, formatShortDate } from '../schedule/iso-dates';
import type { ChartSpec, MultiDatum } from './chart-svg';
import { cellText, figureTables, formatMonthShort, MIN_PEOPLE, type EvaluationFigures, type FigureTable, type GrowthRow } from './figures';

/** A chart before it is drawn: its words, and its spec or the reason there is none. */
export interface ReportChartPlan {
  title: string;
  about: string;
  spec: ChartSpec | null;
  missing: string;
  altText: string;
}

export interface ProgramReportContent {
  keyFigures: ReportKeyFigure[];
  charts: ReportChartPlan[];
  appendix: ReportTable[];
}

/** The most competencies the per-competency chart shows (the appendix lists them all). */
export const MAX_COMPETENCY_BARS = 10;

const people = (n: number): string => (n === 1 ? '1 person' : `${n} people`);
const teams = (n: number): string => (n === 1 ? '1 team' : `${n} teams`);

function signed(value: number): string {
  const t = Math.abs(value).toFixed(1);
  return t === '0.0' ? '0.0' : value > 0 ? `+${t}` : `\u2212${t}`;
}

/**
 * A note for the reader of the report: sentences pointing at the app's screens ("Enter feedback on
 * Evaluation → Feedback.") are left out, and a hint after a colon ("…: mark who came on
 * Attendance.", "…: meetings show once teams are confirmed on Pairing.") is cut off.
 */
export function readerNote(note: string): string {
  const hint = /^(mark|log|record|enter|add|import|confirm)\b|\bon [A-Z]/;
  return note
    .split(/(?<=\.)\s+/)
    .filter((sentence) => !sentence.includes('\u2192'))
    .map((sentence) => {
      const colon = sentence.indexOf(': ');
      return colon > 0 && hint.test(sentence.slice(colon + 2)) ? `${sentence.slice(0, colon)}.` : sentence;
    })
    .join(' ')
    .trim();
}

function keyFigures(f: EvaluationFigures): ReportKeyFigure[] {
  const p = f.participation;
  const out: ReportKeyFigure[] = [
    { label: 'People who joined', value: String(p.joined), basis: 'everyone who signed up for the program' },
    {
      label: 'Paired with a partner',
      value: String(p.paired),
      basis: p.joined > 0 ? `${Math.round((p.paired * 100) / p.joined)}% of the ${people(p.joined)} who joined` : 'nobody joined',
    },
    {
      label: f.yearEnded ? 'Still active in a team at the end' : 'Active in a team today',
      value: String(p.stillActive),
      basis: p.retentionPercent === null ? 'nobody was paired' : `${p.retentionPercent}% of the ${people(p.paired)} paired`,
    },
  ];
  const a = f.attendance;
  const expected = a.meetings.reduce((s, m) => s + m.expected, 0);
  const present = a.meetings.reduce((s, m) => s + m.present, 0);
  out.push(
    expected > 0
      ? {
          label: 'Attendance at group meetings',
          value: `${Math.round((present * 100) / expected)}%`,
          basis: `${present} of ${expected} places filled at ${a.meetings.length === 1 ? '1 meeting' : `${a.meetings.length} meetings`} (${people(a.people)} expected)`,
        }
      : { label: 'Attendance at group meetings', value: '\u2014', basis: 'no roll call was recorded' },
  );
  const m = f.meetings;
  out.push({
    label: 'Meetings between group meetings',
    value: String(m.totalMeetings),
    basis: m.teams > 0 ? `logged by ${teams(m.teams)} (${people(m.people)})` : 'no team was confirmed',
  });
  const g = f.growth.overall;
  out.push(
    g.means
      ? { label: 'Change in self-rating, start to end', value: signed(g.means.change), basis: `on a 1\u20135 scale, ${people(g.people)} with both ratings` }
      : { label: 'Change in self-rating, start to end', value: '\u2014', basis: `fewer than ${MIN_PEOPLE} people rated themselves at the start and the end` },
  );
  const s = f.satisfaction;
  out.push(
    s.mean !== null
      ? { label: 'Satisfaction', value: `${s.mean.toFixed(1)} of 5`, basis: `${people(s.people)} answered` }
      : { label: 'Satisfaction', value: '\u2014', basis: `fewer than ${MIN_PEOPLE} people answered` },
  );
  const yes = f.recommend.shares?.find((x) => x.key === 'yes');
  out.push(
    yes
      ? { label: 'Would recommend the program', value: `${yes.percent}%`, basis: `${yes.count} of the ${people(f.recommend.people)} who answered` }
      : { label: 'Would recommend the program', value: '\u2014', basis: `fewer than ${MIN_PEOPLE} people answered` },
  );
  return out;
}

function countText(count: number, percent: number): string {
  return `${count} (${percent}%)`;
}

function growthData(rows: readonly GrowthRow[]): MultiDatum[] {
  return rows
    .filter((r) => r.means !== null)
    .map((r) => ({ label: `${r.label} (${r.people})`, values: [r.means?.before ?? 0, r.means?.after ?? 0], texts: [(r.means?.before ?? 0).toFixed(1), (r.means?.after ?? 0).toFixed(1)] }));
}

function charts(f: EvaluationFigures): ReportChartPlan[] {
  const out: ReportChartPlan[] = [];
  const p = f.participation;
  const when = f.yearEnded ? 'at the end of the year' : 'today';
  out.push({
    title: 'Participation and retention',
    about: `Where the ${people(p.joined)} who joined stand ${when}. Each person is counted once.${p.withdrew > 0 ? ` Why people withdrew is in the appendix.` : ''}`,
    spec: p.joined > 0 ? { kind: 'bars', orientation: 'horizontal', bars: p.outcomes.map((o) => ({ label: o.label, value: o.count, text: countText(o.count, o.percent) })), axisLabel: 'People' } : null,
    missing: 'Nobody joined the program, so there is nothing to chart.',
    altText: p.outcomes.map((o) => `${o.label}: ${o.count}`).join('; '),
  });
  const a = f.attendance;
  const charted = a.meetings.filter((m) => m.percent !== null);
  const nobodyExpected = a.meetings.filter((m) => m.percent === null).map((m) => `${m.title} (${formatShortDate(m.date)})`);
  const leftOut = [
    ...(nobodyExpected.length > 0 ? [` Left out, as nobody was in a team yet: ${nobodyExpected.join(', ')}.`] : []),
    ...(a.notRecorded > 0 ? [` ${a.notRecorded === 1 ? 'One meeting has' : `${a.notRecorded} meetings have`} no roll call and ${a.notRecorded === 1 ? 'is' : 'are'} left out too.`] : []),
  ];
  out.push({
    title: 'Attendance at group meetings',
    about: `People present out of those expected (everyone in a team on the day) at each group meeting; ${people(a.people)} were expected at one or more.${leftOut.join('')}`,
    spec:
      charted.length > 0
        ? {
            kind: 'bars',
            orientation: 'horizontal',
            bars: charted.map((m) => ({ label: `${m.title}, ${formatShortDate(m.date).replace(/^\w+ /, '').replace(/ /g, '\u00a0')}`, value: m.percent ?? 0, text: `${m.percent ?? 0}% (${m.present} of ${m.expected})` })),
            max: 100,
            axisLabel: 'Present (% of those expected)',
          }
        : null,
    missing: a.notRecorded > 0 ? 'No roll call was recorded at the group meetings, so attendance cannot be shown.' : 'No group meeting had taken place.',
    altText: charted.map((m) => `${m.title}: ${m.present} of ${m.expected} present`).join('; '),
  });
  const m = f.meetings;
  out.push({
    title: 'Meetings between group meetings',
    about: `Meetings logged each month by the ${teams(m.teams)} (${people(m.people)}); ${m.totalMeetings} in all. Meetings per team are in the appendix.`,
    spec: m.totalMeetings > 0 ? { kind: 'bars', orientation: 'vertical', bars: m.months.map((r) => ({ label: formatMonthShort(r.month), value: r.meetings })), axisLabel: 'Meetings logged' } : null,
    missing: m.teams === 0 ? 'No team was confirmed, so no meetings could be logged.' : 'No meeting between group meetings was logged.',
    altText: m.months.map((r) => `${formatMonthShort(r.month)}: ${r.meetings}`).join('; '),
  });
  const b = f.balance;
  out.push({
    title: 'Balance of contributions',
    about: `${b.teams === 1 ? 'The one team' : `Each of the ${teams(b.teams)}`}, by what its latest check-in said about whether both partners give and take (${b.checkIns === 1 ? '1 check-in' : `${b.checkIns} check-ins`} in all).`,
    spec: b.checkIns > 0 ? { kind: 'bars', orientation: 'horizontal', bars: b.shares.map((s) => ({ label: s.label, value: s.count, text: countText(s.count, s.percent) })), axisLabel: 'Teams' } : null,
    missing: b.teams === 0 ? 'No team was confirmed, so there were no check-ins.' : 'No check-in was recorded, so the balance is not known.',
    altText: b.shares.map((s) => `${s.label}: ${s.count}`).join('; '),
  });
  const g = f.growth;
  const categories = growthData(g.byCategory);
  const hiddenCategories = g.byCategory.filter((r) => r.means === null).map((r) => r.label);
  out.push({
    title: 'Growth by competency category',
    about: `Mean self-rating (1 to 5) at the start and at the end, counting only people who rated themselves both times; the number of people is in brackets.${hiddenCategories.length > 0 ? ` Left out, fewer than ${MIN_PEOPLE} people: ${hiddenCategories.join(', ')}.` : ''}`,
    spec: categories.length > 0 ? { kind: 'grouped', series: ['Start of the program', 'End of the program'], groups: categories, max: 5, axisLabel: 'Mean self-rating (1 to 5)' } : null,
    missing: `No category has start and end ratings from at least ${MIN_PEOPLE} people, so growth is not shown (fewer would let people's own answers be told apart).`,
    altText: categories.map((c) => `${c.label}: ${c.texts?.[0]} to ${c.texts?.[1]}`).join('; '),
  });
  const shown = g.byCompetency.filter((r) => r.means !== null);
  const top = [...shown].sort((x, y) => y.people - x.people).slice(0, MAX_COMPETENCY_BARS);
  const topInOrder = shown.filter((r) => top.includes(r));
  out.push({
    title: 'Growth by competency',
    about: `${shown.length > MAX_COMPETENCY_BARS ? `The ${MAX_COMPETENCY_BARS} competencies rated by the most people` : 'Each competency rated by at least 3 people'}, as above; every competency is in the appendix.`,
    spec: topInOrder.length > 0 ? { kind: 'grouped', series: ['Start of the program', 'End of the program'], groups: growthData(topInOrder), max: 5, axisLabel: 'Mean self-rating (1 to 5)' } : null,
    missing: `No competency has start and end ratings from at least ${MIN_PEOPLE} people, so growth is not shown.`,
    altText: growthData(topInOrder)
      .map((c) => `${c.label}: ${c.texts?.[0]} to ${c.texts?.[1]}`)
      .join('; '),
  });
  const w = f.wants;
  out.push({
    title: 'Wants covered by pairing',
    about: `Of the competencies the ${people(w.people)} paired wanted to develop, the share a partner could offer${w.percent === null ? '' : ` (${w.percent}% of ${w.wants} in all)`}.`,
    spec: w.byCategory.length > 0 ? { kind: 'bars', orientation: 'horizontal', bars: w.byCategory.map((r) => ({ label: r.label, value: r.percent ?? 0, text: `${r.covered} of ${r.wants} (${r.percent ?? 0}%)` })), max: 100, axisLabel: 'Covered by a partner (%)' } : null,
    missing: 'Nobody who was paired listed competencies to develop, so coverage cannot be shown.',
    altText: w.byCategory.map((r) => `${r.label}: ${r.covered} of ${r.wants}`).join('; '),
  });
  const s = f.satisfaction;
  out.push({
    title: 'Satisfaction',
    about: s.mean !== null ? `How satisfied the ${people(s.people)} who answered were, from 1 (not at all) to 5 (very); mean ${s.mean.toFixed(1)}.` : 'How satisfied participants were, from 1 (not at all) to 5 (very).',
    spec: s.shares ? { kind: 'bars', orientation: 'vertical', bars: s.shares.map((x) => ({ label: x.label, value: x.count, text: countText(x.count, x.percent) })), axisLabel: 'People' } : null,
    missing: `Fewer than ${MIN_PEOPLE} people answered, so the answers are not shown (they could be told apart).`,
    altText: (s.shares ?? []).map((x) => `${x.label}: ${x.count}`).join('; '),
  });
  const answers = [f.recommend, f.joinAgain].filter((x) => x.shares !== null);
  const hidden = [f.recommend, f.joinAgain].filter((x) => x.shares === null).map((x) => x.question.toLowerCase());
  out.push({
    title: 'Would they recommend it, and join again?',
    about: `Answers of the people who answered each question (the number is in brackets).${hidden.length > 0 ? ` Left out, fewer than ${MIN_PEOPLE} answers: ${hidden.join(', ')}.` : ''}`,
    spec:
      answers.length > 0
        ? {
            kind: 'stacked',
            series: ['Yes', 'Not sure', 'No'],
            bars: answers.map((x) => ({
              label: `${x.question} (${x.people})`,
              values: (x.shares ?? []).map((y) => y.count),
              texts: (x.shares ?? []).map((y) => (y.count > 0 ? `${y.count} (${y.percent}%)` : '')),
            })),
            axisLabel: 'People',
          }
        : null,
    missing: `Fewer than ${MIN_PEOPLE} people answered these questions, so the answers are not shown.`,
    altText: answers.map((x) => `${x.question}: ${(x.shares ?? []).map((y) => `${y.label} ${y.count}`).join(', ')}`).join('; '),
  });
  return out;
}

/** A number column is as wide as the longest word of its header ("Expected"), so no word breaks. */
function numberWeight(header: string): number {
  return Math.max(1.2, ...header.split(/\s+/).map((word) => word.length * 0.17));
}

function columnSpec(table: FigureTable): ColumnSpec[] {
  return table.columns.map((c, i) =>
    c.kind === 'text'
      ? { header: c.header, weight: i === 0 ? 3.2 : c.header === 'Note' ? 2.4 : 2 }
      : c.kind === 'day' || c.kind === 'month'
        ? { header: c.header, weight: 1.7 }
        : { header: c.header, weight: numberWeight(c.header), align: 'right' as const },
  );
}

/** The tables with rows (an empty one would only repeat the sentence its chart printed). */
function appendix(f: EvaluationFigures): ReportTable[] {
  return figureTables(f).filter((t) => t.rows.length > 0).map((t) => {
    const notes = [`Behind it: ${t.behind}.`, ...t.notes.map(readerNote)].filter((n) => n !== '');
    return {
      title: t.title,
      note: notes.join(' '),
      columns: columnSpec(t),
      rows: t.rows.map((row) => t.columns.map((c, i) => cellText(row[i] ?? null, c.kind, formatShortDate))),
    };
  });
}

/** The report's words and charts from the figures. */
export function programReportContent(f: EvaluationFigures): ProgramReportContent {
  return { keyFigures: keyFigures(f), charts: charts(f), appendix: appendix(f) };
}

/** "Figures as of 31 May 2027" for the cover when the year is still running; empty once it ended. */
export function figuresAsOf(f: EvaluationFigures): string {
  return f.yearEnded ? '' : formatLongDate(f.asOf);
}
