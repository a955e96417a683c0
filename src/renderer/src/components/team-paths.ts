/** Addresses of pages that several screens link to. */

/** The page of one team. */
export function teamPagePath(teamId: string): string {
  return `/teams/${encodeURIComponent(teamId)}`;
}

/** The roll call of one group meeting on the Attendance screen. */
export function rollCallPath(eventId: string): string {
  return `/attendance?meeting=${encodeURIComponent(eventId)}`;
}
