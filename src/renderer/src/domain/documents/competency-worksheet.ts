/**
 * Competency worksheet for a group meeting topic: the category's competencies with their
 * descriptions and a tick box each, then space to write the goal, the practice plan until the
 * next meeting and the reflection afterwards. Blank, or one page per participant with name,
 * partner and the team's chosen competencies ticked.
 */
import { Paragraph, TextRun, type Document, type FileChild } from 'docx';
import { CATEGORY_LABELS } from '../model';
import { formatLongDate, formatTimeRange, isIsoDate } from '../schedule/iso-dates';
import type { DocCompetency, DocumentContext, ScheduleEntry, WorksheetModel, WorksheetPerson } from './document-models';
import { joinNames } from './document-models';
import {
  checkbox,
  createDocument,
  fieldRow,
  heading,
  noteBox,
  paragraph,
  subtitle,
  table,
  title,
  unbroken,
  WRITING_LINE,
  writingLines,
  type RowSpec,
  type SectionSpec,
} from './style';

const DOCUMENT_NAME = 'Competency worksheet';
/**
 * Tick boxes sit on an exact 15 pt line: the box then centres on its row's text whatever symbol
 * font the word processor finds (left to the font, the box's tall line puts it above the text).
 */
const BOX_LINE = 300;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

/** "one or two", "one", "two to four": how many to choose, in words. */
export function howManyWords(min: number, max: number): string {
  const word = (n: number): string => NUMBER_WORDS[n] ?? String(n);
  const low = Math.max(1, min);
  if (max <= low) return word(low);
  return max === low + 1 ? `${word(low)} or ${word(max)}` : `${word(low)} to ${word(max)}`;
}

/** "Tuesday 10 November 2026, 12:00–14:00, Room 4.12" (the date and the place never wrap inside). */
export function meetingWhen(meeting: ScheduleEntry): string {
  const parts = [unbroken(isIsoDate(meeting.date) ? formatLongDate(meeting.date) : meeting.date)];
  const time = formatTimeRange(meeting.startTime, meeting.minutes);
  if (time !== '') parts.push(time);
  if (meeting.place.trim() !== '') parts.push(unbroken(meeting.place.trim()));
  return parts.join(', ');
}

/**
 * Table rows (competencies and cluster headings) that still leave room on the same page for
 * the three writing prompts. Longer lists move the prompts to the back of the sheet, with more
 * room to write: a worksheet is then one sheet printed on both sides.
 */
export const ONE_PAGE_WORKSHEET_MAX_ROWS = 8;

/** Writing line height on one-page worksheets (8 mm, like college-ruled paper). */
const ONE_PAGE_LINE = 454;

/** Text height of the page in twips (page minus margins). */
const TEXT_HEIGHT = { a4: 16838 - 1134 - 1077, letter: 15840 - 1134 - 1077 } as const;
/** Height of everything above the competency table (title, who, instructions), generously. */
const FRONT_TOP = 2700;
/** Height of one writing prompt without its lines (heading and question), generously. */
const PROMPT_TOP = 800;
/**
 * Room kept free at the foot of the front page: the row estimate has been off by up to a
 * line's height (the built-in catalog on Letter), and a goal that spilled over would push the
 * back page onto a third sheet.
 */
const FRONT_SAFETY = 1500;

/**
 * Estimated height of the competency table in twips: a line is about 28 bold characters in the
 * competency column and 80 in the description column on A4, 83 on the wider Letter (Calibri
 * 9.5 pt; wider fallback fonts wrap a little sooner, which the safety margin absorbs).
 */
export function estimateTableHeight(
  paper: DocumentContext['paper'],
  competencies: readonly Pick<DocCompetency, 'name' | 'description'>[],
  bands: number,
): number {
  const descriptionLine = paper === 'letter' ? 83 : 80;
  const LINE = 245;
  const ROW_PADDING = 75;
  const rows = competencies.reduce(
    (sum, c) => sum + ROW_PADDING + LINE * Math.max(1, Math.ceil(c.name.length / 28), Math.ceil(c.description.length / descriptionLine)),
    0,
  );
  return 420 + rows + bands * (ROW_PADDING + LINE);
}

/**
 * Lines of the first prompt ("My goal") that fit under the table on the front of a two-page
 * worksheet, so the front is not left a third empty while the back is full; 0 when fewer than
 * three lines would fit (the prompt then stays on the back).
 */
export function frontGoalLines(paper: DocumentContext['paper'], competencies: readonly Pick<DocCompetency, 'name' | 'description'>[], bands: number): number {
  const free = TEXT_HEIGHT[paper] - FRONT_TOP - estimateTableHeight(paper, competencies, bands) - PROMPT_TOP - FRONT_SAFETY;
  const lines = Math.floor(free / WRITING_LINE);
  return lines >= 3 ? Math.min(lines, 8) : 0;
}

function worksheetPage(ctx: DocumentContext, model: WorksheetModel, person: WorksheetPerson | null): FileChild[] {
  const chosen = new Set(person?.chosenIds ?? []);
  const clusters = [...new Set(model.competencies.map((c) => c.cluster.trim()))];
  const showClusters = clusters.length > 1 || (clusters.length === 1 && clusters[0] !== '');

  const rows: RowSpec[] = [];
  let currentCluster: string | null = null;
  for (const c of model.competencies) {
    if (showClusters && c.cluster.trim() !== currentCluster) {
      currentCluster = c.cluster.trim();
      rows.push({ cells: [currentCluster === '' ? 'Other' : currentCluster], spanAll: true });
    }
    rows.push({
      cells: [
        [new Paragraph({ style: 'TableText', alignment: 'center', spacing: { line: BOX_LINE, lineRule: 'exact' }, children: [checkbox(chosen.has(c.id), 'large')] })],
        [new Paragraph({ style: 'TableText', children: [new TextRun({ text: c.name, bold: true })] })],
        c.description,
      ],
    });
  }

  const twoPages = rows.length > ONE_PAGE_WORKSHEET_MAX_ROWS;
  const goalOnFront = twoPages ? frontGoalLines(ctx.paper, model.competencies, rows.length - model.competencies.length) : 0;
  // US Letter is 1.8 cm shorter than A4: one line less per prompt keeps a one-page sheet on one
  // page. On the back of a two-page sheet, two prompts share the page when the goal is in front.
  const lines = !twoPages ? (ctx.paper === 'letter' ? 4 : 5) : goalOnFront > 0 ? (ctx.paper === 'letter' ? 11 : 12) : 7;
  const lineHeight = twoPages ? WRITING_LINE : ONE_PAGE_LINE;
  const goalPrompt = [
    heading('My goal', 2),
    paragraph('What do I want to be able to do better by the end of the program?', { style: 'Small', keepNext: true }),
    writingLines(ctx.paper, goalOnFront > 0 ? goalOnFront : lines, lineHeight),
  ];
  const how = howManyWords(model.rules.minPerCategory, model.rules.maxPerCategory);
  const nextWhen =
    model.nextMeeting && isIsoDate(model.nextMeeting.date) ? ` (${formatLongDate(model.nextMeeting.date)})` : '';
  const anyTicked = person !== null && model.competencies.some((c) => chosen.has(c.id));

  const meetingLine = model.meeting ? `Group meeting: ${meetingWhen(model.meeting)}` : 'Group meeting worksheet';
  return [
    title(CATEGORY_LABELS[model.category]),
    subtitle(meetingLine),
    fieldRow(ctx.paper, [
      { label: 'Name', value: person?.name ?? '', weight: 1 },
      {
        label: person && person.partners.length > 1 ? 'Partners' : 'Partner',
        value: person ? [joinNames(person.partners), person.teamLabel].filter((s) => s !== '').join('  \u00b7  ') : '',
        weight: 1.45,
      },
    ]),
    new Paragraph({ spacing: { after: 80 }, children: [] }),
    noteBox(ctx.paper, [
      paragraph(
        `Tick the ${how} competencies you will work on with your partner until the next group meeting.` +
          (!anyTicked
            ? ''
            : person?.toConfirm
              ? ' Ticked boxes are suggested from what you each offer and want to develop: to confirm together.'
              : ' Ticked boxes show what your team has chosen so far.'),
        { after: 0 },
      ),
    ]),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    table(
      ctx.paper,
      [
        { header: 'Pick', weight: 0.7, align: 'center' },
        { header: 'Competency', weight: 2.7 },
        { header: 'What it looks like at work', weight: 6.6 },
      ],
      rows,
      { dense: true },
    ),
    ...(goalOnFront > 0 ? goalPrompt : []),
    ...(twoPages
      ? [
          title(`My plan: ${CATEGORY_LABELS[model.category].toLowerCase()}`, { newPage: true }),
          subtitle(person ? `${person.name}${person.teamLabel === '' ? '' : `  \u00b7  ${person.teamLabel}`}` : 'Write your plan here, then keep this sheet for the next meeting.'),
        ]
      : []),
    ...(goalOnFront > 0 ? [] : goalPrompt),
    heading(`My practice plan until the next meeting${nextWhen}`, 2),
    paragraph('Which situations at work will I use to practise, and how will my partner help?', { style: 'Small', keepNext: true }),
    writingLines(ctx.paper, lines, lineHeight),
    heading('Reflection afterwards', 2),
    paragraph('What happened when I practised? What did I learn, and what will I try next?', { style: 'Small', keepNext: true }),
    writingLines(ctx.paper, lines, lineHeight),
  ];
}

/**
 * Worksheets for one topic: a blank one when the model has no people, else one page per
 * person (page numbers restart for each person).
 */
export function buildCompetencyWorksheet(ctx: DocumentContext, model: WorksheetModel): Document {
  const name = `${DOCUMENT_NAME} \u2014 ${CATEGORY_LABELS[model.category]}`;
  return createDocument(ctx, name, worksheetSections(ctx, model));
}

/**
 * The worksheet's sections, shared with the group meeting pack (which numbers every part from
 * 1, hence `restartNumbering` for the blank worksheet too). Personalised pages carry the name
 * on the page itself, so all sections share one header and footer.
 */
export function worksheetSections(ctx: DocumentContext, model: WorksheetModel, restartNumbering = false): SectionSpec[] {
  if (model.people.length === 0) {
    return [{ documentName: DOCUMENT_NAME, footerLabel: restartNumbering ? 'Worksheet' : '', restartNumbering, children: worksheetPage(ctx, model, null) }];
  }
  return model.people.map((person) => ({
    documentName: DOCUMENT_NAME,
    footerLabel: restartNumbering ? 'Worksheet' : '',
    restartNumbering: true,
    children: worksheetPage(ctx, model, person),
  }));
}
