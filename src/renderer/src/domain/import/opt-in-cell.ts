/**
 * The roster's opt-in column: "yes" / "no" answers, or the day the person opted in for the trial
 * period. What a cell means, or undefined when it cannot be read (the row then names the fix).
 */

/** What an opt-in cell says: opted in (on a day, or the day is not given), or not yet. */
export type OptInAnswer = { optedIn: true; on: string } | { optedIn: false };

const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔', 'opted in', 'opt in', 'opted-in', 'in', 'agreed', 'committed', 'ja', 'oui', 'si', 'sí']);
const NO = new Set(['no', 'n', 'false', '0', 'not yet', 'interested', 'undecided', 'maybe later', 'nein', 'non']);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoDay(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads an opt-in cell: empty → null (the file says nothing); yes-like words → opted in; no-like
 * words → not yet; a day written `2027-09-14` or `14 Sep 2027` (also "September 14, 2027") →
 * opted in on that day. Numeric days like 09/10/2027 are refused: they read differently in
 * different countries.
 */
export function parseOptInCell(text: string): OptInAnswer | null | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return null;
  if (YES.has(t)) return { optedIn: true, on: '' };
  if (NO.has(t)) return { optedIn: false };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/.exec(t);
  if (iso) {
    const on = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return on === undefined ? undefined : { optedIn: true, on };
  }
  const dayFirst = /^(\d{1,2}) ([a-z]+)\.?,? (\d{4})$/.exec(t);
  const monthFirst = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(t);
  const parts = dayFirst ? { d: dayFirst[1], m: dayFirst[2], y: dayFirst[3] } : monthFirst ? { d: monthFirst[2], m: monthFirst[1], y: monthFirst[3] } : null;
  if (parts) {
    const month = MONTHS.indexOf((parts.m ?? '').slice(0, 3)) + 1;
    if (month === 0) return undefined;
    const on = isoDay(Number(parts.y), month, Number(parts.d));
    return on === undefined ? undefined : { optedIn: true, on };
  }
  return undefined;
}
