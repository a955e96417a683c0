/**
 * The blank skills inventory: a self-assessment listing the catalog by category, where each
 * person ticks what they can offer a partner and what they want to develop, with who they are,
 * where they work, their pairing wishes and meeting times at the top, and to whom and by when
 * the form goes back. The competency table is split into pages here rather than by the word
 * processor, so a category that goes on over a page says "(continued)" where it resumes.
 */
import { Paragraph, TextRun, type Document, type FileChild } from 'docx';
import { CAREER_STAGE_LABELS, CATEGORY_LABELS, CATEGORY_ORDER, type CompetencyCategory, type PaperSize } from '../model';
import { formatLongDate, isIsoDate } from '../schedule/iso-dates';
import { howManyWords } from './competency-worksheet';
import type { DocCompetency, DocumentContext, SkillsInventoryModel } from './document-models';
import {
  checkbox,
  COLORS,
  createDocument,
  fieldRow,
  noteBox,
  optionsGrid,
  paragraph,
  SIZES,
  spacer,
  table,
  title,
  unbroken,
  WRITING_LINE,
  type RowSpec,
  type SectionSpec,
} from './style';

const DOCUMENT_NAME = 'Skills inventory';

/** Text height of a page in twips (page minus margins). */
const TEXT_HEIGHT: Record<PaperSize, number> = { a4: 16838 - 1134 - 1077, letter: 15840 - 1134 - 1077 };
/** Everything above the table on the first page (who, wishes, times, instructions), generously. */
const FIRST_PAGE_TOP = 6000;
/** The "continued" line that heads every later page. */
const LATER_PAGE_TOP = 700;
/** The table's header row (two lines: "I want to / develop"). */
const TABLE_HEADER = 560;
/** A shaded category heading row. */
const BAND = 320;
/** Room kept free at the foot of each page, for fonts that set a little wider. */
const SAFETY = 500;
/** Tick boxes sit on an exact 15 pt line: they centre on the row's text, and a row is never lower than this, whatever the symbol font. */
const BOX_LINE = 300;
const ROW_PADDING = 70;
const LINE_CHARS: Record<PaperSize, number> = { a4: 98, letter: 102 };

/**
 * Estimated height of a competency row in twips: name and description share a line of about
 * 98 characters on A4, 102 on the wider Letter (Calibri 9 and 8.5 pt; fallback fonts wrap a little sooner, which SAFETY absorbs).
 */
function rowHeight(paper: PaperSize, c: Pick<DocCompetency, 'name' | 'description'>): number {
  const chars = c.name.length + 2 + c.description.trim().length;
  return Math.max(BOX_LINE, Math.ceil(chars / LINE_CHARS[paper]) * 235) + ROW_PADDING;
}

/** A heading row of the table: a category, or a category and cluster. */
interface Band {
  category: CompetencyCategory;
  cluster: string;
}

/** One printed page of the table: its rows in order, each a band or a competency. */
export type InventoryPageRow = { band: Band; continued: boolean } | { competency: DocCompetency };

function bandLabel(band: Band, continued: boolean): string {
  const category = `${CATEGORY_LABELS[band.category]}${continued ? ' (continued)' : ''}`;
  return band.cluster === '' ? category : `${category}: ${band.cluster}`;
}

/**
 * Splits the catalog into the pages of the form. A page ends when the next row would not fit;
 * a cluster that would leave only its heading and one or two rows at the foot of a page moves
 * whole to the next page; a page that starts inside a category repeats its heading with
 * "(continued)".
 */
export function paginateInventory(paper: PaperSize, competencies: readonly DocCompetency[]): InventoryPageRow[][] {
  const groups: { band: Band; items: DocCompetency[] }[] = [];
  for (const category of CATEGORY_ORDER) {
    for (const c of competencies.filter((x) => x.category === category)) {
      const cluster = c.cluster.trim();
      const last = groups[groups.length - 1];
      if (last && last.band.category === category && last.band.cluster === cluster) last.items.push(c);
      else groups.push({ band: { category, cluster }, items: [c] });
    }
  }
  const pages: InventoryPageRow[][] = [[]];
  let room = TEXT_HEIGHT[paper] - FIRST_PAGE_TOP - TABLE_HEADER - SAFETY;
  const newPage = (): void => {
    pages.push([]);
    room = TEXT_HEIGHT[paper] - LATER_PAGE_TOP - TABLE_HEADER - SAFETY;
  };
  const current = (): InventoryPageRow[] => pages[pages.length - 1] as InventoryPageRow[];
  const categoryOnPage = (category: CompetencyCategory): boolean =>
    current().some((r) => 'band' in r && r.band.category === category);
  let startedCategory: CompetencyCategory | null = null;

  for (const group of groups) {
    // Heading plus at least three rows (or the whole cluster) together, else start a new page.
    const lead = BAND + group.items.slice(0, 3).reduce((sum, c) => sum + rowHeight(paper, c), 0);
    if (lead > room && current().length > 0) newPage();
    const continuedCategory = startedCategory === group.band.category && !categoryOnPage(group.band.category);
    current().push({ band: group.band, continued: continuedCategory });
    room -= BAND;
    startedCategory = group.band.category;
    group.items.forEach((c, i) => {
      const height = rowHeight(paper, c);
      if (height > room && current().length > 0) {
        newPage();
        current().push({ band: group.band, continued: i > 0 || categoryOnPageBefore(pages, group.band.category) });
        room -= BAND;
      }
      current().push({ competency: c });
      room -= height;
    });
  }
  return pages;
}

/** True when the category already appeared on the page before the current one. */
function categoryOnPageBefore(pages: readonly InventoryPageRow[][], category: CompetencyCategory): boolean {
  const before = pages[pages.length - 2] ?? [];
  return before.some((r) => 'band' in r && r.band.category === category);
}

function boxCell(): Paragraph[] {
  return [
    new Paragraph({
      style: 'TableText',
      alignment: 'center',
      spacing: { line: BOX_LINE, lineRule: 'exact' },
      children: [checkbox(false, 'large')],
    }),
  ];
}

function tableRows(rows: readonly InventoryPageRow[]): RowSpec[] {
  return rows.map((row) =>
    'band' in row
      ? { cells: [bandLabel(row.band, row.continued)], spanAll: true }
      : {
          cells: [
            [
              new Paragraph({
                style: 'TableText',
                children: [
                  new TextRun({ text: row.competency.name, bold: true }),
                  new TextRun({ text: `  ${row.competency.description}`, size: SIZES.small, color: COLORS.muted }),
                ],
              }),
            ],
            boxCell(),
            boxCell(),
          ],
        },
  );
}

/** "Please return it to Dana O’Brien (dana@…) by Friday 25 September 2026", or with a line for the day. */
function returnSentence(ctx: DocumentContext, returnBy: string): TextRun[] {
  const name = ctx.program.coordinatorName.trim();
  const email = ctx.program.coordinatorEmail.trim();
  const to = name !== '' && email !== '' ? `${name} (${email})` : name !== '' ? name : email !== '' ? email : 'the program coordinator';
  const by: TextRun[] = isIsoDate(returnBy)
    ? [new TextRun({ text: unbroken(formatLongDate(returnBy)), bold: true })]
    : [new TextRun({ text: '\u00a0'.repeat(2) }), new TextRun({ text: '_'.repeat(22), color: COLORS.rule })];
  return [
    new TextRun({ text: 'Please return this form to ' }),
    new TextRun({ text: to, bold: true }),
    new TextRun({ text: ' by ' }),
    ...by,
    new TextRun({ text: '. A photo or scan by e-mail is fine.' }),
  ];
}

function firstPageTop(ctx: DocumentContext, model: SkillsInventoryModel): FileChild[] {
  const { rules } = model;
  const each = howManyWords(rules.minPerCategory, rules.maxPerCategory);
  return [
    title('Skills inventory'),
    paragraph('A self-assessment, so that we can pair you with a colleague who complements you.', { style: 'Subtitle' }),
    fieldRow(ctx.paper, [
      { label: 'Name', value: '', weight: 1 },
      { label: 'E-mail', value: '', weight: 1.2 },
    ]),
    fieldRow(ctx.paper, [
      { label: 'Job title', value: '', weight: 1 },
      { label: 'Department', value: '', weight: 1 },
      { label: 'Site', value: '', weight: 0.7 },
    ]),
    spacer(60),
    optionsGrid(ctx.paper, [
      { label: 'Career stage', options: (['early', 'mid', 'late'] as const).map((stage) => ({ label: CAREER_STAGE_LABELS[stage] })) },
      { label: 'Best times to meet', options: [{ label: 'Mornings' }, { label: 'Lunchtime' }, { label: 'Afternoons' }, { label: 'Other:', writeIn: true }] },
    ]),
    fieldRow(ctx.paper, [{ label: 'A colleague I would like as my partner (optional)', value: '', weight: 1 }]),
    fieldRow(ctx.paper, [{ label: 'Please do not pair me with (for example, my line manager)', value: '', weight: 1 }]),
    fieldRow(ctx.paper, [{ label: 'Colleagues I already know well', value: '', weight: 1 }]),
    spacer(140),
    noteBox(ctx.paper, [
      paragraph(
        `In each column, tick ${rules.minTotal} to ${rules.maxTotal} competencies, ${each} from each category: \u201cI can offer\u201d where you could help a colleague, \u201cI want to develop\u201d where you would like to grow. There are no wrong answers.`,
        { after: 60 },
      ),
      new Paragraph({ spacing: { after: 0 }, children: returnSentence(ctx, model.returnBy) }),
    ]),
    spacer(120),
  ];
}

function laterPageTop(ctx: DocumentContext): FileChild[] {
  return [
    new Paragraph({
      style: 'Small',
      pageBreakBefore: true,
      spacing: { after: 60 },
      children: [new TextRun({ text: 'Skills inventory, continued', bold: true, color: COLORS.heading })],
    }),
    fieldRow(ctx.paper, [{ label: 'Name', value: '', weight: 1 }], Math.round(WRITING_LINE * 0.8)),
    spacer(120),
  ];
}

/** The form's pages (shared with the orientation's group meeting pack). */
export function skillsInventorySections(ctx: DocumentContext, model: SkillsInventoryModel, footerLabel = ''): SectionSpec[] {
  const pages = paginateInventory(ctx.paper, model.competencies);
  const columns = [
    { header: 'Competency', weight: 8 },
    { header: 'I can offer', weight: 1, align: 'center' as const },
    { header: 'I want to develop', weight: 1, align: 'center' as const },
  ];
  const children: FileChild[] = pages.flatMap((rows, i) => [
    ...(i === 0 ? firstPageTop(ctx, model) : laterPageTop(ctx)),
    ...(rows.length > 0 ? [table(ctx.paper, columns, tableRows(rows), { dense: true, smallText: true })] : []),
  ]);
  return [{ documentName: DOCUMENT_NAME, footerLabel, ...(footerLabel === '' ? {} : { restartNumbering: true }), children }];
}

/** The blank self-assessment form for the whole catalog. */
export function buildSkillsInventoryForm(ctx: DocumentContext, model: SkillsInventoryModel): Document {
  return createDocument(ctx, DOCUMENT_NAME, skillsInventorySections(ctx, model));
}

/** The awareness session a registration list is printed for (optional). */
export interface RegistrationSession {
  title: string;
  /** `YYYY-MM-DD` or empty. */
  date: string;
  place: string;
}

/** Lines on the first page of the registration list, and on each later page. */
export const REGISTRATION_ROWS = { first: 14, later: 21 } as const;
const REGISTRATION_ROW_HEIGHT = 560;

/** Short names of the three categories, as the tick boxes of the registration list show them. */
const CATEGORY_INITIALS: Record<CompetencyCategory, string> = { self: 'S', business: 'B', people: 'P' };

function categoryTicks(): Paragraph[] {
  return [
    new Paragraph({
      style: 'TableText',
      alignment: 'center',
      children: CATEGORY_ORDER.flatMap((c, i) => [
        ...(i > 0 ? [new TextRun({ text: '\u00a0\u00a0' })] : []),
        checkbox(false),
        new TextRun({ text: CATEGORY_INITIALS[c], size: SIZES.small }),
      ]),
    }),
  ];
}

function registrationRows(from: number, count: number): RowSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    minHeight: REGISTRATION_ROW_HEIGHT,
    cells: [String(from + i), '', '', '', categoryTicks(), categoryTicks()],
  }));
}

/**
 * The registration list for an awareness session: a sheet people write themselves on (name,
 * e-mail, the colleague they register with) and tick, per category, what they could offer and
 * want to develop; the key names the competencies of each category. Two pages: the first with
 * the explanation and 14 lines, the second with 22 more. The detailed choice comes later, on
 * the skills inventory form.
 */
export function buildRegistrationList(ctx: DocumentContext, model: SkillsInventoryModel, session: RegistrationSession | null): Document {
  const columns = [
    { header: 'No.', weight: 0.75, align: 'center' as const },
    { header: 'Name', weight: 2.5 },
    { header: 'E-mail', weight: 2.9 },
    { header: 'Register with (optional)', weight: 2.1 },
    { header: 'I can offer', weight: 1.9, align: 'center' as const },
    { header: 'I want to develop', weight: 1.9, align: 'center' as const },
  ];
  const when = session && isIsoDate(session.date) ? formatLongDate(session.date) : '';
  const about = [session?.title.trim() ?? '', when, session?.place.trim() ?? ''].filter((s) => s !== '').join(' · ');
  const byCategory = CATEGORY_ORDER.map((c) => ({ c, names: model.competencies.filter((x) => x.category === c).map((x) => x.name) }));
  const name = ctx.program.coordinatorName.trim();
  const children: FileChild[] = [
    title('Registration list'),
    paragraph(`${ctx.program.name.trim()}${about === '' ? '' : ` · ${about}`}`, { style: 'Subtitle' }),
    noteBox(ctx.paper, [
      paragraph(
        'To register, write your name and e-mail address. To join together with a colleague, write their name under \u201cRegister with\u201d: we keep you together as a team of two. Then tick the areas where you could help a colleague and the areas you would like to grow in. There are no wrong answers: you choose your exact skills later, on the skills inventory form.',
        { after: 80 },
      ),
      ...byCategory.map(({ c, names }) =>
        new Paragraph({
          style: 'Small',
          spacing: { after: 40 },
          children: [
            new TextRun({ text: `${CATEGORY_INITIALS[c]} = ${CATEGORY_LABELS[c]}: `, bold: true }),
            new TextRun({ text: names.length > 0 ? `${names.join(', ')}.` : 'none in the catalog yet.', color: COLORS.muted }),
          ],
        }),
      ),
      paragraph(
        name === ''
          ? 'You start with a trial period, and can step out if it does not suit you.'
          : `You start with a trial period, and can step out if it does not suit you. Questions: ask ${name}${ctx.program.coordinatorEmail.trim() ? ` (${ctx.program.coordinatorEmail.trim()})` : ''}.`,
        { after: 0 },
      ),
    ]),
    spacer(140),
    table(ctx.paper, columns, registrationRows(1, REGISTRATION_ROWS.first), { dense: true }),
    new Paragraph({
      style: 'Small',
      pageBreakBefore: true,
      spacing: { after: 120 },
      children: [new TextRun({ text: 'Registration list, continued', bold: true, color: COLORS.heading })],
    }),
    table(ctx.paper, columns, registrationRows(REGISTRATION_ROWS.first + 1, REGISTRATION_ROWS.later), { dense: true }),
  ];
  return createDocument(ctx, 'Registration list', [{ documentName: 'Registration list', children }]);
}
