/**
 * The year at a glance: a one-page handout of the months, meetings, dates, times, places and
 * topics, for the orientation meeting and the notice board. The group meetings everyone attends
 * stand out (shaded, with what to prepare or bring); the months when pairs meet on their own
 * stay quiet.
 */
import { LeaderType, Paragraph, Tab, TabStopType, TextRun, type Document, type FileChild } from 'docx';
import { CATEGORY_LABELS, type PaperSize } from '../model';
import { formatDuration, formatMonthYear, formatTimeRange, isIsoDate, parseIsoDate, WEEKDAY_NAMES, weekdayOf } from '../schedule/iso-dates';
import type { DocumentContext, ScheduleEntry, ScheduleHandoutModel } from './document-models';
import { planKindOf } from './meeting-plans';
import { COLORS, columnWidths, createDocument, noteBox, paragraph, SIZES, subtitle, table, title, unbroken, type RowSpec, type SectionSpec } from './style';

const DOCUMENT_NAME = 'Program calendar';

function small(text: string, options: { bold?: boolean; color?: string } = {}): Paragraph {
  return new Paragraph({ style: 'TableText', children: [new TextRun({ text, size: SIZES.small, color: options.color ?? COLORS.muted, bold: options.bold ?? false })] });
}

/** Column weights of the table: when, what, time, place. */
const WEIGHTS = [2.1, 4.6, 1.3, 2.3] as const;

/** "Our meeting: ______": where a pair writes the day they agreed, ruled to the cell's end. */
function ourMeetingLine(paper: PaperSize): Paragraph {
  const cellText = (columnWidths(paper, WEIGHTS)[1] ?? 0) - 200;
  return new Paragraph({
    style: 'TableText',
    spacing: { before: 60 },
    tabStops: [{ type: TabStopType.RIGHT, position: cellText, leader: LeaderType.UNDERSCORE }],
    children: [new TextRun({ text: 'Our meeting: ', size: SIZES.small, color: COLORS.muted }), new TextRun({ children: [new Tab()], color: COLORS.rule })],
  });
}

function whatCell(entry: ScheduleEntry, bring: string, paper: PaperSize): Paragraph[] {
  if (entry.kind === 'pairs') {
    return [
      new Paragraph({ style: 'TableText', children: [new TextRun({ text: entry.title, color: COLORS.muted })] }),
      ...(entry.notes.trim() === '' ? [] : [small(entry.notes.trim())]),
      ourMeetingLine(paper),
    ];
  }
  const details: Paragraph[] = [];
  // The topic line only when the (editable) title does not already name it.
  if (entry.topic !== null && !entry.title.toLowerCase().includes(CATEGORY_LABELS[entry.topic].toLowerCase())) {
    details.push(small(`Topic: ${CATEGORY_LABELS[entry.topic]}`));
  }
  if (entry.notes.trim() !== '') details.push(small(entry.notes.trim()));
  if (bring.trim() !== '') {
    details.push(
      new Paragraph({
        style: 'TableText',
        spacing: { before: 40 },
        children: [
          new TextRun({ text: 'Bring: ', bold: true, size: SIZES.small, color: COLORS.accent }),
          new TextRun({ text: bring.trim(), size: SIZES.small, color: COLORS.muted }),
        ],
      }),
    );
  }
  return [new Paragraph({ style: 'TableText', children: [new TextRun({ text: entry.title, bold: true, color: COLORS.heading })] }), ...details];
}

/** The day in two lines ("Tuesday" / "8 September 2026"), so the column stays narrow. */
function whenCell(entry: ScheduleEntry): Paragraph[] {
  const day = parseIsoDate(entry.date);
  if (!day || !isIsoDate(entry.date)) return [new Paragraph({ style: 'TableText', children: [new TextRun(entry.date)] })];
  if (entry.kind === 'pairs') {
    return [new Paragraph({ style: 'TableText', children: [new TextRun({ text: formatMonthYear(day), color: COLORS.muted })] })];
  }
  const monthName = formatMonthYear(day).split(' ')[0] ?? '';
  return [
    new Paragraph({ style: 'TableText', children: [new TextRun({ text: unbroken(`${day.day} ${monthName} ${day.year}`), bold: true })] }),
    small(WEEKDAY_NAMES[weekdayOf(entry.date)] ?? ''),
  ];
}

/** The place, one comma-separated part per line ("Room 4.12," / "Education Centre"). */
function placeCell(place: string): Paragraph[] {
  const parts = place.split(/,\s*/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return [];
  const lines = parts.length <= 2 ? parts : [parts[0] as string, parts.slice(1).join(', ')];
  return lines.map(
    (line, i) => new Paragraph({ style: 'TableText', children: [new TextRun(`${unbroken(line, 24)}${i < lines.length - 1 ? ',' : ''}`)] }),
  );
}

function row(entry: ScheduleEntry, model: ScheduleHandoutModel, paper: PaperSize): RowSpec {
  if (entry.kind === 'pairs') {
    return { cells: [whenCell(entry), whatCell(entry, '', paper), '', ''], minHeight: 560 };
  }
  const kind = planKindOf(entry.kind);
  const bring = kind === null ? '' : model.plans[kind].bring;
  return {
    cells: [whenCell(entry), whatCell(entry, bring, paper), formatTimeRange(entry.startTime, entry.minutes), placeCell(entry.place)],
    band: true,
    // A4 is longer than Letter: the extra room goes to the meetings everyone attends.
    minHeight: paper === 'a4' ? 1450 : 1250,
  };
}

/** "September 2026 to May 2027", or empty when a cycle day is missing. */
export function cycleLine(ctx: DocumentContext): string {
  const start = parseIsoDate(ctx.program.cycleStart);
  const end = parseIsoDate(ctx.program.cycleEnd);
  return start && end ? `${formatMonthYear(start)} to ${formatMonthYear(end)}` : '';
}

/** "Each lasts 2 h." or "Each lasts 1.5 h to 2 h.", from the meetings themselves. */
function lengthSentence(events: readonly ScheduleEntry[]): string {
  const lengths = events.filter((e) => e.kind !== 'pairs' && e.minutes > 0).map((e) => e.minutes);
  if (lengths.length === 0) return '';
  const low = Math.min(...lengths);
  const high = Math.max(...lengths);
  return low === high ? ` Each lasts ${formatDuration(low)}.` : ` Each lasts ${formatDuration(low)} to ${formatDuration(high)}.`;
}

/** The sentence above the table: who comes to what, and how long the meetings last. */
export function scheduleIntro(model: ScheduleHandoutModel): string {
  const gatherings = model.events.filter((e) => e.kind !== 'pairs').length;
  return `Everyone comes to the ${gatherings === 1 ? 'group meeting' : `${gatherings} group meetings`} (shaded).${lengthSentence(model.events)} In the months between, you and your partner meet at times you arrange yourselves.`;
}

/** The year's table: one row per month's meeting (shared with the information and orientation packs). */
export function scheduleTable(ctx: DocumentContext, model: ScheduleHandoutModel): FileChild {
  return table(
    ctx.paper,
    ['When', 'What happens', 'Time', 'Place'].map((header, i) => ({ header, weight: WEIGHTS[i] ?? 1 })),
    model.events.map((entry) => row(entry, model, ctx.paper)),
  );
}

/** The handout's page (shared with the orientation's group meeting pack). */
export function scheduleHandoutSections(ctx: DocumentContext, model: ScheduleHandoutModel, footerLabel = ''): SectionSpec[] {
  const cycle = cycleLine(ctx);
  const contact = [ctx.program.coordinatorName, ctx.program.coordinatorEmail].filter((s) => s.trim() !== '').join(', ');
  const children: FileChild[] = [
    title('The year at a glance'),
    subtitle([ctx.program.name, cycle].filter((s) => s !== '').join('  \u00b7  ')),
    paragraph(scheduleIntro(model)),
    scheduleTable(ctx, model),
    new Paragraph({ spacing: { after: 160 }, children: [] }),
    ...(contact === ''
      ? []
      : [noteBox(ctx.paper, [paragraph(`Questions, or cannot make a group meeting? Contact ${contact}.`, { after: 0 })])]),
  ];
  return [{ documentName: DOCUMENT_NAME, footerLabel, ...(footerLabel === '' ? {} : { restartNumbering: true }), children }];
}

/** The schedule handout: one table row per event in date order. */
export function buildScheduleHandout(ctx: DocumentContext, model: ScheduleHandoutModel): Document {
  return createDocument(ctx, DOCUMENT_NAME, scheduleHandoutSections(ctx, model));
}
