/**
 * The program report the coordinator hands to the sponsor at the end of the year: a cover with
 * the key figures, the charts (as images printed at the page's width, each with what it shows and
 * how many people are behind it, or a sentence saying why there is no chart), what participants
 * said (quotes they agreed to share, anonymous unless they asked to be named), what the
 * coordinator wants to change next year, and an appendix with the numbers behind every chart.
 */
import { AlignmentType, ImageRun, LineRuleType, Paragraph, TextRun, type Document, type FileChild } from 'docx';
import type { PaperSize } from '../model';
import { formatLongDate } from '../schedule/iso-dates';
import { cycleLine } from './schedule-handout';
import type { DocumentContext } from './document-models';
import { bullet, COLORS, contentWidth, createDocument, heading, noteBox, paragraph, SIZES, subtitle, table, textRuns, title, type ColumnSpec, type RowSpec } from './style';

const DOCUMENT_NAME = 'Program report';

/** A number the sponsor reads first, with what it is based on ("of 48 who joined"). */
export interface ReportKeyFigure {
  label: string;
  value: string;
  basis: string;
}

/** A chart as a picture: PNG bytes and the size it prints at (CSS pixels, 96 to the inch). */
export interface ReportChartImage {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}

/** One chart of the report, or the reason it has none. */
export interface ReportChart {
  title: string;
  /** One or two sentences: what the chart shows and how many people are behind it. */
  about: string;
  image: ReportChartImage | null;
  /** Printed instead of the chart when there is no image ("Fewer than 3 people …"). */
  missing: string;
  /** Words for screen readers: the chart's numbers in a sentence. */
  altText: string;
}

/** A quote with who said it, as the person agreed ("a participant in Finance", or their name). */
export interface ReportQuote {
  text: string;
  by: string;
}

/** A table of the appendix. */
export interface ReportTable {
  title: string;
  /** A line under the title (how many people, what is left out and why); may be empty. */
  note: string;
  columns: readonly ColumnSpec[];
  rows: readonly string[][];
}

/** Everything the report prints (charts already rasterised). */
export interface ProgramReportModel {
  keyFigures: readonly ReportKeyFigure[];
  charts: readonly ReportChart[];
  quotes: readonly ReportQuote[];
  /** "Tuesday 10 March 2027" while the year still runs (the figures stand on that day); empty once it ended. */
  figuresAsOf: string;
  /** The coordinator's own text: what to change next year. Empty leaves the section out. */
  nextYear: string;
  appendix: readonly ReportTable[];
}

/** Width in CSS pixels (96 to the inch) of the text column: what a chart is drawn to. */
export function reportChartWidthPx(paper: PaperSize): number {
  return Math.floor(contentWidth(paper) / 15);
}

function cover(ctx: DocumentContext, model: ProgramReportModel): FileChild[] {
  const p = ctx.program;
  // The organisation is said once: not again when the program's name already says it.
  const organisation = p.name.toLocaleLowerCase().includes(p.organisation.trim().toLocaleLowerCase()) ? '' : p.organisation.trim();
  const facts: [string, string][] = [
    ['Organisation', organisation],
    ['Cycle', cycleLine(ctx)],
    ['Coordinator', [p.coordinatorName.trim(), p.coordinatorEmail.trim()].filter((s) => s !== '').join(', ')],
    ['Report date', ctx.issuedOn === '' ? '' : formatLongDate(ctx.issuedOn)],
    ['Figures as of', model.figuresAsOf === '' ? '' : `${model.figuresAsOf} (the year is still running)`],
  ];
  const children: FileChild[] = [
    title('Peer mentoring program report'),
    subtitle(p.name),
    ...facts
      .filter(([, value]) => value !== '')
      .map(([label, value]) =>
        paragraph([new TextRun({ text: `${label}: `, bold: true, color: COLORS.heading }), new TextRun(value)], { after: 40 }),
      ),
    heading('Key figures'),
  ];
  if (model.keyFigures.length === 0) {
    children.push(paragraph('No figures yet: nothing has been recorded for this program.'));
  } else {
    children.push(
      table(
        ctx.paper,
        [
          { header: 'What', weight: 5 },
          { header: 'Figure', weight: 2, align: 'right' },
          { header: 'Based on', weight: 4 },
        ],
        model.keyFigures.map((f) => ({
          cells: [f.label, [new Paragraph({ style: 'TableText', alignment: AlignmentType.RIGHT, children: [new TextRun({ text: f.value, bold: true })] })], f.basis],
        })),
      ),
    );
  }
  return children;
}

function chartBlock(chart: ReportChart): FileChild[] {
  // Without a chart, the sentence saying why takes its place (its "about" would describe a
  // picture that is not there).
  if (chart.image === null) return [heading(chart.title, 2), paragraph([new TextRun({ text: chart.missing, italics: true, color: COLORS.muted })])];
  return [
    heading(chart.title, 2),
    paragraph(chart.about, { keepNext: true }),
    new Paragraph({
      // An explicit "auto" line rule: without it LibreOffice holds the picture to the style's
      // line height and prints a sliver of it.
      spacing: { before: 60, after: 160, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'png',
          data: chart.image.png,
          transformation: { width: chart.image.widthPx, height: chart.image.heightPx },
          altText: { name: chart.title, title: chart.title, description: chart.altText },
        }),
      ],
    }),
  ];
}

function quoteBlock(quote: ReportQuote): Paragraph[] {
  return [
    new Paragraph({
      indent: { left: 360, right: 360 },
      spacing: { before: 120, after: 20 },
      keepNext: true,
      children: [new TextRun({ text: `\u201c${quote.text.trim()}\u201d`, italics: true })],
    }),
    new Paragraph({
      indent: { left: 360 },
      alignment: AlignmentType.LEFT,
      spacing: { after: 100 },
      children: [new TextRun({ text: `\u2014 ${quote.by}`, size: SIZES.table, color: COLORS.muted })],
    }),
  ];
}

/** The coordinator's text as paragraphs: blank lines separate paragraphs, "- " lines are bullets. */
function ownText(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of text.trim().split(/\n\s*\n/)) {
    const lines = block.trim().split('\n');
    let prose: string[] = [];
    const flush = (): void => {
      if (prose.length > 0) out.push(paragraph(textRuns(prose.join('\n'))));
      prose = [];
    };
    for (const line of lines) {
      const item = /^\s*[-\u2022*]\s+(.*)$/.exec(line);
      if (item) {
        flush();
        out.push(bullet(item[1] ?? ''));
      } else prose.push(line.trim());
    }
    flush();
  }
  return out;
}

/** Short tables (up to this many rows) stay on one page with their title, never leaving a row behind. */
const KEEP_TOGETHER_ROWS = 12;

/** An appendix table's rows; a short table's rows are kept with the next, so it never splits. */
function appendixRows(t: ReportTable): RowSpec[] {
  const keep = t.rows.length <= KEEP_TOGETHER_ROWS;
  return t.rows.map((cells, r) => ({
    cells: cells.map((text, c) => {
      const align = t.columns[c]?.align;
      return [
        new Paragraph({
          style: 'TableText',
          ...(align === 'right' ? { alignment: AlignmentType.RIGHT } : align === 'center' ? { alignment: AlignmentType.CENTER } : {}),
          ...(keep && r < t.rows.length - 1 ? { keepNext: true } : {}),
          children: textRuns(text),
        }),
      ];
    }),
  }));
}

/** The report: cover and key figures, charts, quotes, next year, appendix tables. */
export function buildProgramReport(ctx: DocumentContext, model: ProgramReportModel): Document {
  const children: FileChild[] = [...cover(ctx, model)];
  if (model.charts.length > 0) {
    // The charts follow the key figures on the cover's page rather than leaving half of it blank.
    children.push(heading('The year in charts'));
    for (const chart of model.charts) children.push(...chartBlock(chart));
  }
  children.push(heading('What participants said'));
  if (model.quotes.length === 0) {
    children.push(paragraph('No participant agreed to have their words quoted in this report.'));
  } else {
    children.push(
      paragraph(
        `${model.quotes.length === 1 ? 'One participant' : `${model.quotes.length} participants`} agreed to share their words in this report. Quotes are anonymous unless the person asked to be named.`,
      ),
    );
    for (const quote of model.quotes) children.push(...quoteBlock(quote));
  }
  if (model.nextYear.trim() !== '') {
    children.push(heading('What we will change next year'));
    children.push(noteBox(ctx.paper, ownText(model.nextYear)));
  }
  if (model.appendix.length > 0) {
    // Straight after the text, not on a new page: a short "next year" would otherwise leave most
    // of its page blank.
    children.push(heading('Appendix: the numbers behind the charts'));
    for (const t of model.appendix) {
      children.push(heading(t.title, 2));
      if (t.rows.length === 0) {
        children.push(paragraph(t.note === '' ? 'Nothing to show.' : t.note, { style: 'Small' }));
        continue;
      }
      if (t.note !== '') children.push(paragraph(t.note, { style: 'Small', keepNext: true }));
      children.push(table(ctx.paper, t.columns, appendixRows(t), { dense: true }));
      children.push(paragraph('', { after: 60 }));
    }
  }
  return createDocument(ctx, DOCUMENT_NAME, [{ documentName: DOCUMENT_NAME, children }]);
}

/** "Program report – Larkfield Peer Mentoring 2026–27.docx" (the name is cleaned by the caller). */
export const PROGRAM_REPORT_DOCUMENT_NAME = DOCUMENT_NAME;
