/**
 * The peer mentoring agreement ("contract") each pair or triad fills in and signs at the
 * start: goals, chosen competencies, how often and how they meet, confidentiality, feedback,
 * a no-fault ending, signatures and date. Two pages per team, printed on both sides.
 */
import { Paragraph, TextRun, type Document, type FileChild } from 'docx';
import { CATEGORY_LABELS } from '../model';
import { formatMonthYear, parseIsoDate } from '../schedule/iso-dates';
import type { AgreementModel, AgreementTeam, DocumentContext } from './document-models';
import { joinNames } from './document-models';
import {
  bullet,
  COLORS,
  optionsGrid,
  createDocument,
  fieldRow,
  heading,
  paragraph,
  SIZES,
  subtitle,
  table,
  title,
  WRITING_LINE,
  writingLines,
} from './style';

const DOCUMENT_NAME = 'Peer mentoring agreement';

function period(ctx: DocumentContext): string {
  const start = parseIsoDate(ctx.program.cycleStart);
  const end = parseIsoDate(ctx.program.cycleEnd);
  return start && end ? `from ${formatMonthYear(start)} to ${formatMonthYear(end)}` : 'for this program year';
}

function agreementPages(ctx: DocumentContext, model: AgreementModel, team: AgreementTeam | null): FileChild[] {
  const names = team ? team.members.map((m) => m.name) : [];
  const { rules } = model;
  // Blank agreements still need a signature row per partner: two, the usual pair.
  const signers = names.length > 0 ? names : ['', ''];

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
            (['self', 'business', 'people'] as const).map((category) => ({ cells: [CATEGORY_LABELS[category], ''], minHeight: 640 })),
          ),
        ];

  return [
    title(DOCUMENT_NAME),
    subtitle(
      team
        ? `${team.label}  \u00b7  ${joinNames(names)}  \u00b7  ${ctx.program.name}`
        : `${ctx.program.name}  \u00b7  ${period(ctx).replace(/^from /, '')}`,
    ),
    paragraph(
      `We agree to work together as peer mentoring partners in ${ctx.program.name} ${period(ctx)}. Each of us is both mentor and mentee: we share what we do well, and we learn from each other.`,
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
      { label: 'How often', options: [{ label: 'Every 2 weeks' }, { label: 'Every 3 weeks' }, { label: 'Monthly' }, { label: 'Other:' }] },
      { label: 'How', options: [{ label: 'In person' }, { label: 'Video call' }, { label: 'Phone' }, { label: 'On a walk' }] },
    ]),
    fieldRow(ctx.paper, [
      { label: 'Usual day, time and place', value: '', weight: 6 },
      { label: 'Length', value: '', weight: 1.6 },
    ]),
    paragraph('Who books our meetings, and how we let each other know if one of us must cancel:', { style: 'Small', keepNext: true }),
    writingLines(ctx.paper, 2),

    // "Page break before" rather than a break paragraph: if page 1 ever runs long, no empty page follows.
    heading('4. Confidentiality', 1, { newPage: true }),
    paragraph(
      'What we tell each other stays between us unless we both agree to share it. We may tell the coordinator that we met and how it is going, never what was said. The one exception is a risk to someone\u2019s safety or wellbeing, which we would raise with the coordinator.',
    ),
    heading('5. How we give each other feedback'),
    bullet('We ask before giving advice, and say what we saw rather than what we assume.'),
    bullet('We name one thing that worked and one thing to try next, soon after it happens.'),
    bullet('We say so early when something is not working for us, and listen without defending ourselves.'),
    paragraph('Anything else we agree about feedback:', { style: 'Small', keepNext: true }),
    writingLines(ctx.paper, 3),

    heading('6. Reviewing how it goes'),
    paragraph('Every few meetings we take ten minutes to look back: is this useful for both of us, and is the give and take balanced?', { style: 'Small', keepNext: true }),
    table(
      ctx.paper,
      [
        { header: 'Date', weight: 1.8 },
        { header: 'What is working', weight: 4.1 },
        { header: 'What we will change', weight: 4.1 },
      ],
      [0, 1, 2].map(() => ({ cells: ['', '', ''], minHeight: WRITING_LINE + 60 })),
    ),

    heading('7. If it is not working'),
    paragraph(
      'Either of us can end this partnership at any time, without blame and without having to explain. We will tell each other first where we can, then let the coordinator know, who will help each of us continue in the program.',
    ),

    heading('8. Signatures'),
    table(
      ctx.paper,
      [
        { header: 'Name', weight: 3.4 },
        { header: 'Signature', weight: 4.4 },
        { header: 'Date', weight: 2.2 },
      ],
      signers.map((name) => ({ cells: [name, '', ''], minHeight: Math.round(WRITING_LINE * 1.6) })),
    ),
    new Paragraph({ spacing: { before: 160 }, style: 'Small', children: [new TextRun('Keep a copy each, and give one to the coordinator.')] }),
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
