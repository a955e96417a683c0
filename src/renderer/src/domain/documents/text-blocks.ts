/**
 * The program's texts: a small library of blocks (what peer mentoring is, what makes a pairing
 * work, the challenges to watch…) that the information pack and the orientation pack print.
 * Each block has a default written for this app from the program's background facts; the
 * coordinator can rewrite any of them (stored per program in meta `textBlocks:<programId>`,
 * only the edited ones). Text uses the rich-text format of `rich-text.ts` and {placeholders}
 * in single braces that are filled from the program when printed.
 */
import { editDistance } from '../import/text-normalise';
import type { Program, ProgramEvent } from '../model';
import { formatLongDate, formatMonthYear, isIsoDate, parseIsoDate } from '../schedule/iso-dates';
import { coordinatorRoleOf } from './letter-template';
import { mapRunText, parseRichText, type RichBlock } from './rich-text';

/** The blocks, in the order the screen lists them. */
export const TEXT_BLOCK_IDS = [
  'what-is-peer-mentoring',
  'what-you-gain',
  'good-peer-mentor',
  'pairing-success',
  'mentor-functions',
  'mentor-qualities',
  'abcs-of-mentoring',
  'five-steps',
  'first-meeting',
  'challenges',
  'questions-to-bring',
  'career-continuum',
  'how-to-register',
] as const;

export type TextBlockId = (typeof TEXT_BLOCK_IDS)[number];

/** The program's texts, one per block. */
export type TextBlocks = Record<TextBlockId, string>;

/** What a block is called (its heading in the documents) and which documents print it. */
export interface TextBlockInfo {
  title: string;
  usedIn: readonly ('information' | 'orientation')[];
}

export const TEXT_BLOCK_INFO: Record<TextBlockId, TextBlockInfo> = {
  'what-is-peer-mentoring': { title: 'What peer mentoring is', usedIn: ['information', 'orientation'] },
  'what-you-gain': { title: 'What you can gain', usedIn: ['information'] },
  'good-peer-mentor': { title: 'Could I be a good peer mentor?', usedIn: ['information'] },
  'pairing-success': { title: 'What makes a pairing work', usedIn: ['information', 'orientation'] },
  'mentor-functions': { title: 'What a mentor does', usedIn: ['orientation'] },
  'mentor-qualities': { title: 'Qualities of a good mentor', usedIn: ['orientation'] },
  'abcs-of-mentoring': { title: 'The ABCs of mentoring', usedIn: ['orientation'] },
  'five-steps': { title: 'Five steps of a mentoring relationship', usedIn: ['orientation'] },
  'first-meeting': { title: 'Your first meeting as a pair', usedIn: ['orientation'] },
  challenges: { title: 'Common challenges and how to avoid them', usedIn: ['orientation'] },
  'questions-to-bring': { title: 'Questions to bring to your peer mentor', usedIn: ['orientation'] },
  'career-continuum': { title: 'Peer mentoring at every stage of a career', usedIn: ['information'] },
  'how-to-register': { title: 'How to register', usedIn: ['information'] },
};

/** The app's own wording of every block (written from the program's facts, in plain words). */
export const DEFAULT_TEXT_BLOCKS: TextBlocks = {
  'what-is-peer-mentoring': `Mentoring is a way of growing at work with the help of someone you trust: a colleague whose skills you respect, who listens, asks good questions and tells you honestly how things look from where they stand.

In **peer mentoring**, two colleagues at a similar level agree to help each other. There is no senior and no junior: each of you is both mentor and mentee. You may do different jobs or similar ones; what matters is that each of you has something the other wants to learn.

Classic mentoring pairs a senior person with a junior one, and the advice mostly flows one way. Peer mentoring makes it two-way: you give as much as you receive, there is no boss in the room, and it is easier to say what you really think.`,

  'what-you-gain': `Colleagues who have taken part tell us they came away with:

- new skills, practised on real work rather than in a classroom
- fresh ideas and a quicker way to learn than working everything out alone
- time to step back and look at how they work
- more confidence, and the satisfaction of helping someone else grow
- a wider network across {organisation}, and less of a feeling of working alone`,

  'good-peer-mentor': `Yes. You do not need seniority or long experience. Whatever your job, you have built up skills that a colleague would like to learn, and you are curious about skills that someone else already has. That is all it takes to start.`,

  'pairing-success': `There is no secret recipe, but pairs that do well share three habits:

- **Something you admire in each other.** Each of you can name a skill or quality in the other that you would like to learn.
- **Open talk about the skills you choose.** You agree together which competencies you work on, and you say so when something is not working.
- **Commitment to the meetings.** You keep the dates you set, come to the group meetings and put time into practising between them.`,

  'mentor-functions': `A mentor helps in two ways, and in a peer pair you do both for each other.

## Help with the work and the career
- teaching and coaching on a skill
- sharing information and guidance
- helping the other become visible and meet the right people

## Help as a person
- building confidence and competence
- being a role model and giving honest personal feedback
- encouraging reflection and offering support when work is hard
- helping the other find their way in the profession`,

  'mentor-qualities': `Good mentors are:

- **honest**, even when the news is not welcome
- **sincere** in wanting the other person to do well
- **active listeners**, who hear what is said and what is not
- **attentive to what the other needs**, not to what they would need themselves
- **safe to talk to**: they make it easy to say what is really going on`,

  'abcs-of-mentoring': `A few simple rules of thumb for being a good mentor to your partner:

- **Assess** what your partner already knows and can do before you give advice.
- **Allow** them to get things wrong sometimes: it is how people learn.
- **Be available** when you said you would be.
- **Challenge** them to stretch a little further.
- **Introduce** them to people who can help.
- **Notice** their progress and say so, to them and to others.
- **Tailor** each meeting to what your partner needs now.`,

  'five-steps': `A mentoring relationship usually goes through five steps:

1. **Understand what your partner is looking for** from you and from the year.
2. **Shape the goals together**: concrete, and about the competencies you chose.
3. **Keep each other accountable**: check at each meeting what was tried since the last one.
4. **Give feedback and ideas** for the next step.
5. **Close well**: look back at what changed, and thank each other.`,

  'first-meeting': `Plan about an hour for your first meeting, in person if you can.

1. **Get to know each other**: your work, what you do well, and what you would like to get better at.
2. **Choose your competencies** within the program's rules, starting from what each of you offers and wants to develop.
3. **Agree how and when you meet**: how often, where, for how long, and how you let each other know if a date has to move.
4. **Sign the agreement**, and give a copy to {coordinatorName}.`,

  challenges: `Most difficulties are easy to prevent once you know them:

- **The "coffee with a friend" drift.** Pleasant chats that never reach your goals. Start each meeting with your competencies and end it with a next step for each of you.
- **Finding time.** Put all your pair meetings in your calendars at the start, and treat them like any other work meeting.
- **Competition between peers.** You may want the same things at work. Agree early that what you share stays between you, and that you are on the same side.
- **One-sided contributions.** If one of you does all the giving, say so. Take turns leading the meeting, and check now and then that it is give and take.
- **A pairing that does not work.** It happens, and it is nobody's fault: talk to {coordinatorName}.`,

  'questions-to-bring': `Your questions can be about your goals or about anything else at work. For example:

- Are my goals realistic for this year?
- What should I do to take the next step in my career?
- How can I raise a difficult subject with my manager?
- How would you approach a colleague who is struggling?
- I have an idea to improve the way we work: how could I get it started?`,

  'career-continuum': `Peer mentoring helps at every stage of a career, and the themes change as you go:

- **Early career:** learning the ropes, defining your role, balancing work and life, becoming visible, preparing for the next step.
- **Mid career:** building a network, staying visible, leading a team, mentoring others, rethinking where your career is going.
- **Late career:** keeping your knowledge current, advising others, recognising the expertise of colleagues, preparing for retirement.`,

  'how-to-register': `To register, send {coordinatorName} ({coordinatorEmail}) an e-mail with your name, your department and how to reach you.

You can register **on your own**, and we will pair you with a colleague whose skills fit yours. If you already know who you would like to work with, you can register **as a team of two**: each of you names the other, and you stay together.

Not sure yet? Ask {coordinatorName} any question, or come to the orientation meeting on {orientationDate}.`,
};

/** The placeholders a block may use, and what each prints. */
export const TEXT_BLOCK_PLACEHOLDERS = {
  programName: 'The program\u2019s name',
  organisation: 'The organisation\u2019s name',
  coordinatorName: 'Your name',
  coordinatorEmail: 'Your e-mail address',
  coordinatorRole: 'Your role ("Peer mentoring coordinator" when none is set)',
  registrationDeadline: 'The last day to register ("Friday 21 August 2026")',
  cycleStart: 'The first day of the program year',
  cycleEnd: 'The last day of the program year',
  cycle: 'The program year ("September 2026 to May 2027")',
  orientationDate: 'The day of the orientation meeting',
  groupMeetingLength: 'How long a group meeting lasts ("2 hours")',
  competencyRule: 'How many competencies a pair chooses ("3 to 6, one or two from each category")',
} as const;

export type TextBlockPlaceholder = keyof typeof TEXT_BLOCK_PLACEHOLDERS;

export const TEXT_BLOCK_PLACEHOLDER_NAMES = Object.keys(TEXT_BLOCK_PLACEHOLDERS) as TextBlockPlaceholder[];

/** Something wrong in a block's text; line and column are 1-based. */
export interface TextBlockProblem {
  line: number;
  column: number;
  message: string;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

function isPlaceholderName(name: string): name is TextBlockPlaceholder {
  return Object.hasOwn(TEXT_BLOCK_PLACEHOLDERS, name);
}

/** The known name a mistyped one most likely means ("{coordinator}" → coordinatorName). */
function closestName(typed: string): TextBlockPlaceholder | null {
  const folded = typed.toLowerCase().replace(/[\s_-]+/g, '');
  const exact = TEXT_BLOCK_PLACEHOLDER_NAMES.find((n) => n.toLowerCase() === folded);
  if (exact) return exact;
  let best: { name: TextBlockPlaceholder; d: number } | null = null;
  for (const name of TEXT_BLOCK_PLACEHOLDER_NAMES) {
    const lower = name.toLowerCase();
    const d = lower.startsWith(folded) && folded.length >= 4 ? 1 : editDistance(folded, lower, 4);
    if (best === null || d < best.d) best = { name, d };
  }
  return best !== null && best.d <= Math.max(2, Math.floor(folded.length / 3)) ? best.name : null;
}

/**
 * Checks a block's text: every {placeholder} must be one the program can fill (a likely
 * intended one is named), every "{" must close on its line and every "}" must have opened, and
 * bold ("**") must be closed on the line it opens. Each problem says how to fix it.
 */
export function validateTextBlock(text: string): TextBlockProblem[] {
  const problems: TextBlockProblem[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const lineNo = i + 1;
    for (const m of line.matchAll(PLACEHOLDER)) {
      const raw = m[1] ?? '';
      const name = raw.trim();
      if (isPlaceholderName(name)) continue;
      const column = (m.index ?? 0) + 1;
      if (name === '') {
        problems.push({ line: lineNo, column, message: `"{}" has no name inside: write one, such as {programName}, or delete the braces.` });
        continue;
      }
      const guess = closestName(name);
      problems.push({
        line: lineNo,
        column,
        message: guess
          ? `{${raw}} is not a placeholder: write {${guess}} instead.`
          : `{${raw}} is not a placeholder: use one from the list (such as {programName}), or delete the braces.`,
      });
    }
    const blanked = line.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
    for (const m of blanked.matchAll(/[{}]/g)) {
      const column = (m.index ?? 0) + 1;
      problems.push({
        line: lineNo,
        column,
        message: m[0] === '{' ? `"{" is not closed: add "}" after the placeholder's name, or delete the "{".` : `"}" has no "{" before it: add the "{", or delete the "}".`,
      });
    }
    const stripped = line.trim().replace(/^(#{1,3}|[-*•]|\d{1,3}[.)])\s+/, '');
    if ((stripped.split('**').length - 1) % 2 === 1) {
      problems.push({ line: lineNo, column: line.lastIndexOf('**') + 1, message: `Bold is not closed: add "**" where the bold words end, or delete this "**".` });
    }
  });
  return problems;
}

/** Placeholder values of one program. */
export type PlaceholderValues = Record<TextBlockPlaceholder, string>;

/** What the program's placeholders are built from. */
export interface PlaceholderSources {
  program: Pick<
    Program,
    'name' | 'organisation' | 'coordinatorName' | 'coordinatorEmail' | 'coordinatorTitle' | 'cycleStart' | 'cycleEnd' | 'groupMeetingMinutes' | 'rules' | 'registrationDeadline'
  >;
  events: readonly Pick<ProgramEvent, 'kind' | 'date'>[];
}

const SMALL_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function inWords(n: number): string {
  return SMALL_NUMBERS[n] ?? String(n);
}

/** "3 to 6 competencies, one or two from each category", from the selection rules. */
export function competencyRuleInWords(rules: Program['rules']): string {
  const total = rules.minTotal === rules.maxTotal ? `${rules.minTotal} competencies` : `${rules.minTotal} to ${rules.maxTotal} competencies`;
  if (rules.maxPerCategory <= 0) return total;
  const low = Math.max(rules.minPerCategory, 0);
  const each =
    low === rules.maxPerCategory
      ? `${inWords(low)} from each category`
      : low === 0
        ? `up to ${inWords(rules.maxPerCategory)} from each category`
        : `${inWords(low)} or ${inWords(rules.maxPerCategory)} from each category`;
  return `${total}, ${each}`;
}

/** "2 hours", "1½ hours", "1 hour 45 minutes", "45 minutes": a meeting's length for participants. */
export function lengthInWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${minutes} minutes`;
  if (rest === 0) return hours === 1 ? '1 hour' : `${hours} hours`;
  if (rest === 30) return `${hours}\u00bd hours`;
  return `${hours} hour${hours === 1 ? '' : 's'} ${rest} minutes`;
}

function dayOr(iso: string | undefined, fallback: string): string {
  return iso !== undefined && isIsoDate(iso) ? formatLongDate(iso) : fallback;
}

/**
 * The words each placeholder prints for a program. Missing facts print words that still read
 * well ("the date we will announce") rather than a gap: no placeholder is ever left unfilled.
 */
export function placeholderValues(sources: PlaceholderSources): PlaceholderValues {
  const { program } = sources;
  const start = parseIsoDate(program.cycleStart);
  const end = parseIsoDate(program.cycleEnd);
  const orientation = [...sources.events].filter((e) => e.kind === 'orientation' && isIsoDate(e.date)).sort((a, b) => a.date.localeCompare(b.date))[0];
  const coordinator = program.coordinatorName.trim() || 'the program coordinator';
  return {
    programName: program.name.trim() || 'the peer mentoring program',
    organisation: program.organisation.trim() || 'the organisation',
    coordinatorName: coordinator,
    coordinatorEmail: program.coordinatorEmail.trim() || `ask ${coordinator} for the address`,
    coordinatorRole: coordinatorRoleOf(program),
    registrationDeadline: dayOr(program.registrationDeadline, 'the closing date we will announce'),
    cycleStart: dayOr(program.cycleStart, 'the start of the program year'),
    cycleEnd: dayOr(program.cycleEnd, 'the end of the program year'),
    cycle: start && end ? `${formatMonthYear(start)} to ${formatMonthYear(end)}` : 'this program year',
    orientationDate: orientation ? formatLongDate(orientation.date) : 'the day we will announce',
    groupMeetingLength: program.groupMeetingMinutes > 0 ? lengthInWords(program.groupMeetingMinutes) : 'about two hours',
    competencyRule: competencyRuleInWords(program.rules),
  };
}

const PLACEHOLDER_OR_BRACE = /\{([^{}]*)\}|[{}]/g;

/**
 * Fills the placeholders of a text with the program's values, in one pass (a value is never
 * read again, so braces in the program's own words stay). Unknown placeholders and stray braces
 * print nothing (validation names them), so no placeholder ever reaches a participant.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text
    .replace(PLACEHOLDER_OR_BRACE, (_, raw: string | undefined) => {
      const name = (raw ?? '').trim();
      return isPlaceholderName(name) ? values[name] : '';
    })
    .replace(/ {2,}/g, ' ');
}

/**
 * A block ready to print: its text parsed, then every run filled. Filling after parsing keeps a
 * program value that happens to contain "**" or start with "- " from changing the layout.
 */
export function renderTextBlock(text: string, values: PlaceholderValues): RichBlock[] {
  return mapRunText(parseRichText(text), (t) => fillPlaceholders(t, values)).filter((block) =>
    block.kind === 'heading' || block.kind === 'paragraph' ? block.runs.length > 0 : block.items.length > 0,
  );
}

/** Longest text a block may hold (the editor says so; the store refuses more). */
export const TEXT_BLOCK_MAX_LENGTH = 8000;

/**
 * Stored texts (any shape, possibly missing) brought to today's shape: a block that is not a
 * string gets its default; unknown keys are dropped.
 */
export function restoreTextBlocks(value: unknown): TextBlocks {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const out = { ...DEFAULT_TEXT_BLOCKS };
  for (const id of TEXT_BLOCK_IDS) {
    const text = stored[id];
    if (typeof text === 'string') out[id] = text;
  }
  return out;
}

/** True when a block still has the app's wording. */
export function isDefaultTextBlock(id: TextBlockId, text: string): boolean {
  return text === DEFAULT_TEXT_BLOCKS[id];
}

/** Blocks whose text has problems, with the count (documents are held back until fixed). */
export function textBlocksWithProblems(blocks: TextBlocks, ids: readonly TextBlockId[] = TEXT_BLOCK_IDS): { id: TextBlockId; problems: TextBlockProblem[] }[] {
  return ids.map((id) => ({ id, problems: validateTextBlock(blocks[id]) })).filter((entry) => entry.problems.length > 0);
}

/** The blocks a document prints, in the order the library lists them. */
export function blocksUsedIn(document: 'information' | 'orientation'): TextBlockId[] {
  return TEXT_BLOCK_IDS.filter((id) => TEXT_BLOCK_INFO[id].usedIn.includes(document));
}
