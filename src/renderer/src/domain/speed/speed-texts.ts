/**
 * The words people see at a speed mentoring event: on the projector and on the printed sheets.
 * Written for this app from the workshop format (prepare for a few minutes looking six months
 * ahead, sit with someone you don't know well, share the time, be both mentor and mentee, end
 * with a group discussion).
 */

/** How a round works, in one line each. */
export const ROUND_GUIDELINES: readonly string[] = [
  'Sit with the person the plan gives you: someone you don’t know well yet.',
  'Split the time fairly: one of you is the mentor for the first half, then you swap.',
  'Agree in the first moment how you will use your minutes.',
];

/** The preparation phase: what to write down before the first round. */
export const PREPARATION_STEPS: readonly string[] = [
  'Look ahead to the next six months at work.',
  'Write down two or three goals and the questions you would like help with.',
  'Number them: start with what matters most to you.',
];

/** Example questions to bring to a peer mentor (they need not follow from the goals). */
export const EXAMPLE_QUESTIONS: readonly string[] = [
  'Are my goals within reach in six months?',
  'What would move my career one step forward from here?',
  'How can I raise a difficult topic with my manager or senior mentor?',
  'How do I help a colleague who is struggling?',
  'How could I turn an improvement idea into something real?',
];

/** The wrap-up discussion after the last round. */
export const WRAP_UP_QUESTIONS: readonly string[] = [
  'What was it like to be mentor and mentee in the same conversation?',
  'How did this compare with other mentoring you have had?',
  'What will you do with what you heard today?',
  'What could help peer mentoring here, and what could get in its way?',
];
