/**
 * The e-mail that asks a team how its peer mentoring is going: to every member, the questions of
 * a check-in in the body (the same ones the printed form asks), the competencies they chose, and
 * the day to answer by. Plain words for the partners; no scores, codes or internal labels.
 */
import { formatLongDate, isIsoDate } from '../schedule/iso-dates';

/** Who asks, for which program. */
export interface CheckInMailContext {
  programName: string;
  coordinatorName: string;
}

/** The team the e-mail goes to. */
export interface CheckInMailTeam {
  /** "Pair 07". */
  label: string;
  members: readonly { firstName: string; email: string }[];
  /** Names of the competencies the team chose. */
  competencies: readonly string[];
}

/** What a composed e-mail holds (the shape `buildMailtoUrl` takes). */
export interface CheckInMailDraft {
  to: string[];
  subject: string;
  body: string;
}

export const CHECK_IN_MAIL_SUBJECT = 'How is your peer mentoring going?';

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The check-in request for one team; `returnBy` is `YYYY-MM-DD` or empty. */
export function checkInMailDraft(ctx: CheckInMailContext, team: CheckInMailTeam, returnBy: string): CheckInMailDraft {
  const firstNames = joinNames(team.members.map((m) => m.firstName.trim()).filter((n) => n !== ''));
  const by = isIsoDate(returnBy) ? ` by ${formatLongDate(returnBy)}` : '';
  const progress =
    team.competencies.length > 0
      ? [
          '3. How much progress have you made on each competency you chose? From 1 (not started) to 5 (real progress):',
          ...team.competencies.map((name) => `   - ${name}: `),
        ]
      : ['3. How much progress have you made on what you chose to work on? From 1 (not started) to 5 (real progress).'];
  const lines = [
    firstNames === '' ? 'Hello,' : `Dear ${firstNames},`,
    '',
    `It is time for a short check-in on your peer mentoring in ${ctx.programName} (${team.label}). Could you reply to this email${by} with a few words on each question? One reply together or one each, as you prefer.`,
    '',
    '1. How is it going: on track, some concerns, or stalled?',
    '2. Are your contributions equal? Is it give and take? If it is mostly one way, who gives more?',
    ...progress,
    '4. What could be better?',
    '5. What is your next step?',
    '',
    'There are no right or wrong answers. Your replies help me support your partnership and are not shared with your managers.',
    '',
    'Kind regards,',
    ctx.coordinatorName.trim(),
  ];
  return {
    to: team.members.map((m) => m.email),
    subject: CHECK_IN_MAIL_SUBJECT,
    body: lines.join('\n').trimEnd(),
  };
}
