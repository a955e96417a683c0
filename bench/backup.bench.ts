/**
 * Backups of a large program: snapshot (one read transaction), serialise, validate every record
 * on the way back in, and restore in one transaction. Run against fake-indexeddb in Node, so the
 * figures show our own cost rather than a browser's IndexedDB.
 */
import { PeerMentorDatabase } from '../src/renderer/src/db/database';
import { createBackup, restoreBackup } from '../src/renderer/src/db/backup';
import { readBackup } from '../src/renderer/src/db/backup-format';
import { buildDemoProgram } from '../src/renderer/src/domain/demo/demo-program';
import type { Participant } from '../src/renderer/src/domain/model';
import { medianMs, printTable } from './table';

let seq = 0;
const newId = () => `id-${++seq}`;

async function seeded(participants: number): Promise<PeerMentorDatabase> {
  const db = new PeerMentorDatabase(`bench-backup-${participants}-${seq}`);
  const demo = buildDemoProgram('2026-11-24T10:00:00.000Z', newId);
  const people: Participant[] = [];
  for (let i = 0; i < participants; i++) {
    const base = demo.participants[i % demo.participants.length]!;
    people.push({ ...base, id: newId(), email: `p${i}@example.org`, emailKey: `p${i}@example.org` });
  }
  await db.programs.add(demo.program);
  await db.competencies.bulkAdd(demo.competencies);
  await db.participants.bulkAdd(people);
  return db;
}

export async function run(): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const n of [300, 5000]) {
    const db = await seeded(n);
    const backup = await createBackup(db, { appVersion: 'bench', now: new Date().toISOString() });
    const json = JSON.stringify(backup);
    const snapshot = await medianMs(() => createBackup(db, { appVersion: 'bench', now: 'x' }));
    const serialise = await medianMs(() => JSON.stringify(backup));
    const validate = await medianMs(() => readBackup(json));
    const check = readBackup(json);
    if (!check.ok) throw new Error(check.message);
    const restore = await medianMs(() => restoreBackup(db, check.backup), 3);
    rows.push([n, `${(json.length / 1024).toFixed(0)} KB`, snapshot, serialise, validate, restore]);
    db.close();
  }
  printTable(['participants', 'file size', 'snapshot ms', 'serialise ms', 'validate ms', 'restore ms'], rows);
}
