/**
 * The peer mentoring agreement ("contract") each pair or triad fills in and signs at the
 * start: goals, chosen competencies, how often and how they meet, confidentiality, feedback,
 * the group meetings everyone attends and the review dates from the schedule, a no-fault ending,
 * signatures and the coordinator's "received" line. Two pages per team (pair or triad), printed
 * on both sides; each page names its team.
 */
import { LeaderType, Paragraph, Tab, TabStopType, TextRun, type Document, type FileChild } from 'docx';
import { CATEGORY_LABELS } from '../model';
import { formatLongDate, formatMonthYear, formatShortDate, isIsoDate, parseIsoDate } from '../schedule/iso-dates';
import type { AgreementModel, AgreementTeam, DocumentContext } from './document-models';
import { joinNames } from './document-models';
import {
  bullet,
  COLORS,
  contentWidth,
  optionsGrid,
  createDocument,
  fieldRow,
  heading,
  paragraph,
  SIZES,
  subtitle,
  table,
  title,
  unbroken,
  WRITING_LINE,
  writingLines,
} from './style';

const DOCUMENT_NAME = 'Peer mentoring agreement';

function startMonth(ctx: DocumentContext): string {
  const start = parseIsoDate(ctx.program.cycleStart);
  return start ? formatMonthYear(start) : '';
}

/** "until the final group meeting and debrief on Tuesday 11 May 2027", or the cycle's end. */
function untilWhen(ctx: DocumentContext, model: AgreementModel): string {
  const last = model.groupMeetings[model.groupMeetings.length - 1];
  if (last && isIsoDate(last.date)) {
    const what = last.kind === 'debrief' ? 'the final group meeting and debrief' : 'the last group meeting';
    return `until ${what} on ${formatLongDate(last.date)}`;
  }
  const end = parseIsoDate(ctx.program.cycleEnd);
  return end ? `until ${formatMonthYear(end)}` : 'for this program year';
}

/** Words that change with the number of partners: "both" for a pair, "all" for a triad. */
function partnerWords(count: number): { all: string; any: string; each: string } {
  return count > 2 ? { all: 'all', any: 'Any', each: 'each of us' } : { all: 'both', any: 'Either', each: 'both of us' };
}

/** "Tue 8 Sep, Tue 10 Nov 2026, …": the group meetings, each kept on one line. */
function meetingDays(model: AgreementModel): string {
  return model.groupMeetings
    .filter((m) => isIsoDate(m.date))
    .map((m) => unbroken(formatShortDate(m.date)))
    .join(', ');
}

/**
 * The team named at the top of the back page, so a loose page still says whose it is. It also
 * starts the page ("page break before" rather than a break: if page 1 ever runs long, no empty
 * page follows).
 */
function backPageTeamLine(ctx: DocumentContext, team: AgreementTeam | null): Paragraph {
  if (team === null) {
    const width = contentWidth(ctx.paper);
    const label = (text: string): TextRun => new TextRun({ text, bold: true, color: COLORS.heading, size: SIZES.table });
    const line = (): TextRun => new TextRun({ children: [new Tab()], color: COLORS.rule });
    return new Paragraph({
      pageBreakBefore: true,
      spacing: { before: 120, after: 200 },
      tabStops: [
        { type: TabStopType.RIGHT, position: Math.round(width * 0.74), leader: LeaderType.UNDERSCORE },
        { type: TabStopType.RIGHT, position: width, leader: LeaderType.UNDERSCORE },
      ],
      children: [label('Our names  '), line(), label('   Team  '), line()],
    });
  }
  const names = joinNames(team.members.map((m) => m.name));
  return new Paragraph({
    style: 'Subtitle',
    pageBreakBefore: true,
    children: [new TextRun({ text: team.label, bold: true, color: COLORS.heading }), new TextRun(`  \u00b7  ${names}  \u00b7  agreement, continued`)],
  });
}

function agreementPages(ctx: DocumentContext, model: AgreementModel, team: AgreementTeam | null): FileChild[] {
  const names = team ? team.members.map((m) => m.name) : [];
  const { rules } = model;
  // Blank agreements print a row per partner: two for a pair, three for a triad.
  const signers = names.length > 0 ? names : Array.from({ length: model.blankPartners }, () => '');
  const words = partnerWords(signers.length);
  const from = startMonth(ctx);
  const days = meetingDays(model);
  const coordinator = ctx.program.coordinatorName.trim();

  const competencyPart: FileChild[] =
    team && team.competencies.length > 0
      ? [
          ...(team.competenciesChosen
            ? []
            : [
                paragraph('Suggested from what you each offer and want to develop, to confirm together: keep them, or cross one out and write your choice beside it.', {
                  style: 'Small',
                  keepNext: true,
                }),
              ]),
          ...team.competencies.map((c) => bullet(CATEGORY_LABELS[c.category], c.name)),
        ]
      : [
          paragraph(
            `Choose ${rules.minTotal} to ${rules.maxTotal} in all, ${rules.minPerCategory === rules.maxPerCategory ? rules.minPerCategory : `${rules.minPerCategory} or ${rules.maxPerCategory}`} from each category (self-management, business, people).`,
            { style: 'Small', keepNext: true },
          ),
          table(
            ctx.paper,
            [
              { header: 'Category', weight: 2.6 },
              { header: 'Competencies we choose', weight: 7.4 },
            ],
            (['self', 'business', 'people'] as const).map((category) => ({ cells: [CATEGORY_LABELS[category], ''], minHeight: signers.length > 2 ? 460 : 640 })),
          ),
        ];

  const reviewRows =
    model.reviewDates.length > 0
      ? model.reviewDates.map((date) => [unbroken(formatShortDate(date)), '', ''])
      : [0, 1, 2].map(() => ['', '', '']);

  return [
    title(DOCUMENT_NAME),
    subtitle(
      team
        ? `${team.label}  \u00b7  ${joinNames(names)}  \u00b7  ${ctx.program.name}`
        : `${ctx.program.name}  \u00b7  ${signers.length > 2 ? 'for a triad (three partners)' : 'for a pair'}`,
    ),
    paragraph(
      `We agree to work together as peer mentoring partners in ${ctx.program.name}${from === '' ? '' : ` from ${from}`} ${untilWhen(ctx, model)}. Each of us is both mentor and mentee.`,
    ),
    ...(team
      ? []
      : [fieldRow(ctx.paper, [
          { label: 'Our names', value: '', weight: 6 },
          { label: 'Team', value: '', weight: 1.2 },
        ])]),

    heading('1. Our goals for this year'),
    paragraph('What each of us wants to be able to do better by the end of the program.', { style: 'Small', keepNext: true }),
    ...signers.flatMap((name, i) => [
      new Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 0 },
        children: [new TextRun({ text: name === '' ? `Partner ${i + 1}` : name, bold: true, color: COLORS.heading, size: SIZES.table })],
      }),
      writingLines(ctx.paper, team === null || signers.length > 2 ? 3 : 4),
    ]),

    heading('2. The competencies we will work on'),
    ...competencyPart,

    heading('3. How often and how we meet'),
    optionsGrid(ctx.paper, [
      { label: 'How often', options: [{ label: 'Every 2 weeks' }, { label: 'Every 3 weeks' }, { label: 'Monthly' }, { label: 'Other:', writeIn: true }] },
      { label: 'How', options: [{ label: 'In person' }, { label: 'Video call' }, { label: 'Phone' }, { label: 'Other:', writeIn: true }] },
    ]),
    fieldRow(ctx.paper, [
      { label: 'Usual day, time and place', value: '', weight: 5 },
      { label: 'Length', value: '', weight: 2.4 },
    ]),
    paragraph('Who books our meetings, and how we let each other know if one of us must cancel:', { style: 'Small', keepNext: true }),
    writingLines(ctx.paper, signers.length > 2 ? 2 : 3),

    backPageTeamLine(ctx, team),
    heading('4. Group meetings'),
    paragraph(
      `We ${words.all} come to the group meetings, where everyone in the program meets${days === '' ? '' : `: ${days}`}. If one of us cannot come, we tell ${coordinator === '' ? 'the coordinator' : coordinator} beforehand.`,
    ),
    heading('5. Confidentiality'),
    paragraph(
      `What we tell each other stays between us unless we ${words.all} agree to share it. We may tell the coordinator that we met and how it is going, never what was said. The one exception is a risk to someone\u2019s safety or wellbeing, which we would raise with the coordinator.`,
    ),
    heading('6. How we give each other feedback'),
    bullet('We ask before giving advice, and say what we saw rather than what we assume.'),
    bullet('We name one thing that worked and one thing to try next, soon after it happens.'),
    bullet('We say so early when something is not working for us, and listen without defending ourselves.'),
    paragraph('Anything else we agree about feedback:', { style: 'Small', keepNext: true }),
    writingLines(ctx.paper, 2),

    heading('7. Reviewing how it goes'),
    paragraph(
      model.reviewDates.length > 0
        ? `After each topic group meeting we take ten minutes to look back: is this useful for ${words.each}, and is it give and take?`
        : `Every few meetings we take ten minutes to look back: is this useful for ${words.each}, and is it give and take?`,
      { style: 'Small', keepNext: true },
    ),
    table(
      ctx.paper,
      [
        { header: model.reviewDates.length > 0 ? 'After the meeting of' : 'Date', weight: 2.2 },
        { header: 'What is working', weight: 3.9 },
        { header: 'What we will change', weight: 3.9 },
      ],
      // A pair's back page has room for taller rows; a triad's holds a third signature.
      reviewRows.map((cells) => ({ cells, minHeight: signers.length > 2 ? WRITING_LINE : Math.round(WRITING_LINE * 1.6) })),
    ),

    heading('8. If it is not working'),
    paragraph(
      `${words.any} of us can end this partnership at any time, without blame and without having to explain. We will tell each other first where we can, then let the coordinator know, who will help each of us continue in the program.`,
    ),

    heading('9. Signatures'),
    table(
      ctx.paper,
      [
        { header: 'Name', weight: 3.4 },
        { header: 'Signature', weight: 4.4 },
        { header: 'Date', weight: 2.2 },
      ],
      signers.map((name) => ({ cells: [name, '', ''], minHeight: Math.round(WRITING_LINE * 1.25) })),
    ),
    new Paragraph({
      spacing: { before: 100, after: 100 },
      style: 'Small',
      children: [new TextRun(`Keep a copy each, and give the signed original to ${coordinator === '' ? 'the coordinator' : coordinator}.`)],
    }),
    fieldRow(ctx.paper, [
      { label: 'Received by the coordinator', value: '', weight: 3 },
      { label: 'Date', value: '', weight: 1.4 },
    ]),
  ];
}

/**
 * Agreements for the given teams (two pages each, page numbers restarting per team), or one
 * blank agreement to fill in by hand when there are no teams.
 */
export function buildAgreement(ctx: DocumentContext, model: AgreementModel): Document {
  const sections =
    model.teams.length === 0
      ? [{ documentName: DOCUMENT_NAME, children: agreementPages(ctx, model, null) }]
      : model.teams.map((team) =>
          // No per-team footer label: one shared footer keeps a big print run small.
          ({ documentName: DOCUMENT_NAME, restartNumbering: true, children: agreementPages(ctx, model, team) }),
        );
  return createDocument(ctx, DOCUMENT_NAME, sections);
}
