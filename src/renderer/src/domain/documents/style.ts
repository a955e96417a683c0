/**
 * The one house style of every printable: fonts, sizes, colours, page geometry, header and
 * footer, and the building blocks (headings, fixed-width tables, lines to write on, tick
 * boxes). Builders compose these so that all documents look like one family.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  LeaderType,
  LevelFormat,
  LineRuleType,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IBorderOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { PaperSize } from '../model';
import type { DocumentContext } from './document-models';

/** Body font. Word has it everywhere; LibreOffice shows its metric twin Carlito when installed. */
export const FONT = 'Calibri';
/** Font for ☐ / ☒: Calibri has no ballot boxes, and a named symbol font avoids a random fallback. */
export const SYMBOL_FONT = 'Segoe UI Symbol';

/** Colours as RRGGBB: a dark ink, one blue for structure, greys for rules and fills. */
export const COLORS = {
  ink: '1F2933',
  heading: '1F3A5F',
  accent: '2F6690',
  muted: '5F6B76',
  rule: '9AA8B5',
  lightRule: 'C9D2DA',
  headerFill: 'E3EAF1',
  bandFill: 'F3F6F9',
} as const;

/** Font sizes in half-points (docx units). */
export const SIZES = {
  title: 34,
  heading1: 25,
  heading2: 22,
  body: 21,
  table: 19,
  small: 17,
  header: 17,
} as const;

/** Page sizes in twips (1/1440 inch): A4 210×297 mm, US Letter 8.5×11 in. */
export const PAGE_SIZES: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
};

/** Margins in twips: 2 cm at the top and sides, 1.9 cm at the bottom; header and footer sit inside them. */
export const MARGINS = { top: 1134, bottom: 1077, left: 1134, right: 1134, header: 482, footer: 454 } as const;

/** Height of one handwriting line in twips (about 9 mm): enough for ordinary handwriting. */
export const WRITING_LINE = 510;

/** Width of the text column in twips for a paper size. */
export function contentWidth(paper: PaperSize): number {
  return PAGE_SIZES[paper].width - MARGINS.left - MARGINS.right;
}

/** Bullet lists. */
export const BULLET_REFERENCE = 'pmd-bullets';
/** Numbered lists; each list is its own instance of it, so every list starts at 1. */
export const NUMBER_REFERENCE = 'pmd-numbers';


function documentStyles(): NonNullable<ConstructorParameters<typeof Document>[0]['styles']> {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZES.body, color: COLORS.ink },
        paragraph: { spacing: { after: 100, line: 264 } },
      },
      title: {
        run: { font: FONT, size: SIZES.title, bold: true, color: COLORS.heading },
        paragraph: { spacing: { before: 0, after: 60 } },
      },
      heading1: {
        run: { font: FONT, size: SIZES.heading1, bold: true, color: COLORS.heading },
        paragraph: { spacing: { before: 220, after: 80 }, keepNext: true },
      },
      heading2: {
        run: { font: FONT, size: SIZES.heading2, bold: true, color: COLORS.accent },
        paragraph: { spacing: { before: 140, after: 60 }, keepNext: true },
      },
    },
    characterStyles: [
      { id: 'Checkbox', name: 'Checkbox', run: { font: SYMBOL_FONT, size: SIZES.body + 4 } },
      { id: 'CheckboxLarge', name: 'Checkbox Large', basedOn: 'Checkbox', run: { size: SIZES.body + 6 } },
    ],
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: SIZES.body, color: COLORS.muted },
        paragraph: { spacing: { after: 200 } },
      },
      {
        // Letters carry more text per page than handouts; a half point less keeps them on one page.
        id: 'LetterText',
        name: 'Letter Text',
        basedOn: 'Normal',
        next: 'LetterText',
        run: { size: SIZES.body - 1 },
        paragraph: { spacing: { after: 90, line: 259 } },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: SIZES.table },
        paragraph: { spacing: { before: 0, after: 0, line: 252 } },
      },
      {
        id: 'TableTextCompact',
        name: 'Table Text Compact',
        basedOn: 'TableText',
        run: { size: SIZES.small + 1 },
      },
      {
        id: 'WritingLines',
        name: 'Writing Lines',
        basedOn: 'Normal',
        run: { color: COLORS.rule, size: SIZES.small },
      },
      {
        id: 'Small',
        name: 'Small',
        basedOn: 'Normal',
        run: { size: SIZES.small, color: COLORS.muted },
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: 'HeaderText',
        name: 'Header Text',
        basedOn: 'Normal',
        run: { size: SIZES.header, color: COLORS.muted },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}

/** A docx Document in the house style, with its bullet list definition and metadata. */
export function createDocument(ctx: DocumentContext, title: string, sections: readonly SectionSpec[]): Document {
  return new Document({
    creator: ctx.program.coordinatorName.trim() === '' ? 'Peer Mentor Desk' : ctx.program.coordinatorName,
    title,
    description: `${title} \u2014 ${ctx.program.name}`,
    styles: documentStyles(),
    numbering: {
      config: [
        {
          reference: BULLET_REFERENCE,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\u2022',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 240 } }, run: { color: COLORS.accent } },
            },
          ],
        },
        {
          reference: NUMBER_REFERENCE,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 400, hanging: 300 } }, run: { color: COLORS.accent, bold: true } },
            },
          ],
        },
      ],
    },
    sections: buildSections(ctx, sections),
  });
}

/**
 * Header text: program and organisation on the left, the document's name on the right. The
 * organisation is left out when the program's name already says it ("Larkfield Health — Peer
 * Mentoring 2026–27"), so it is never printed twice.
 */
function pageHeader(ctx: DocumentContext, paper: PaperSize, documentName: string): Header {
  const named = ctx.program.organisation.trim();
  const org = ctx.program.name.toLocaleLowerCase().includes(named.toLocaleLowerCase()) ? '' : named;
  return new Header({
    children: [
      new Paragraph({
        style: 'HeaderText',
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth(paper) }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLORS.lightRule, space: 4 } },
        children: [
          new TextRun({ text: ctx.program.name, bold: true, color: COLORS.heading }),
          ...(org === '' ? [] : [new TextRun({ text: `  \u00b7  ${org}` })]),
          new TextRun({ text: `\t${documentName}` }),
        ],
      }),
    ],
  });
}

/**
 * Footer: an optional label on the left (whose page this is) and the page number on the right.
 * "Page X of Y" counts the whole file; units printed together (a letter per pair in one
 * file) restart at 1 and show "Page X" alone, because LibreOffice cannot count the pages of
 * one section.
 */
function pageFooter(paper: PaperSize, label: string, numbering: 'document' | 'per-section'): Footer {
  const pageRun =
    numbering === 'document'
      ? new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })
      : new TextRun({ children: ['Page ', PageNumber.CURRENT] });
  return new Footer({
    children: [
      new Paragraph({
        style: 'HeaderText',
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth(paper) }],
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: COLORS.lightRule, space: 4 } },
        children: [new TextRun({ text: label }), new TextRun({ text: '\t' }), pageRun],
      }),
    ],
  });
}

/** What a section (a unit of pages with one header and footer) carries. */
export interface SectionSpec {
  /** Shown at the right of the header, e.g. "Pairing letter". */
  documentName: string;
  /** Shown at the left of the footer, e.g. "Pair 07". */
  footerLabel?: string;
  /** Restart page numbers at 1 (several units printed in one file). */
  restartNumbering?: boolean;
  children: FileChild[];
}

function toSection(ctx: DocumentContext, spec: SectionSpec, writeHeaderFooter: boolean): ISectionOptions {
  const size = PAGE_SIZES[ctx.paper];
  return {
    properties: {
      page: {
        size: { width: size.width, height: size.height },
        margin: { ...MARGINS },
        ...(spec.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    ...(writeHeaderFooter
      ? {
          headers: { default: pageHeader(ctx, ctx.paper, spec.documentName) },
          footers: {
            default: pageFooter(ctx.paper, spec.footerLabel ?? '', spec.restartNumbering ? 'per-section' : 'document'),
          },
        }
      : {}),
    children: spec.children,
  };
}

/**
 * Sections on the chosen paper with the house header and footer. A section whose header and
 * footer would repeat the previous one's writes none: Word and LibreOffice then carry the
 * previous section's over. With a section per person that keeps 300 worksheets one small file
 * instead of 600 extra header and footer parts.
 */
export function buildSections(ctx: DocumentContext, specs: readonly SectionSpec[]): ISectionOptions[] {
  let previousKey: string | null = null;
  return specs.map((spec) => {
    const key = JSON.stringify([spec.documentName, spec.footerLabel ?? '', spec.restartNumbering ?? false]);
    const write = key !== previousKey;
    previousKey = key;
    return toSection(ctx, spec, write);
  });
}

/** The document's title line. */
export function title(text: string, options: { newPage?: boolean } = {}): Paragraph {
  return new Paragraph({ style: 'Title', ...(options.newPage ? { pageBreakBefore: true } : {}), children: [new TextRun(text)] });
}

/** A muted line under the title (who, when, where). */
export function subtitle(text: string): Paragraph {
  return new Paragraph({ style: 'Subtitle', children: [new TextRun(text)] });
}

/** A heading of level 1 (sections) or 2 (sub-sections). */
export function heading(text: string, level: 1 | 2 = 1, options: { newPage?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: level === 1 ? 'Heading1' : 'Heading2',
    ...(options.newPage ? { pageBreakBefore: true } : {}),
    children: [new TextRun(text)],
  });
}

/** A body paragraph from text or runs; line breaks in text become line breaks. */
export function paragraph(content: string | ParagraphChild[], options: { style?: string; after?: number; keepNext?: boolean } = {}): Paragraph {
  const children = typeof content === 'string' ? textRuns(content) : content;
  return new Paragraph({
    ...(options.style ? { style: options.style } : {}),
    ...(options.after !== undefined ? { spacing: { after: options.after } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children,
  });
}

/** Runs for a text with line breaks kept. */
export function textRuns(text: string, options: { bold?: boolean; color?: string; size?: number; italics?: boolean } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options }));
}

/** A bullet point; `label` is printed in bold before the text. */
export function bullet(text: string, label = '', style?: string): Paragraph {
  // With a label, the text explains it: set smaller and muted so the labels stand out.
  const explain = label !== '' ? { size: SIZES.table, color: COLORS.muted } : {};
  return new Paragraph({
    ...(style ? { style } : {}),
    numbering: { reference: BULLET_REFERENCE, level: 0 },
    spacing: { after: 40 },
    children: [
      ...(label === '' ? [] : [new TextRun({ text: label, bold: true })]),
      ...(label !== '' && text !== '' ? [new TextRun({ text: ' \u2014 ', ...explain })] : []),
      ...textRuns(text, explain),
    ],
  });
}

/** A ☐ or ☒ tick box as a run. */
export function checkbox(checked: boolean, size: 'inline' | 'large' = 'inline'): TextRun {
  // A character style rather than font and size on every box: one place to restyle, smaller files.
  return new TextRun({ text: checked ? '\u2612' : '\u2610', style: size === 'large' ? 'CheckboxLarge' : 'Checkbox' });
}

/**
 * Text that never wraps inside (a place, a date): spaces become no-break spaces, so a line
 * breaks before or after it, not in the middle of "Room 4.12, Education Centre". Text longer
 * than a line is left as it is, so it can still wrap.
 */
export function unbroken(text: string, maxLength = 60): string {
  return text.length > maxLength ? text : text.replace(/ /g, '\u00a0');
}

/** Vertical space of a given height in twips. */
export function spacer(twips: number): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: Math.max(twips, 20), lineRule: 'exact' }, children: [] });
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule };
const LIGHT_RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLORS.lightRule };

/** Twips for each column from relative weights, summing exactly to the text width. */
export function columnWidths(paper: PaperSize, weights: readonly number[]): number[] {
  const total = contentWidth(paper);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

/** Content of a table cell: plain text (line breaks kept) or ready paragraphs. */
export type CellContent = string | Paragraph[];

/** A column of a house-style table. */
export interface ColumnSpec {
  header: string;
  weight: number;
  align?: 'left' | 'center' | 'right';
}

/** A row of a house-style table. */
export interface RowSpec {
  cells: CellContent[];
  /** Shaded band (a category heading row or a "by arrangement" month). */
  band?: boolean;
  /** Minimum row height in twips (space to write). */
  minHeight?: number;
  /** One cell spanning the whole row (band headings). */
  spanAll?: boolean;
}

function cellParagraphs(content: CellContent, align: ColumnSpec['align'], bold = false, style = 'TableText', keepNext = false): Paragraph[] {
  if (typeof content !== 'string') return content.length > 0 ? content : [new Paragraph({ style, children: [] })];
  const keep = keepNext ? { keepNext: true } : {};
  // Left is the default: writing it out on every cell only makes the file bigger.
  const alignment = align === 'center' ? { alignment: AlignmentType.CENTER } : align === 'right' ? { alignment: AlignmentType.RIGHT } : {};
  return [new Paragraph({ style, ...alignment, ...keep, children: textRuns(content, bold ? { bold: true } : {}) })];
}

const CELL_MARGINS = { top: 70, bottom: 70, left: 100, right: 100 };
const COMPACT_CELL_MARGINS = { top: 35, bottom: 35, left: 100, right: 100 };

/**
 * A table with fixed column widths (so Word and LibreOffice lay it out the same), a shaded
 * header row repeated on every page, light horizontal rules, and rows that never split.
 */
export function table(
  paper: PaperSize,
  columns: readonly ColumnSpec[],
  rows: readonly RowSpec[],
  options: { header?: boolean; dense?: boolean; smallText?: boolean } = {},
): Table {
  const textStyle = options.smallText ? 'TableTextCompact' : 'TableText';
  const widths = columnWidths(
    paper,
    columns.map((c) => c.weight),
  );
  const total = widths.reduce((a, b) => a + b, 0);
  const showHeader = options.header ?? true;
  // Rows with a centred column (tick boxes) centre vertically; text tables read from the top.
  const centre = columns.some((c) => c.align === 'center') ? { verticalAlign: VerticalAlignTable.CENTER } : {};
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.headerFill },
          verticalAlign: VerticalAlignTable.BOTTOM,
          children: cellParagraphs(column.header, column.align, true, textStyle),
        }),
    ),
  });
  const bodyRows = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        ...(row.minHeight ? { height: { value: row.minHeight, rule: HeightRule.ATLEAST } } : {}),
        children: row.spanAll
          ? [
              new TableCell({
                width: { size: total, type: WidthType.DXA },
                columnSpan: columns.length,
                shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.bandFill },
                // A band heads the rows after it: never leave it alone at the foot of a page.
                children: cellParagraphs(row.cells[0] ?? '', 'left', true, textStyle, true),
              }),
            ]
          : row.cells.map(
              (content, i) =>
                new TableCell({
                  width: { size: widths[i] ?? 0, type: WidthType.DXA },
                  ...centre,
                  ...(row.band ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.bandFill } } : {}),
                  children: cellParagraphs(content, columns[i]?.align, false, textStyle),
                }),
            ),
      }),
  );
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Cell padding once for the whole table rather than on every cell: smaller files, faster packing.
    margins: options.dense ? COMPACT_CELL_MARGINS : CELL_MARGINS,
    borders: {
      top: RULE,
      bottom: RULE,
      left: NONE,
      right: NONE,
      insideHorizontal: LIGHT_RULE,
      insideVertical: LIGHT_RULE,
    },
    rows: showHeader ? [headerRow, ...bodyRows] : bodyRows,
  });
}

/**
 * Ruled lines to write on by hand: one paragraph whose lines are tabs to the right margin
 * with an underscore leader. Word and LibreOffice draw the leader as a rule; one paragraph
 * instead of a table row per line keeps big print runs small and fast to pack.
 */
export function writingLines(paper: PaperSize, lines: number, lineHeight: number = WRITING_LINE): Paragraph {
  return new Paragraph({
    style: 'WritingLines',
    tabStops: [{ type: TabStopType.RIGHT, position: contentWidth(paper), leader: LeaderType.UNDERSCORE }],
    spacing: { line: lineHeight, lineRule: LineRuleType.EXACT, before: 0, after: 120 },
    children: Array.from({ length: lines }, (_, i) => new TextRun({ children: [new Tab()], break: i > 0 ? 1 : 0 })),
  });
}

/** A field to fill in or a printed value on a line: label, then a ruled space. */
export interface FieldSpec {
  label: string;
  /** Printed value; empty leaves the line blank to write on. */
  value?: string;
  weight: number;
}

/** Width in twips a bold label needs at table size, with a little air after it. */
function labelWidth(label: string): number {
  // Sized for the widest common fallback font (DejaVu Sans, bold) so labels never wrap.
  return Math.max(600, Math.round(label.length * 125) + 220);
}

/**
 * One row of labelled fields ("Name ____  Department ____"), each with its own bottom rule,
 * so names can be written in or printed on the line. Labels get the width their text needs;
 * the lines share the rest by weight.
 */
export function fieldRow(paper: PaperSize, fields: readonly FieldSpec[], height: number = WRITING_LINE): Table {
  const GAP = 300;
  const total = contentWidth(paper);
  const labels = fields.map((f) => labelWidth(f.label));
  const free = total - labels.reduce((a, b) => a + b, 0) - GAP * (fields.length - 1);
  const weightSum = fields.reduce((a, f) => a + f.weight, 0);
  const values = fields.map((f) => Math.floor((f.weight / weightSum) * free));
  const widths: number[] = [];
  fields.forEach((_, i) => {
    if (i > 0) widths.push(GAP);
    widths.push(labels[i] ?? 0, values[i] ?? 0);
  });
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + (total - widths.reduce((a, b) => a + b, 0));
  const cells: TableCell[] = [];
  let w = 0;
  fields.forEach((field, i) => {
    if (i > 0) {
      cells.push(new TableCell({ width: { size: widths[w++] ?? 0, type: WidthType.DXA }, borders: noBorders(), children: [new Paragraph({ style: 'TableText', children: [] })] }));
    }
    cells.push(
      new TableCell({
        width: { size: widths[w++] ?? 0, type: WidthType.DXA },
        borders: noBorders(),
        verticalAlign: VerticalAlignTable.BOTTOM,
        margins: { left: 0, right: 60, top: 0, bottom: 40 },
        children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text: field.label, bold: true, color: COLORS.heading })] })],
      }),
      new TableCell({
        width: { size: widths[w++] ?? 0, type: WidthType.DXA },
        borders: { ...noBorders(), bottom: RULE },
        verticalAlign: VerticalAlignTable.BOTTOM,
        margins: { left: 60, right: 60, top: 0, bottom: 40 },
        children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text: field.value ?? '' })] })],
      }),
    );
  });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ cantSplit: true, height: { value: height, rule: HeightRule.ATLEAST }, children: cells })],
  });
}

/**
 * Rows of tick-box choices in aligned columns: a bold label, then the options
 * ("How often   ☐ Every two weeks   ☐ Monthly …").
 */
export function optionsGrid(
  paper: PaperSize,
  rows: readonly { label: string; options: readonly { label: string; checked?: boolean; writeIn?: boolean }[] }[],
): Table {
  const total = contentWidth(paper);
  const labelCol = Math.max(...rows.map((r) => labelWidth(r.label)));
  const columns = Math.max(...rows.map((r) => r.options.length));
  const optionWidth = Math.floor((total - labelCol) / columns);
  const widths = [labelCol, ...Array.from({ length: columns }, (_, i) => (i === columns - 1 ? total - labelCol - optionWidth * (columns - 1) : optionWidth))];
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          height: { value: 440, rule: HeightRule.ATLEAST },
          children: [
            new TableCell({
              width: { size: widths[0] ?? 0, type: WidthType.DXA },
              borders: noBorders(),
              verticalAlign: VerticalAlignTable.CENTER,
              margins: { left: 0, right: 60, top: 0, bottom: 0 },
              children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text: row.label, bold: true, color: COLORS.heading })] })],
            }),
            ...Array.from({ length: columns }, (_, i) => {
              const option = row.options[i];
              return new TableCell({
                width: { size: widths[i + 1] ?? 0, type: WidthType.DXA },
                borders: noBorders(),
                verticalAlign: VerticalAlignTable.CENTER,
                margins: { left: 0, right: 60, top: 0, bottom: 0 },
                children: [
                  new Paragraph({
                    style: 'TableText',
                    // A write-in option ("Other: ____") rules a line to the end of its cell.
                    ...(option?.writeIn ? { tabStops: [{ type: TabStopType.RIGHT, position: (widths[i + 1] ?? 0) - 80, leader: LeaderType.UNDERSCORE }] } : {}),
                    children: option
                      ? [
                          checkbox(option.checked ?? false),
                          new TextRun({ text: ` ${option.label}`, size: SIZES.body }),
                          ...(option.writeIn ? [new TextRun({ children: [new Tab()], color: COLORS.rule })] : []),
                        ]
                      : [],
                  }),
                ],
              });
            }),
          ],
        }),
    ),
  });
}

function noBorders(): { top: IBorderOptions; bottom: IBorderOptions; left: IBorderOptions; right: IBorderOptions } {
  return { top: NONE, bottom: NONE, left: NONE, right: NONE };
}

/** A shaded note box (instructions, tips) spanning the text width. */
export function noteBox(paper: PaperSize, content: Paragraph[]): Table {
  const width = contentWidth(paper);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: {
      top: NONE,
      bottom: NONE,
      right: NONE,
      left: { style: BorderStyle.SINGLE, size: 18, color: COLORS.accent },
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.bandFill },
            margins: { top: 100, bottom: 100, left: 180, right: 140 },
            children: content,
          }),
        ],
      }),
    ],
  });
}
