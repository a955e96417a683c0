/**
 * One person's end-of-program feedback as answers: the questions in plain words (the screen and
 * the printed form ask the same), an empty set of answers, reading a stored record (fields an
 * older record lacks get their empty value) and checking answers before they are saved.
 */
import type { Feedback, FeedbackAnswer, QuoteConsent } from '../model';

/** The answers of a feedback record, without its ids and stamps. */
export type FeedbackAnswers = Pick<
  Feedback,
  | 'satisfaction'
  | 'wouldRecommend'
  | 'helpedMost'
  | 'barriers'
  | 'pastBarriers'
  | 'bothRoles'
  | 'wouldJoinAgain'
  | 'quote'
  | 'quoteConsent'
  | 'answeredOn'
>;

export const FEEDBACK_TEXT_MAX = 20000;

export const EMPTY_FEEDBACK: FeedbackAnswers = {
  satisfaction: null,
  wouldRecommend: null,
  helpedMost: '',
  barriers: '',
  pastBarriers: '',
  bothRoles: '',
  wouldJoinAgain: null,
  quote: '',
  quoteConsent: 'no',
  answeredOn: '',
};

/** The questions, worded for the participant (the printed form) and short for the screen. */
export const FEEDBACK_QUESTIONS = {
  satisfaction: { label: 'Overall satisfaction', asked: 'Overall, how satisfied are you with the mentoring program?' },
  wouldRecommend: { label: 'Would recommend it', asked: 'Would you recommend the program to a colleague?' },
  helpedMost: { label: 'What helped most', asked: 'What helped you most this year?' },
  barriers: { label: 'Barriers met', asked: 'What got in the way (time, workload, distance, anything else)?' },
  pastBarriers: { label: 'What helped past them', asked: 'What helped you get past those things?' },
  bothRoles: { label: 'Being both mentor and mentee', asked: 'How did it feel to be both a mentor and a mentee?' },
  wouldJoinAgain: { label: 'Would join again', asked: 'Would you like to take part again next year?' },
  quote: { label: 'A sentence about the program', asked: 'In a sentence or two, what would you tell a colleague about the program?' },
  quoteConsent: { label: 'May we use that sentence?', asked: 'May we quote that sentence in the program report?' },
} as const;

export const ANSWER_WORDS: Record<FeedbackAnswer, string> = { yes: 'Yes', no: 'No', 'not-sure': 'Not sure' };
export const CONSENT_WORDS: Record<QuoteConsent, string> = {
  no: 'No, keep it private',
  anonymous: 'Yes, without my name',
  named: 'Yes, with my name',
};
/** The satisfaction scale's two ends, in words. */
export const SATISFACTION_ENDS = { low: 'not at all satisfied', high: 'very satisfied' } as const;

const ANSWERS: readonly FeedbackAnswer[] = ['yes', 'no', 'not-sure'];
const CONSENTS: readonly QuoteConsent[] = ['no', 'anonymous', 'named'];

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const answerOf = (value: unknown): FeedbackAnswer | null => (ANSWERS.includes(value as FeedbackAnswer) ? (value as FeedbackAnswer) : null);

/** The answers of a stored record (or the empty answers when there is none). */
export function readFeedbackAnswers(record: Partial<Feedback> | undefined | null): FeedbackAnswers {
  if (!record) return { ...EMPTY_FEEDBACK };
  const s = record.satisfaction;
  return {
    satisfaction: typeof s === 'number' && Number.isInteger(s) && s >= 1 && s <= 5 ? s : null,
    wouldRecommend: answerOf(record.wouldRecommend),
    helpedMost: textOf(record.helpedMost),
    barriers: textOf(record.barriers),
    pastBarriers: textOf(record.pastBarriers),
    bothRoles: textOf(record.bothRoles),
    wouldJoinAgain: answerOf(record.wouldJoinAgain),
    quote: textOf(record.quote),
    quoteConsent: CONSENTS.includes(record.quoteConsent as QuoteConsent) ? (record.quoteConsent as QuoteConsent) : 'no',
    answeredOn: typeof record.answeredOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record.answeredOn) ? record.answeredOn : '',
  };
}

/** True when nothing was answered (the answered-on day alone does not count). */
export function isFeedbackBlank(answers: FeedbackAnswers): boolean {
  return (
    answers.satisfaction === null &&
    answers.wouldRecommend === null &&
    answers.wouldJoinAgain === null &&
    answers.quoteConsent === 'no' &&
    [answers.helpedMost, answers.barriers, answers.pastBarriers, answers.bothRoles, answers.quote].every((t) => t.trim() === '')
  );
}

/** Why these answers cannot be saved, in words naming the question and the fix; null when they can. */
export function checkFeedbackAnswers(answers: FeedbackAnswers): string | null {
  const s = answers.satisfaction;
  if (s !== null && !(Number.isInteger(s) && s >= 1 && s <= 5)) {
    return `${FEEDBACK_QUESTIONS.satisfaction.label}: choose a number from 1 to 5, or leave it empty.`;
  }
  for (const key of ['wouldRecommend', 'wouldJoinAgain'] as const) {
    const v = answers[key];
    if (v !== null && !ANSWERS.includes(v)) return `${FEEDBACK_QUESTIONS[key].label}: choose yes, no or not sure.`;
  }
  if (!CONSENTS.includes(answers.quoteConsent)) return `${FEEDBACK_QUESTIONS.quoteConsent.label}: choose no, without the name, or with the name.`;
  for (const key of ['helpedMost', 'barriers', 'pastBarriers', 'bothRoles', 'quote'] as const) {
    if (answers[key].length > FEEDBACK_TEXT_MAX) {
      return `${FEEDBACK_QUESTIONS[key].label}: keep it under ${FEEDBACK_TEXT_MAX.toLocaleString('en')} characters.`;
    }
  }
  if (answers.answeredOn !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(answers.answeredOn)) return 'Answered on: pick a day from the calendar.';
  return null;
}
