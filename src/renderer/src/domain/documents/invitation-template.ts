/**
 * The invitation to join the program: a subject and a body with {placeholders} filled from the
 * program (its name, the coordinator, the registration deadline, the cycle, the awareness
 * session). Pure: checking a template and filling it in; the screen copies it or opens the mail
 * program with it.
 */
import { formatLongDate, formatTimeRange, isIsoDate } from '../schedule/iso-dates';
import type { Program, ProgramEvent } from '../model';
import { editDistance } from './letter-template';

/** The placeholders an invitation may use. */
export const INVITATION_PLACEHOLDERS = [
  'programName',
  'organisation',
  'coordinatorName',
  'coordinatorEmail',
  'registrationDeadline',
  'cycleStart',
  'cycleEnd',
  'awarenessSession',
] as const;

export type InvitationPlaceholder = (typeof INVITATION_PLACEHOLDERS)[number];

/** What each placeholder prints, for the editor's help. */
export const INVITATION_PLACEHOLDER_HELP: Record<InvitationPlaceholder, string> = {
  programName: 'The program’s name',
  organisation: 'The organisation’s name',
  coordinatorName: 'Your name',
  coordinatorEmail: 'Your email address',
  registrationDeadline: 'The last day to register (set in Program setup)',
  cycleStart: 'The first day of the program year',
  cycleEnd: 'The last day of the program year',
  awarenessSession: 'The next awareness session: day, time and place (add one on Schedule)',
};

/** The stored invitation of a program. */
export interface InvitationTemplate {
  subject: string;
  body: string;
  /** The distribution list (or addresses) the invitation goes to; may be empty. */
  to: string;
}

export const DEFAULT_INVITATION: InvitationTemplate = {
  subject: 'Join {programName}: learn from a colleague, and share what you know',
  body: `Hello,

This year we are running {programName}, a peer mentoring program. You team up with a colleague at a similar stage of their career: each of you brings strengths the other wants to build, and you help each other grow. Nobody is the senior and nobody is the junior.

What it asks of you, from {cycleStart} to {cycleEnd}:
- a short meeting with your partner between the group meetings, at times that suit you both;
- a group meeting every second month, with the whole program;
- choosing three to six skills to work on together.

Come and hear more, and ask your questions, at the awareness session: {awarenessSession}.

To take part, register by {registrationDeadline}. Tell me your name, your department, what you could share and what you would like to develop. If you would like to join together with a colleague you already get on with, register as a team of two and I will keep you together.

You start with a trial period: if it does not work for you, you can step out, no questions asked.

Best wishes,
{coordinatorName}
{coordinatorEmail}`,
  to: '',
};

/** Something wrong in a template, named by part and line. */
export interface InvitationProblem {
  part: 'subject' | 'body';
  line: number;
  message: string;
}

const PLACEHOLDER = /\{([^{}\n]*)\}/g;

function known(name: string): name is InvitationPlaceholder {
  return (INVITATION_PLACEHOLDERS as readonly string[]).includes(name);
}

function didYouMean(name: string): string {
  const best = INVITATION_PLACEHOLDERS.map((k) => ({ k, d: editDistance(name.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean {${best.k}}?` : '';
}

/**
 * Checks subject and body: unknown placeholders are named (with the likely one meant), braces
 * that do not close are pointed at, an empty subject or body is refused, and the subject stays
 * on one line.
 */
export function validateInvitation(template: Pick<InvitationTemplate, 'subject' | 'body'>): InvitationProblem[] {
  const problems: InvitationProblem[] = [];
  if (template.subject.trim() === '') problems.push({ part: 'subject', line: 1, message: 'The subject is empty: write one.' });
  if (/[\r\n]/.test(template.subject)) problems.push({ part: 'subject', line: 1, message: 'Keep the subject on one line.' });
  if (template.body.trim() === '') problems.push({ part: 'body', line: 1, message: 'The invitation text is empty: write it.' });
  for (const part of ['subject', 'body'] as const) {
    const where = part === 'subject' ? 'Subject' : 'Line';
    template[part].split(/\r\n|\r|\n/).forEach((text, i) => {
      const line = i + 1;
      const label = part === 'subject' ? where : `${where} ${line}`;
      for (const m of text.matchAll(PLACEHOLDER)) {
        const name = (m[1] ?? '').trim();
        if (name === '') problems.push({ part, line, message: `${label}: "{}" has no placeholder name inside.` });
        else if (!known(name)) problems.push({ part, line, message: `${label}: unknown placeholder {${name}}.${didYouMean(name)}` });
      }
      const rest = text.replace(PLACEHOLDER, '');
      if (rest.includes('{')) problems.push({ part, line, message: `${label}: "{" is not closed with "}" on the same line.` });
      else if (rest.includes('}')) problems.push({ part, line, message: `${label}: "}" has no matching "{" before it.` });
    });
  }
  return problems;
}

/** The values of the placeholders for a program; empty where the program does not say yet. */
export function invitationValues(
  program: Pick<Program, 'name' | 'organisation' | 'coordinatorName' | 'coordinatorEmail' | 'cycleStart' | 'cycleEnd' | 'registrationDeadline'>,
  events: readonly Pick<ProgramEvent, 'kind' | 'date' | 'startTime' | 'minutes' | 'place'>[],
  today: string,
): Record<InvitationPlaceholder, string> {
  const day = (iso: string | undefined): string => (iso && isIsoDate(iso) ? formatLongDate(iso) : '');
  const session = events
    .filter((e) => e.kind === 'awareness' && isIsoDate(e.date) && e.date >= today)
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime))[0];
  const sessionText = session
    ? [formatLongDate(session.date), session.startTime ? formatTimeRange(session.startTime, session.minutes) : '', session.place.trim()]
        .filter((s) => s !== '')
        .join(', ')
    : '';
  return {
    programName: program.name.trim(),
    organisation: program.organisation.trim(),
    coordinatorName: program.coordinatorName.trim(),
    coordinatorEmail: program.coordinatorEmail.trim(),
    registrationDeadline: day(program.registrationDeadline),
    cycleStart: day(program.cycleStart),
    cycleEnd: day(program.cycleEnd),
    awarenessSession: sessionText,
  };
}

/** What the coordinator sets to fill a placeholder that has no value yet. */
const WHERE_TO_SET: Record<InvitationPlaceholder, string> = {
  programName: 'the program name in Program setup',
  organisation: 'the organisation in Program setup',
  coordinatorName: 'your name in Program setup',
  coordinatorEmail: 'your email in Program setup',
  registrationDeadline: 'the registration deadline in Program setup',
  cycleStart: 'the cycle start in Program setup',
  cycleEnd: 'the cycle end in Program setup',
  awarenessSession: 'an awareness session on Schedule (today or later)',
};

/**
 * The filled-in subject and body, and the placeholders used that have no value yet (with where
 * to set each). Unknown placeholders are left out of the text (validation names them).
 */
export function renderInvitation(
  template: Pick<InvitationTemplate, 'subject' | 'body'>,
  values: Record<InvitationPlaceholder, string>,
): { subject: string; body: string; missing: { placeholder: InvitationPlaceholder; fix: string }[] } {
  const missing = new Map<InvitationPlaceholder, string>();
  const fill = (text: string): string =>
    text.replace(PLACEHOLDER, (_, raw: string) => {
      const name = raw.trim();
      if (!known(name)) return '';
      if (values[name] === '') missing.set(name, `Set ${WHERE_TO_SET[name]}.`);
      return values[name];
    });
  const subject = fill(template.subject).replace(/\s+/g, ' ').trim();
  const body = fill(template.body).replace(/\r\n|\r/g, '\n');
  return { subject, body, missing: [...missing].map(([placeholder, fix]) => ({ placeholder, fix })) };
}

/** A stored invitation, or the default for what is missing or damaged. */
export function readInvitation(value: unknown): InvitationTemplate {
  if (!value || typeof value !== 'object') return DEFAULT_INVITATION;
  const v = value as Partial<Record<keyof InvitationTemplate, unknown>>;
  return {
    subject: typeof v.subject === 'string' ? v.subject : DEFAULT_INVITATION.subject,
    body: typeof v.body === 'string' ? v.body : DEFAULT_INVITATION.body,
    to: typeof v.to === 'string' ? v.to : '',
  };
}

/** Meta key of a program's invitation. */
export const invitationKey = (programId: string): string => `invitation:${programId}`;
