/**
 * The mentor-skills handout: four skills that turn a friendly chat into a useful meeting
 * (active listening, giving and receiving feedback, setting goals, handling disagreement),
 * short and practical, on exactly two pages: two skills on each.
 */
import { Paragraph, TextRun, type Document, type FileChild } from 'docx';
import type { DocumentContext } from './document-models';
import { parseRichText } from './rich-text';
import { richParagraphs, type ListCounter } from './rich-text-docx';
import { COLORS, createDocument, heading, noteBox, paragraph, spacer, subtitle, title, writingLines } from './style';

const DOCUMENT_NAME = 'Mentor skills';

/** Note lines that fill each page on A4 (two fewer on Letter); the LibreOffice check holds the handout to two pages. */
const PAGE_ONE_NOTE_LINES = 9;
const PAGE_TWO_NOTE_LINES = 12;

const LISTENING = `Listening well is the most useful thing you can give your partner, and it can be practised.

- **Give your full attention.** Phone away, face your partner, nod; let them see you are following.
- **Let them finish.** Pause before you answer: the most important sentence often comes after a silence.
- **Say back what you heard**, in your own words: "So the hard part is getting the team to agree?"
- **Ask open questions**: what, how, what else, what would help? They open a conversation; yes-or-no questions close it.
- **Notice what is not said**: a hesitation, a subject that keeps coming back.

**Avoid** jumping in with your own story, solving the problem before you understand it, and judging.`;

const FEEDBACK = `## Giving feedback
- **Ask first**: "Would some feedback on that be useful?"
- **Describe what you saw and its effect**, not the person: "You gave the decision only at the end, and some people had stopped listening."
- **Be specific and timely**: one or two points, soon after the event.
- **Say what works too**, and suggest one thing to try next time.
- **Use a simple shape**: what I saw, the effect it had, what you might try.

## Receiving feedback
- **Listen to the end**, then ask a question to understand it better.
- **Say thank you**, even when it stings: it took courage to say.
- **You decide what to do with it.** Try it once before you judge it.`;

const GOALS = `A goal gives your meetings a direction, and lets you both see progress.

1. **Start from a competency you chose.** What would be different at work if you were better at it?
2. **Make it concrete**: what you will do, by when, and how you will know. For example: "Before the next group meeting, I will run two project meetings from a written agenda and ask my partner for feedback on one."
3. **Take small steps**: one thing to try before you next meet.
4. **Write it down** on your worksheet, and look at it each time you meet.
5. **Review and adjust.** A goal that no longer fits can change; say why.`;

const DISAGREEMENT = `Peers who are honest with each other will sometimes disagree. That is a good sign, as long as you handle it well.

- **Raise it early and calmly**: "I see this differently; can I explain why?"
- **Look for what matters to each of you** behind the positions you take.
- **Talk about the issue, not the person**, and speak for yourself: "I felt…", "I need…".
- **Agree on what you agree on**, then on one next step. It is fine to agree to differ.
- **Keep your agreement in mind**: it says how you meet and how you treat what you share.`;

/** A shaded "Try it" box: one exercise for the next meeting. */
function tryIt(ctx: DocumentContext, text: string): FileChild[] {
  return [
    spacer(80),
    noteBox(ctx.paper, [
      new Paragraph({
        spacing: { after: 0 },
        children: [new TextRun({ text: 'Try it at your next meeting: ', bold: true, color: COLORS.heading }), new TextRun(text)],
      }),
    ]),
  ];
}

/** Lines for notes at the foot of a page; fewer on US Letter, which is shorter than A4. */
function notes(ctx: DocumentContext, a4Lines: number): FileChild[] {
  return [heading('My notes', 2), writingLines(ctx.paper, ctx.paper === 'letter' ? a4Lines - 2 : a4Lines)];
}

/** Builds the two-page handout. */
export function buildMentorSkillsHandout(ctx: DocumentContext): Document {
  const counter: ListCounter = { next: 1 };
  const rich = (text: string): FileChild[] => richParagraphs(parseRichText(text), counter);
  const coordinator = ctx.program.coordinatorName.trim() || 'your program coordinator';
  const children: FileChild[] = [
    title('Mentor skills: a practical guide'),
    subtitle(`${ctx.program.name}  \u00b7  for both partners: each of you is mentor and mentee`),
    heading('1. Active listening'),
    ...rich(LISTENING),
    ...tryIt(ctx, 'before you give any advice, sum up your partner\u2019s main point and ask: \u201cDid I get that right?\u201d'),
    heading('2. Giving and receiving feedback'),
    ...rich(FEEDBACK),
    ...tryIt(ctx, 'at the end, ask your partner for one thing you could do differently next time, and give one in return.'),
    ...notes(ctx, PAGE_ONE_NOTE_LINES),
    heading('3. Setting goals', 1, { newPage: true }),
    ...rich(GOALS),
    ...tryIt(ctx, 'write one goal each, read it aloud, and let your partner ask one question that makes it more concrete.'),
    heading('4. Handling disagreement'),
    ...rich(DISAGREEMENT),
    spacer(80),
    paragraph(`If the same problem keeps coming back, or the pairing no longer works, talk to ${coordinator}: a new pairing is nobody\u2019s fault.`),
    ...tryIt(ctx, 'when you next disagree, first say back your partner\u2019s view until they agree you have it right; then give yours.'),
    ...notes(ctx, PAGE_TWO_NOTE_LINES),
  ];
  return createDocument(ctx, DOCUMENT_NAME, [{ documentName: DOCUMENT_NAME, children }]);
}
