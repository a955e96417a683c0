/**
 * Archived programs are read-only, enforced in one place: a Dexie middleware notes which
 * programs every write inside `runWrite` touches (records by their `programId`, per-program meta
 * entries by their `:<programId>` suffix, program records by id), and `runWrite` refuses the whole
 * transaction before it commits when one of them is archived. Screens need no check of their own
 * for the data to stay intact; they only hide what would be refused.
 *
 * Allowed on an archived program: changing its status (reactivating it, or undoing the archive),
 * and deleting it with everything it holds. A restore replaces the whole database and is not
 * tracked.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { Program } from '../domain/model';

/** Thrown (and the transaction rolled back) when a write would change an archived program. */
export class ArchivedProgramError extends Error {
  constructor(public readonly programName: string) {
    super(
      `“${programName}” is archived, so it is read-only: nothing was saved. ` +
        'To change it, reactivate it: Programs → its menu → Reactivate.',
    );
    this.name = 'ArchivedProgramError';
  }
}

/** What one transaction has written so far. */
export interface TouchedPrograms {
  /** Program ids of records written (and candidate ids from per-program meta keys). */
  programIds: Set<string>;
  /** Program records written, as they were before the transaction's first write to each. */
  programsBefore: Map<string, Program | undefined>;
}

const tracked = new WeakMap<object, TouchedPrograms>();

/**
 * Starts noting the writes of the IndexedDB transaction `idbTransaction`. Returns null when it is
 * already noted (a `runWrite` nested in another shares its transaction; the outer one checks).
 */
export function trackWrites(idbTransaction: object): TouchedPrograms | null {
  if (tracked.has(idbTransaction)) return null;
  const touched: TouchedPrograms = { programIds: new Set(), programsBefore: new Map() };
  tracked.set(idbTransaction, touched);
  return touched;
}

/** The program a per-program meta key names (`pairingSettings:<programId>`), or null. */
export function programIdOfMetaKey(key: unknown): string | null {
  if (typeof key !== 'string') return null;
  const at = key.lastIndexOf(':');
  return at > 0 && at < key.length - 1 ? key.slice(at + 1) : null;
}

/** True when `after` differs from `before` only in its status and last-changed moment. */
export function onlyStatusChanged(before: Program, after: Program): boolean {
  const strip = (p: Program) => JSON.stringify({ ...p, status: '', updatedAt: '' });
  return strip(before) === strip(after);
}

type Keyed = { key?: unknown; id?: unknown; programId?: unknown };

async function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  if (req.type === 'deleteRange') {
    const found = await table.query({
      trans: req.trans,
      query: { index: table.schema.primaryKey, range: req.range },
      values: false,
    });
    return found.result;
  }
  if (req.type === 'delete') return req.keys;
  const extract = table.schema.primaryKey.extractKey;
  return req.keys ?? (extract ? req.values.map((v) => extract(v)) : []);
}

async function noteMutation(tableName: string, table: DBCoreTable, req: DBCoreMutateRequest, touched: TouchedPrograms): Promise<void> {
  const keys = await keysOf(table, req);
  if (tableName === 'meta') {
    for (const key of keys) {
      const id = programIdOfMetaKey(key);
      if (id) touched.programIds.add(id);
    }
    return;
  }
  const existing = (keys.length > 0 ? await table.getMany({ trans: req.trans, keys }) : []) as (Keyed | undefined)[];
  if (tableName === 'programs') {
    keys.forEach((key, i) => {
      if (typeof key === 'string' && !touched.programsBefore.has(key)) {
        touched.programsBefore.set(key, existing[i] as Program | undefined);
      }
    });
    return;
  }
  const values = req.type === 'add' || req.type === 'put' ? (req.values as Keyed[]) : [];
  for (const record of [...existing, ...values]) {
    if (typeof record?.programId === 'string') touched.programIds.add(record.programId);
  }
}

/** The middleware the database class installs (`db.use`). */
export const archivedGuardMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ArchivedProgramGuard',
  // Below Dexie's own middlewares (cache, observation, hooks: levels -1 to 2), next to IndexedDB,
  // so the reads it makes need none of their transaction context.
  level: -2,
  create: (down) => ({
    ...down,
    table: (tableName) => {
      const table = down.table(tableName);
      return {
        ...table,
        mutate: (req) => {
          const touched = tracked.get(req.trans);
          if (!touched) return table.mutate(req);
          return noteMutation(tableName, table, req, touched).then(() => table.mutate(req));
        },
      };
    },
  }),
};

/**
 * Throws `ArchivedProgramError` when the writes noted in `touched` changed an archived program:
 * any record of a program that is archived now, or an archived program's own record beyond its
 * status. Runs inside the transaction, before it commits; `readProgram` reads in it.
 */
export async function refuseArchivedWrites(
  touched: TouchedPrograms,
  readProgram: (id: string) => Promise<Program | undefined>,
): Promise<void> {
  for (const [id, before] of touched.programsBefore) {
    if (before?.status !== 'archived') continue;
    const after = await readProgram(id);
    if (after && !onlyStatusChanged(before, after)) throw new ArchivedProgramError(before.name);
  }
  for (const id of touched.programIds) {
    const program = await readProgram(id);
    if (program?.status === 'archived') throw new ArchivedProgramError(program.name);
  }
}
