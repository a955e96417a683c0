/**
 * The nine-month program calendar: orientation, three topic group meetings, the debrief, and
 * "pairs meet by arrangement" in the months between. Generated from the cycle start and a
 * meeting rule; the result is a set of editable drafts, never a fixed plan.
 */
import type { CompetencyCategory, EventKind, ProgramEvent } from '../model';
import { CATEGORY_ORDER } from '../model';
import { addDays, addMonths, isIsoDate, parseIsoDate, toIsoDate, type YearMonth } from './iso-dates';
import { ruleDateInMonth, type MeetingRule } from './meeting-rule';

/** A program event before storage gives it an id. */
export type ProgramEventDraft = Omit<ProgramEvent, 'id'>;

/** One month of the plan: what happens `offset` months after the cycle starts. */
export interface PlanSlot {
  offset: number;
  kind: Extract<EventKind, 'orientation' | 'group' | 'debrief' | 'pairs'>;
  topic: CompetencyCategory | null;
  title: string;
}

/** Number of months in a program cycle. */
export const CYCLE_MONTHS = 9;

/** Titles of the topic meetings, written the way the group meetings are announced. */
export const TOPIC_MEETING_TITLES: Record<CompetencyCategory, string> = {
  self: 'Group meeting: Self-management skills',
  business: 'Group meeting: Business skills \u2014 solving problems and achieving results',
  people: 'Group meeting: People skills \u2014 leadership, communication and influence',
};

export const PAIRS_MONTH_TITLE = 'Pairs meet by arrangement';

/**
 * Group meetings alternate with pair months: a group meeting every second month, the
 * topics in catalog category order, orientation first and the debrief last.
 */
export const ANNUAL_PLAN: readonly PlanSlot[] = [
  { offset: 0, kind: 'orientation', topic: null, title: 'Orientation and kickoff' },
  { offset: 1, kind: 'pairs', topic: null, title: PAIRS_MONTH_TITLE },
  { offset: 2, kind: 'group', topic: CATEGORY_ORDER[0] ?? 'self', title: TOPIC_MEETING_TITLES.self },
  { offset: 3, kind: 'pairs', topic: null, title: PAIRS_MONTH_TITLE },
  { offset: 4, kind: 'group', topic: CATEGORY_ORDER[1] ?? 'business', title: TOPIC_MEETING_TITLES.business },
  { offset: 5, kind: 'pairs', topic: null, title: PAIRS_MONTH_TITLE },
  { offset: 6, kind: 'group', topic: CATEGORY_ORDER[2] ?? 'people', title: TOPIC_MEETING_TITLES.people },
  { offset: 7, kind: 'pairs', topic: null, title: PAIRS_MONTH_TITLE },
  { offset: 8, kind: 'debrief', topic: null, title: 'Final group meeting and debrief' },
];

/** What the generator needs to lay out a year. */
export interface AnnualScheduleInput {
  programId: string;
  /** First day of the cycle, `YYYY-MM-DD`. */
  cycleStart: string;
  /** Last day of the cycle, `YYYY-MM-DD`; when given, the debrief is kept on or before it. */
  cycleEnd?: string;
  rule: MeetingRule;
  /** Default place for group meetings (editable per meeting). */
  place?: string;
}

/** The nine months of a cycle starting in the month of `cycleStart`. */
export function cycleMonths(cycleStart: string): YearMonth[] {
  const start = parseIsoDate(cycleStart);
  if (!start) throw new RangeError(`Cycle start is not a date (YYYY-MM-DD): "${cycleStart}"`);
  return Array.from({ length: CYCLE_MONTHS }, (_, i) => addMonths({ year: start.year, month: start.month }, i));
}

/** True for the kinds that gather the whole group at a set time. */
export function isGroupGathering(kind: EventKind): boolean {
  return kind === 'orientation' || kind === 'group' || kind === 'debrief';
}

/**
 * Moves a rule date by whole weeks (same weekday, same month) until it lies inside the cycle,
 * when that is possible: a cycle starting on the 15th should not open with a meeting on the 8th.
 */
function keepInsideCycle(date: string, cycleStart: string, cycleEnd: string | undefined): string {
  const month = date.slice(0, 7);
  let d = date;
  while (d < cycleStart && addDays(d, 7).slice(0, 7) === month) d = addDays(d, 7);
  if (cycleEnd !== undefined && isIsoDate(cycleEnd)) {
    while (d > cycleEnd && addDays(d, -7).slice(0, 7) === month && addDays(d, -7) >= cycleStart) d = addDays(d, -7);
  }
  return d;
}

/**
 * Lays out the year: orientation, group meetings and debrief on the rule's day in their
 * month (at its time, length and the default place), and one all-month "pairs meet by
 * arrangement" entry dated the 1st of each month between. Works for a cycle starting in
 * any month; the topics keep their order.
 */
export function generateAnnualSchedule(input: AnnualScheduleInput): ProgramEventDraft[] {
  const months = cycleMonths(input.cycleStart);
  return ANNUAL_PLAN.map((slot): ProgramEventDraft => {
    const ym = months[slot.offset] as YearMonth;
    if (slot.kind === 'pairs') {
      return {
        programId: input.programId,
        kind: 'pairs',
        title: slot.title,
        topic: null,
        date: toIsoDate(ym.year, ym.month, 1),
        startTime: '',
        minutes: 0,
        place: '',
        notes: '',
      };
    }
    return {
      programId: input.programId,
      kind: slot.kind,
      title: slot.title,
      topic: slot.topic,
      date: keepInsideCycle(ruleDateInMonth(ym, input.rule), input.cycleStart, input.cycleEnd),
      startTime: input.rule.startTime,
      minutes: input.rule.minutes,
      place: input.place ?? '',
      notes: '',
    };
  });
}

/**
 * Puts the rule's date, time and length on the group gatherings of an existing schedule,
 * leaving places, notes, titles and pair months as the coordinator edited them.
 */
export function applyMeetingRule<T extends ProgramEventDraft>(
  events: readonly T[],
  rule: MeetingRule,
  cycle: { cycleStart: string; cycleEnd?: string },
): T[] {
  return events.map((event) => {
    if (!isGroupGathering(event.kind)) return event;
    const day = parseIsoDate(event.date);
    if (!day) return event;
    const date = keepInsideCycle(ruleDateInMonth(day, rule), cycle.cycleStart, cycle.cycleEnd);
    return { ...event, date, startTime: rule.startTime, minutes: rule.minutes };
  });
}

/** Events in calendar order (date, then start time; "by arrangement" entries first on a day). */
export function sortEvents<T extends Pick<ProgramEvent, 'date' | 'startTime'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) =>
    a.date === b.date ? a.startTime.localeCompare(b.startTime) : a.date < b.date ? -1 : 1,
  );
}

/** Group gatherings (orientation, group meetings, debrief) with no place yet, in calendar order. */
export function gatheringsWithoutPlace(events: readonly ProgramEvent[]): ProgramEvent[] {
  return sortEvents(events.filter((e) => isGroupGathering(e.kind) && e.place.trim() === ''));
}
