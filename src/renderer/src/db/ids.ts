/** New record ids: random UUIDs, so backups and merges never collide. */
export const newId = (): string => crypto.randomUUID();

/** The current moment as an ISO timestamp (the only place the db layer reads the clock). */
export const nowIso = (): string => new Date().toISOString();

/** Today in the user's time zone as `YYYY-MM-DD` (the day stamped on records such as a team's confirmation). */
export function localDayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
