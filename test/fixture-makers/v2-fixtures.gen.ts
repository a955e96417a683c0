/**
 * One-off maker of the data-version-2 fixtures (test/fixtures/backups/v2-backup.json and
 * test/fixtures/db/v2.json). `npx vitest run --config vitest.fixtures.config.ts` checks that the
 * app still writes them as committed; adding `-u` writes them anew (never needed: they record what
 * version 2 wrote, and later versions must read them as they are). It drives the app's own
 * repositories on fake-indexeddb with a fixed clock, then takes a backup as "Back up now" does.
 * Frozen at data version 2: from version 3 on it writes newer data, so to remake the version-2
 * files run it from a checkout of commit cd06d93 (never needed).
 */
import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';

it('writes the version-2 fixtures', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-05T10:00:00.000Z'));
  // Ids in order, so the app writes the same fixture every time.
  let serial = 0;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(() => `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`);
  const { db } = await import('../../src/renderer/src/db/client');
  const { loadDemoProgram } = await import('../../src/renderer/src/db/programs-repo');
  const { loadAttentionSources, snoozeFlag, resolveFlag } = await import('../../src/renderer/src/db/attention-repo');
  const { rematchTeam } = await import('../../src/renderer/src/db/rematch-repo');
  const { attentionFlags } = await import('../../src/renderer/src/domain/attention/attention-flags');
  const { runWrite } = await import('../../src/renderer/src/db/write-guard');
  const { createBackup } = await import('../../src/renderer/src/db/backup');
  const { DATA_VERSION } = await import('../../src/renderer/src/db/schema-versions');

  const program = await loadDemoProgram('year-in-progress');
  const today = '2026-12-05';
  const sources = await loadAttentionSources(program.id);
  const flags = attentionFlags(sources!.input, today, sources!.rules);
  const [first, second] = flags;
  if (!first || !second) throw new Error('The demo year should raise at least two flags.');
  vi.setSystemTime(new Date('2026-12-05T10:05:00.000Z'));
  await snoozeFlag({ programId: program.id, teamId: first.teamId, flagKey: first.flagKey }, '2026-12-19', 'Spoke to both; they meet next week.', today);
  vi.setSystemTime(new Date('2026-12-05T10:07:00.000Z'));
  const resolved = flags.find((f) => f.teamId !== first.teamId) ?? second;
  await resolveFlag({ programId: program.id, teamId: resolved.teamId, flagKey: resolved.flagKey }, 'Agreed a monthly slot.');
  vi.setSystemTime(new Date('2026-12-05T10:10:00.000Z'));
  const teams = await db.teams.where('programId').equals(program.id).sortBy('number');
  const ended = teams[teams.length - 1]!;
  const rematch = await rematchTeam(ended.id, 'Moved to another site; both asked for a new partner.', today);
  if (!rematch.ok) throw new Error(rematch.message);

  // Tables no screen writes yet in version 2 (ratings, speed events), and a roster import, so
  // that every table of the fixture holds records.
  const people = await db.participants.where('programId').equals(program.id).sortBy('lastName');
  const competencies = await db.competencies.where('programId').equals(program.id).sortBy('order');
  await runWrite(db, [db.ratings, db.speedEvents, db.importBatches], async () => {
    await db.ratings.bulkAdd(
      people.slice(0, 4).map((p, i) => ({
        id: `rating-${i + 1}`,
        programId: program.id,
        participantId: p.id,
        competencyId: competencies[i]!.id,
        phase: 'pre' as const,
        value: 2 + (i % 3),
        createdAt: '2026-09-15T12:30:00.000Z',
      })),
    );
    await db.speedEvents.add({
      id: 'speed-1',
      programId: program.id,
      title: 'Speed peer mentoring at the kickoff',
      date: '2026-09-15',
      roundMinutes: 8,
      prepMinutes: 4,
      participantIds: people.slice(0, 4).map((p) => p.id),
      rounds: [
        [
          [people[0]!.id, people[1]!.id],
          [people[2]!.id, people[3]!.id],
        ],
      ],
      createdAt: '2026-09-15T11:00:00.000Z',
    });
    await db.importBatches.add({
      id: 'import-1',
      programId: program.id,
      kind: 'roster',
      fileName: 'Larkfield roster.csv',
      createdAt: '2026-08-20T09:00:00.000Z',
      added: people.map((p) => p.id),
      updatedBefore: [],
      withdrawnBefore: [],
      undone: false,
      summary: `${people.length} people added`,
    });
  });

  const backup = await createBackup(db, { appVersion: '0.1.0', now: '2026-12-05T10:15:00.000Z' });
  for (const [table, rows] of Object.entries(backup.tables)) {
    if ((rows as unknown[]).length === 0) throw new Error(`The fixture's ${table} table is empty.`);
  }
  await expect(JSON.stringify(backup, null, 1) + '\n').toMatchFileSnapshot('../fixtures/backups/v2-backup.json');
  await expect(
    JSON.stringify(
      {
        schemaVersion: DATA_VERSION,
        note: 'A version-2 database (the demo year in progress with attention actions, a rematch, ratings, a speed event and a roster import), as IndexedDB held it. Never edit: later versions must open it.',
        tables: backup.tables,
      },
      null,
      1,
    ) + '\n',
  ).toMatchFileSnapshot('../fixtures/db/v2.json');
});
