/**
 * The program information pack: the questions and answers a colleague reads before deciding to
 * join. The program's text blocks (what peer mentoring is, what you gain, what makes a pairing
 * work, the career stages, how to register), the competency model with the program's rules, and
 * this cycle's schedule with its real dates; the registration deadline stands at the top.
 */
import { Paragraph, TextRun, type Document, type FileChild } from 'docx';
import { CATEGORY_LABELS, CATEGORY_ORDER, type Competency, type Program, type ProgramEvent, type SelectionRules } from '../model';
import { docCompetency, scheduleEntries, type DocCompetency, type DocumentContext, type ScheduleHandoutModel } from './document-models';
import { type MeetingPlans } from './meeting-plans';
import { textBlockSection, type ListCounter } from './rich-text-docx';
import { scheduleIntro, scheduleTable } from './schedule-handout';
import { COLORS, createDocument, heading, noteBox, paragraph, subtitle, table, title } from './style';
import { competencyRuleInWords, placeholderValues, type PlaceholderValues, type TextBlocks } from './text-blocks';

const DOCUMENT_NAME = 'Program information';

/** Everything the information pack prints. */
export interface InformationPackModel {
  texts: TextBlocks;
  values: PlaceholderValues;
  /** The last day to register, `YYYY-MM-DD`, or empty when not set. */
  registrationDeadline: string;
  schedule: ScheduleHandoutModel;
  /** Current competencies in catalog order. */
  competencies: DocCompetency[];
  rules: SelectionRules;
}

/** The information pack's model from the program's records. */
export function buildInformationPackModel(
  program: PlaceholderProgram,
  catalog: readonly Competency[],
  events: readonly ProgramEvent[],
  plans: MeetingPlans,
  texts: TextBlocks,
): InformationPackModel {
  return {
    texts,
    values: placeholderValues({ program, events }),
    registrationDeadline: program.registrationDeadline ?? '',
    schedule: { events: scheduleEntries(events), plans },
    competencies: currentCompetencies(catalog),
    rules: program.rules,
  };
}

/** The competencies people can choose now, in category then catalog order (shared with the orientation pack). */
export function currentCompetencies(catalog: readonly Competency[]): DocCompetency[] {
  const order = (c: Competency): number => CATEGORY_ORDER.indexOf(c.category);
  return [...catalog].filter((c) => !c.retired).sort((a, b) => order(a) - order(b) || a.order - b.order).map(docCompetency);
}

/** The program fields the packs read. */
export type PlaceholderProgram = Parameters<typeof placeholderValues>[0]['program'] & Pick<Program, 'rules'>;

/** A label and its value on one line of the box at the top. */
function fact(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 40 },
    children: [new TextRun({ text: `${label}: `, bold: true, color: COLORS.heading }), new TextRun(value)],
  });
}

/**
 * The competency model as a table: each category with its competencies, grouped by cluster
 * ("Preventing & solving problems: Analytical thinking, …").
 */
export function competencyModelTable(ctx: DocumentContext, competencies: readonly DocCompetency[]): FileChild {
  const rows = CATEGORY_ORDER.filter((category) => competencies.some((c) => c.category === category)).map((category) => {
    const mine = competencies.filter((c) => c.category === category);
    const clusters = [...new Set(mine.map((c) => c.cluster.trim()))];
    return {
      cells: [
        [new Paragraph({ style: 'TableText', children: [new TextRun({ text: CATEGORY_LABELS[category], bold: true, color: COLORS.heading })] })],
        clusters.map(
          (cluster) =>
            new Paragraph({
              style: 'TableText',
              spacing: { after: 60 },
              children: [
                ...(cluster === '' ? [] : [new TextRun({ text: `${cluster}: `, bold: true })]),
                new TextRun(
                  mine
                    .filter((c) => c.cluster.trim() === cluster)
                    .map((c) => c.name)
                    .join(', '),
                ),
              ],
            }),
        ),
      ],
    };
  });
  return table(ctx.paper, [{ header: 'Category', weight: 2.3 }, { header: 'Competencies to choose from', weight: 7.7 }], rows);
}

/** Builds the information pack. */
export function buildInformationPack(ctx: DocumentContext, model: InformationPackModel): Document {
  const { texts, values } = model;
  const counter: ListCounter = { next: 1 };
  const section = (id: Parameters<typeof textBlockSection>[0], options: { newPage?: boolean } = {}): Paragraph[] =>
    textBlockSection(id, texts, values, counter, options);
  const children: FileChild[] = [
    title('Peer mentoring: your questions answered'),
    subtitle(`${values.programName}  \u00b7  ${values.cycle}`),
    noteBox(ctx.paper, [
      fact('The program year', `${values.cycleStart} to ${values.cycleEnd}`),
      fact('Register by', values.registrationDeadline),
    ]),
    ...section('what-is-peer-mentoring'),
    ...section('what-you-gain'),
    ...section('good-peer-mentor'),
    ...section('pairing-success'),
    heading('How much time it takes: the year at a glance', 1, { newPage: true }),
    paragraph(scheduleIntro(model.schedule), { keepNext: true }),
    scheduleTable(ctx, model.schedule),
    heading('What you work on', 1, { newPage: true }),
    paragraph(
      `With your partner you choose ${competencyRuleInWords(model.rules)}, and practise them on your real work. Each topic meeting of the year takes one category.`,
      { keepNext: true },
    ),
    competencyModelTable(ctx, model.competencies),
    ...section('career-continuum'),
    ...section('how-to-register'),
  ];
  return createDocument(ctx, `${DOCUMENT_NAME} \u2014 questions and answers`, [{ documentName: DOCUMENT_NAME, children }]);
}
