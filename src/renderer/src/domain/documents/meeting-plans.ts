/**
 * What happens at each kind of group meeting: the agenda (activities with their minutes) and
 * what to prepare or bring. One plan per meeting type (orientation, topic meeting, debrief),
 * editable per program, with defaults written from the program's facts. The agenda printed for
 * a meeting is fitted to that meeting's length, so its timings always add up.
 */
import type { CompetencyCategory, EventKind } from '../model';
import { CATEGORY_LABELS } from '../model';
import { formatClockTime, parseClockTime } from '../schedule/iso-dates';

/** The meeting types that have a plan. */
export type MeetingPlanKind = 'orientation' | 'group' | 'debrief';

export const MEETING_PLAN_KINDS: readonly MeetingPlanKind[] = ['orientation', 'group', 'debrief'];

/** How each type is named to the coordinator. */
export const MEETING_PLAN_LABELS: Record<MeetingPlanKind, string> = {
  orientation: 'Orientation and kickoff',
  group: 'Topic meetings',
  debrief: 'Final meeting and debrief',
};

/** One agenda line: what happens, for how many minutes. */
export interface AgendaItem {
  minutes: number;
  activity: string;
}

/** The agenda and the preparation of one meeting type. */
export interface MeetingPlan {
  agenda: AgendaItem[];
  /** What participants prepare or bring; empty prints nothing. */
  bring: string;
}

export type MeetingPlans = Record<MeetingPlanKind, MeetingPlan>;

/** Limits the editor enforces (and the reader applies to stored values). */
export const AGENDA_LIMITS = { maxItems: 15, maxMinutes: 600, maxActivity: 200, maxBring: 400 } as const;

/** The one placeholder agenda text may use: the meeting's topic. */
export const TOPIC_PLACEHOLDER = '{topic}';

/**
 * Defaults, from the program's facts: a nine-month cycle opened by an orientation where
 * partners meet and start their agreement; three topic meetings on the competency categories
 * where pairs pick one or two competencies and plan practice; a debrief that looks back.
 * Each adds up to two hours (the usual meeting length; shorter meetings scale it down).
 */
export const DEFAULT_MEETING_PLANS: MeetingPlans = {
  orientation: {
    agenda: [
      { minutes: 10, activity: 'Welcome, and a round of names and roles' },
      { minutes: 15, activity: 'How the year works: group meetings and pair months, what the coordinator does' },
      { minutes: 20, activity: 'The competency model: three categories, and how to choose 3 to 6 competencies' },
      { minutes: 25, activity: 'Meet your partner: what each of you does well and wants to develop' },
      { minutes: 25, activity: 'Start your agreement together: goals, how often and where you meet, confidentiality' },
      { minutes: 15, activity: 'Agree one standing day and time for the group meetings' },
      { minutes: 10, activity: 'Questions, and booking your first pair meeting' },
    ],
    bring: 'Your calendar, to agree the time of the group meetings. Not returned your skills inventory yet? Bring it filled in (spare copies at the meeting).',
  },
  group: {
    agenda: [
      { minutes: 10, activity: 'Welcome, and one news item from each pair' },
      { minutes: 20, activity: `${TOPIC_PLACEHOLDER}: what these competencies look like at work` },
      { minutes: 20, activity: 'In pairs: choose one or two competencies and tick them on the worksheet' },
      { minutes: 25, activity: 'In pairs: plan how you will practise before the next group meeting' },
      { minutes: 30, activity: 'Whole group: a situation, a difficulty or an idea to share' },
      { minutes: 15, activity: 'Looking back: is it give and take? Next steps and close' },
    ],
    bring: 'Your agreement and your notes from the pair meetings; think of one work situation where this topic matters.',
  },
  debrief: {
    agenda: [
      { minutes: 10, activity: 'Welcome' },
      { minutes: 25, activity: 'In pairs: look back at your goals, worksheets and reflections' },
      { minutes: 30, activity: 'Whole group: what worked, what got in the way, what helped' },
      { minutes: 20, activity: 'Rate yourself again on your chosen competencies, and give feedback on the program' },
      { minutes: 20, activity: 'What next: keep meeting, mentor someone new, join again next year' },
      { minutes: 15, activity: 'Thanks and close' },
    ],
    bring: 'Your agreement, your worksheets and your notes from the year.',
  },
};

/** The plan that applies to an event kind; null for pair months and speed events. */
export function planKindOf(kind: EventKind): MeetingPlanKind | null {
  return kind === 'orientation' || kind === 'group' || kind === 'debrief' ? kind : null;
}

/** Sum of an agenda's minutes. */
export function agendaMinutes(agenda: readonly AgendaItem[]): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0);
}

/**
 * The agenda scaled to a meeting of `minutes`: the lengths keep their proportions, in steps of
 * five minutes when the meeting length allows it (largest remainders get the spare steps), and
 * always add up to exactly `minutes`. Items that would get no time are left out. An agenda
 * that already adds up is returned as it is; with no meeting length (0) nothing is scaled.
 */
export function fitAgenda(agenda: readonly AgendaItem[], minutes: number): AgendaItem[] {
  const items = agenda.filter((item) => item.minutes > 0);
  const total = agendaMinutes(items);
  if (minutes <= 0 || total === 0 || total === minutes) return items.map((item) => ({ ...item }));
  const step = minutes % 5 === 0 && minutes >= 5 * items.length ? 5 : 1;
  const units = minutes / step;
  const quotas = items.map((item) => (item.minutes / total) * units);
  const whole = quotas.map(Math.floor);
  let spare = units - whole.reduce((a, b) => a + b, 0);
  const byRemainder = quotas.map((q, i) => ({ i, rest: q - Math.floor(q) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (spare <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    spare--;
  }
  return items.map((item, i) => ({ ...item, minutes: (whole[i] ?? 0) * step })).filter((item) => item.minutes > 0);
}

/** An agenda line as printed: clock time (when the meeting has a start), minutes, activity. */
export interface TimedAgendaItem extends AgendaItem {
  /** "12:00", or empty when the meeting has no start time. */
  startsAt: string;
}

/** Clock times for a fitted agenda from the meeting's start (`HH:MM`, or empty). */
export function timeAgenda(agenda: readonly AgendaItem[], startTime: string): TimedAgendaItem[] {
  const start = parseClockTime(startTime);
  let offset = 0;
  return agenda.map((item) => {
    const startsAt = start === null ? '' : formatClockTime((start + offset) % 1440);
    offset += item.minutes;
    return { ...item, startsAt };
  });
}

/** Agenda text as printed: `{topic}` becomes the meeting's topic; other braces are dropped. */
export function agendaText(text: string, topic: CompetencyCategory | null): string {
  return text
    .replaceAll(TOPIC_PLACEHOLDER, topic === null ? 'The topic' : CATEGORY_LABELS[topic])
    .replace(/\{[^{}]*\}/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Problems with a plan, in words for the coordinator (empty when it can be saved as it is). */
export function meetingPlanErrors(plan: MeetingPlan): string[] {
  const errors: string[] = [];
  if (plan.agenda.length === 0) errors.push('The agenda needs at least one line.');
  if (plan.agenda.length > AGENDA_LIMITS.maxItems) errors.push(`An agenda holds at most ${AGENDA_LIMITS.maxItems} lines.`);
  plan.agenda.forEach((item, i) => {
    const line = `Line ${i + 1}`;
    if (!Number.isInteger(item.minutes) || item.minutes < 1 || item.minutes > AGENDA_LIMITS.maxMinutes) {
      errors.push(`${line}: minutes must be a whole number from 1 to ${AGENDA_LIMITS.maxMinutes}.`);
    }
    if (item.activity.trim() === '') errors.push(`${line}: say what happens, or remove the line.`);
    if (item.activity.length > AGENDA_LIMITS.maxActivity) errors.push(`${line}: keep it under ${AGENDA_LIMITS.maxActivity} characters.`);
    const unknown = [...item.activity.matchAll(/\{[^{}]*\}/g)].map((m) => m[0]).filter((p) => p !== TOPIC_PLACEHOLDER);
    if (unknown.length > 0) errors.push(`${line}: ${unknown.join(', ')} is not a placeholder (only ${TOPIC_PLACEHOLDER} is); it would not be printed.`);
  });
  if (plan.bring.length > AGENDA_LIMITS.maxBring) errors.push(`"What to bring" is longer than ${AGENDA_LIMITS.maxBring} characters.`);
  return errors;
}

function readPlan(value: unknown, fallback: MeetingPlan): MeetingPlan {
  if (typeof value !== 'object' || value === null) return fallback;
  const record = value as { agenda?: unknown; bring?: unknown };
  const agenda = Array.isArray(record.agenda)
    ? record.agenda
        .filter((item): item is { minutes: number; activity: string } => {
          const candidate = item as { minutes?: unknown; activity?: unknown } | null;
          return typeof candidate?.minutes === 'number' && typeof candidate.activity === 'string';
        })
        .map((item) => ({ minutes: item.minutes, activity: item.activity }))
    : fallback.agenda;
  // Kept as stored even with problems (the editor saves as typed and shows them); the meeting
  // pack is held back until they are fixed.
  return { agenda, bring: typeof record.bring === 'string' ? record.bring : fallback.bring };
}

/**
 * Stored plans (any shape, possibly missing) brought to today's shape: lines that are not a
 * number of minutes and a text are dropped, missing types get the default.
 */
export function restoreMeetingPlans(value: unknown): MeetingPlans {
  const stored = typeof value === 'object' && value !== null ? (value as Partial<Record<MeetingPlanKind, unknown>>) : {};
  return {
    orientation: readPlan(stored.orientation, DEFAULT_MEETING_PLANS.orientation),
    group: readPlan(stored.group, DEFAULT_MEETING_PLANS.group),
    debrief: readPlan(stored.debrief, DEFAULT_MEETING_PLANS.debrief),
  };
}

/** True when a plan is the app's default, word for word. */
export function isDefaultPlan(kind: MeetingPlanKind, plan: MeetingPlan): boolean {
  return JSON.stringify(plan) === JSON.stringify(DEFAULT_MEETING_PLANS[kind]);
}
