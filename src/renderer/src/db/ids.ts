/** New record ids: random UUIDs, so backups and merges never collide. */
export const newId = (): string => crypto.randomUUID();

/** The current moment as an ISO timestamp (the only place the db layer reads the clock). */
export const nowIso = (): string => new Date().toISOString();
