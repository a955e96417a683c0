/**
 * The year at a glance: a one-page handout of the months, meetings, dates, times, places and
 * topics, for the orientation meeting and the notice board.
 */
import { Paragraph, TextRun, type Document } from 'docx';
import { CATEGORY_LABELS } from '../model';
import { formatLongDate, formatMonthYear, formatTimeRange, isIsoDate, parseIsoDate } from '../schedule/iso-dates';
import type { DocumentContext, ScheduleEntry, ScheduleHandoutModel } from './document-models';
import { COLORS, createDocument, noteBox, paragraph, SIZES, subtitle, table, title, type RowSpec } from './style';

const DOCUMENT_NAME = 'Program calendar';

function whatCell(entry: ScheduleEntry): Paragraph[] {
  const details: string[] = [];
  // The topic line only when the (editable) title does not already name it.
  if (entry.topic !== null && !entry.title.toLowerCase().includes(CATEGORY_LABELS[entry.topic].toLowerCase())) {
    details.push(`Topic: ${CATEGORY_LABELS[entry.topic]}`);
  }
  if (entry.kind === 'pairs') details.push('Meet your partner at a time you agree together.');
  if (entry.notes.trim() !== '') details.push(entry.notes.trim());
  return [
    new Paragraph({ style: 'TableText', children: [new TextRun({ text: entry.title, bold: entry.kind !== 'pairs' })] }),
    ...details.map((d) => new Paragraph({ style: 'TableText', children: [new TextRun({ text: d, size: SIZES.small, color: COLORS.muted })] })),
  ];
}

function row(entry: ScheduleEntry): RowSpec {
  const day = parseIsoDate(entry.date);
  const month = day ? formatMonthYear(day) : entry.date;
  if (entry.kind === 'pairs') {
    return { cells: [month, whatCell(entry), 'By arrangement', '', ''], band: true, minHeight: 560 };
  }
  return {
    cells: [month, whatCell(entry), isIsoDate(entry.date) ? formatLongDate(entry.date) : entry.date, formatTimeRange(entry.startTime, entry.minutes), entry.place],
    minHeight: 680,
  };
}

function cycleLine(ctx: DocumentContext): string {
  const start = parseIsoDate(ctx.program.cycleStart);
  const end = parseIsoDate(ctx.program.cycleEnd);
  return start && end ? `${formatMonthYear(start)} to ${formatMonthYear(end)}` : '';
}

/** The schedule handout: one table row per event in date order, pair months shaded. */
export function buildScheduleHandout(ctx: DocumentContext, model: ScheduleHandoutModel): Document {
  const cycle = cycleLine(ctx);
  const contact = [ctx.program.coordinatorName, ctx.program.coordinatorEmail].filter((s) => s.trim() !== '').join(', ');
  const children = [
    title('The year at a glance'),
    subtitle([ctx.program.name, cycle].filter((s) => s !== '').join('  \u00b7  ')),
    paragraph(
      'Group meetings bring everyone together for 1.5 to 2 hours on the topic shown. In the months between, you and your partner meet at times you arrange yourselves.',
    ),
    table(
      ctx.paper,
      [
        { header: 'Month', weight: 1.6 },
        { header: 'What happens', weight: 3.7 },
        { header: 'Date', weight: 2.2 },
        { header: 'Time', weight: 1.75 },
        { header: 'Place', weight: 1.85 },
      ],
      model.events.map(row),
    ),
    new Paragraph({ spacing: { after: 160 }, children: [] }),
    ...(contact === ''
      ? []
      : [noteBox(ctx.paper, [paragraph(`Questions, or cannot make a meeting? Contact ${contact}.`, { after: 0 })])]),
  ];
  return createDocument(ctx, DOCUMENT_NAME, [{ documentName: DOCUMENT_NAME, children }]);
}
