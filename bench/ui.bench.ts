/**
 * Responsiveness a person feels, in the built renderer in Chromium (headless, 2 shared cores),
 * side by side with the pure functions behind each step (in Node):
 * - first contentful paint of the app on a fresh profile (target < 1 s);
 * - click on "Run pairing" → the board on screen: its first twelve cards (more than a 1280 × 860
 *   window shows), for the 24 people of "Demo before pairing" and for a generated roster of 300
 *   (target < 0.5 s at 300); also until the board is complete (every card, and the plan
 *   quality the worker works out for the stored proposals), for reference;
 * - click on "Save .docx" of the pairing letters → the file handed to the browser to save
 *   (the first document of a session; target < 0.5 s);
 * - a 2,000-row CSV chosen in the import wizard → the review step on screen (target < 1 s): the
 *   machine's time of the three steps (read, columns, review), without the person's two clicks.
 * Every figure is the median of several runs, each in a fresh browser profile, after the screen
 * has opened as a person would open it. Times are taken inside the page: from the click's (or
 * the file choice's) event time to a painted frame after the awaited result is in the page. The
 * page's clock is real (see `freshPage`). Before each measured action the bench waits a second,
 * as a person reading the screen would. The machine's load average is printed with the figures.
 * Needs the built renderer (`npm run build`). Run alone: `npm run bench -- ui`;
 * UI_BENCH_RUNS=n changes the runs per figure (5), UI_BENCH_ONLY=paint,pairing24,pairing300,
 * document,import picks figures, and UI_BENCH_PROFILE=1 prints, for the first run of each step,
 * the page's main-thread self time by function (DevTools CPU profile): where the time goes.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildDemoProgram } from '../src/renderer/src/domain/demo/demo-program';
import { buildLetterModels } from '../src/renderer/src/domain/documents/document-models';
import { packDocument } from '../src/renderer/src/domain/documents/pack';
import { buildPairLetters } from '../src/renderer/src/domain/documents/pair-letters';
import { suggestMapping } from '../src/renderer/src/domain/import/column-mapping';
import { prepareImport } from '../src/renderer/src/domain/import/prepare-import';
import { readRoster } from '../src/renderer/src/domain/import/read-roster';
import { defaultPairingSettings } from '../src/renderer/src/domain/pairing/pairing-settings';
import { planPairsPrepared } from '../src/renderer/src/domain/pairing/plan-pairs';
import { preparePairing } from '../src/renderer/src/domain/pairing/prepare';
import type { Participant } from '../src/renderer/src/domain/model';
import { catalog as docCatalog, context as docContext, events as docEvents, generatedParticipants, generatedTeams, program as docProgram } from '../test/docx-check/fixtures';
import { backupFile, chooseFile, loadAverage, median, profiled, restoreThroughSettings, startBuiltRenderer, tempFile } from './chromium';
import { roster } from './pairing.bench';
import { rosterBytes } from './roster.bench';
import { medianMs, printTable } from './table';

/** Runs of each figure (each in a fresh profile). */
const RUNS = Number(process.env.UI_BENCH_RUNS ?? 5);
/** How long a person looks at a screen before the measured click or file choice. */
const READING_MS = 1_000;
/** The day the generated program is built for. */
const NOW = '2027-02-20T09:00:00.000Z';
const VIEWPORT = { width: 1280, height: 860 };

/** What the page waits for after the start event: elements, an enabled button, or a saved file. */
type Until =
  | {
      kind: 'elements';
      selector: string;
      count: number;
      busySelector?: string;
      /** A second mark: `allCount` elements, and `completeSelector` shown (without `completeBusy`). */
      allCount?: number;
      completeSelector?: string;
      completeBusy?: string;
    }
  | { kind: 'button'; label: string }
  | { kind: 'download' };

/**
 * The page's timer (plain script, run in every page of the bench's profiles): `__uiBenchArm`
 * starts it at the next trusted click (or file choice) and stops it when a frame after `until`
 * holds has been painted, or, for a download, when the page hands the file to the browser.
 * Event times and `performance.now()` share the page's clock (the fixed clock leaves it alone).
 */
const PAGE_TIMER = `
window.__uiBenchArm = (start, until) => {
  const w = { start: -1, end: -1, all: -1 };
  window.__uiBench = w;
  document.addEventListener(start, (event) => {
    if (w.start < 0 && (start === 'change' || event.isTrusted)) w.start = event.timeStamp;
  }, { capture: true });
  if (until.kind === 'download') {
    document.addEventListener('click', (event) => {
      if (w.start >= 0 && w.end < 0 && event.target instanceof Element && event.target.matches('a[download]')) w.end = performance.now();
    }, { capture: true });
    return;
  }
  const holds = until.kind === 'button'
    ? () => [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === until.label && !b.disabled)
    : () => document.querySelectorAll(until.selector).length >= until.count &&
        (until.busySelector === undefined || document.querySelector(until.busySelector) === null);
  const painted = (mark) => requestAnimationFrame(() => setTimeout(() => { w[mark] = performance.now(); }, 0));
  const all = () =>
    (until.allCount === undefined || document.querySelectorAll(until.selector).length >= until.allCount) &&
    (until.completeSelector === undefined || document.querySelector(until.completeSelector) !== null) &&
    (until.completeBusy === undefined || document.querySelector(until.completeBusy) === null);
  let shown = false;
  const observer = new MutationObserver(() => {
    if (w.start < 0) return;
    if (!shown && holds()) {
      shown = true;
      painted('end');
    }
    if (shown && all()) {
      observer.disconnect();
      painted('all');
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
};`;

/** Arms the page's timer; `measured` waits for it to stop and gives the milliseconds. */
async function arm(page: Page, start: 'click' | 'change', until: Until): Promise<{ measured: () => Promise<number> }> {
  await page.evaluate(`window.__uiBenchArm(${JSON.stringify(start)}, ${JSON.stringify(until)})`);
  return {
    measured: async () => {
      await page.waitForFunction(() => (globalThis as unknown as { __uiBench: { end: number } }).__uiBench.end >= 0, null, { timeout: 120_000, polling: 50 });
      return page.evaluate<number>('window.__uiBench.end - window.__uiBench.start');
    },
  };
}

/** After `measured`: milliseconds from the start to `allCount` elements on screen. */
async function measuredAll(page: Page): Promise<number> {
  await page.waitForFunction(() => (globalThis as unknown as { __uiBench: { all: number } }).__uiBench.all >= 0, null, { timeout: 120_000, polling: 50 });
  return page.evaluate<number>('window.__uiBench.all - window.__uiBench.start');
}

const PROFILE = process.env.UI_BENCH_PROFILE === '1';
const profiledOnce = new Set<string>();

/**
 * Times `act` (a click or a file choice) until `until` holds. With UI_BENCH_PROFILE=1 the first
 * run of each `label` also runs under the CPU profiler and prints where the main thread's time went.
 */
async function timed(page: Page, label: string, start: 'click' | 'change', until: Until, act: () => Promise<void>): Promise<number> {
  // A person reads the screen before acting on it; nobody clicks within milliseconds of a screen
  // appearing. The same pause for every step.
  await page.waitForTimeout(READING_MS);
  const timer = await arm(page, start, until);
  if (!PROFILE || profiledOnce.has(label)) {
    await act();
    return timer.measured();
  }
  profiledOnce.add(label);
  const { result, hot } = await profiled(page, async () => {
    await act();
    return timer.measured();
  });
  console.log(`\n${label}: ${result.toFixed(0)} ms; main thread's self time by function:\n${hot.join('\n')}`);
  return result;
}

async function freshPage(chrome: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chrome.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript(PAGE_TIMER);
  // No fixed clock here: Playwright's fake timers run in the page's main thread and cost it time
  // the app never spends (and hide the paint timings); nothing measured depends on the day.
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ timeout: 120_000 });
  return { context, page };
}

async function goTo(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByText(label, { exact: true }).click();
}

async function loadDemoBeforePairing(page: Page): Promise<void> {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'Demo before pairing' }).click();
  await page.getByText('Demo program loaded').first().waitFor({ timeout: 120_000 });
}

/** First contentful paint of a fresh profile, from the browser's own paint timing. */
async function firstPaint(chrome: Browser, url: string): Promise<number> {
  const context = await chrome.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ timeout: 120_000 });
    return await page.evaluate<number>(`new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
        if (fcp) resolve(fcp.startTime);
      }).observe({ type: 'paint', buffered: true });
    })`);
  } finally {
    await context.close();
  }
}

/** Cards that fill the first screen of the board (1280 × 860: about four; twelve to be safe). */
const FIRST_SCREEN_CARDS = 12;

/**
 * Click "Run pairing" on the pairing screen: milliseconds until the board's first screen of cards
 * is on screen, and until the board is complete (all `teams` cards, and the plan quality of these
 * proposals beside them).
 */
async function runPairing(page: Page, teams: number): Promise<[number, number]> {
  await goTo(page, 'Pairing');
  const run = page.getByRole('button', { name: 'Run pairing' }).first();
  await run.waitFor({ timeout: 120_000 });
  const until: Until = {
    kind: 'elements',
    selector: '[data-testid="team-card"]',
    count: Math.min(teams, FIRST_SCREEN_CARDS),
    allCount: teams,
    completeSelector: `[aria-label="Share of everyone's wants covered"]`,
    completeBusy: '[aria-label="Updating the plan quality"]',
  };
  const board = await timed(page, `Run pairing → ${teams} teams`, 'click', until, () => run.click());
  return [board, await measuredAll(page)];
}

async function pairingWithDemo(chrome: Browser, url: string): Promise<[number, number]> {
  const { context, page } = await freshPage(chrome, url);
  try {
    await loadDemoBeforePairing(page);
    return await runPairing(page, 12);
  } finally {
    await context.close();
  }
}

/** "Demo before pairing" with its 24 people replaced by a generated roster of `n`. */
function largeRoster(n: number): { data: Parameters<typeof backupFile>[0]; people: Participant[] } {
  let seq = 0;
  const demo = buildDemoProgram(NOW, () => `u${++seq}`, 'ready-to-pair');
  const people = roster(n, demo.competencies, n).map((p) => ({ ...p, programId: demo.program.id }));
  return { data: { program: demo.program, competencies: demo.competencies, participants: people }, people };
}

async function pairingWithRoster(chrome: Browser, url: string, file: string, teams: number): Promise<[number, number]> {
  const { context, page } = await freshPage(chrome, url);
  try {
    await restoreThroughSettings(page, file);
    return await runPairing(page, teams);
  } finally {
    await context.close();
  }
}

/** Pair and confirm the demo, then click "Save .docx" of the pairing letters. */
async function firstDocument(chrome: Browser, url: string): Promise<number> {
  const { context, page } = await freshPage(chrome, url);
  try {
    await loadDemoBeforePairing(page);
    await runPairing(page, 12);
    await page.getByRole('button', { name: 'Confirm 12 pairs' }).click();
    await page.getByRole('dialog', { name: 'Confirm 12 pairs?' }).getByRole('button', { name: 'Confirm 12 pairs' }).click();
    await page.getByRole('button', { name: /^Choose competencies for/ }).first().waitFor({ timeout: 120_000 });
    await goTo(page, 'Documents');
    const save = page.getByRole('region', { name: 'Pairing letters' }).getByRole('button', { name: 'Save .docx' });
    await save.waitFor({ timeout: 120_000 });
    const download = page.waitForEvent('download', { timeout: 120_000 });
    const ms = await timed(page, 'Save .docx → saved', 'click', { kind: 'download' }, () => save.click());
    await download;
    return ms;
  } finally {
    await context.close();
  }
}

/** Choose the CSV in the import wizard; time the file step, the columns step and the review. */
async function importReview(chrome: Browser, url: string, csv: string): Promise<[number, number, number]> {
  const { context, page } = await freshPage(chrome, url);
  try {
    await loadDemoBeforePairing(page);
    await goTo(page, 'Import roster');
    const choose = page.getByRole('button', { name: 'Choose file…' });
    await choose.waitFor({ timeout: 120_000 });
    // The file step is ready when its "Next: columns" button can be pressed.
    const fileStep = await timed(page, 'file chosen → Next: columns enabled', 'change', { kind: 'button', label: 'Next: columns' }, () =>
      chooseFile(page, () => choose.click(), csv),
    );
    const columns = await armedClick(page, 'Next: columns', { kind: 'elements', selector: 'table[aria-label="Column mapping"]', count: 1 });
    const review = await armedClick(page, 'Next: review', {
      kind: 'elements',
      selector: '[aria-label="Summary of the import"]',
      count: 1,
      busySelector: 'section[aria-label="Import"] .mantine-Loader-root',
    });
    return [fileStep, columns, review];
  } finally {
    await context.close();
  }
}

async function armedClick(page: Page, button: string, until: Until): Promise<number> {
  const target = page.getByRole('button', { name: button });
  await target.waitFor({ timeout: 120_000 });
  return timed(page, `${button} → on screen`, 'click', until, () => target.click({ timeout: 120_000 }));
}

/** UI_BENCH_ONLY=pairing300,import runs only those figures (paint, pairing24, pairing300, document, import). */
function wanted(figure: string): boolean {
  const only = process.env.UI_BENCH_ONLY;
  return !only || only.split(',').includes(figure);
}

async function repeat<T>(runs: number, work: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let k = 0; k < runs; k++) out.push(await work());
  return out;
}

/** The pure functions behind each figure, in Node (median ms). */
async function pureFigures(people300: Participant[], csvBytes: Uint8Array) {
  let seq = 0;
  const demo = buildDemoProgram(NOW, () => `p${++seq}`, 'ready-to-pair');
  const plan = (participants: Participant[], catalog = demo.competencies) =>
    planPairsPrepared(preparePairing({ participants, catalog, settings: defaultPairingSettings }));
  const ctx = docContext('a4');
  const people24 = generatedParticipants(24);
  const { teams, members } = generatedTeams(people24);
  const letters = buildLetterModels(docProgram, teams, members, people24, docCatalog, docEvents, '2026-09-15');
  const importAll = async () => {
    const read = await readRoster(csvBytes, 'roster.csv');
    return prepareImport(read, suggestMapping(read.headers), demo.competencies, demo.participants, { programId: demo.program.id });
  };
  return {
    pairing24: await medianMs(() => plan(demo.participants), 9),
    pairing300: await medianMs(() => plan(people300), 5),
    document: await medianMs(() => packDocument(buildPairLetters(ctx, letters)), 5),
    importReview: await medianMs(importAll, 5),
  };
}

export async function run(): Promise<void> {
  const app = await startBuiltRenderer();
  if (!app) {
    console.log('UI responsiveness in Chromium: skipped, run `npm run build` first.');
    return;
  }
  try {
    const { data, people } = largeRoster(300);
    const backup300 = await backupFile(data);
    const csvBytes = rosterBytes(2_000);
    const csv = await tempFile('roster-2000.csv', new TextDecoder().decode(csvBytes));
    const loadBefore = await loadAverage();

    const fcp = await repeat(wanted('paint') ? RUNS : 0, () => firstPaint(app.chrome, app.url));
    const pair24 = await repeat(wanted('pairing24') ? RUNS : 0, () => pairingWithDemo(app.chrome, app.url));
    const pair300 = await repeat(wanted('pairing300') ? RUNS : 0, () => pairingWithRoster(app.chrome, app.url, backup300, 150));
    const doc = await repeat(wanted('document') ? RUNS : 0, () => firstDocument(app.chrome, app.url));
    const imports = await repeat(wanted('import') ? RUNS : 0, () => importReview(app.chrome, app.url, csv));
    const loadAfter = await loadAverage();
    const pure = await pureFigures(people, csvBytes);

    const importTotals = imports.map((parts) => parts[0] + parts[1] + parts[2]);
    const row = (figure: string, target: number | null, list: number[], pureMs: number | string): (string | number)[] =>
      list.length === 0
        ? [figure, target ?? '—', '—', '—', pureMs, 'not run']
        : [
            figure,
            target ?? '—',
            median(list),
            `${Math.round(Math.min(...list))}–${Math.round(Math.max(...list))}`,
            pureMs,
            target === null ? '(reference)' : median(list) < target ? 'yes' : 'no',
          ];
    console.log(`UI responsiveness in Chromium (headless), median of ${RUNS} runs, each in a fresh profile; load average ${loadBefore} before, ${loadAfter} after`);
    printTable(
      ['figure', 'target ms', 'median ms', 'range ms', 'pure function (Node) ms', 'met'],
      [
        row('first contentful paint', 1000, fcp, '—'),
        row('Run pairing → board, 24 people (12 pairs)', 500, pair24.map((r) => r[0]), pure.pairing24),
        row('  … complete, with its plan quality', null, pair24.map((r) => r[1]), '—'),
        row('Run pairing → board, 300 people: first screen', 500, pair300.map((r) => r[0]), pure.pairing300),
        row('  … complete: 150 cards and plan quality', null, pair300.map((r) => r[1]), '—'),
        row('Save .docx → first document saved (12 letters)', 500, doc, pure.document),
        row('2,000-row CSV chosen → review step', 1000, importTotals, pure.importReview),
      ],
    );
    if (imports.length > 0) {
      const part = (k: 0 | 1 | 2) => median(imports.map((parts) => parts[k]));
      console.log(`  import steps (medians): file read ${part(0).toFixed(0)} ms, columns ${part(1).toFixed(0)} ms, review ${part(2).toFixed(0)} ms`);
    }
  } finally {
    await app.close();
  }
}
