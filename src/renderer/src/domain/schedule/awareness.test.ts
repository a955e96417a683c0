import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addQuestion, awarenessSessionDraft, markAnswered, questionsSummary, removeQuestion } from './awareness';
import type { EventQuestion } from '../model';

describe('awareness session', () => {
  it('is placed a week before the registration deadline, or three weeks before the cycle', () => {
    const program = { id: 'p', cycleStart: '2027-09-14' };
    expect(awarenessSessionDraft(program, 'Room 4').date).toBe('2027-08-24');
    expect(awarenessSessionDraft({ ...program, registrationDeadline: '2027-08-31' }, '').date).toBe('2027-08-24');
    expect(awarenessSessionDraft(program, 'Room 4')).toMatchObject({ kind: 'awareness', place: 'Room 4', questions: [], minutes: 60 });
  });

  it('notes a question once, cleaned, and refuses an empty one or the same one twice', () => {
    const first = addQuestion([], 'q1', '  Does it  count as work time? ');
    if (!first.ok) throw new Error(first.message);
    expect(first.questions).toEqual([{ id: 'q1', text: 'Does it count as work time?', answered: false }]);
    expect(addQuestion(first.questions, 'q2', 'does it count as WORK time?')).toEqual({ ok: false, message: 'That question is already on the list.' });
    expect(addQuestion(first.questions, 'q2', '   ')).toMatchObject({ ok: false });
  });

  it('ticks and removes questions without touching the others, and counts what is answered (property)', () => {
    const texts = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''), {
      maxLength: 8,
      selector: (s) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase(),
    });
    fc.assert(
      fc.property(texts, fc.array(fc.boolean(), { maxLength: 8 }), (list, ticks) => {
        let questions: EventQuestion[] = [];
        list.forEach((t, i) => {
          const r = addQuestion(questions, `q${i}`, t);
          if (!r.ok) throw new Error(r.message);
          questions = r.questions;
        });
        questions.forEach((q, i) => {
          questions = markAnswered(questions, q.id, ticks[i] ?? false);
        });
        const answered = questions.filter((q) => q.answered).length;
        expect(answered).toBe(list.filter((_, i) => ticks[i] ?? false).length);
        if (questions.length > 0 && answered < questions.length) {
          expect(questionsSummary(questions)).toBe(`${answered} of ${questions.length} answered in the FAQ`);
        }
        const [gone, ...rest] = questions;
        if (gone) expect(removeQuestion(questions, gone.id)).toEqual(rest);
      }),
    );
    expect(questionsSummary([])).toBe('No questions noted yet');
    expect(questionsSummary([{ id: 'a', text: 'x', answered: true }])).toBe('All 1 answered in the FAQ');
  });
});
