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
import { buildGroupMeetingPack, signInPageCount } from '../../../src/renderer/src/domain/documents/group-meeting-pack';
import { agendaMinutes, DEFAULT_MEETING_PLANS, fitAgenda } from '../../../src/renderer/src/domain/documents/meeting-plans';
import { formatShortDate } from '../../../src/renderer/src/domain/schedule/iso-dates';
import { DOCX_MIME_TYPE, packDocument, packDocumentBlob } from '../../../src/renderer/src/domain/documents/pack';
import { buildPairLetter, buildPairLetterFiles, buildPairLetters } from '../../../src/renderer/src/domain/documents/pair-letters';
import { buildScheduleHandout } from '../../../src/renderer/src/domain/documents/schedule-handout';
import { buildSkillsInventoryForm } from '../../../src/renderer/src/domain/documents/skills-inventory-form';
import { readDocx, xmlText, type DocxContents } from '../../docx-check/docx-reader';
import { catalog, context, events, generatedParticipants, generatedTeams, members, participants, program, teams } from '../../docx-check/fixtures';

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
    const text = docx.text.replace(/\u00a0/g, ' ');
    expect(text).toContain('Tuesday 10 November 2026');
    expect(text).toContain('Tuesday 12 January 2027');
    for (const prompt of ['My goal', 'My practice plan', 'Reflection afterwards']) expect(docx.text).toContain(prompt);
  });

  it('puts the goal under a long list on the front, so the front is not left a third empty', async () => {
    for (const paper of ['a4', 'letter'] as const) {
      const docx = await open(buildCompetencyWorksheet(context(paper), buildWorksheetModel(program, 'business', catalog, events)));
      const [front, back] = pagesOf(docx.documentXml.replace(/^[\s\S]*?<w:body>/, ''));
      expect(front).toContain('Decisiveness');
      expect(front).toContain('My goal');
      expect(back).toMatch(/^My plan: business skills/);
      expect(back).toContain('My practice plan until the next meeting');
      expect(back).toContain('Reflection afterwards');
      expect(back).not.toContain('My goal');
    }
  });

  it('sets every tick box on an exact line, so it centres on its row whatever the symbol font', async () => {
    const docx = await open(buildCompetencyWorksheet(context(), buildWorksheetModel(program, 'people', catalog, events)));
    const boxes = [...docx.documentXml.matchAll(/<w:p>((?:(?!<\/w:p>).)*)<\/w:p>/g)].map((m) => m[1] ?? '').filter((p) => p.includes('\u2610'));
    expect(boxes).toHaveLength(15);
    for (const box of boxes) expect(box).toMatch(/<w:spacing w:line="300" w:lineRule="exact"\/>/);
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

/** Text of each page of a section, split where a paragraph starts a new page. */
function pagesOf(xml: string): string[] {
  return xml.split(/<w:p>(?=(?:(?!<\/w:p>).)*<w:pageBreakBefore\/>)/).map(xmlText);
}

/** Numbers of the minutes column of an agenda table (the last is the total). */
function agendaNumbers(text: string): number[] {
  const table = text.slice(text.indexOf('What happens'), text.indexOf('End of the meeting'));
  return [...table.matchAll(/^(\d{1,3})$/gm)].map((m) => Number(m[1]));
}

describe('agreement', () => {
  const model = buildAgreementModel(program, teams, members, participants, catalog, events);

  it('makes two pages per team, and each page names its team', async () => {
    const docx = await open(buildAgreement(context(), model));
    expect(docx.sectionTexts).toHaveLength(3);
    const bodies = docx.documentXml.replace(/^[\s\S]*?<w:body>/, '').split(/<w:sectPr[\s\S]*?<\/w:sectPr>/).slice(0, 3);
    bodies.forEach((body, i) => {
      const pages = pagesOf(body);
      expect(pages).toHaveLength(2);
      for (const page of pages) expect(page).toContain(model.teams[i]!.label);
    });
  });

  it('covers goals, competencies, meetings, confidentiality, feedback, reviews, ending and signatures', async () => {
    const docx = await open(buildAgreement(context(), model));
    const triad = docx.sectionTexts[0] ?? '';
    for (const heading of ['Our goals', 'competencies we will work on', 'How often', 'Group meetings', 'Confidentiality', 'feedback', 'Reviewing how it goes', 'If it is not working', 'Signatures']) {
      expect(triad).toContain(heading);
    }
    expect(triad).toContain('Building collaborative relationships');
  });

  it('gives a triad three signature rows and words for three', async () => {
    const docx = await open(buildAgreement(context(), model));
    const triad = docx.sectionTexts[0] ?? '';
    const signatures = triad.slice(triad.indexOf('Signatures'));
    for (const name of ['Zoë Dubois-Lefèvre', 'Kwame Mensah', 'Mei Chen']) expect(signatures).toContain(name);
    expect(triad).toContain('Any of us can end');
    expect(triad).toContain('unless we all agree');
    const pair = docx.sectionTexts[1] ?? '';
    expect(pair).toContain('Either of us can end');
    expect(pair.slice(pair.indexOf('Signatures'))).not.toContain('Mei Chen');
  });

  it('prints three blank signature rows on a blank triad agreement, two on a blank pair one', async () => {
    const rows = (text: string): number => text.slice(text.indexOf('Signatures')).split('\n').filter((line) => line === '').length;
    const triad = await open(buildAgreement(context(), buildAgreementModel(program, [], [], [], catalog, events, 3)));
    const pair = await open(buildAgreement(context(), buildAgreementModel(program, [], [], [], catalog, events, 2)));
    expect(triad.text).toContain('Partner 3');
    expect(pair.text).not.toContain('Partner 3');
    expect(triad.text).toContain('for a triad');
    expect(rows(triad.text) - rows(pair.text)).toBe(3);
    expect(pair.text).toContain('Choose 3 to 6 in all, 1 or 2 from each category');
  });

  it('runs until the May debrief, commits to every group meeting and reviews on the schedule\'s topic meeting days', async () => {
    const docx = await open(buildAgreement(context(), model));
    const pair = docx.sectionTexts[1] ?? '';
    expect(pair).toContain('until the final group meeting and debrief on Tuesday 11 May 2027');
    const gatherings = events.filter((e) => e.kind !== 'pairs');
    expect(gatherings).toHaveLength(5);
    for (const e of gatherings) expect(pair).toContain(formatShortDate(e.date).replace(/ /g, '\u00a0'));
    const topicDays = events.filter((e) => e.kind === 'group').map((e) => e.date);
    expect(model.reviewDates).toEqual(topicDays);
    const reviews = pair.slice(pair.indexOf('Reviewing how it goes'), pair.indexOf('If it is not working'));
    expect(reviews).toContain('After the meeting of');
    expect([...reviews.matchAll(/^(\w{3}\u00a0\d+\u00a0\w{3}\u00a0\d{4})$/gm)].map((m) => m[1]!.replace(/\u00a0/g, ' '))).toEqual(topicDays.map(formatShortDate));
  });

  it('has a line for the coordinator to confirm receipt, and write-in lines for "Other" and the length', async () => {
    const docx = await open(buildAgreement(context(), model));
    for (const section of docx.sectionTexts) {
      expect(section).toContain('Received by the coordinator');
      expect(section).toContain('give the signed original to Dana O\u2019Brien');
    }
    expect(count(docx.sectionTexts[0] ?? '', 'Other:\t')).toBe(2);
    expect(docx.sectionTexts[0]).toContain('Length');
  });

  it('leaves no placeholder', async () => {
    const docx = await open(buildAgreement(context(), model));
    expect(docx.text).not.toMatch(/[{}]/);
  });
});

describe('agreement, schedule, inventory and meeting pack', () => {
  it('lists every month of the schedule with dates, times and places', async () => {
    const docx = await open(buildScheduleHandout(context('letter'), buildScheduleHandoutModel(events)));
    const text = docx.text.replace(/\u00a0/g, ' ');
    for (const month of ['September 2026', 'October 2026', 'November 2026', 'December 2026', 'January 2027', 'February 2027', 'March 2027', 'April 2027', 'May 2027']) {
      expect(text).toContain(month);
    }
    expect(count(docx.text, 'Pairs meet by arrangement')).toBe(4);
    expect(count(docx.text, '12:00\u201314:00')).toBe(5);
    // The place on two lines at its comma, each part kept whole.
    expect(count(docx.text, 'Room\u00a04.12,\nEducation\u00a0Centre')).toBe(5);
    expect(docx.pageSizes[0]).toEqual({ width: 12240, height: 15840 });
  });

  it('names each month once, and says what to bring to each group meeting', async () => {
    const docx = await open(buildScheduleHandout(context(), buildScheduleHandoutModel(events)));
    // No month column repeating the date: "November 2026" appears only inside "10 November 2026".
    expect(count(docx.text.replace(/\u00a0/g, ' '), 'November 2026')).toBe(1);
    expect(count(docx.text, 'Bring: ')).toBe(5);
    // Pair months stay quiet: no time or place, a line for the day the partners agree.
    expect(count(docx.text, 'Our meeting: \t')).toBe(4);
    expect(docx.text).toContain(`Bring: ${DEFAULT_MEETING_PLANS.orientation.bring}`);
    expect(docx.text).toContain(`Bring: ${DEFAULT_MEETING_PLANS.debrief.bring}`);
    expect(docx.text).not.toMatch(/[{}]/);
  });

  it('lists the whole catalog with an offer and a develop box each', async () => {
    const docx = await open(buildSkillsInventoryForm(context(), buildSkillsInventoryModel(catalog, program)));
    for (const c of catalog) expect(count(docx.text, c.name)).toBe(1);
    // Two boxes per competency, three career stages, four meeting times.
    expect(count(docx.text, '\u2610')).toBe(catalog.length * 2 + 3 + 4);
    for (const label of ['Name', 'E-mail', 'Department', 'Site', 'Career stage', 'Best times to meet', 'would like as my partner', 'Please do not pair me with', 'line manager', 'I can offer', 'I want to develop']) {
      expect(docx.text).toContain(label);
    }
    expect(docx.text).toContain('tick 3 to 6 competencies, one or two from each category');
  });

  it('says to whom and by when to return it, or leaves a line for the day', async () => {
    const dated = await open(buildSkillsInventoryForm(context(), buildSkillsInventoryModel(catalog, { ...program, inventoryReturnBy: '2026-09-25' })));
    expect(dated.text).toContain('Please return this form to Dana O\u2019Brien (dana.obrien@example.org) by Friday\u00a025\u00a0September\u00a02026.');
    const undated = await open(buildSkillsInventoryForm(context(), buildSkillsInventoryModel(catalog, program)));
    expect(undated.text).toMatch(/\(dana\.obrien@example\.org\) by \u00a0\u00a0_{22}\. A photo/);
  });

  it('marks a category that goes on over a page "(continued)" and starts the page with the name line', async () => {
    for (const paper of ['a4', 'letter'] as const) {
      const docx = await open(buildSkillsInventoryForm(context(paper), buildSkillsInventoryModel(catalog, program)));
      const pages = pagesOf(docx.documentXml.replace(/^[\s\S]*?<w:body>/, ''));
      expect(pages).toHaveLength(2);
      expect(pages[1]).toMatch(/^Skills inventory, continued\nName/);
      // Business skills begins on page 1 and goes on over the page.
      expect(pages[0]).toContain('Business skills: Preventing & solving problems');
      expect(pages[1]).toContain('Business skills (continued): Achieving results');
      expect(pages[1]).toContain('People skills: Leading others');
    }
  });

  it('starts with the agenda, lists every attendee on sign-in pages of fixed length, then the topic worksheet', async () => {
    const crowd = generatedParticipants(45);
    const march = events.find((e) => e.topic === 'people')!;
    const model = buildGroupMeetingPackModel(program, march, crowd, [], [], catalog, events, false);
    const docx = await open(buildGroupMeetingPack(context(), model));
    for (const p of crowd) expect(docx.text).toContain(p.name);
    expect(count(docx.text, 'Attendance (continued)')).toBe(signInPageCount(crowd.length) - 1);
    expect(docx.sectionTexts).toHaveLength(3);
    expect(docx.sectionTexts[0]).toMatch(/^Agenda\n/);
    expect(docx.sectionTexts[0]).toContain('People skills: what these competencies look like at work');
    expect(docx.sectionTexts[2]).toContain('Managing performance');
    expect(docx.text).not.toMatch(/[{}]/);
  });

  it('fits 30 names and two spare lines on one sign-in page, with a Team column', async () => {
    expect(signInPageCount(30)).toBe(1);
    expect(signInPageCount(31)).toBe(2);
    const thirty = generatedParticipants(30);
    const { teams: pairs, members: links } = generatedTeams(thirty);
    const orientation = events.find((e) => e.kind === 'orientation')!;
    const docx = await open(buildGroupMeetingPack(context(), buildGroupMeetingPackModel(program, orientation, thirty, pairs, links, catalog, events, false)));
    const signIn = docx.sectionTexts[1] ?? '';
    expect(signIn).not.toContain('Attendance (continued)');
    expect(signIn).toContain('#\nName\nTeam\nDepartment\nSignature');
    // Alex Andersen and Béatrice Andersen are Pair 01; the sheet is in last-name order.
    expect(signIn).toMatch(/1\nAlex Andersen\nPair 01\nCardiology/);
    expect(signIn).toMatch(/30\nJörg Costa\nPair 15\n/);
  });

  it('gives the orientation its agenda, sign-in sheet, the schedule handout and the skills inventory form', async () => {
    const orientation = events.find((e) => e.kind === 'orientation')!;
    const docx = await open(buildGroupMeetingPack(context(), buildGroupMeetingPackModel(program, orientation, participants, teams, members, catalog, events, false)));
    expect(docx.sectionTexts).toHaveLength(4);
    expect(docx.sectionTexts[0]).toContain('Agenda');
    expect(docx.sectionTexts[1]).toContain('Attendance');
    expect(docx.sectionTexts[2]).toContain('The year at a glance');
    expect(docx.sectionTexts[3]).toContain('Skills inventory');
    expect(docx.sectionTexts[3]).toContain('Please do not pair me with');
    expect(docx.text).not.toMatch(/[{}]/);
  });

  it('prints agenda timings that add up to the meeting\'s length, from its start time', async () => {
    const orientation = events.find((e) => e.kind === 'orientation')!;
    for (const minutes of [120, 90, 105]) {
      const meeting = { ...orientation, minutes };
      const docx = await open(buildGroupMeetingPack(context(), buildGroupMeetingPackModel(program, meeting, participants, teams, members, catalog, events, false)));
      const agenda = docx.sectionTexts[0] ?? '';
      const numbers = agendaNumbers(agenda);
      const total = numbers.pop();
      expect(total).toBe(minutes);
      expect(numbers.reduce((a, b) => a + b, 0)).toBe(minutes);
      expect(numbers).toEqual(fitAgenda(DEFAULT_MEETING_PLANS.orientation.agenda, minutes).map((i) => i.minutes));
      expect(agenda).toMatch(/^12:00$/m);
      expect(agenda).toContain(`Prepare and bring: ${DEFAULT_MEETING_PLANS.orientation.bring}`);
    }
    expect(agendaMinutes(DEFAULT_MEETING_PLANS.group.agenda)).toBe(120);
  });

  it('keeps the place and the date of a meeting heading whole', async () => {
    const march = events.find((e) => e.topic === 'people')!;
    const docx = await open(buildGroupMeetingPack(context(), buildGroupMeetingPackModel(program, march, participants, teams, members, catalog, events, false)));
    expect(docx.sectionTexts[0]).toContain('Tuesday\u00a09\u00a0March\u00a02027, 12:00\u201314:00  \u00b7  Room\u00a04.12,\u00a0Education\u00a0Centre');
  });

  it('adds a personalised worksheet per team member when asked', async () => {
    const november = events.find((e) => e.topic === 'self')!;
    const model = buildGroupMeetingPackModel(program, november, participants, teams, members, catalog, events, true);
    const docx = await open(buildGroupMeetingPack(context(), model));
    expect(docx.sectionTexts).toHaveLength(2 + participants.length);
    expect(docx.sectionTexts[1]).toContain('Attendance');
    expect(docx.sectionTexts.slice(2).every((t) => t.includes('Self-management skills'))).toBe(true);
  });
});
