/** Whether two sets of feedback answers are the same, question by question. */
import type { FeedbackAnswers } from '../../domain/evaluation/feedback-answers';

export function sameAnswers(a: FeedbackAnswers, b: FeedbackAnswers): boolean {
  return (Object.keys(a) as (keyof FeedbackAnswers)[]).every((k) => a[k] === b[k]);
}
