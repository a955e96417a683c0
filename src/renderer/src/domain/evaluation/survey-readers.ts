/**
 * Reading the answers of a self-rating or end-of-program feedback survey as Microsoft Forms and
 * Google Forms export them. Each reader accepts the wording people and form builders use, and
 * returns `'invalid'` for anything else so the import can name the cell; an empty cell is
 * "not answered" (null). The word rules are exported so the screen can show them as they are.
 */
import type { FeedbackAnswer, QuoteConsent } from '../model';
import { leadingRating } from '../check-ins/survey-answers';
import { fold } from '../import/text-normalise';

/**
 * Words a self-rating scale uses for each level, lowest first: a cell holding one of them alone
 * ("Expert") reads as its number. A cell that starts with a number ("1 - Beginner", "4/5") reads
 * as that number, whatever the words after it.
 */
export const SELF_RATING_WORDS: Readonly<Record<1 | 2 | 3 | 4 | 5, readonly string[]>> = {
  1: ['Beginner', 'Novice', 'Not at all confident', 'Very low'],
  2: ['Developing', 'Advanced beginner', 'Basic', 'Slightly confident', 'Low'],
  3: ['Competent', 'Intermediate', 'Moderate', 'Somewhat confident', 'Medium'],
  4: ['Proficient', 'Advanced', 'Confident', 'Good', 'High'],
  5: ['Expert', 'Very confident', 'Excellent', 'Very high'],
};

/** Satisfaction words, lowest first (a Likert scale as forms offer it). */
export const SATISFACTION_WORDS: Readonly<Record<1 | 2 | 3 | 4 | 5, readonly string[]>> = {
  1: ['Very dissatisfied', 'Very unsatisfied', 'Very poor'],
  2: ['Dissatisfied', 'Unsatisfied', 'Poor'],
  3: ['Neutral', 'Neither satisfied nor dissatisfied', 'OK', 'Fair', 'Average'],
  4: ['Satisfied', 'Good'],
  5: ['Very satisfied', 'Extremely satisfied', 'Excellent'],
};

/** Words for yes / no / not sure answers ("Would you recommend…", "Would you join again…"). */
export const YES_NO_WORDS: Readonly<Record<FeedbackAnswer, readonly string[]>> = {
  yes: ['Yes', 'Y', 'Definitely', 'Absolutely', 'Of course', 'Yes definitely', 'Certainly'],
  no: ['No', 'N', 'Definitely not', 'Probably not', 'Not really'],
  'not-sure': [
    'Not sure',
    'Maybe',
    'Unsure',
    'Perhaps',
    'Don’t know',
    'Do not know',
    'Possibly',
    'Undecided',
  ],
};

/**
 * Consent to quote: "Yes" alone is read as anonymous (the safer use); only words that say so
 * allow the name.
 */
export const CONSENT_WORDS: Readonly<Record<QuoteConsent, readonly string[]>> = {
  named: [
    'Yes, with my name',
    'Yes with my name',
    'With my name',
    'Named',
    'Yes, named',
    'Yes, you can use my name',
    'Use my name',
  ],
  anonymous: [
    'Yes',
    'Yes, anonymously',
    'Yes anonymously',
    'Anonymously',
    'Anonymous',
    'Without my name',
    'Yes, without my name',
    'Yes, but not my name',
  ],
  no: ['No', 'No, please do not quote me', 'Do not quote me', 'No thanks', 'Please don’t'],
};

function wordTable<K extends string | number>(
  table: Readonly<Record<K, readonly string[]>>,
): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, words] of Object.entries(table) as [string, readonly string[]][]) {
    const value = (/^\d+$/.test(key) ? Number(key) : key) as K;
    for (const w of words) map.set(fold(w), value);
  }
  return map;
}

const SELF_RATING = wordTable(SELF_RATING_WORDS);
const SATISFACTION = wordTable(SATISFACTION_WORDS);
const YES_NO = wordTable(YES_NO_WORDS);
const CONSENT = wordTable(CONSENT_WORDS);

/** What a cell says: nothing (empty), a value, or something not understood. */
export type CellReading<T> = T | null | 'invalid';

function readScale(text: string, words: ReadonlyMap<string, number>): CellReading<number> {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return leadingRating(trimmed) ?? words.get(fold(trimmed)) ?? 'invalid';
}

/** A self-rating: "4", "4 - Proficient", "4/5" or "Proficient" → 4. */
export function readSelfRating(text: string): CellReading<number> {
  return readScale(text, SELF_RATING);
}

/** Satisfaction: "5", "5 - Very satisfied" or "Very satisfied" → 5. */
export function readSatisfaction(text: string): CellReading<number> {
  return readScale(text, SATISFACTION);
}

/** "Yes" / "No" / "Not sure" and their usual synonyms. */
export function readYesNo(text: string): CellReading<FeedbackAnswer> {
  const key = fold(text);
  if (key === '') return null;
  return YES_NO.get(key) ?? 'invalid';
}

/** Consent to quote: named, anonymous or no. */
export function readQuoteConsent(text: string): CellReading<QuoteConsent> {
  const key = fold(text);
  if (key === '') return null;
  return CONSENT.get(key) ?? 'invalid';
}

/** Which survey a row answers. */
export type SurveyPhase = 'pre' | 'post';

/** Words of a "which survey is this" column. */
export const PHASE_WORDS: Readonly<Record<SurveyPhase, readonly string[]>> = {
  pre: [
    'Pre',
    'Start',
    'Beginning',
    'Before',
    'Orientation',
    'Baseline',
    'Start of the program',
    'At the start',
    'Beginning of the program',
  ],
  post: [
    'Post',
    'End',
    'After',
    'Debrief',
    'Final',
    'End of the program',
    'At the end',
    'May debrief',
  ],
};

const PHASE = wordTable(PHASE_WORDS);

/** "Start" → pre, "End" → post. */
export function readPhase(text: string): CellReading<SurveyPhase> {
  const key = fold(text);
  if (key === '') return null;
  return PHASE.get(key) ?? 'invalid';
}

/** "1 Beginner / Novice …": a rule as the screen shows it. */
export function describeScale(table: Readonly<Record<number, readonly string[]>>): string {
  return Object.entries(table)
    .map(([n, words]) => `${n} = ${words.slice(0, 2).join(' or ')}`)
    .join(' · ');
}
