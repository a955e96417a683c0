/**
 * Everything printed for one group meeting: the attendance sign-in sheet with every expected
 * name, then the worksheet for the meeting's topic.
 */
import { Paragraph, type Document, type FileChild } from 'docx';
import { CATEGORY_LABELS } from '../model';
import type { DocumentContext, GroupMeetingPackModel } from './document-models';
import { meetingWhen, worksheetSections } from './competency-worksheet';
import { createDocument, paragraph, subtitle, table, title, WRITING_LINE } from './style';

const DOCUMENT_NAME = 'Group meeting';

/**
 * Names per sign-in page. Fixed rather than left to the layout so the sheet breaks at the
 * same place in Word and LibreOffice, on A4 and Letter alike, with room for late additions.
 */
export const SIGN_IN_ROWS_PER_PAGE = 20;

function signInPages(ctx: DocumentContext, model: GroupMeetingPackModel): FileChild[] {
  const names = model.attendees;
  const pageCount = Math.max(1, Math.ceil((names.length + 2) / SIGN_IN_ROWS_PER_PAGE));
  const children: FileChild[] = [];
  for (let page = 0; page < pageCount; page++) {
    const slice = names.slice(page * SIGN_IN_ROWS_PER_PAGE, (page + 1) * SIGN_IN_ROWS_PER_PAGE);
    // Empty rows fill the last page: people who come without being on the list sign there.
    const blanks = page === pageCount - 1 ? SIGN_IN_ROWS_PER_PAGE - slice.length : 0;
    children.push(
      title(page === 0 ? 'Attendance' : 'Attendance (continued)', { newPage: page > 0 }),
      subtitle(`${model.meeting.title}  \u00b7  ${meetingWhen(model.meeting)}`),
      ...(page === 0 ? [paragraph('Please sign next to your name as you arrive. Not on the list? Add yourself at the end.', { after: 140 })] : []),
      table(
        ctx.paper,
        [
          { header: '#', weight: 0.5, align: 'right' },
          { header: 'Name', weight: 3.6 },
          { header: 'Department', weight: 2.9 },
          { header: 'Signature', weight: 3.0 },
        ],
        [
          ...slice.map((a, i) => ({ cells: [String(page * SIGN_IN_ROWS_PER_PAGE + i + 1), a.name, a.department, ''], minHeight: WRITING_LINE + 20 })),
          ...Array.from({ length: blanks }, () => ({ cells: ['', '', '', ''], minHeight: WRITING_LINE + 20 })),
        ],
      ),
    );
  }
  children.push(new Paragraph({ children: [] }));
  return children;
}

/**
 * The meeting pack: sign-in pages (20 lines each, the last page padded with empty lines for
 * walk-ins), then the topic worksheet (blank or one page per person) when the meeting has a topic.
 */
export function buildGroupMeetingPack(ctx: DocumentContext, model: GroupMeetingPackModel): Document {
  const topic = model.meeting.topic;
  const sections = [
    { documentName: DOCUMENT_NAME, footerLabel: 'Attendance', restartNumbering: true, children: signInPages(ctx, model) },
    ...(model.worksheet ? worksheetSections(ctx, { ...model.worksheet, meeting: model.meeting }, true) : []),
  ];
  const name = topic === null ? `${DOCUMENT_NAME} pack` : `${DOCUMENT_NAME} pack \u2014 ${CATEGORY_LABELS[topic]}`;
  return createDocument(ctx, name, sections);
}
