import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from './client';
import { newId } from './ids';
import { touchesTables, watchQuery, type WatchedResult } from './watched-query';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** Watches the number of teams, collecting every result. */
function watchTeamCount(tables = [db.teams]) {
  const results: WatchedResult<number>[] = [];
  let runs = 0;
  stops.push(
    watchQuery(
      db,
      tables,
      async () => {
        runs++;
        return db.teams.count();
      },
      (r) => results.push(r),
    ),
  );
  return { results, runs: () => runs };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

const team = () => ({ id: newId(), programId: 'p1', status: 'confirmed', competencyIds: [], letterSentOn: '', confirmedOn: '', notes: '', kind: 'pair' });

describe('watched queries', () => {
  it('tell which changed parts belong to the watched tables of this database', () => {
    expect(touchesTables('pmd', ['teams'], ['idb://pmd/teams/'])).toBe(true);
    expect(touchesTables('pmd', ['teams'], ['idb://pmd/teams/programId'])).toBe(true);
    expect(touchesTables('pmd', ['teams'], ['idb://pmd/teamMembers/'])).toBe(false);
    expect(touchesTables('pmd', ['teams'], ['idb://other/teams/'])).toBe(false);
    expect(touchesTables('pmd', ['teams', 'events'], ['idb://pmd/meta/', 'idb://pmd/events/:dels'])).toBe(true);
  });

  it('read at once, then again after a write to a watched table, so the screen shows the change', async () => {
    const watch = watchTeamCount();
    await settle();
    expect(watch.results).toEqual([{ state: 'ready', value: 0 }]);
    await db.teams.add(team() as never);
    await settle();
    expect(watch.results.at(-1)).toEqual({ state: 'ready', value: 1 });
    await db.teams.clear();
    await settle();
    expect(watch.results.at(-1)).toEqual({ state: 'ready', value: 0 });
  });

  it('are not read again for writes to tables they do not watch', async () => {
    const watch = watchTeamCount();
    await settle();
    const before = watch.runs();
    await db.meta.put({ key: 'unrelated', value: 1 });
    await settle();
    expect(watch.runs()).toBe(before);
  });

  it('stop reading once stopped', async () => {
    const watch = watchTeamCount();
    await settle();
    stops.pop()?.();
    const before = watch.results.length;
    await db.teams.add(team() as never);
    await settle();
    expect(watch.results).toHaveLength(before);
  });

  it('report a failed read instead of losing it', async () => {
    const results: WatchedResult<number>[] = [];
    stops.push(
      watchQuery(db, [db.teams], () => Promise.reject(new Error('disk gone')), (r) => results.push(r)),
    );
    await settle();
    expect(results).toEqual([{ state: 'failed', error: new Error('disk gone') }]);
  });
});
