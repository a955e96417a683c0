/**
 * The awareness session: an information meeting before the cycle where colleagues hear about the
 * program and raise their questions and concerns. The coordinator notes each one and ticks it off
 * once the FAQ (the information pack) answers it. Pure: the lists are changed into new lists.
 */
import type { EventQuestion, ProgramEvent } from '../model';
import { addDays, isIsoDate } from './iso-dates';

/** Longest question or concern, in characters. */
export const QUESTION_MAX = 2000;

/** An awareness session three weeks before the cycle (or a week before the registration deadline). */
export function awarenessSessionDraft(
  program: { id: string; cycleStart: string; registrationDeadline?: string | undefined },
  place: string,
): Omit<ProgramEvent, 'id'> {
  const deadline = program.registrationDeadline ?? '';
  const date = isIsoDate(deadline)
    ? addDays(deadline, -7)
    : isIsoDate(program.cycleStart)
      ? addDays(program.cycleStart, -21)
      : '';
  return {
    programId: program.id,
    kind: 'awareness',
    title: 'Awareness session: what peer mentoring is',
    topic: null,
    date,
    startTime: '12:00',
    minutes: 60,
    place,
    notes: '',
    questions: [],
  };
}

const key = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The list with one more question, or why it cannot be added. */
export function addQuestion(
  questions: readonly EventQuestion[],
  id: string,
  text: string,
): { ok: true; questions: EventQuestion[] } | { ok: false; message: string } {
  const clean = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (clean === '') return { ok: false, message: 'Type the question or concern first.' };
  if (clean.length > QUESTION_MAX) return { ok: false, message: `Keep it under ${QUESTION_MAX} characters.` };
  if (questions.some((q) => key(q.text) === key(clean))) return { ok: false, message: 'That question is already on the list.' };
  return { ok: true, questions: [...questions, { id, text: clean, answered: false }] };
}

/** The list with one question ticked (or unticked) as answered in the FAQ. */
export function markAnswered(questions: readonly EventQuestion[], id: string, answered: boolean): EventQuestion[] {
  return questions.map((q) => (q.id === id ? { ...q, answered } : q));
}

/** The list without one question. */
export function removeQuestion(questions: readonly EventQuestion[], id: string): EventQuestion[] {
  return questions.filter((q) => q.id !== id);
}

/** "2 of 3 answered in the FAQ", or "No questions noted yet". */
export function questionsSummary(questions: readonly EventQuestion[]): string {
  if (questions.length === 0) return 'No questions noted yet';
  const answered = questions.filter((q) => q.answered).length;
  if (answered === questions.length) return `All ${questions.length} answered in the FAQ`;
  return `${answered} of ${questions.length} answered in the FAQ`;
}
