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
import { chromium, type Browser, type Page } from 'playwright-core';
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

/** Restores `file` into a fresh profile, then opens the home 7 times: one table row. */
async function openHome(chrome: Browser, baseUrl: string, data: LargeProgram, logs: number): Promise<(string | number)[]> {
  const file = await backupFile(data, logs);
  const context = await chrome.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2027-02-20T09:00:00'));
    await page.goto(baseUrl);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Settings & backups', { exact: true }).click();
    const started = performance.now();
    await chooseFile(page, () => page.getByRole('button', { name: 'Restore from a backup file…' }).click(), file);
    await page.getByRole('dialog').getByRole('button', { name: 'Restore this backup' }).click({ timeout: 120_000 });
    await page.getByText('Backup restored').first().waitFor({ timeout: 300_000 });
    const restoreMs = performance.now() - started;

    const times: number[] = [];
    const shell: number[] = [];
    for (let run = 1; run <= 7; run++) {
      // Measured from here, outside the page: the page's own clock is fixed to the program's day.
      const start = performance.now();
      await page.goto(`${baseUrl}?run=${run}#/`, { waitUntil: 'commit' });
      await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ timeout: 120_000 });
      shell.push(performance.now() - start);
      await page.locator('[data-testid="home-ready"]').waitFor({ timeout: 120_000 });
      times.push(performance.now() - start);
    }
    const month = (await page.locator('#cycle-heading').textContent()) ?? '';
    const items = await page.getByTestId('to-do-item').count();
    const first = times[0] ?? 0;
    const median = (list: number[]) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)] ?? 0;
    return [data.participants.length, data.teams.length, logs, data.checkIns.length, median(shell), first, median(times), Math.max(...times), restoreMs, `${month}, ${items} to do`];
  } finally {
    await context.close();
  }
}

async function browser(): Promise<void> {
  if (!existsSync('out/renderer/index.html')) {
    console.log('\nOpening the home screen in Chromium: skipped, run `npm run build` first.');
    return;
  }
  // The demo year on 20 February 2027, as it is (one copy) and grown to about 5,000 people.
  const now = '2027-02-20T09:00:00.000Z';
  const server = await serveFolder('out/renderer');
  const chrome = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const rows: (string | number)[][] = [];
    for (const copies of [1, 209]) {
      const data = largeProgram(now, copies);
      rows.push(await openHome(chrome, server.url, data, Math.min(20_000, data.meetingLogs.length)));
    }
    console.log('\nOpening the home screen in Chromium (headless, 2 shared cores): ms from asking for the page — target: data on screen < 1 s');
    printTable(
      ['participants', 'teams', 'meeting logs', 'check-ins', 'app shell (median)', 'home data: first', 'median of 7', 'slowest', 'restore (setup)', 'the home said'],
      rows,
    );
  } finally {
    await chrome.close();
    await server.close();
  }
}

export async function run(): Promise<void> {
  await pure();
  await browser();
}
