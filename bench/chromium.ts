/**
 * What the benchmarks that drive the built renderer in Chromium share: launching Debian's
 * Chromium, serving `out/renderer`, seeding a program through the app's own backup restore, and
 * choosing a file in the page's file picker.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PeerMentorDatabase } from '../src/renderer/src/db/database';
import { createBackup } from '../src/renderer/src/db/backup';
import { serveFolder } from '../test/helpers/static-server';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Chromium with the built renderer served on localhost; `null` when `npm run build` has not run.
 * BENCH_RENDERER names another build's folder (a copy of an earlier `out/renderer`), to compare
 * two builds under the same load.
 */
export async function startBuiltRenderer(): Promise<{ chrome: Browser; url: string; close: () => Promise<void> } | null> {
  const folder = process.env.BENCH_RENDERER ?? 'out/renderer';
  if (!existsSync(join(folder, 'index.html'))) return null;
  const server = await serveFolder(folder);
  const chrome = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    chrome,
    url: server.url,
    close: async () => {
      await chrome.close();
      await server.close();
    },
  };
}

/** db/settings-repo's key of the current program (importing it would open the app's own database). */
const CURRENT_PROGRAM_KEY = 'currentProgramId';

/** The records of one program, table by table, as the app stores them. */
export interface ProgramTables {
  program: { id: string };
  competencies?: readonly object[];
  participants?: readonly object[];
  teams?: readonly object[];
  teamMembers?: readonly object[];
  events?: readonly object[];
  attendance?: readonly object[];
  meetingLogs?: readonly object[];
  checkIns?: readonly object[];
}

/** Writes a temporary file of `text` named `name`; returns its path. */
export async function tempFile(name: string, text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'pmd-bench-')), name);
  await writeFile(path, text);
  return path;
}

/**
 * Writes a backup file of one program (the current one) through the app's own database and
 * backup code, as the app would save it.
 */
export async function backupFile(data: ProgramTables): Promise<string> {
  const db = new PeerMentorDatabase(`bench-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  await db.programs.add(data.program as never);
  const tables = ['competencies', 'participants', 'teams', 'teamMembers', 'events', 'attendance', 'meetingLogs', 'checkIns'] as const;
  for (const table of tables) {
    const rows = data[table];
    if (rows && rows.length > 0) await (db[table] as unknown as { bulkAdd: (rows: readonly object[]) => Promise<unknown> }).bulkAdd(rows);
  }
  await db.meta.put({ key: CURRENT_PROGRAM_KEY, value: data.program.id });
  const backup = await createBackup(db, { appVersion: 'bench', now: new Date().toISOString() });
  db.close();
  return tempFile('program-backup.json', JSON.stringify(backup));
}

/** Clicks until the page's file picker opens (Chromium now and then drops the event). */
export async function chooseFile(page: Page, click: () => Promise<void>, path: string): Promise<void> {
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

/** Restores the backup `file` through Settings & backups, as a coordinator would. */
export async function restoreThroughSettings(page: Page, file: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Settings & backups', { exact: true }).click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Restore from a backup file…' }).click(), file);
  await page.getByRole('dialog').getByRole('button', { name: 'Restore this backup' }).click({ timeout: 120_000 });
  await page.getByText('Backup restored').first().waitFor({ timeout: 300_000 });
}

/** The median of `list` (0 when empty). */
export function median(list: readonly number[]): number {
  return [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)] ?? 0;
}

/** The machine's load averages over 1, 5 and 15 minutes, as /proc/loadavg gives them. */
export async function loadAverage(): Promise<string> {
  try {
    const { readFile } = await import('node:fs/promises');
    return (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Runs `work` with the page's main thread under the DevTools CPU profiler and returns the `top`
 * functions by self time (ms), named by function, file and line: where a figure's time goes.
 */
export async function profiled<T>(page: Page, work: () => Promise<T>, top = 15): Promise<{ result: T; hot: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let k = 0; k < samples.length; k++) {
    const frame = byId.get(samples[k] as number);
    if (!frame) continue;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (deltas[k + 1] ?? deltas[k] ?? 0) / 1000);
  }
  const hot = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${name}`);
  return { result, hot };
}
