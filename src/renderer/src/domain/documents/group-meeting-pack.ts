/**
 * Everything printed for one group meeting: the agenda with its timings and what to bring, the
 * attendance sign-in sheet with every expected name and their team, then the handouts of the
 * meeting: the topic worksheet, or at the orientation the year's schedule and the skills
 * inventory form.
 */
import { Paragraph, TextRun, type Document, type FileChild } from 'docx';
import { CATEGORY_LABELS } from '../model';
import { formatLongDate, formatTimeRange, isIsoDate } from '../schedule/iso-dates';
import type { DocumentContext, GroupMeetingPackModel, ScheduleEntry } from './document-models';
import { worksheetSections } from './competency-worksheet';
import { agendaMinutes, agendaText, fitAgenda, timeAgenda, type MeetingPlan } from './meeting-plans';
import { scheduleHandoutSections } from './schedule-handout';
import { skillsInventorySections } from './skills-inventory-form';
import { COLORS, createDocument, heading, noteBox, paragraph, table, title, unbroken, writingLines, type SectionSpec } from './style';

const DOCUMENT_NAME = 'Group meeting';

/**
 * Rows per sign-in page. Fixed rather than left to the layout so the sheet breaks at the same
 * place in Word and LibreOffice, on A4 and Letter alike: 30 names and two spare lines for
 * people who come without being on the list fit one page.
 */
export const SIGN_IN_ROWS_PER_PAGE = 32;

/** Spare lines the last sign-in page always keeps for walk-ins. */
export const SIGN_IN_SPARE_ROWS = 2;

/** Row height of the sign-in sheet in twips (6.4 mm: room for a signature, 32 rows on a Letter page). */
const SIGN_IN_ROW = 362;

/**
 * The meeting's title, then its day, time and place on the next line. The date and the place
 * are each kept whole, so a long line breaks between them, never inside a place's name.
 */
export function meetingHeading(meeting: ScheduleEntry): Paragraph[] {
  const when = [
    isIsoDate(meeting.date) ? unbroken(formatLongDate(meeting.date)) : meeting.date,
    formatTimeRange(meeting.startTime, meeting.minutes),
  ]
    .filter((s) => s !== '')
    .join(', ');
  const line = [when, unbroken(meeting.place.trim())].filter((s) => s !== '').join('  \u00b7  ');
  return [
    new Paragraph({
      style: 'Subtitle',
      spacing: { after: 140 },
      children: [new TextRun({ text: meeting.title, bold: true, color: COLORS.heading }), ...(line === '' ? [] : [new TextRun({ text: line, break: 1 })])],
    }),
  ];
}

/** The agenda fitted to the meeting's length, with clock times when it has a start (shared with the orientation pack). */
export function agendaTable(ctx: DocumentContext, meeting: ScheduleEntry, plan: MeetingPlan): FileChild {
  const fitted = timeAgenda(fitAgenda(plan.agenda, meeting.minutes), meeting.startTime);
  const withClock = fitted.some((item) => item.startsAt !== '');
  const total = agendaMinutes(fitted);
  return table(
    ctx.paper,
    [
      ...(withClock ? [{ header: 'Time', weight: 1.1 }] : []),
      { header: 'Minutes', weight: 1.0, align: 'right' as const },
      { header: 'What happens', weight: withClock ? 7.9 : 9 },
    ],
    [
      ...fitted.map((item) => ({
        cells: [...(withClock ? [item.startsAt] : []), String(item.minutes), agendaText(item.activity, meeting.topic)],
        minHeight: 620,
      })),
      {
        cells: [
          ...(withClock ? [formatTimeRange(meeting.startTime, total).split('\u2013')[1] ?? ''] : []),
          [new Paragraph({ style: 'TableText', alignment: 'right', children: [new TextRun({ text: String(total), bold: true })] })],
          [new Paragraph({ style: 'TableText', children: [new TextRun({ text: 'End of the meeting', bold: true })] })],
        ],
        band: true,
      },
    ],
  );
}

/** "Prepare and bring: …" in a note box, or nothing when the plan says nothing to bring. */
function bringBox(ctx: DocumentContext, plan: MeetingPlan): FileChild[] {
  return plan.bring.trim() === ''
    ? []
    : [
        noteBox(ctx.paper, [
          new Paragraph({
            spacing: { after: 0 },
            children: [new TextRun({ text: 'Prepare and bring: ', bold: true, color: COLORS.heading }), new TextRun(plan.bring.trim())],
          }),
        ]),
      ];
}

function agendaPage(ctx: DocumentContext, model: GroupMeetingPackModel): FileChild[] {
  return [
    title('Agenda'),
    ...meetingHeading(model.meeting),
    agendaTable(ctx, model.meeting, model.plan),
    new Paragraph({ spacing: { after: 200 }, children: [] }),
    ...bringBox(ctx, model.plan),
    // The rest of the page is for the facilitator's notes during the meeting.
    heading('Notes', 2),
    writingLines(ctx.paper, ctx.paper === 'letter' ? 8 : 10),
  ];
}

/** Pages of the attendance sheet for this many names (the last page keeps two spare lines). */
export function signInPageCount(names: number): number {
  return Math.max(1, Math.ceil((names + SIGN_IN_SPARE_ROWS) / SIGN_IN_ROWS_PER_PAGE));
}

function signInPages(ctx: DocumentContext, model: GroupMeetingPackModel): FileChild[] {
  const names = model.attendees;
  const pageCount = signInPageCount(names.length);
  const children: FileChild[] = [];
  for (let page = 0; page < pageCount; page++) {
    const slice = names.slice(page * SIGN_IN_ROWS_PER_PAGE, (page + 1) * SIGN_IN_ROWS_PER_PAGE);
    // Empty rows fill the last page: people who come without being on the list sign there.
    const blanks = page === pageCount - 1 ? SIGN_IN_ROWS_PER_PAGE - slice.length : 0;
    children.push(
      title(page === 0 ? 'Attendance' : 'Attendance (continued)', { newPage: page > 0 }),
      ...(page === 0
        ? meetingHeading(model.meeting)
        : [paragraph(model.meeting.title, { style: 'Subtitle' })]),
      ...(page === 0
        ? [paragraph('Please sign next to your name as you arrive. Not on the list? Add yourself at the end.', { style: 'Small', after: 120 })]
        : []),
      table(
        ctx.paper,
        [
          { header: '#', weight: 0.45, align: 'right' },
          { header: 'Name', weight: 3.1 },
          { header: 'Team', weight: 1.1 },
          { header: 'Department', weight: 2.45 },
          { header: 'Signature', weight: 2.9 },
        ],
        [
          ...slice.map((a, i) => ({ cells: [String(page * SIGN_IN_ROWS_PER_PAGE + i + 1), a.name, a.team, a.department, ''], minHeight: SIGN_IN_ROW })),
          ...Array.from({ length: blanks }, () => ({ cells: ['', '', '', '', ''], minHeight: SIGN_IN_ROW })),
        ],
        { dense: true },
      ),
    );
  }
  return children;
}


/**
 * The meeting pack: the agenda page, the sign-in pages (the last padded with empty lines for
 * walk-ins), then the topic worksheet (blank or one page per person) for a topic meeting, or
 * the schedule handout and the skills inventory form for the orientation. Each part numbers
 * its pages from 1.
 */
export function buildGroupMeetingPack(ctx: DocumentContext, model: GroupMeetingPackModel): Document {
  const topic = model.meeting.topic;
  const sections: SectionSpec[] = [
    { documentName: DOCUMENT_NAME, footerLabel: 'Agenda', restartNumbering: true, children: agendaPage(ctx, model) },
    { documentName: DOCUMENT_NAME, footerLabel: 'Attendance', restartNumbering: true, children: signInPages(ctx, model) },
    ...(model.worksheet ? worksheetSections(ctx, { ...model.worksheet, meeting: model.meeting }, true) : []),
    ...(model.schedule ? scheduleHandoutSections(ctx, model.schedule, 'Schedule') : []),
    ...(model.inventory ? skillsInventorySections(ctx, model.inventory, 'Skills inventory') : []),
  ];
  const name = topic === null ? `${DOCUMENT_NAME} pack \u2014 ${model.meeting.title}` : `${DOCUMENT_NAME} pack \u2014 ${CATEGORY_LABELS[topic]}`;
  return createDocument(ctx, name, sections);
}
