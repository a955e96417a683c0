/**
 * Opens the packed .docx files (unzipped with fflate, independent of the builder) and checks
 * what people rely on: names, partners, reasons, competencies, dates, one unit per page, no
 * placeholder left, special characters intact, paper size, header and footer.
 */
import { describe, expect, it } from 'vitest';
import { buildAgreement } from '../../../src/renderer/src/domain/documents/agreement';
import { buildCompetencyWorksheet } from '../../../src/renderer/src/domain/documents/competency-worksheet';
import {
  buildAgreementModel,
  buildGroupMeetingPackModel,
  buildLetterModels,
  buildScheduleHandoutModel,
  buildSkillsInventoryModel,
  buildWorksheetModel,
} from '../../../src/renderer/src/domain/documents/document-models';
import { buildGroupMeetingPack, SIGN_IN_ROWS_PER_PAGE } from '../../../src/renderer/src/domain/documents/group-meeting-pack';
import { DOCX_MIME_TYPE, packDocument, packDocumentBlob } from '../../../src/renderer/src/domain/documents/pack';
import { buildPairLetter, buildPairLetterFiles, buildPairLetters } from '../../../src/renderer/src/domain/documents/pair-letters';
import { buildScheduleHandout } from '../../../src/renderer/src/domain/documents/schedule-handout';
import { buildSkillsInventoryForm } from '../../../src/renderer/src/domain/documents/skills-inventory-form';
import { readDocx, type DocxContents } from '../../docx-check/docx-reader';
import { catalog, context, events, generatedParticipants, members, participants, program, teams } from '../../docx-check/fixtures';

const letters = buildLetterModels(program, teams, members, participants, catalog, events, '2026-09-15');

async function open(document: Parameters<typeof packDocument>[0]): Promise<DocxContents> {
  return readDocx(await packDocument(document));
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('pair letters in one document', async () => {
  const docx = await open(buildPairLetters(context('a4'), letters));

  it('gives each letter its own section, so each starts on a new page', () => {
    expect(docx.sectionTexts).toHaveLength(letters.length);
    expect(docx.sectionTexts[0]).toContain('Dear Zoë, Kwame and Mei,');
    expect(docx.sectionTexts[1]).toContain('Dear Ana and Tom,');
    expect(docx.sectionTexts[2]).toContain('Dear Siobhán and Łukasz,');
  });

  it('names every member with job title, department and email', () => {
    for (const letter of letters) {
      const section = docx.sectionTexts[letters.indexOf(letter)] ?? '';
      for (const m of letter.team.members) {
        expect(section).toContain(m.name);
        expect(section).toContain(m.jobTitle);
        expect(section).toContain(m.department);
        expect(section).toContain(m.email);
      }
    }
  });

  it('prints the reasons, the competencies and the dates', () => {
    const pair07 = docx.sectionTexts[1] ?? '';
    expect(pair07).toContain('Ana can help Tom with Stress management.');
    expect(pair07).toContain('Tom can help Ana with Written communication.');
    for (const name of ['Stress management', 'Written communication', 'Analytical thinking', 'Developing others']) expect(pair07).toContain(name);
    for (const date of ['Tue 10 Nov 2026', 'Tue 12 Jan 2027', 'Tue 9 Mar 2027', 'Tue 11 May 2027', 'Saturday 31 October 2026']) {
      expect(pair07).toContain(date);
    }
    // The orientation on 8 September is over by the letter's date (15 September).
    expect(pair07).not.toContain('Tue 8 Sep 2026');
    expect(pair07).not.toContain('To confirm together');
    expect(docx.sectionTexts[2]).toContain('To confirm together');
  });

  it('resolves every placeholder', () => {
    expect(docx.text).not.toContain('{{');
    expect(docx.text).not.toContain('}}');
  });

  it('keeps accents, apostrophes, ampersands, angle brackets and emoji intact and escaped', () => {
    for (const s of ['Müller', 'Siobhán O\u2019Connor', 'Łukasz Wiśniewski', 'Finance & Controlling', 'IT <Platform>', 'Ward manager 🩺', 'meet at <Building B> & bring']) {
      expect(docx.text).toContain(s);
    }
    expect(docx.documentXml).toContain('Finance &amp; Controlling');
    expect(docx.documentXml).toContain('IT &lt;Platform&gt;');
    expect(docx.documentXml).not.toMatch(/<w:t[^>]*>[^<]*&(?!amp;|lt;|gt;|quot;|apos;|#)/);
  });

  it('puts program and organisation in the header and page numbers in the footer', () => {
    expect(docx.headerXml.length).toBeGreaterThan(0);
    const header = docx.headerXml.join('');
    expect(header).toContain('Peer Mentoring 2026\u201327');
    expect(header).toContain('Hôpital Saint-Éloi &amp; Partners');
    const footer = docx.footerXml.join('');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    // Letters printed together restart their page numbers.
    expect(count(docx.documentXml, '<w:pgNumType w:start="1"')).toBe(letters.length);
  });

  it('names each letter\u2019s team in the footer of its pages', () => {
    expect(docx.footerXml).toHaveLength(letters.length);
    expect(count(docx.documentXml, '<w:footerReference')).toBe(letters.length);
    const footers = docx.footerXml.join('');
    for (const label of ['Triad 03 \u00b7 Zoë Dubois-Lefèvre, Kwame Mensah, Mei Chen', 'Pair 07 \u00b7 Ana García, Tom Müller', 'Pair 08 \u00b7 Siobhán O\u2019Connor, Łukasz Wiśniewski']) {
      expect(footers).toContain(label);
    }
  });

  it('uses A4 or US Letter as chosen', async () => {
    expect(docx.pageSizes.every((s) => s.width === 11906 && s.height === 16838)).toBe(true);
    const us = await open(buildPairLetters(context('letter'), letters));
    expect(us.pageSizes).toHaveLength(letters.length);
    expect(us.pageSizes.every((s) => s.width === 12240 && s.height === 15840)).toBe(true);
  });
});

describe('packing', () => {
  it('gives the same .docx as bytes or as a Blob with the Word MIME type', async () => {
    const document = buildPairLetter(context(), letters[0]!);
    const blob = await packDocumentBlob(document);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(readDocx(bytes).text).toContain('Dear Zoë, Kwame and Mei,');
    expect(DOCX_MIME_TYPE).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});

describe('one letter per file', () => {
  it('names each file after the team and holds only that team', async () => {
    const files = buildPairLetterFiles(context(), letters);
    expect(files.map((f) => f.fileName)).toEqual([
      'Triad 03 - Dubois-Lefèvre, Mensah & Chen.docx',
      'Pair 07 - García & Müller.docx',
      'Pair 08 - O\u2019Connor & Wiśniewski.docx',
    ]);
    const docx = await open(files[1]!.document);
    expect(docx.sectionTexts).toHaveLength(1);
    expect(docx.text).toContain('Ana García');
    expect(docx.text).not.toContain('Kwame');
    expect(docx.footerXml.join('')).toMatch(/NUMPAGES/);
  });

  it('renders a custom template and drops unknown placeholders', async () => {
    const docx = await open(buildPairLetter(context(), letters[1]!, 'Hello {{first names}} {{nonsense}}!\n{{reasons}}'));
    expect(docx.text).toContain('Hello Ana and Tom !');
    expect(docx.text).toContain('Ana can help Tom with Stress management.');
    expect(docx.text).not.toContain('nonsense');
  });
});

describe('competency worksheet', () => {
  it('prints the category competencies with descriptions and blank tick boxes', async () => {
    const docx = await open(buildCompetencyWorksheet(context(), buildWorksheetModel(program, 'self', catalog, events)));
    expect(docx.sectionTexts).toHaveLength(1);
    for (const c of catalog.filter((x) => x.category === 'self')) {
      expect(docx.text).toContain(c.name);
      expect(docx.text).toContain(c.description);
    }
    expect(count(docx.text, '\u2610')).toBe(4);
    expect(count(docx.text, '\u2612')).toBe(0);
    expect(docx.text).toContain('one or two');
    expect(docx.text).toContain('Tuesday 10 November 2026');
    expect(docx.text).toContain('Tuesday 12 January 2027');
    for (const prompt of ['My goal', 'My practice plan', 'Reflection afterwards']) expect(docx.text).toContain(prompt);
  });

  it('personalises one section per person with the team choices ticked', async () => {
    const model = buildWorksheetModel(program, 'people', catalog, events, { teams, members, participants });
    const docx = await open(buildCompetencyWorksheet(context(), model));
    expect(docx.sectionTexts).toHaveLength(model.people.length);
    const ana = docx.sectionTexts.find((t) => t.includes('Ana García'))!;
    expect(ana).toContain('Tom Müller');
    expect(ana).toContain('Pair 07');
    // Pair 07 chose Written communication and Developing others from the people category.
    expect(count(ana, '\u2612')).toBe(2);
    expect(count(ana, '\u2610')).toBe(13);
    expect(ana).toContain('Ticked boxes show what your team has chosen so far.');
    // Pair 08 has not chosen: its suggestion (Managing change here) is ticked, to confirm together.
    const siobhan = docx.sectionTexts.find((t) => t.includes('Siobhán'))!;
    expect(count(siobhan, '\u2612')).toBe(1);
    expect(siobhan).toContain('Ticked boxes are suggested from what you each offer and want to develop: to confirm together.');
  });
});

describe('agreement, schedule, inventory and meeting pack', () => {
  it('makes a two-page agreement per team with names, competencies and signature lines', async () => {
    const docx = await open(buildAgreement(context(), buildAgreementModel(program, teams, members, participants, catalog)));
    expect(docx.sectionTexts).toHaveLength(3);
    const triad = docx.sectionTexts[0] ?? '';
    for (const heading of ['Our goals', 'competencies we will work on', 'How often', 'Confidentiality', 'feedback', 'If it is not working', 'Signatures']) {
      expect(triad).toContain(heading);
    }
    expect(triad).toContain('Building collaborative relationships');
    expect(count(triad, 'Mei Chen')).toBeGreaterThanOrEqual(2);
    expect(count(docx.documentXml, 'w:pageBreakBefore')).toBe(3);
  });

  it('makes a blank agreement when there are no teams', async () => {
    const docx = await open(buildAgreement(context(), { teams: [], rules: program.rules }));
    expect(docx.sectionTexts).toHaveLength(1);
    expect(docx.text).toContain('Partner 1');
    expect(docx.text).toContain('Choose 3 to 6 in all, 1 or 2 from each category');
  });

  it('lists every month of the schedule with dates, times and places', async () => {
    const docx = await open(buildScheduleHandout(context('letter'), buildScheduleHandoutModel(events)));
    for (const month of ['September 2026', 'October 2026', 'November 2026', 'December 2026', 'January 2027', 'February 2027', 'March 2027', 'April 2027', 'May 2027']) {
      expect(docx.text).toContain(month);
    }
    expect(count(docx.text, 'By arrangement')).toBe(4);
    expect(count(docx.text, '12:00\u201314:00')).toBe(5);
    expect(count(docx.text, 'Room 4.12, Education Centre')).toBe(5);
    expect(docx.pageSizes[0]).toEqual({ width: 12240, height: 15840 });
  });

  it('lists the whole catalog with an offer and a develop box each', async () => {
    const docx = await open(buildSkillsInventoryForm(context(), buildSkillsInventoryModel(catalog)));
    for (const c of catalog) expect(docx.text).toContain(c.name);
    // Two boxes per competency plus the three career stages.
    expect(count(docx.text, '\u2610')).toBe(catalog.length * 2 + 3);
    for (const label of ['Name', 'Department', 'Career stage', 'I can offer', 'I want to develop']) expect(docx.text).toContain(label);
  });

  it('lists every attendee on sign-in pages of fixed length, then the topic worksheet', async () => {
    const crowd = generatedParticipants(45);
    const march = events.find((e) => e.topic === 'people')!;
    const model = buildGroupMeetingPackModel(program, march, crowd, [], [], catalog, events, false);
    const docx = await open(buildGroupMeetingPack(context(), model));
    for (const p of crowd) expect(docx.text).toContain(p.name);
    expect(count(docx.text, 'Attendance (continued)')).toBe(Math.ceil((crowd.length + 2) / SIGN_IN_ROWS_PER_PAGE) - 1);
    expect(docx.sectionTexts).toHaveLength(2);
    expect(docx.sectionTexts[1]).toContain('Managing performance');
  });

  it('adds a personalised worksheet per team member when asked', async () => {
    const november = events.find((e) => e.topic === 'self')!;
    const model = buildGroupMeetingPackModel(program, november, participants, teams, members, catalog, events, true);
    const docx = await open(buildGroupMeetingPack(context(), model));
    expect(docx.sectionTexts).toHaveLength(1 + participants.length);
    expect(docx.sectionTexts[0]).toContain('Attendance');
    expect(docx.sectionTexts.slice(1).every((t) => t.includes('Self-management skills'))).toBe(true);
  });
});
