/**
 * The one date style the coordinator sees, in the system's locale: a day as "Tue 9 Nov 2027",
 * a moment as "9 Nov 2027, 14:05". Calendar days (`YYYY-MM-DD`) are formatted in UTC so that
 * no time zone can move them to the day before.
 */
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const momentFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function utcDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "Tue 9 Nov 2027" for `2027-11-09`; the text itself when it is not a calendar day. */
export function formatDay(iso: string): string {
  const d = utcDay(iso);
  return d ? dayFormat.format(d) : iso;
}

/** "9 Nov" for `2027-11-09`, for tight lists where the year is obvious. */
export function formatDayShort(iso: string): string {
  const d = utcDay(iso);
  return d ? shortDayFormat.format(d) : iso;
}

/** "9 Nov 2027, 14:05" for an ISO timestamp, in local time. */
export function formatMoment(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : momentFormat.format(d);
}
