/**
 * Printables of a speed mentoring event: the rotation (by round, then by person) for the
 * coordinator and the helpers at the door, a personal card per person (six to a page with cut
 * lines), the preparation sheet and the wrap-up sheet. Names only: no scores, no ids.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type Document,
  type FileChild,
} from 'docx';
import { formatLongDate, formatTimeRange, isIsoDate } from '../schedule/iso-dates';
import { EXAMPLE_QUESTIONS, PREPARATION_STEPS, ROUND_GUIDELINES, WRAP_UP_QUESTIONS } from '../speed/speed-texts';
import type { DocumentContext } from './document-models';
import {
  bullet,
  COLORS,
  contentWidth,
  createDocument,
  fieldRow,
  heading,
  paragraph,
  SIZES,
  subtitle,
  table,
  title,
  writingLines,
  type RowSpec,
} from './style';

/** One person's place in one round: their table and partner(s), or sitting out. */
export type SpeedSeat = { table: number; partners: string[] } | null;

/** What every speed mentoring printable is built from (names, never ids). */
export interface SpeedSheetModel {
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` or empty. */
  startTime: string;
  /** Minutes of the whole event (0 when unknown). */
  minutes: number;
  place: string;
  roundMinutes: number;
  rounds: { tables: { table: number; names: string[] }[]; sitOut: string[] }[];
  /** Everyone with a seat in some round, in name order. */
  people: { name: string; seats: SpeedSeat[] }[];
}

/** Builds the model from the plan and a name for each id. */
export function speedSheetModel(
  event: Omit<SpeedSheetModel, 'rounds' | 'people'>,
  plan: readonly { tables: readonly { table: number; people: readonly string[] }[]; sitOut: readonly string[] }[],
  nameOf: (id: string) => string,
): SpeedSheetModel {
  const seats = new Map<string, SpeedSeat[]>();
  plan.forEach((round, r) => {
    const seat = (id: string, value: SpeedSeat): void => {
      const list = seats.get(id) ?? Array.from({ length: plan.length }, () => null);
      list[r] = value;
      seats.set(id, list);
    };
    for (const t of round.tables) for (const id of t.people) seat(id, { table: t.table, partners: t.people.filter((p) => p !== id).map(nameOf) });
    for (const id of round.sitOut) if (!seats.has(id)) seat(id, null);
  });
  const people = [...seats.entries()]
    .map(([id, list]) => ({ name: nameOf(id), seats: list }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    ...event,
    rounds: plan.map((r) => ({
      tables: [...r.tables].sort((a, b) => a.table - b.table).map((t) => ({ table: t.table, names: t.people.map(nameOf) })),
      sitOut: r.sitOut.map(nameOf),
    })),
    people,
  };
}

function whenWhere(model: SpeedSheetModel): string {
  const day = isIsoDate(model.date) ? formatLongDate(model.date) : '';
  const time = model.startTime !== '' ? formatTimeRange(model.startTime, model.minutes) : '';
  return [day, time, model.place.trim()].filter((s) => s !== '').join('  \u00b7  ');
}

const ROTATION_NAME = 'Speed mentoring rotation';

/** The rotation by round (table → people) and by person (round → table and partner). */
export function buildSpeedRotation(ctx: DocumentContext, model: SpeedSheetModel): Document {
  const byRound: FileChild[] = [title('Rotation by round'), subtitle(`${model.title}  \u00b7  ${whenWhere(model)}`)];
  model.rounds.forEach((round, r) => {
    const rows: RowSpec[] = round.tables.map((t) => ({ cells: [String(t.table), t.names.join('  \u00b7  ')] }));
    if (round.sitOut.length > 0) rows.push({ cells: ['\u2013', `Sits out: ${round.sitOut.join(', ')}`] });
    byRound.push(heading(`Round ${r + 1}`, 2), table(ctx.paper, [{ header: 'Table', weight: 1, align: 'right' }, { header: 'People', weight: 9 }], rows, { dense: true }));
  });
  const roundColumns = model.rounds.map((_, r) => ({ header: `Round ${r + 1}`, weight: 2 }));
  const byPerson: FileChild[] = [
    title('Rotation by person', { newPage: true }),
    paragraph('Each cell: the table, then the partner. A dash means the person sits that round out.', { after: 120 }),
    table(
      ctx.paper,
      [{ header: 'Name', weight: 3 }, ...roundColumns],
      model.people.map((p) => ({
        cells: [p.name, ...p.seats.map((s) => (s === null ? '\u2013' : `${s.table}: ${s.partners.join(' & ')}`))],
      })),
      { dense: true, smallText: true },
    ),
  ];
  return createDocument(ctx, ROTATION_NAME, [
    { documentName: ROTATION_NAME, footerLabel: 'By round', children: byRound },
    { documentName: ROTATION_NAME, footerLabel: 'By person', children: byPerson },
  ]);
}

/** Cards per row and rows per page: six cards to an A4 or Letter page. */
const CARD_COLUMNS = 2;
/** Exact card height (twips): three rows fill the text area of A4 and of Letter. */
export const CARD_HEIGHT = 4350;
export const CARDS_PER_PAGE = CARD_COLUMNS * 3;
const CUT: { style: typeof BorderStyle.DASHED; size: number; color: string } = { style: BorderStyle.DASHED, size: 6, color: COLORS.rule };

function card(model: SpeedSheetModel, person: SpeedSheetModel['people'][number] | undefined): Paragraph[] {
  if (!person) return [new Paragraph({ children: [] })];
  const line = (text: string, options: { bold?: boolean; size?: number; color?: string } = {}, after = 20): Paragraph =>
    new Paragraph({ spacing: { after, line: 240 }, children: [new TextRun({ text, ...options })] });
  return [
    line(person.name, { bold: true, size: SIZES.heading2, color: COLORS.heading }, 20),
    line(model.title, { size: SIZES.small, color: COLORS.muted }, 0),
    line(whenWhere(model), { size: SIZES.small, color: COLORS.muted }, 100),
    ...person.seats.map((s, r) =>
      line(s === null ? `Round ${r + 1}: you sit this one out` : `Round ${r + 1}: table ${s.table}, with ${s.partners.join(' and ')}`, { size: SIZES.small + 2 }),
    ),
    line(`${model.roundMinutes / 2} minutes each way: first one mentors, then you swap.`, { size: SIZES.small, color: COLORS.muted }, 0),
  ];
}

/** A card per person: name, event, and for each round the table and partner; cut along the dashes. */
export function buildSpeedCards(ctx: DocumentContext, model: SpeedSheetModel): Document {
  const width = Math.floor(contentWidth(ctx.paper) / CARD_COLUMNS);
  const rows: TableRow[] = [];
  for (let i = 0; i < Math.max(1, model.people.length); i += CARD_COLUMNS) {
    rows.push(
      new TableRow({
        cantSplit: true,
        height: { value: CARD_HEIGHT, rule: HeightRule.EXACT },
        children: Array.from(
          { length: CARD_COLUMNS },
          (_, k) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.TOP,
              margins: { top: 220, bottom: 120, left: 240, right: 240 },
              children: card(model, model.people[i + k]),
            }),
        ),
      }),
    );
  }
  const grid = new Table({
    width: { size: width * CARD_COLUMNS, type: WidthType.DXA },
    columnWidths: Array.from({ length: CARD_COLUMNS }, () => width),
    layout: TableLayoutType.FIXED,
    borders: { top: CUT, bottom: CUT, left: CUT, right: CUT, insideHorizontal: CUT, insideVertical: CUT },
    rows,
  });
  const name = 'Speed mentoring cards';
  return createDocument(ctx, name, [{ documentName: name, footerLabel: 'Cut along the dashed lines', children: [grid, new Paragraph({ alignment: AlignmentType.LEFT, children: [] })] }]);
}

/** The preparation sheet: six months ahead, goals, questions, priorities, and how a round works. */
export function buildSpeedPreparationSheet(ctx: DocumentContext, model: SpeedSheetModel): Document {
  const name = 'Speed mentoring: preparation';
  const children: FileChild[] = [
    title('Before your first round'),
    subtitle(`${model.title}  \u00b7  ${whenWhere(model)}`),
    fieldRow(ctx.paper, [{ label: 'Name', weight: 1 }]),
    heading('Take a few minutes to prepare', 2),
    ...PREPARATION_STEPS.map((s) => bullet(s)),
    heading('My goals for the next six months', 2),
    writingLines(ctx.paper, 5),
    heading('Questions I would like help with', 2),
    writingLines(ctx.paper, 5),
    paragraph('For example:', { after: 40 }),
    ...EXAMPLE_QUESTIONS.map((q) => bullet(q)),
    heading('In each round', 2),
    ...ROUND_GUIDELINES.map((g) => bullet(g)),
    paragraph(`Each round lasts ${model.roundMinutes} minutes: ${model.roundMinutes / 2} with you as mentor and ${model.roundMinutes / 2} as mentee. Your card shows your table and partner for every round.`),
  ];
  return createDocument(ctx, name, [{ documentName: name, children }]);
}

/** The wrap-up sheet: the discussion questions, and whom you would like to continue with. */
export function buildSpeedWrapUpSheet(ctx: DocumentContext, model: SpeedSheetModel): Document {
  const name = 'Speed mentoring: wrap-up';
  const contact = ctx.program.coordinatorName.trim();
  const children: FileChild[] = [
    title('Wrap-up'),
    subtitle(`${model.title}  \u00b7  ${whenWhere(model)}`),
    fieldRow(ctx.paper, [{ label: 'Name', weight: 1 }]),
    ...WRAP_UP_QUESTIONS.flatMap((q) => [heading(q, 2), writingLines(ctx.paper, 4)]),
    heading('I would like to continue with…', 2),
    paragraph('Up to three people you met today. If someone names you too, the program will try to pair you.', { after: 60 }),
    fieldRow(ctx.paper, [{ label: '1', weight: 1 }, { label: '2', weight: 1 }, { label: '3', weight: 1 }]),
    new Paragraph({ spacing: { after: 200 }, children: [] }),
    paragraph(contact === '' ? 'Please hand this sheet in before you leave.' : `Please hand this sheet to ${contact} before you leave.`, { after: 0 }),
  ];
  return createDocument(ctx, name, [{ documentName: name, children }]);
}
