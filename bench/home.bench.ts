/**
 * The home screen ("This month"):
 * 1. `thisMonth` (to-do counts, timeline, next meeting, figures) for 300 teams with a full year of
 *    pair meetings, check-ins and roll calls, pure, in Node (target < 20 ms);
 * 2. opening the home screen in Chromium on a program of about 5,000 participants and 20,000
 *    meeting logs, seeded through the app's own backup restore: wall time from asking for the page
 *    to the home's data on screen (target < 1 s). Needs the built renderer (`npm run build`).
 */
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { thisMonth } from '../src/renderer/src/domain/home/this-month';
import { backupFile, median, restoreThroughSettings, startBuiltRenderer } from './chromium';
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

/** Restores `file` into a fresh profile, then opens the home 7 times: one table row. */
async function openHome(chrome: Browser, baseUrl: string, data: LargeProgram, logs: number): Promise<(string | number)[]> {
  const file = await backupFile({ ...data, meetingLogs: data.meetingLogs.slice(0, logs) });
  const context = await chrome.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2027-02-20T09:00:00'));
    await page.goto(baseUrl);
    const started = performance.now();
    await restoreThroughSettings(page, file);
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
    return [data.participants.length, data.teams.length, logs, data.checkIns.length, median(shell), first, median(times), Math.max(...times), restoreMs, `${month}, ${items} to do`];
  } finally {
    await context.close();
  }
}

async function browser(): Promise<void> {
  const app = await startBuiltRenderer();
  if (!app) {
    console.log('\nOpening the home screen in Chromium: skipped, run `npm run build` first.');
    return;
  }
  // The demo year on 20 February 2027, as it is (one copy) and grown to about 5,000 people.
  const now = '2027-02-20T09:00:00.000Z';
  try {
    const rows: (string | number)[][] = [];
    for (const copies of [1, 209]) {
      const data = largeProgram(now, copies);
      rows.push(await openHome(app.chrome, app.url, data, Math.min(20_000, data.meetingLogs.length)));
    }
    console.log('\nOpening the home screen in Chromium (headless, 2 shared cores): ms from asking for the page — target: data on screen < 1 s');
    printTable(
      ['participants', 'teams', 'meeting logs', 'check-ins', 'app shell (median)', 'home data: first', 'median of 7', 'slowest', 'restore (setup)', 'the home said'],
      rows,
    );
  } finally {
    await app.close();
  }
}

export async function run(): Promise<void> {
  await pure();
  await browser();
}
