/**
 * Pairing letters: one letter per pair or triad, addressed to all its members, from the
 * editable template. Either one file per team (to attach to an email) or all letters in one
 * file, each on its own page(s).
 */
import { AlignmentType, Paragraph, TextRun, type Document, type FileChild } from 'docx';
import { cleanFileNamePart, hasLetterOrDigit, truncateFileNamePart, withoutEdgeSeparators } from '../../../../shared/file-names';
import { teamLabel, type DocumentContext, type LetterModel, type LetterTeam } from './document-models';
import { DEFAULT_LETTER_TEMPLATE, renderLetterTemplate, type LetterBlock } from './letter-template';
import { bullet, createDocument, heading, paragraph, spacer, table, title, type SectionSpec } from './style';

const LETTER_STYLE = 'LetterText';

const DOCUMENT_NAME = 'Pairing letter';

function blockToDocx(block: LetterBlock, ctx: DocumentContext): FileChild[] {
  switch (block.kind) {
    case 'date':
      return [new Paragraph({ alignment: AlignmentType.RIGHT, style: 'Small', children: [new TextRun(block.text)] })];
    case 'heading':
      return [block.level === 1 ? new Paragraph({ style: 'Title', spacing: { after: 160 }, children: [new TextRun(block.text)] }) : heading(block.text, 2)];
    case 'paragraph':
      return [paragraph(block.lines.join('\n'), { style: LETTER_STYLE })];
    case 'bullets':
      return [
        ...(block.intro === '' ? [] : [paragraph(block.intro, { style: LETTER_STYLE, keepNext: block.items.length > 0 })]),
        ...block.items.map((item) => bullet(item.text, item.label, LETTER_STYLE)),
      ];
    case 'table':
      return [
        table(
          ctx.paper,
          block.columns.map((c) => ({ header: c.header, weight: c.weight })),
          block.rows.map((r) => ({ cells: r.cells, band: r.band })),
          { dense: true, smallText: true },
        ),
        // The note, or a little air, after a table, which has no paragraph spacing of its own.
        block.note === '' ? spacer(100) : new Paragraph({ style: LETTER_STYLE, spacing: { before: 100 }, children: [new TextRun(block.note)] }),
      ];
  }
}

function letterBody(ctx: DocumentContext, letter: LetterModel, template: string): FileChild[] {
  return renderLetterTemplate(template, ctx, letter).flatMap((b) => blockToDocx(b, ctx));
}

/** Whose letter a page is: "Pair 07 · Ana García, Tom Müller". */
export function letterFooterLabel(team: Pick<LetterTeam, 'kind' | 'number' | 'members'>): string {
  return `${teamLabel(team)} \u00b7 ${team.members.map((m) => m.name).join(', ')}`;
}

/**
 * A letter's section. Every page names its team in the footer, in its own file and in the
 * combined one, so a page that slips out of a printed pile still says whose it is.
 */
function letterSection(ctx: DocumentContext, letter: LetterModel, template: string, combined: boolean): SectionSpec {
  return {
    documentName: DOCUMENT_NAME,
    footerLabel: letterFooterLabel(letter.team),
    restartNumbering: combined,
    children: letterBody(ctx, letter, template),
  };
}

/** One team's letter as its own document. */
export function buildPairLetter(ctx: DocumentContext, letter: LetterModel, template: string = DEFAULT_LETTER_TEMPLATE): Document {
  return createDocument(ctx, `${DOCUMENT_NAME} \u2014 ${teamLabel(letter.team)}`, [letterSection(ctx, letter, template, false)]);
}

/**
 * All letters in one document, each starting on a new page with page numbers restarting at 1,
 * for printing in one go. An empty list gives a document with a note saying so.
 */
export function buildPairLetters(ctx: DocumentContext, letters: readonly LetterModel[], template: string = DEFAULT_LETTER_TEMPLATE): Document {
  const sections =
    letters.length === 0
      ? [{ documentName: DOCUMENT_NAME, children: [title('Pairing letters'), paragraph('There are no pairs or triads to write to yet.')] }]
      : letters.map((letter) => letterSection(ctx, letter, template, true));
  return createDocument(ctx, `${DOCUMENT_NAME}s`, sections);
}

/**
 * One member's name as it appears in a file name, or '' when the name says nothing. Each word
 * loses separators at its ends ("Jr." → "Jr", "Lee," → "Lee") and words with no letter or digit
 * ("." or "&") are dropped, so a name can neither leave an empty part or a dangling " - " nor
 * be mistaken for two names.
 */
function fileNamePartFor(text: string): string {
  return cleanFileNamePart(text).split(' ').map(withoutEdgeSeparators).filter(hasLetterOrDigit).join(' ');
}

/**
 * File name of a team's letter: "Pair 07 - Garcia & Muller.docx", "Triad 03 - A, B & C.docx".
 * Last names keep their accents (every current file system stores them); characters that are
 * illegal in file names are removed, and very long names are shortened to stay well within
 * path limits. A member whose last name holds no letter or digit is named by their display
 * name, then their first name, and left out if none says anything ("Pair 01.docx").
 */
export function letterFileName(team: Pick<LetterTeam, 'kind' | 'number' | 'members'>): string {
  const names = team.members
    .map((m) => [m.lastName, m.name, m.firstName].map(fileNamePartFor).find((part) => part !== '') ?? '')
    .filter((n) => n !== '');
  const joined = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} & ${names[names.length - 1]}`;
  const label = teamLabel(team);
  const body = joined === '' ? label : `${label} - ${joined}`;
  // 150 characters keeps full paths short; a cut name loses its broken end, so it still ends
  // in a letter or digit (never a separator, a dot or a space, which Windows refuses).
  const short = truncateFileNamePart(body, 150);
  return `${short === body ? body : short.replace(/[^\p{L}\p{N}]+$/u, '')}.docx`;
}

/** One document per team with its file name, for "one file per pair". */
export function buildPairLetterFiles(
  ctx: DocumentContext,
  letters: readonly LetterModel[],
  template: string = DEFAULT_LETTER_TEMPLATE,
): { fileName: string; document: Document }[] {
  return letters.map((letter) => ({ fileName: letterFileName(letter.team), document: buildPairLetter(ctx, letter, template) }));
}
