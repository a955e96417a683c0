import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  cellText,
  evaluationFigures,
  FIGURE_KEYS,
  figureCsv,
  figureTable,
  type EvaluationInput,
} from '../../src/renderer/src/domain/evaluation/figures';
import {
  captureDownload,
  dismissNotifications,
  goTo,
  launchBrowser,
  screenshot,
  seriousA11yViolations,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** June after the demo's year: the cycle (September–May) has ended. */
const TODAY = '2027-06-10';

async function openAt(localTime: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 860 },
    locale: 'en-GB',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.clock.setFixedTime(new Date(localTime));
  await page.goto(inject('baseUrl'));
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  return { context, page };
}

/**
 * Page-side JavaScript both scripts below start with: the app's database open as `db`, `ask`
 * to await a request, the current program's id and `mine(store)`: that program's records in a store.
 */
const OPEN_CURRENT_PROGRAM = `  const request = indexedDB.open('peer-mentor-desk');
  const db = await new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const ask = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const programId = (await ask(db.transaction('meta').objectStore('meta').get('currentProgramId'))).value;
  const mine = async (store) => (await ask(db.transaction(store).objectStore(store).getAll())).filter((r) => r.programId === programId);`;

/**
 * Runs in the page (plain JavaScript): gives the current program start and end self-ratings on
 * each person's team competencies (or, while their team is still choosing, three they want to
 * develop) and end-of-program feedback, straight in IndexedDB. The first
 * person rates only at the start (so they never count in growth); ratings rise by 0, 1 or 2.
 *
 * The demo of a year in progress has no ratings or feedback. When the demo of an ended year
 * (which brings its own) is in, load that instead and drop this seeding.
 */
const SEED_EVALUATION = `async () => {
${OPEN_CURRENT_PROGRAM}
  const people = (await mine('participants')).sort((a, b) => a.emailKey.localeCompare(b.emailKey));
  const teams = new Map((await mine('teams')).filter((t) => t.status === 'confirmed').map((t) => [t.id, t]));
  const members = await mine('teamMembers');
  const answers = ['yes', 'yes', 'not-sure', 'yes', 'no'];
  const tx = db.transaction(['ratings', 'feedback'], 'readwrite');
  people.forEach((p, i) => {
    const m = members.find((x) => x.participantId === p.id && teams.has(x.teamId));
    const chosen = m ? teams.get(m.teamId).competencyIds : [];
    // A team still choosing rates the competencies its people want to develop.
    const competencies = chosen.length > 0 ? chosen : p.wants.slice(0, 3);
    competencies.forEach((c, k) => {
      const before = 1 + ((i + k) % 3);
      tx.objectStore('ratings').put({ id: 'seed-pre-' + i + '-' + k, programId, participantId: p.id, competencyId: c, phase: 'pre', value: before, createdAt: '2026-09-08T12:00:00.000Z' });
      if (i > 0) tx.objectStore('ratings').put({ id: 'seed-post-' + i + '-' + k, programId, participantId: p.id, competencyId: c, phase: 'post', value: Math.min(5, before + ((i * 7 + k) % 3)), createdAt: '2027-05-11T12:00:00.000Z' });
    });
    if (i % 6 !== 5) {
      tx.objectStore('feedback').put({
        id: 'seed-fb-' + i, programId, participantId: p.id, satisfaction: 3 + (i % 3), wouldRecommend: answers[i % 5],
        helpedMost: '', barriers: '', pastBarriers: '', bothRoles: '', wouldJoinAgain: i % 4 === 0 ? 'not-sure' : 'yes',
        quote: '', quoteConsent: 'no', answeredOn: '2027-05-20', createdAt: '2027-05-20T12:00:00.000Z', updatedAt: '2027-05-20T12:00:00.000Z',
      });
    }
  });
  await new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}`;

/** Runs in the page: every record of the current program the figures read, as stored. */
const READ_PROGRAM = `async () => {
${OPEN_CURRENT_PROGRAM}
  const program = await ask(db.transaction('programs').objectStore('programs').get(programId));
  const out = { program };
  for (const [key, store] of [['participants', 'participants'], ['competencies', 'competencies'], ['teams', 'teams'], ['members', 'teamMembers'], ['events', 'events'], ['attendance', 'attendance'], ['meetingLogs', 'meetingLogs'], ['checkIns', 'checkIns'], ['ratings', 'ratings'], ['feedback', 'feedback']]) {
    out[key] = await mine(store);
  }
  db.close();
  return out;
}`;

async function readProgram(page: Page): Promise<EvaluationInput & { program: { name: string } }> {
  return page.evaluate(`(${READ_PROGRAM})()`);
}

const main = (page: Page) => page.getByRole('main');
const card = (page: Page, key: string) => main(page).getByTestId(`figure-${key}`);

async function a11y(page: Page, where: string, problems: string[]): Promise<void> {
  await page.waitForTimeout(300);
  problems.push(...(await seriousA11yViolations(page)).map((v) => `${where}: ${v}`));
}

describe('evaluation dashboard', () => {
  it('shows the ended year’s figures as charts, a chart as its table, and downloads its numbers as CSV', async () => {
    const { context, page } = await openAt(`${TODAY}T10:00:00`);
    const problems: string[] = [];
    await page.getByRole('button', { name: 'Try the demo program' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await dismissNotifications(page);

    // Before any rating or feedback: the growth and satisfaction cards say why and what to do.
    await goTo(page, 'Evaluation dashboard');
    await main(page).getByRole('heading', { level: 1, name: 'Evaluation dashboard' }).waitFor();
    await card(page, 'growth-category')
      .getByText(
        'Growth needs start and end ratings from at least 3 people (there are none yet): enter ratings on Evaluation → Self-ratings.',
      )
      .waitFor();
    await card(page, 'satisfaction')
      .getByText(
        'No satisfaction answers yet. Enter end-of-program feedback on Evaluation → Feedback.',
      )
      .waitFor();

    // Ratings and feedback come in; the screen is opened again.
    await page.evaluate(`(${SEED_EVALUATION})()`);
    await goTo(page, 'Overview');
    await goTo(page, 'Evaluation dashboard');
    await main(page).getByTestId('dashboard-ready').waitFor();

    const records = await readProgram(page);
    const figures = evaluationFigures(records, TODAY);
    expect(figures.yearEnded).toBe(true);
    // The seeding gave 23 of the 24 people both ratings (the first rated only at the start).
    expect(figures.growth.people).toBe(23);
    expect(figures.growth.onlyOnePhase).toBe(1);
    expect(figures.satisfaction.people).toBe(20);

    await main(page)
      .getByText(/the year ended on Mon,? 31 May 2027: figures as they stood then/)
      .waitFor();
    const keyFigures = main(page).getByRole('region', { name: 'Key figures' });
    await expect.poll(() => keyFigures.textContent()).toContain('Joined24people in the program');
    expect(await keyFigures.textContent()).toContain(
      `Active at the end${figures.participation.stillActive}`,
    );
    expect(await keyFigures.textContent()).toContain(
      `Self-rating change${cellText(figures.growth.overall.means?.change ?? null, 'change')}mean of 23 people`,
    );
    expect(await keyFigures.textContent()).toContain(
      `Satisfaction${figures.satisfaction.mean?.toFixed(1)} / 5mean of 20 answers`,
    );

    // Every figure has its card with its title and how many people are behind it; the charts are drawn.
    for (const key of FIGURE_KEYS.filter((k) => k !== 'withdrawals')) {
      const table = figureTable(figures, key);
      const section = card(page, key);
      await section.getByRole('heading', { level: 2, name: table.title }).waitFor();
      await section.getByText(`Based on ${table.behind}`, { exact: true }).waitFor();
      await expect
        .poll(() => section.locator('svg.recharts-surface').count(), { message: key })
        .toBeGreaterThan(0);
    }
    // Nobody withdrew in the demo: that card says so.
    await card(page, 'withdrawals')
      .getByText('Nobody has withdrawn: there is nothing to show here.')
      .waitFor();

    // Growth by category as a table: the same numbers, with the rows' mean change in words.
    const growth = card(page, 'growth-category');
    await growth.getByText('Table', { exact: true }).click();
    const table = growth.getByRole('table', {
      name: figureTable(figures, 'growth-category').title,
    });
    await table.waitFor();
    const expected = figureTable(figures, 'growth-category');
    expect(await table.getByRole('row').count()).toBe(expected.rows.length + 1);
    for (const row of expected.rows) {
      const cells = expected.columns.map((c, i) => cellText(row[i] ?? null, c.kind));
      await table.getByRole('row', { name: cells.filter((c) => c !== '').join(' ') }).waitFor();
    }
    expect(await growth.locator('svg.recharts-surface').count()).toBe(0);

    // Its CSV: Excel-ready, with exactly the figures' numbers.
    const download = await captureDownload(page, () =>
      growth.getByRole('button', { name: 'Download CSV: Growth by category' }).click(),
    );
    expect(download.name).toBe(`Growth by category - ${records.program.name}.csv`);
    const csv = download.data.toString('utf8');
    expect(csv).toBe(figureCsv(expected));
    expect(
      csv.startsWith(
        '\ufeffCategory,People with both ratings,Mean at start,Mean at end,Mean change,Note\r\n',
      ),
    ).toBe(true);
    expect(csv).toMatch(/\r\nAll competencies,23,\d\.\d\d,\d\.\d\d,\d\.\d\d,\r\n$/);
    await dismissNotifications(page);

    // Back to the chart.
    await growth.getByText('Chart', { exact: true }).click();
    await expect.poll(() => growth.locator('svg.recharts-surface').count()).toBeGreaterThan(0);

    // Light and dark: look at it, and no serious accessibility problem in either.
    await page.evaluate('window.scrollTo(0, 0)');
    await page.mouse.move(1270, 850);
    await page.waitForTimeout(400);
    await screenshot(page, 'dashboard-light');
    await a11y(page, 'dashboard (light)', problems);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.mouse.move(1270, 850);
    await page.waitForTimeout(400);
    await screenshot(page, 'dashboard-dark');
    await a11y(page, 'dashboard (dark)', problems);
    await growth.getByText('Table', { exact: true }).click();
    await growth.getByRole('table').waitFor();
    await growth.screenshot({ path: 'test-results/screens/dashboard-growth-table-dark.png' });
    await a11y(page, 'dashboard table (dark)', problems);
    await page.getByRole('button', { name: 'Switch to light theme' }).click();

    expect(problems).toEqual([]);
    await context.close();
  });
  it('shows the ended-year demo as it was recorded: withdrawals with their reasons, growth and answers from the people behind them', async () => {
    const { context, page } = await openAt(`${TODAY}T10:00:00`);
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Demo of an ended year' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await dismissNotifications(page);
    await goTo(page, 'Evaluation dashboard');
    await main(page).getByTestId('dashboard-ready').waitFor();

    const records = await readProgram(page);
    const figures = evaluationFigures(records, TODAY);
    expect(figures.yearEnded).toBe(true);
    // The demo's year: two people withdrew, most rated themselves at both ends, most answered.
    expect(figures.participation.withdrew).toBe(2);
    expect(figures.growth.people).toBeGreaterThanOrEqual(3);
    expect(figures.satisfaction.people).toBeGreaterThanOrEqual(3);
    for (const key of FIGURE_KEYS) {
      const table = figureTable(figures, key);
      const section = card(page, key);
      await section.getByRole('heading', { level: 2, name: table.title }).waitFor();
      await section.getByText(`Based on ${table.behind}`, { exact: true }).waitFor();
      // Reasons are drawn as a list of bars (BarsList), every other figure as a chart.
      const drawn = key === 'withdrawals' ? '[role="figure"]' : 'svg.recharts-surface';
      await expect.poll(() => section.locator(drawn).count(), { message: key }).toBeGreaterThan(0);
    }
    // Why they withdrew, as the table of that card says it.
    const withdrawals = card(page, 'withdrawals');
    await withdrawals.getByText('Table', { exact: true }).click();
    const reasons = withdrawals.getByRole('table');
    for (const { reason } of figures.participation.withdrawReasons) {
      await reasons.getByText(reason, { exact: true }).first().waitFor();
    }
    const keyFigures = main(page).getByRole('region', { name: 'Key figures' });
    await expect
      .poll(() => keyFigures.textContent())
      .toContain(
        `Satisfaction${figures.satisfaction.mean?.toFixed(1)} / 5mean of ${figures.satisfaction.people} answers`,
      );
    await screenshot(page, 'dashboard-ended-demo');
    await context.close();
  });
});
