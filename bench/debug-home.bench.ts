/**
 * The home screen ("This month"):
 * 1. `thisMonth` (to-do counts, timeline, next meeting, figures) for 300 teams with a full year of
 *    pair meetings, check-ins and roll calls, pure, in Node (target < 20 ms);
 * 2. opening the home screen in Chromium on a program of about 5,000 participants and 20,000
 *    meeting logs, seeded through the app's own backup restore: wall time from asking for the page
 *    to the home's data on screen (target < 1 s). Needs the built renderer (`npm run build`).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import { PeerMentorDatabase } from '../src/renderer/src/db/database';
import { createBackup } from '../src/renderer/src/db/backup';
import { thisMonth } from '../src/renderer/src/domain/home/this-month';
import { serveFolder } from '../test/helpers/static-server';
import { largeProgram, type LargeProgram } from './home-data';
import { medianMs, printTable } from './table';

function toDoNow(data: LargeProgram, today: string) {
  return thisMonth(
    {
      program: data.program,
      participants: data.participants,
      teams: data.teams,
      members: data.teamMembers,
      events: data.events,
      attendance: data.attendance,
      meetingLogs: data.meetingLogs,
      checkIns: data.checkIns,
      cadence: { mode: 'pair-months' },
      attention: [],
      lastBackupOn: today,
    },
    today,
  );
}

async function pure(): Promise<void> {
  // A full year: the demo built at the end of May has every meeting, check-in and roll call.
  const data = largeProgram('2027-05-30T09:00:00.000Z', 25);
  const rows: (string | number)[][] = [];
  for (const today of ['2026-12-05', '2027-03-10', '2027-05-29']) {
    const items = toDoNow(data, today).toDo.length;
    const ms = await medianMs(() => toDoNow(data, today), 31);
    rows.push([data.teams.length, data.meetingLogs.length, data.checkIns.length, data.attendance.length, today, items, ms]);
  }
  console.log('"To do now" (thisMonth), pure, Node — target < 20 ms');
  printTable(['teams', 'meeting logs', 'check-ins', 'roll-call marks', 'today', 'items', 'median ms'], rows);
  console.log('Pairs needing attention come from the attention rules (not part of this figure).');
}

/** db/settings-repo's key of the current program (importing it would open the app's own database). */
const CURRENT_PROGRAM_KEY = 'currentProgramId';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Writes a backup file of the large program through the app's own database and backup code. */
async function backupFile(data: LargeProgram, logs: number): Promise<string> {
  const db = new PeerMentorDatabase(`bench-home-${Date.now()}`);
  await db.open();
  await db.programs.add(data.program);
  await db.competencies.bulkAdd(data.competencies);
  await db.participants.bulkAdd(data.participants);
  await db.teams.bulkAdd(data.teams);
  await db.teamMembers.bulkAdd(data.teamMembers);
  await db.events.bulkAdd(data.events);
  await db.attendance.bulkAdd(data.attendance);
  await db.meetingLogs.bulkAdd(data.meetingLogs.slice(0, logs));
  await db.checkIns.bulkAdd(data.checkIns);
  await db.meta.put({ key: CURRENT_PROGRAM_KEY, value: data.program.id });
  const backup = await createBackup(db, { appVersion: 'bench', now: new Date().toISOString() });
  db.close();
  const path = join(await mkdtemp(join(tmpdir(), 'pmd-bench-')), 'large-program-backup.json');
  await writeFile(path, JSON.stringify(backup));
  return path;
}

/** Clicks until the page's file picker opens (Chromium now and then drops the event). */
async function chooseFile(page: Page, click: () => Promise<void>, path: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const chooser = page.waitForEvent('filechooser', { timeout: 5_000 });
    await click();
    try {
      await (await chooser).setFiles(path);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

async function browser(): Promise<void> {
  if (!existsSync('out/renderer/index.html')) {
    console.log('\nOpening the home screen in Chromium: skipped, run `npm run build` first.');
    return;
  }
  const now = '2027-02-20T09:00:00.000Z';
  const data = largeProgram(now, Number(process.env.COPIES ?? 209));
  const logs = Math.min(20_000, data.meetingLogs.length);
  const file = await backupFile(data, logs);
  const server = await serveFolder('out/renderer');
  const chrome = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await chrome.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2027-02-20T09:00:00'));
    // Navigation start → the home's data on screen, measured inside the page.
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Settings & backups', { exact: true }).click();
    const started = Date.now();
    await chooseFile(page, () => page.getByRole('button', { name: 'Restore from a backup file…' }).click(), file);
    await page.getByRole('dialog').getByRole('button', { name: 'Restore this backup' }).click({ timeout: 120_000 });
    await page.getByText('Backup restored').first().waitFor({ timeout: 300_000 });
    const restoreMs = Date.now() - started;

    const probe = await page.evaluate(`(async () => {
      const open = indexedDB.open('peer-mentor-desk');
      const db = await new Promise((r, j) => { open.onsuccess = () => r(open.result); open.onerror = () => j(open.error); });
      const ask = (q) => new Promise((r, j) => { q.onsuccess = () => r(q.result); q.onerror = () => j(q.error); });
      const out = {};
      for (const name of ['participants', 'teams', 'teamMembers', 'events', 'attendance', 'meetingLogs', 'checkIns']) {
        const t0 = performance.now();
        const rows = await ask(db.transaction(name).objectStore(name).getAll());
        out[name] = [rows.length, Math.round(performance.now() - t0)];
        const t1 = performance.now();
        const keys = await ask(db.transaction(name).objectStore(name).getAllKeys());
        out[name].push(Math.round(performance.now() - t1));
      }
      return out;
    })()`);
    console.log(JSON.stringify(probe));
    const times: number[] = [];
    for (let run = 1; run <= 7; run++) {
      // Measured from here, outside the page: the page's own clock is fixed to the program's day.
      const start = performance.now();
      await page.goto(`${server.url}?run=${run}#/`);
      await page.locator('[data-testid="home-ready"]').waitFor({ timeout: 120_000 });
      times.push(performance.now() - start);
    }
    const month = await page.locator('#cycle-heading').textContent();
    const items = await page.getByTestId('to-do-item').count();
    const first = times[0] ?? 0;
    times.sort((a, b) => a - b);
    console.log('\nOpening the home screen in Chromium (headless, 2 shared cores) — target: data on screen < 1 s');
    printTable(
      ['participants', 'teams', 'meeting logs', 'check-ins', 'first open ms', 'median of 7 ms', 'slowest ms', 'restore (setup) ms'],
      [[data.participants.length, data.teams.length, logs, data.checkIns.length, first, times[3] ?? 0, times[6] ?? 0, restoreMs]],
    );
    console.log(`The home said "${month ?? ''}" with ${items} things to do.`);
    await context.close();
  } finally {
    await chrome.close();
    await server.close();
  }
}

export async function run(): Promise<void> {
  await pure();
  await browser();
}
