/**
 * Checks an edited schedule for what usually goes wrong: meetings on a weekend, dates outside
 * the cycle, missing or impossible times, group meetings much shorter or longer than the
 * recommended 1.5–2 hours. Warnings never block saving; they tell the coordinator what to look at.
 */
import type { ProgramEvent } from '../model';
import { isGroupGathering, type ProgramEventDraft } from './annual-schedule';
import { formatDuration, formatLongDate, isIsoDate, isWeekend, parseClockTime, WEEKDAY_NAMES, weekdayOf } from './iso-dates';

/** Shortest and longest recommended group meeting, in minutes. */
export const RECOMMENDED_MEETING_MINUTES = { min: 90, max: 120 } as const;

export type ScheduleWarningCode =
  | 'invalid-date'
  | 'invalid-time'
  | 'missing-time'
  | 'weekend'
  | 'before-cycle'
  | 'after-cycle'
  | 'length';

/** One thing to look at in the schedule. */
export interface ScheduleWarning {
  /** Position of the event in the list that was checked. */
  index: number;
  /** Id of the event when it has one (stored events), else null (drafts). */
  eventId: string | null;
  code: ScheduleWarningCode;
  message: string;
}

/** The cycle the events must fall in. */
export interface CycleBounds {
  cycleStart: string;
  cycleEnd: string;
}

type CheckedEvent = ProgramEventDraft & Partial<Pick<ProgramEvent, 'id'>>;

/** Every warning for a list of events (stored or drafts), in list order. */
export function scheduleWarnings(events: readonly CheckedEvent[], cycle: CycleBounds): ScheduleWarning[] {
  const warnings: ScheduleWarning[] = [];
  events.forEach((event, index) => {
    const push = (code: ScheduleWarningCode, message: string): void => {
      warnings.push({ index, eventId: event.id ?? null, code, message });
    };
    const name = event.title.trim() === '' ? 'An event' : `"${event.title.trim()}"`;

    if (!isIsoDate(event.date)) {
      push('invalid-date', `${name} has no valid date (expected YYYY-MM-DD, got "${event.date}").`);
    } else {
      const when = formatLongDate(event.date);
      // An awareness session comes before the cycle by design.
      if (isIsoDate(cycle.cycleStart) && event.date < cycle.cycleStart && event.kind !== 'awareness') {
        push('before-cycle', `${name} on ${when} is before the cycle starts (${formatLongDate(cycle.cycleStart)}).`);
      }
      if (isIsoDate(cycle.cycleEnd) && event.date > cycle.cycleEnd) {
        push('after-cycle', `${name} on ${when} is after the cycle ends (${formatLongDate(cycle.cycleEnd)}).`);
      }
      // A "by arrangement" month is dated the 1st only as a marker; its weekday means nothing.
      if (event.kind !== 'pairs' && isWeekend(event.date)) {
        push('weekend', `${name} falls on a ${WEEKDAY_NAMES[weekdayOf(event.date)]} (${when}).`);
      }
    }

    if (event.startTime !== '' && parseClockTime(event.startTime) === null) {
      push('invalid-time', `${name} has a start time that is not a time of day ("${event.startTime}", expected HH:MM).`);
    }
    if (isGroupGathering(event.kind)) {
      if (event.startTime === '') push('missing-time', `${name} has no start time yet.`);
      const { min, max } = RECOMMENDED_MEETING_MINUTES;
      if (event.minutes < min || event.minutes > max) {
        const length = event.minutes > 0 ? formatDuration(event.minutes) : 'no length';
        push('length', `${name} lasts ${length}; group meetings work best at 1.5\u20132 h.`);
      }
    }
  });
  return warnings;
}
