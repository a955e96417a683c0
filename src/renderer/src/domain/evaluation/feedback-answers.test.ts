import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFeedbackAnswers, EMPTY_FEEDBACK, isFeedbackBlank, readFeedbackAnswers } from './feedback-answers';

describe('readFeedbackAnswers', () => {
  it('gives the empty answers for a missing record and fills what an older record lacks', () => {
    expect(readFeedbackAnswers(undefined)).toEqual(EMPTY_FEEDBACK);
    expect(readFeedbackAnswers({ satisfaction: 4, quote: 'Good' })).toEqual({ ...EMPTY_FEEDBACK, satisfaction: 4, quote: 'Good' });
  });

  it('whatever is stored, the answers it reads are always valid', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('satisfaction', 'wouldRecommend', 'quoteConsent', 'helpedMost', 'answeredOn'), fc.anything()), (raw) => {
        expect(checkFeedbackAnswers(readFeedbackAnswers(raw as never))).toBeNull();
      }),
    );
  });
});

describe('checkFeedbackAnswers', () => {
  it('names the question and the fix for a satisfaction outside 1–5', () => {
    expect(checkFeedbackAnswers({ ...EMPTY_FEEDBACK, satisfaction: 0 })).toMatch(/^Overall satisfaction: choose a number from 1 to 5/);
    expect(checkFeedbackAnswers({ ...EMPTY_FEEDBACK, satisfaction: 3 })).toBeNull();
  });
});

describe('isFeedbackBlank', () => {
  it('is blank only when no question was answered', () => {
    expect(isFeedbackBlank(EMPTY_FEEDBACK)).toBe(true);
    expect(isFeedbackBlank({ ...EMPTY_FEEDBACK, answeredOn: '2027-05-20', helpedMost: '  ' })).toBe(true);
    expect(isFeedbackBlank({ ...EMPTY_FEEDBACK, wouldJoinAgain: 'no' })).toBe(false);
    expect(isFeedbackBlank({ ...EMPTY_FEEDBACK, quoteConsent: 'named' })).toBe(false);
  });
});
