/**
 * The self-rating and feedback forms as a participant receives them: opened from the packed
 * .docx, one section per person with their name, partners and their team's competencies, where
 * and by when it goes back, every feedback question and the consent choice, and nothing that is
 * a score word or an internal id.
 */
import { describe, expect, it } from 'vitest';
import {
  buildFeedbackFormModel,
  buildFeedbackForms,
  buildSelfRatingFormModel,
  buildSelfRatingForms,
} from '../../../src/renderer/src/domain/documents/evaluation-forms';
import { FEEDBACK_QUESTIONS, CONSENT_WORDS } from '../../../src/renderer/src/domain/evaluation/feedback-answers';
import { packDocument } from '../../../src/renderer/src/domain/documents/pack';
import { readDocx } from '../../docx-check/docx-reader';
import { catalog, context, events, members, participants, program, teams } from '../../docx-check/fixtures';

const ids = [...participants.map((p) => p.id), ...teams.map((t) => t.id), ...catalog.map((c) => c.id), program.id];
const noScoreWords = (text: string) => expect(text).not.toMatch(/\b(score|scores|points?)\b/i);
const noIds = (text: string) => {
  for (const id of ids) expect(text.includes(id), `id ${id} printed`).toBe(false);
};

describe('self-rating forms', async () => {
  const model = buildSelfRatingFormModel('pre', teams, members, participants, catalog, events);
  const docx = readDocx(await packDocument(buildSelfRatingForms(context('a4'), model)));
  const orientation = events.find((e) => e.kind === 'orientation')!;

  it('gives everyone still in the program a page, partners together, with their team’s competencies', () => {
    const active = participants.filter((p) => p.status === 'active');
    expect(model.people).toHaveLength(active.length);
    expect(docx.sectionTexts).toHaveLength(active.length);
    const byName = new Map(participants.map((p) => [p.name, p]));
    model.people.forEach((person, i) => {
      const page = docx.sectionTexts[i]!;
      const me = byName.get(person.name)!;
      const team = teams.find((t) => t.status === 'confirmed' && members.some((m) => m.teamId === t.id && m.participantId === me.id));
      expect(page).toContain(person.name);
      if (!team) {
        expect(page).toContain('Write in the competencies you and your partner chose');
        return;
      }
      const partners = members.filter((m) => m.teamId === team.id && m.participantId !== me.id).map((m) => participants.find((p) => p.id === m.participantId)!.name);
      for (const other of partners) expect(page).toContain(other);
      for (const id of team.competencyIds) expect(page).toContain(catalog.find((c) => c.id === id)!.name);
    });
  });

  it('says what 1 and 5 mean, and to whom and by when it goes back (the orientation day)', () => {
    for (const page of docx.sectionTexts) {
      expect(page).toContain('1 = I am just starting to learn this, 5 = I do this well and could help others with it');
      expect(page).toContain(program.coordinatorName);
      expect(page).toMatch(/at the orientation on \w+day \d{1,2} \w+ \d{4}/);
    }
    expect(orientation.date).not.toBe('');
  });

  it('speaks plain language: no score words and no ids', () => {
    noScoreWords(docx.text);
    noIds(docx.text);
  });

  it('at the end of the year goes back at the final group meeting', async () => {
    const end = buildSelfRatingFormModel('post', teams, members, participants, catalog, events);
    const blank = readDocx(await packDocument(buildSelfRatingForms(context('letter'), { ...end, people: [] })));
    expect(blank.sectionTexts).toHaveLength(1);
    expect(blank.text).toContain('at the final group meeting');
    expect(blank.text).toContain('Write in the competencies you and your partner chose');
  });
});

describe('feedback forms', async () => {
  const model = buildFeedbackFormModel(participants, events);
  const docx = readDocx(await packDocument(buildFeedbackForms(context('a4'), model)));

  it('asks every question of the end-of-program feedback, with the consent choice, on each person’s form', () => {
    expect(docx.sectionTexts).toHaveLength(model.names.length);
    docx.sectionTexts.forEach((page, i) => {
      expect(page).toContain(model.names[i]);
      for (const q of Object.values(FEEDBACK_QUESTIONS)) expect(page).toContain(q.asked);
      for (const word of Object.values(CONSENT_WORDS)) expect(page).toContain(word);
    });
  });

  it('speaks plain language: no score words and no ids', () => {
    noScoreWords(docx.text);
    noIds(docx.text);
  });
});
