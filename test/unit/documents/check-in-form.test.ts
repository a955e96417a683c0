/**
 * The check-in form as a participant receives it (read back from the packed .docx), and the
 * check-in email: each team's page names the team, its members and chosen competencies with a
 * 1–5 row each, asks the questions in plain words, says where and by when to return it, and
 * carries no internal code, score or private note.
 */
import { describe, expect, it } from 'vitest';
import { checkInMailDraft } from '../../../src/renderer/src/domain/check-ins/check-in-mail';
import {
  buildCheckInFormFiles,
  buildCheckInFormModel,
  buildCheckInForms,
  CHECK_IN_FORM_QUESTIONS,
  checkInFormFileName,
} from '../../../src/renderer/src/domain/documents/check-in-form';
import { packDocument } from '../../../src/renderer/src/domain/documents/pack';
import { buildMailtoUrl } from '../../../src/renderer/src/components/mailto';
import { readDocx } from '../../docx-check/docx-reader';
import { catalog, context, members, participants, teams } from '../../docx-check/fixtures';

const model = buildCheckInFormModel(teams, members, participants, catalog, '2026-10-31');

describe('check-in forms', async () => {
  const docx = readDocx(await packDocument(buildCheckInForms(context('a4'), model)));

  it('give each confirmed team its own page, in team order, naming the team and its members', () => {
    expect(model.teams.map((t) => t.label)).toEqual(['Triad 03', 'Pair 07', 'Pair 08']);
    expect(docx.sectionTexts).toHaveLength(3);
    expect(docx.sectionTexts[0]).toContain('Triad 03  ·  Zoë Dubois-Lefèvre, Kwame Mensah and Mei Chen');
    expect(docx.sectionTexts[1]).toContain('Pair 07  ·  Ana García and Tom Müller');
    expect(docx.sectionTexts[2]).toContain('Pair 08  ·  Siobhán O’Connor and Łukasz Wiśniewski');
    // The footer names the team on its page too.
    expect(docx.footerXml.join('')).toContain('Triad 03');
  });

  it('list the team’s chosen competencies, each on a row of five boxes, and ask every question', () => {
    const pair07 = docx.sectionTexts[1] ?? '';
    for (const name of ['Stress management', 'Written communication', 'Analytical thinking', 'Developing others']) {
      const line = pair07.split('\n').findIndex((l) => l.trim() === name);
      expect(line, name).toBeGreaterThan(-1);
      expect(pair07.split('\n').slice(line + 1, line + 6)).toEqual(['☐', '☐', '☐', '☐', '☐']);
    }
    for (const question of CHECK_IN_FORM_QUESTIONS) for (const section of docx.sectionTexts) expect(section).toContain(question);
    expect(pair07).toContain('1 = not started, 2 = a little, 3 = some progress, 4 = good progress, 5 = real progress');
  });

  it('say where and by when to return it, and print no internal codes', () => {
    for (const section of docx.sectionTexts) {
      expect(section).toContain('Please give or send this form to Dana O’Brien (dana.obrien@example.org) by Saturday 31 October 2026.');
      expect(section).not.toMatch(/team-[abc]|person-\d|prog-2026|score|undefined|null/i);
    }
  });

  it('can be saved one file per team, named after the team and its members', async () => {
    const files = buildCheckInFormFiles(context('letter'), model);
    expect(files.map((f) => f.fileName)).toEqual([
      'Check-in - Triad 03 - Dubois-Lefèvre, Mensah & Chen.docx',
      'Check-in - Pair 07 - García & Müller.docx',
      'Check-in - Pair 08 - O’Connor & Wiśniewski.docx',
    ]);
    expect(checkInFormFileName(model.teams[1]!)).toBe(files[1]!.fileName);
    const one = readDocx(await packDocument(files[2]!.document));
    expect(one.sectionTexts).toHaveLength(1);
    expect(one.sectionTexts[0]).toContain('Write in the competencies you chose');
    expect(one.pageSizes[0]).toEqual({ width: 12240, height: 15840 });
  });
});

describe('the check-in email', () => {
  const team = model.teams[1]!;
  const draft = checkInMailDraft(
    { programName: 'Peer Mentoring 2026–27', coordinatorName: 'Dana O’Brien' },
    { label: team.label, members: team.members, competencies: team.competencies.map((c) => c.name) },
    '2026-10-31',
  );

  it('goes to every member with the questions, their competencies and the day to answer by', () => {
    expect(draft.to).toEqual(team.members.map((m) => m.email));
    expect(draft.subject).toBe('How is your peer mentoring going?');
    expect(draft.body.split('\n').slice(0, 3)).toEqual([
      'Dear Ana and Tom,',
      '',
      'It is time for a short check-in on your peer mentoring in Peer Mentoring 2026–27 (Pair 07). Could you reply to this email by Saturday 31 October 2026 with a few words on each question? One reply together or one each, as you prefer.',
    ]);
    expect(draft.body).toContain('2. Are your contributions equal? Is it give and take? If it is mostly one way, who gives more?');
    for (const c of team.competencies) expect(draft.body).toContain(`   - ${c.name}: `);
    expect(draft.body.endsWith('Kind regards,\nDana O’Brien')).toBe(true);
  });

  it('opens as a mailto link the mail program reads back exactly', () => {
    const url = buildMailtoUrl(draft);
    const query = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(query.get('subject')).toBe(draft.subject);
    expect(query.get('body')).toBe(draft.body.replace(/\n/g, '\r\n'));
  });
});
