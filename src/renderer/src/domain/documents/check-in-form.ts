/**
 * The printable check-in form: one page per team, prefilled with the team's name ("Pair 07"),
 * its members and the competencies it chose (each with a 1–5 row of boxes), the questions of a
 * check-in in plain words, and where and by when to return it. Nothing on it is a score or an
 * internal code: it is written for the partners who fill it in.
 */
import { Paragraph, TextRun, type Document, type FileChild } from 'docx';
import type { Competency, Participant, Team, TeamMember } from '../model';
import { formatLongDate, isIsoDate } from '../schedule/iso-dates';
import {
  docCompetency,
  docPerson,
  joinNames,
  teamLabel,
  type DocCompetency,
  type DocPerson,
  type DocumentContext,
} from './document-models';
import { letterFileName } from './pair-letters';
import {
  checkbox,
  COLORS,
  createDocument,
  fieldRow,
  heading,
  noteBox,
  optionsGrid,
  paragraph,
  spacer,
  subtitle,
  table,
  title,
  WRITING_LINE,
  writingLines,
  type SectionSpec,
} from './style';

const DOCUMENT_NAME = 'Check-in';

/** One team's form. */
export interface CheckInFormTeam {
  /** "Pair 07", or empty for a blank form. */
  label: string;
  kind: Team['kind'];
  number: number;
  members: DocPerson[];
  /** The competencies the team chose, in catalog order. */
  competencies: DocCompetency[];
}

/** Forms to print: one per team, or one blank form when `teams` is empty. */
export interface CheckInFormModel {
  teams: CheckInFormTeam[];
  /** The day to return it by, `YYYY-MM-DD`; empty leaves a line to write it on. */
  returnBy: string;
}

/** How many competencies fit on the one page with their rows of boxes (the default rules allow 6). */
export const CHECK_IN_FORM_MAX_COMPETENCIES = 8;

/** Teams that get a form: confirmed, in number order, with their members and chosen competencies. */
export function buildCheckInFormModel(
  teams: readonly Team[],
  members: readonly TeamMember[],
  participants: readonly Participant[],
  catalog: readonly Competency[],
  returnBy: string,
): CheckInFormModel {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const catalogById = new Map(catalog.map((c) => [c.id, c]));
  const order = new Map(catalog.map((c) => [c.id, c.order]));
  return {
    returnBy,
    teams: teams
      .filter((t) => t.status === 'confirmed')
      .sort((a, b) => a.number - b.number)
      .map((team) => ({
        label: teamLabel(team),
        kind: team.kind,
        number: team.number,
        members: members
          .filter((m) => m.teamId === team.id)
          .map((m) => byId.get(m.participantId))
          .filter((p): p is Participant => p !== undefined)
          .map(docPerson),
        competencies: [...team.competencyIds]
          .filter((id) => catalogById.has(id))
          .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
          .map((id) => docCompetency(catalogById.get(id)!)),
      })),
  };
}

/** "Check-in - Pair 07 - Hartmann & Müller.docx": the file of one team's form. */
export function checkInFormFileName(team: Pick<CheckInFormTeam, 'kind' | 'number' | 'members'>): string {
  return `Check-in - ${letterFileName(team)}`;
}

function returnLine(ctx: DocumentContext, returnBy: string): Paragraph[] {
  const who = ctx.program.coordinatorName.trim();
  const email = ctx.program.coordinatorEmail.trim();
  const to = who === '' ? 'the program coordinator' : who;
  const address = email === '' ? '' : ` (${email})`;
  const when = isIsoDate(returnBy) ? ` by ${formatLongDate(returnBy)}` : ' by the date you were given';
  return [
    new Paragraph({
      spacing: { after: 40 },
      children: [new TextRun({ text: 'Where it goes', bold: true, color: COLORS.heading })],
    }),
    paragraph(
      `Please give or send this form to ${to}${address}${when}. A photo or a scan by email is fine. Your answers help the coordinator support your partnership; they are not shared with your managers.`,
      { after: 0 },
    ),
  ];
}

function progressTable(ctx: DocumentContext, competencies: readonly DocCompetency[]): FileChild[] {
  const box = (): Paragraph[] => [new Paragraph({ style: 'TableText', alignment: 'center', children: [checkbox(false, 'large')] })];
  const dense = competencies.length > 6;
  const rows =
    competencies.length > 0
      ? competencies.map((c) => ({
          cells: [
            [new Paragraph({ style: 'TableText', children: [new TextRun({ text: c.name, bold: true })] })],
            box(),
            box(),
            box(),
            box(),
            box(),
          ],
          minHeight: dense ? 400 : 460,
        }))
      : // No competencies chosen yet: lines to write them in.
        [0, 1, 2, 3].map(() => ({ cells: ['', box(), box(), box(), box(), box()], minHeight: 460 }));
  return [
    paragraph('Tick one box on each line: 1 = not started, 2 = a little, 3 = some progress, 4 = good progress, 5 = real progress.', {
      style: 'Small',
      keepNext: true,
    }),
    table(ctx.paper, [
      { header: competencies.length > 0 ? 'The competencies you chose' : 'Write in the competencies you chose', weight: 5.5 },
      { header: '1', weight: 0.9, align: 'center' },
      { header: '2', weight: 0.9, align: 'center' },
      { header: '3', weight: 0.9, align: 'center' },
      { header: '4', weight: 0.9, align: 'center' },
      { header: '5', weight: 0.9, align: 'center' },
    ], rows, { dense }),
  ];
}

function formPage(ctx: DocumentContext, model: CheckInFormModel, team: CheckInFormTeam | null): FileChild[] {
  const names = team ? team.members.map((m) => m.name) : [];
  const firstNames = team ? team.members.map((m) => m.firstName) : [];
  const many = (team?.competencies.length ?? 0) > 6;
  return [
    title('How is your peer mentoring going?'),
    subtitle(team ? `${team.label}  \u00b7  ${joinNames(names)}  \u00b7  ${ctx.program.name}` : ctx.program.name),
    paragraph(
      'A few minutes to look back on your meetings so far. Fill it in together, or one form each. There are no right or wrong answers: honest ones help most.',
      { after: 80 },
    ),
    fieldRow(ctx.paper, [
      { label: team ? 'Filled in by' : 'Your names', value: '', weight: 5 },
      { label: 'Date', value: '', weight: 2 },
    ]),
    spacer(60),
    heading('1. How is it going?', 2),
    optionsGrid(ctx.paper, [{ label: 'Overall', options: [{ label: 'On track' }, { label: 'Some concerns' }, { label: 'Stalled' }] }]),
    heading('2. Are your contributions equal? Is it give and take?', 2),
    optionsGrid(ctx.paper, [
      { label: 'Contributions', options: [{ label: 'Equal, both ways' }, { label: 'Mostly one way' }, { label: 'Not sure' }] },
      ...(firstNames.length >= 2
        && firstNames.length <= 3
        ? [{ label: 'If one way, who gives more?', options: firstNames.map((label) => ({ label })) }]
        : []),
    ]),
    // Without names to tick (a blank form, a group of more than three): a line to write the name on.
    ...(firstNames.length < 2 || firstNames.length > 3 ? [fieldRow(ctx.paper, [{ label: 'If one way, who gives more?', value: '', weight: 1 }])] : []),
    heading('3. How much progress have you made?', 2),
    ...progressTable(ctx, team?.competencies ?? []),
    heading('4. What could be better?', 2),
    writingLines(ctx.paper, many ? 3 : 4, WRITING_LINE - 40),
    heading('5. What is your next step?', 2),
    writingLines(ctx.paper, many ? 2 : 3, WRITING_LINE - 40),
    spacer(60),
    noteBox(ctx.paper, returnLine(ctx, model.returnBy)),
  ];
}

/** Sections for the forms: one page per team (page numbers restart), or one blank form. */
function formSections(ctx: DocumentContext, model: CheckInFormModel): SectionSpec[] {
  if (model.teams.length === 0) return [{ documentName: DOCUMENT_NAME, children: formPage(ctx, model, null) }];
  return model.teams.map((team) => ({
    documentName: DOCUMENT_NAME,
    footerLabel: team.label,
    restartNumbering: true,
    children: formPage(ctx, model, team),
  }));
}

/** Every team's form in one document, each page naming its team. */
export function buildCheckInForms(ctx: DocumentContext, model: CheckInFormModel): Document {
  return createDocument(ctx, `${DOCUMENT_NAME} forms`, formSections(ctx, model));
}

/** One document per team with its file name, for "one file per team". */
export function buildCheckInFormFiles(ctx: DocumentContext, model: CheckInFormModel): { fileName: string; document: Document }[] {
  return model.teams.map((team) => ({
    fileName: checkInFormFileName(team),
    document: buildCheckInForms(ctx, { ...model, teams: [team] }),
  }));
}

/** The questions every form asks, in order (the mail and the tests use the same words). */
export const CHECK_IN_FORM_QUESTIONS: readonly string[] = [
  'How is it going?',
  'Are your contributions equal? Is it give and take?',
  'How much progress have you made?',
  'What could be better?',
  'What is your next step?',
];
