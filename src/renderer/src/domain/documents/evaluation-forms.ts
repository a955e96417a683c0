/**
 * The two evaluation forms a participant fills in on paper. The self-rating form: one page per
 * person, their name and team partner(s) printed, each competency their team chose with five
 * boxes from 1 to 5 and what 1 and 5 mean, for the start of the year (orientation) or the end
 * (debrief), and to whom and by when it goes back. The feedback form: the end-of-program
 * questions in plain words on one sheet (front and back), with the consent box for a quote.
 * Both come blank too, to copy. Nothing printed is a score or an internal code.
 */
import { takesPart } from '../participants/opt-in';
import { Paragraph, TextRun, type Document, type FileChild } from 'docx';
import type { Competency, Participant, ProgramEvent, Team, TeamMember } from '../model';
import { ANSWER_WORDS, CONSENT_WORDS, FEEDBACK_QUESTIONS, SATISFACTION_ENDS } from '../evaluation/feedback-answers';
import { evaluationOrder, RATING_SCALE_WORDS, type RatingPhase } from '../evaluation/rating-grid';
import { formatLongDate, isIsoDate } from '../schedule/iso-dates';
import { docCompetency, docPerson, joinNames, teamLabel, type DocCompetency, type DocumentContext } from './document-models';
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

/** One person's self-rating form. */
export interface SelfRatingFormPerson {
  name: string;
  /** "Pair 07", or empty when the person is not in a team. */
  teamLabel: string;
  /** Their partner(s)' names. */
  partners: string[];
  /** The competencies their team chose, in catalog order (empty: lines to write them in). */
  competencies: DocCompetency[];
}

/** Self-rating forms to print: one per person, or one blank form when `people` is empty. */
export interface SelfRatingFormModel {
  phase: RatingPhase;
  people: SelfRatingFormPerson[];
  /** The day of the gathering the form goes back at (orientation or debrief), `YYYY-MM-DD`, or empty. */
  returnBy: string;
}

/** Feedback forms to print: one per person (name printed), or one blank form. */
export interface FeedbackFormModel {
  names: string[];
  returnBy: string;
  returnAt: string;
}

/** How many competencies fit on the one page with their rows of boxes. */
export const SELF_RATING_MAX_COMPETENCIES = 8;

const PHASE_TITLES: Record<RatingPhase, { title: string; when: string }> = {
  pre: { title: 'Where do you stand today?', when: 'at the start of the program' },
  post: { title: 'Where do you stand now?', when: 'at the end of the program' },
};

/** Where a phase's form goes back, in words: the orientation for the start, the debrief for the end. */
export function returnAtWords(phase: RatingPhase): string {
  return phase === 'pre' ? 'the orientation' : 'the final group meeting';
}

/** The gathering a phase's form goes back at: the orientation for the start, the debrief for the end. */
export function evaluationReturn(events: readonly Pick<ProgramEvent, 'kind' | 'date'>[], phase: RatingPhase): { returnBy: string; returnAt: string } {
  const kind = phase === 'pre' ? 'orientation' : 'debrief';
  return { returnBy: events.find((e) => e.kind === kind)?.date ?? '', returnAt: returnAtWords(phase) };
}

/**
 * Everyone still in the program gets a form: people in a confirmed team in team order (partners
 * together) with the team's competencies, then anyone without one, with lines to write them in.
 */
export function buildSelfRatingFormModel(
  phase: RatingPhase,
  teams: readonly Team[],
  members: readonly TeamMember[],
  participants: readonly Participant[],
  catalog: readonly Competency[],
  events: readonly Pick<ProgramEvent, 'kind' | 'date'>[],
): SelfRatingFormModel {
  const active = participants.filter(takesPart);
  const byId = new Map(active.map((p) => [p.id, p]));
  const catalogById = new Map(catalog.map((c) => [c.id, c]));
  const order = new Map(catalog.map((c) => [c.id, c.order]));
  const people: SelfRatingFormPerson[] = [];
  const seen = new Set<string>();
  for (const team of [...teams].filter((t) => t.status === 'confirmed').sort((a, b) => a.number - b.number)) {
    const inTeam = members.filter((m) => m.teamId === team.id).map((m) => byId.get(m.participantId)).filter((p): p is Participant => p !== undefined);
    const competencies = [...team.competencyIds]
      .filter((id) => catalogById.has(id))
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map((id) => docCompetency(catalogById.get(id) as Competency));
    for (const p of inTeam) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      people.push({
        name: docPerson(p).name,
        teamLabel: teamLabel(team),
        partners: inTeam.filter((o) => o.id !== p.id).map((o) => docPerson(o).name),
        competencies,
      });
    }
  }
  for (const p of active) {
    if (seen.has(p.id)) continue;
    people.push({ name: docPerson(p).name, teamLabel: '', partners: [], competencies: [] });
  }
  return { phase, people, returnBy: evaluationReturn(events, phase).returnBy };
}

/** Feedback forms for everyone still in the program, in alphabetical order. */
export function buildFeedbackFormModel(participants: readonly Participant[], events: readonly Pick<ProgramEvent, 'kind' | 'date'>[]): FeedbackFormModel {
  const active = evaluationOrder(participants.filter(takesPart));
  return { names: active.map((p) => docPerson(p).name), ...evaluationReturn(events, 'post') };
}

/** "Please hand this form to … at the orientation on Tuesday 8 September 2026, or send it by then." */
function returnNote(ctx: DocumentContext, returnBy: string, returnAt: string, privacy: string): FileChild {
  const who = ctx.program.coordinatorName.trim();
  const email = ctx.program.coordinatorEmail.trim();
  const to = who === '' ? 'the program coordinator' : who;
  const address = email === '' ? '' : ` (${email})`;
  const when = isIsoDate(returnBy) ? ` at ${returnAt} on ${formatLongDate(returnBy)}, or send it by then` : ` at ${returnAt}, or send it by the date you were given`;
  return noteBox(ctx.paper, [
    new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: 'Where it goes', bold: true, color: COLORS.heading })] }),
    paragraph(`Please hand this form to ${to}${address}${when}. A photo or a scan by email is fine. ${privacy}`, { after: 0 }),
  ]);
}

const box = (): Paragraph[] => [new Paragraph({ style: 'TableText', alignment: 'center', children: [checkbox(false, 'large')] })];

function ratingTable(ctx: DocumentContext, competencies: readonly DocCompetency[]): FileChild {
  const dense = competencies.length > 6;
  const rows =
    competencies.length > 0
      ? competencies.map((c) => ({
          cells: [
            [
              new Paragraph({ style: 'TableText', children: [new TextRun({ text: c.name, bold: true })] }),
              ...(c.description.trim() === ''
                ? []
                : [new Paragraph({ style: 'TableTextCompact', children: [new TextRun({ text: c.description.trim(), color: COLORS.muted })] })]),
            ],
            box(),
            box(),
            box(),
            box(),
            box(),
          ],
          minHeight: dense ? 480 : 600,
        }))
      : // No competencies chosen yet: lines to write them in.
        [0, 1, 2, 3, 4, 5].map(() => ({ cells: ['', box(), box(), box(), box(), box()], minHeight: 560 }));
  return table(
    ctx.paper,
    [
      { header: competencies.length > 0 ? 'The competencies your team chose' : 'Write in the competencies you and your partner chose', weight: 6 },
      { header: '1', weight: 0.8, align: 'center' },
      { header: '2', weight: 0.8, align: 'center' },
      { header: '3', weight: 0.8, align: 'center' },
      { header: '4', weight: 0.8, align: 'center' },
      { header: '5', weight: 0.8, align: 'center' },
    ],
    rows,
    { dense },
  );
}

function selfRatingPage(ctx: DocumentContext, model: SelfRatingFormModel, person: SelfRatingFormPerson | null): FileChild[] {
  const phase = PHASE_TITLES[model.phase];
  const partnerLine = person && person.partners.length > 0 ? `${person.teamLabel} with ${joinNames(person.partners)}` : person?.teamLabel ?? '';
  return [
    title(phase.title),
    subtitle(`Rating yourself ${phase.when}`),
    fieldRow(ctx.paper, [
      { label: 'Name', value: person?.name ?? '', weight: 3 },
      { label: 'Date', value: '', weight: 1.4 },
    ]),
    fieldRow(ctx.paper, [{ label: person ? 'Team' : 'Partner(s)', value: partnerLine, weight: 1 }]),
    spacer(120),
    paragraph(
      model.phase === 'pre'
        ? 'Before you start working together, think about each competency below and tick the box that describes you today. At the end of the program you will fill in the same form again, so you can both see how far you have come.'
        : 'Think about each competency below as you are now, after the program, and tick the box that describes you today. You filled in the same form at the start: try not to look back at it first.',
      { after: 80 },
    ),
    paragraph(`Tick one box on each line: 1 = ${RATING_SCALE_WORDS.low}, 5 = ${RATING_SCALE_WORDS.high}. There are no right or wrong answers.`, {
      style: 'Small',
      keepNext: true,
    }),
    ratingTable(ctx, person?.competencies ?? []),
    spacer(120),
    heading('Anything you would like to add? (optional)', 2),
    writingLines(ctx.paper, (person?.competencies.length ?? 0) > 6 ? 2 : 4, WRITING_LINE - 40),
    spacer(60),
    returnNote(ctx, model.returnBy, returnAtWords(model.phase), 'Your answers are only for the program: they are not shared with your manager.'),
  ];
}

/** Every person's self-rating form in one document, a page each (or one blank form). */
export function buildSelfRatingForms(ctx: DocumentContext, model: SelfRatingFormModel): Document {
  const name = 'Self-rating';
  const sections: SectionSpec[] =
    model.people.length === 0
      ? [{ documentName: name, children: selfRatingPage(ctx, model, null) }]
      : model.people.map((person) => ({ documentName: name, footerLabel: person.name, restartNumbering: true, children: selfRatingPage(ctx, model, person) }));
  return createDocument(ctx, `${name} forms`, sections);
}

function answerOptions(label: string) {
  return { label, options: Object.values(ANSWER_WORDS).map((word) => ({ label: word })) };
}

function feedbackPages(ctx: DocumentContext, model: FeedbackFormModel, name: string | null): FileChild[] {
  const q = FEEDBACK_QUESTIONS;
  return [
    title('Looking back on the year'),
    subtitle('Your feedback on the mentoring program, in your own words'),
    fieldRow(ctx.paper, [
      { label: 'Name', value: name ?? '', weight: 3 },
      { label: 'Date', value: '', weight: 1.4 },
    ]),
    spacer(100),
    paragraph('Your answers help us decide what to keep and what to change next year. Write as much or as little as you like; you can skip any question.', {
      after: 120,
    }),
    heading(`1. ${q.satisfaction.asked}`, 2),
    paragraph(`Tick one: 1 = ${SATISFACTION_ENDS.low}, 5 = ${SATISFACTION_ENDS.high}.`, { style: 'Small', keepNext: true }),
    optionsGrid(ctx.paper, [{ label: 'Satisfied', options: ['1', '2', '3', '4', '5'].map((label) => ({ label })) }]),
    heading(`2. ${q.wouldRecommend.asked}`, 2),
    optionsGrid(ctx.paper, [answerOptions('Recommend')]),
    heading(`3. ${q.helpedMost.asked}`, 2),
    writingLines(ctx.paper, 6, WRITING_LINE - 30),
    heading(`4. ${q.barriers.asked}`, 2),
    writingLines(ctx.paper, 5, WRITING_LINE - 30),
    heading(`5. ${q.pastBarriers.asked}`, 2),
    writingLines(ctx.paper, 5, WRITING_LINE - 30),
    heading(`6. ${q.bothRoles.asked}`, 2, { newPage: true }),
    writingLines(ctx.paper, 7, WRITING_LINE - 30),
    heading(`7. ${q.wouldJoinAgain.asked}`, 2),
    optionsGrid(ctx.paper, [answerOptions('Take part again')]),
    heading(`8. ${q.quote.asked}`, 2),
    writingLines(ctx.paper, 5, WRITING_LINE - 30),
    heading(`9. ${q.quoteConsent.asked}`, 2),
    paragraph('We only quote people who say yes here, and only in the way they choose.', { style: 'Small', keepNext: true }),
    optionsGrid(ctx.paper, [{ label: 'Quote', options: Object.values(CONSENT_WORDS).map((label) => ({ label })) }]),
    spacer(400),
    returnNote(ctx, model.returnBy, model.returnAt, 'Your answers are only for the program: they are not shared with your manager.'),
  ];
}

/** Every person's feedback form in one document, a sheet each (front and back), or one blank form. */
export function buildFeedbackForms(ctx: DocumentContext, model: FeedbackFormModel): Document {
  const name = 'Feedback';
  const sections: SectionSpec[] =
    model.names.length === 0
      ? [{ documentName: name, children: feedbackPages(ctx, model, null) }]
      : model.names.map((person) => ({ documentName: name, footerLabel: person, restartNumbering: true, children: feedbackPages(ctx, model, person) }));
  return createDocument(ctx, `${name} forms`, sections);
}
