/**
 * The reminder e-mail the coordinator sends a team that needs attention: a subject and a body
 * with {{placeholders}}, written like the pairing letter's template (same braces, same kind of
 * checks), stored per program in meta `reminderTemplate:<programId>`. It goes to participants, so
 * it is plain, friendly words: never a flag, a score or a rule name.
 */
import { z } from 'zod';
import type { ProgramEvent } from '../model';
import { joinNames } from '../documents/document-models';
import { isGroupGathering } from '../schedule/annual-schedule';
import { formatLongDate, isIsoDate } from '../schedule/iso-dates';

export interface ReminderTemplate {
  subject: string;
  body: string;
}

/** Meta key of a program's reminder text. */
export const reminderTemplateKey = (programId: string): string => `reminderTemplate:${programId}`;

export const REMINDER_PLACEHOLDERS = [
  'first names',
  'names',
  'team',
  'program',
  'organisation',
  'coordinator',
  'coordinator email',
  'next group meeting',
] as const;

export type ReminderPlaceholder = (typeof REMINDER_PLACEHOLDERS)[number];

/** What each placeholder writes, for the editor's help. */
export const REMINDER_PLACEHOLDER_HELP: Record<ReminderPlaceholder, string> = {
  'first names': 'First names of the team\u2019s members ("Ana and Tom")',
  names: 'Full names of the team\u2019s members',
  team: 'The team\u2019s name from the pairing letter ("Pair 07")',
  program: 'The program\u2019s name',
  organisation: 'The organisation\u2019s name',
  coordinator: 'Your name',
  'coordinator email': 'Your e-mail address',
  'next group meeting': 'Day, time and place of the next group meeting, or "to be announced"',
};

/** Other ways people write a placeholder, read as the one meant. */
const ALIASES: Record<string, ReminderPlaceholder> = {
  'team label': 'team',
  'team name': 'team',
  pair: 'team',
  'coordinator name': 'coordinator',
  'program name': 'program',
  programme: 'program',
  'organisation name': 'organisation',
  'first name': 'first names',
  name: 'names',
  members: 'names',
  'next meeting': 'next group meeting',
};

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_BODY_LENGTH = 5000;
/** Longer bodies may be cut by some mail programs (a mailto link carries the whole text). */
export const LONG_BODY_LENGTH = 1500;

/** The text a program starts with; the coordinator can change every word of it. */
export const DEFAULT_REMINDER_TEMPLATE: ReminderTemplate = {
  subject: '{{program}}: how is your peer mentoring going?',
  body: `Dear {{first names}},

I am getting in touch to see how your peer mentoring partnership is going. Have you managed to meet lately? A short coffee or a 30-minute call counts too.

If you have met, a quick reply saying when, and what you talked about, helps me keep the program on track. If finding time has been hard, or something is getting in the way, tell me and we will find a way together. Changing partners is nobody\u2019s fault.

Our next group meeting: {{next group meeting}}.

Kind regards,
{{coordinator}}`,
};

const storedSchema = z.object({
  subject: z.string().max(MAX_SUBJECT_LENGTH),
  body: z.string().max(MAX_BODY_LENGTH),
});

/** A stored template, or the default when there is none or it is unreadable. */
export function readReminderTemplate(value: unknown): ReminderTemplate {
  const parsed = storedSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_REMINDER_TEMPLATE;
}

/** A problem in the template: where it is (1-based line and column) and what to do. */
export interface ReminderProblem {
  severity: 'error' | 'warning';
  field: 'subject' | 'body';
  line: number;
  column: number;
  message: string;
}

const DOUBLE = /\{\{([^{}]*)\}\}/g;
const SINGLE = /(?<!\{)\{([^{}\n]{1,40})\}(?!\})/g;

function normaliseName(raw: string): string {
  return raw
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .replace('organization', 'organisation');
}

/** The placeholder a name means, or null. */
function placeholderOf(raw: string): ReminderPlaceholder | null {
  const name = normaliseName(raw);
  if ((REMINDER_PLACEHOLDERS as readonly string[]).includes(name)) return name as ReminderPlaceholder;
  return ALIASES[name] ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function closest(name: string): ReminderPlaceholder | null {
  let best: ReminderPlaceholder | null = null;
  let distance = Infinity;
  for (const known of REMINDER_PLACEHOLDERS) {
    const d = editDistance(name, known);
    if (d < distance) {
      best = known;
      distance = d;
    }
  }
  return distance <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

function fieldWords(field: 'subject' | 'body', line: number): string {
  return field === 'subject' ? 'Subject' : `Line ${line}`;
}

function checkText(field: 'subject' | 'body', text: string): ReminderProblem[] {
  const problems: ReminderProblem[] = [];
  const add = (severity: ReminderProblem['severity'], line: number, column: number, message: string) =>
    problems.push({ severity, field, line, column, message: `${fieldWords(field, line)}: ${message}` });
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const lineNo = i + 1;
    for (const m of line.matchAll(DOUBLE)) {
      const raw = (m[1] ?? '').trim();
      if (raw === '') {
        add('error', lineNo, (m.index ?? 0) + 1, '"{{}}" has no placeholder name inside. Remove it, or write a name such as {{first names}}.');
      } else if (placeholderOf(raw) === null) {
        const hint = closest(normaliseName(raw));
        add(
          'error',
          lineNo,
          (m.index ?? 0) + 1,
          `unknown placeholder {{${raw}}}. ${hint ? `Did you mean {{${hint}}}?` : 'Pick one from the list of placeholders, or remove it.'}`,
        );
      }
    }
    const blanked = line.replace(DOUBLE, (m) => ' '.repeat(m.length));
    for (const m of blanked.matchAll(SINGLE)) {
      const meant = placeholderOf(m[1] ?? '');
      if (meant) {
        add('error', lineNo, (m.index ?? 0) + 1, `{${(m[1] ?? '').trim()}} needs double braces: write {{${meant}}}.`);
      }
    }
    for (const m of blanked.matchAll(/\{\{|\}\}/g)) {
      add(
        'error',
        lineNo,
        (m.index ?? 0) + 1,
        m[0] === '{{' ? '"{{" is not closed with "}}" on the same line.' : '"}}" has no matching "{{" before it.',
      );
    }
  });
  return problems;
}

/**
 * Checks a reminder template: an empty or multi-line subject, unknown placeholders (with the
 * likely one meant), single braces around a placeholder name, braces that do not close, and a
 * body long enough that some mail programs cut it.
 */
export function validateReminderTemplate(template: ReminderTemplate): ReminderProblem[] {
  const problems: ReminderProblem[] = [];
  const subject = template.subject;
  if (subject.trim() === '') {
    problems.push({ severity: 'error', field: 'subject', line: 1, column: 1, message: 'Subject: write a subject line.' });
  } else if (/[\r\n]/.test(subject)) {
    problems.push({ severity: 'error', field: 'subject', line: 1, column: 1, message: 'Subject: keep the subject on one line.' });
  } else if (subject.length > MAX_SUBJECT_LENGTH) {
    problems.push({ severity: 'error', field: 'subject', line: 1, column: MAX_SUBJECT_LENGTH + 1, message: `Subject: keep it under ${MAX_SUBJECT_LENGTH} characters.` });
  }
  problems.push(...checkText('subject', subject));
  if (template.body.trim() === '') {
    problems.push({ severity: 'error', field: 'body', line: 1, column: 1, message: 'Line 1: write the message.' });
  } else if (template.body.length > MAX_BODY_LENGTH) {
    problems.push({ severity: 'error', field: 'body', line: 1, column: 1, message: `The message is too long: keep it under ${MAX_BODY_LENGTH.toLocaleString('en')} characters.` });
  } else if (template.body.length > LONG_BODY_LENGTH) {
    problems.push({
      severity: 'warning',
      field: 'body',
      line: 1,
      column: 1,
      message: `The message is long (${template.body.length.toLocaleString('en')} characters): some mail programs cut messages over about ${LONG_BODY_LENGTH.toLocaleString('en')} characters.`,
    });
  }
  problems.push(...checkText('body', template.body));
  return problems;
}

/** The errors only (warnings never block composing). */
export function reminderTemplateErrors(template: ReminderTemplate): ReminderProblem[] {
  return validateReminderTemplate(template).filter((p) => p.severity === 'error');
}

/** Who the reminder comes from and what it may mention. */
export interface ReminderContext {
  programName: string;
  organisation: string;
  coordinatorName: string;
  coordinatorEmail: string;
  nextGroupMeeting: Pick<ProgramEvent, 'date' | 'startTime' | 'place'> | null;
}

/** The team it goes to. */
export interface ReminderTeam {
  /** "Pair 07". */
  label: string;
  members: { name: string; firstName: string; email: string }[];
}

/** The next group gathering on or after `today`, or null. */
export function nextGroupMeeting(events: readonly ProgramEvent[], today: string): ProgramEvent | null {
  let next: ProgramEvent | null = null;
  for (const e of events) {
    if (!isGroupGathering(e.kind) || !isIsoDate(e.date) || e.date < today) continue;
    if (!next || e.date < next.date || (e.date === next.date && e.startTime < next.startTime)) next = e;
  }
  return next;
}

function meetingWords(meeting: ReminderContext['nextGroupMeeting']): string {
  if (!meeting || !isIsoDate(meeting.date)) return 'to be announced';
  const time = meeting.startTime ? ` at ${meeting.startTime}` : '';
  const place = meeting.place.trim() ? `, ${meeting.place.trim()}` : '';
  return `${formatLongDate(meeting.date)}${time}${place}`;
}

function fill(text: string, values: Record<ReminderPlaceholder, string>): string {
  let out = text.replace(DOUBLE, (_, raw: string) => {
    const name = placeholderOf(raw);
    // Unknown placeholders are reported by validation and never sent raw.
    return name ? values[name] : '';
  });
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/\{\{|\}\}/g, '');
  }
  return out;
}

/** The reminder for one team: subject and body with every placeholder filled. */
export function renderReminder(template: ReminderTemplate, ctx: ReminderContext, team: ReminderTeam): ReminderTemplate {
  const values: Record<ReminderPlaceholder, string> = {
    'first names': joinNames(team.members.map((m) => m.firstName.trim() || m.name)),
    names: joinNames(team.members.map((m) => m.name)),
    team: team.label,
    program: ctx.programName,
    organisation: ctx.organisation,
    coordinator: ctx.coordinatorName,
    'coordinator email': ctx.coordinatorEmail,
    'next group meeting': meetingWords(ctx.nextGroupMeeting),
  };
  return {
    subject: fill(template.subject, values).replace(/\s+/g, ' ').trim(),
    body: fill(template.body.replace(/\r\n|\r/g, '\n'), values),
  };
}

/** The e-mail to compose: every member with an address, subject and body filled in. */
export function reminderDraft(
  template: ReminderTemplate,
  ctx: ReminderContext,
  team: ReminderTeam,
): { to: string[]; subject: string; body: string } {
  return {
    to: team.members.map((m) => m.email.trim()).filter((e) => e !== ''),
    ...renderReminder(template, ctx, team),
  };
}
