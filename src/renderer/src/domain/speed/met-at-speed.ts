/**
 * "Met at speed mentoring on <day>": the people-known lists hold ids only; the day two people met
 * is read from the speed events' recorded meetings, so nothing is stored twice.
 */
import type { SpeedEvent } from '../model';
import { meetingKey } from './speed-model';

/** What is read from an event: its day and the meetings recorded after it. */
export type SpeedMeetingSource = Pick<SpeedEvent, 'date' | 'rounds'>;

/** For each pair who met at a recorded event (key: `meetingKey`), the days they met, earliest first. */
export function speedMeetingDays(events: readonly SpeedMeetingSource[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of events) {
    for (const round of e.rounds ?? []) {
      for (const [a, b] of round) {
        if (b === null || a === b) continue;
        const key = meetingKey(a, b);
        const days = out.get(key) ?? [];
        if (!days.includes(e.date)) days.push(e.date);
        out.set(key, days);
      }
    }
  }
  for (const days of out.values()) days.sort();
  return out;
}

/** The pairs who met, as [a, b, days] (a < b), for passing on in plain data. */
export function speedMeetingList(events: readonly SpeedMeetingSource[]): [string, string, string[]][] {
  return [...speedMeetingDays(events)].map(([key, days]) => {
    const [a, b] = key.split('\u0000') as [string, string];
    return [a, b, days];
  });
}

/**
 * "met at speed mentoring on Sat 5 Dec 2026" (days joined with "and"), or null when the two
 * never met at a recorded event. `formatDay` is the screen's date style.
 */
export function metAtSpeedText(days: readonly string[] | undefined, formatDay: (iso: string) => string): string | null {
  if (!days || days.length === 0) return null;
  const shown = days.map(formatDay);
  const list = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]!}`;
  return `met at speed mentoring on ${list}`;
}

/** The text for two people, straight from the events (null when they never met at one). */
export function metAtSpeedFor(
  events: readonly SpeedMeetingSource[],
  a: string,
  b: string,
  formatDay: (iso: string) => string,
): string | null {
  return metAtSpeedText(speedMeetingDays(events).get(meetingKey(a, b)), formatDay);
}
