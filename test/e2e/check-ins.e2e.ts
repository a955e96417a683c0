/**
 * Check-ins on the demo year in progress (the browser's clock fixed to 5 December 2026, so the
 * demo's pairs, schedule and check-ins are always the same), in Chromium: type a check-in during
 * a conversation (keyboard), delete it and undo, import a Microsoft Forms export with an unknown
 * address and a bad rating (both named by row and column), skip them, commit, see the check-ins,
 * import the same export again (nothing new), and undo the import. What the list should show is
 * worked out from the same pure functions (the demo year, the survey import).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compareCheckInsNewestFirst } from '../../src/renderer/src/domain/check-ins/check-in-status';
import { prepareSurveyImport } from '../../src/renderer/src/domain/check-ins/survey-import';
import { suggestSurveyMapping } from '../../src/renderer/src/domain/check-ins/survey-mapping';
import { buildDemoProgram } from '../../src/renderer/src/domain/demo/demo-program';
import { readRoster } from '../../src/renderer/src/domain/import';
import type { CheckIn } from '../../src/renderer/src/domain/model';
import { readDocx } from '../docx-check/docx-reader';
import { captureDownload, goTo, launchBrowser, seriousA11yViolations, waitForFileChooser } from './browser';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens/check-ins';
const MS_FORMS = fileURLToPath(new URL('../fixtures/surveys/check-ins-microsoft-forms.csv', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The app's "today": the demo year in progress as of early December (two check-in months done or under way). */
const TODAY = '2026-12-05';
/** The rows of the export the spec skips: an unknown address (5) and a bad rating (7). */
const SKIPPED_ROWS = [5, 7];

/** A fresh profile whose clock reads TODAY, with the app open. */
async function openAtToday(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await page.goto(inject('baseUrl'));
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  return { context, page };
}

/**
 * What the pure functions say about the demo year on TODAY and the Forms export with the skipped
 * rows left out: the check-ins the import adds, and the number of teams whose latest check-in
 * is from a survey before the import and after it (a check-in typed today for `typedTeam` newest).
 */
async function expectedImport(typedTeam: number): Promise<{ added: number; surveyBefore: number; surveyAfter: number }> {
  let n = 0;
  const demo = buildDemoProgram(`${TODAY}T10:00:00.000Z`, () => `id-${++n}`, 'year-in-progress');
  const year = demo.year!;
  const read = await readRoster(new Uint8Array(readFileSync(MS_FORMS)), 'check-ins-microsoft-forms.csv');
  const prep = prepareSurveyImport(
    read,
    suggestSurveyMapping(read.headers, demo.competencies),
    {
      programId: demo.program.id,
      teams: year.teams,
      members: year.teamMembers,
      participants: demo.participants,
      catalog: demo.competencies,
      importedKeys: new Set(),
    },
    { excludeRows: SKIPPED_ROWS },
  );
  expect(prep.blocked).toBe(false);
  const now = `${TODAY}T10:00:00.000Z`;
  const imported: CheckIn[] = prep.responses.map((r, i) => ({ ...r.checkIn, id: `survey-${i}`, importBatchId: 'b', createdAt: now }));
  const typedTeamId = year.teams.find((t) => t.number === typedTeam)!.id;
  const typed = { ...year.checkIns[0]!, id: 'typed', teamId: typedTeamId, date: TODAY, source: 'typed' as const, createdAt: now };
  const fromSurvey = (checkIns: CheckIn[]) =>
    year.teams.filter((t) => checkIns.filter((c) => c.teamId === t.id).sort(compareCheckInsNewestFirst)[0]?.source === 'survey')
      .length;
  return {
    added: prep.responses.length,
    surveyBefore: fromSurvey(year.checkIns),
    surveyAfter: fromSurvey([...year.checkIns, typed, ...imported]),
  };
}

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(250);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

async function a11y(page: Page, where: string, problems: string[]): Promise<void> {
  // The page as a reader finds it: no button left in its hover colour by the last click.
  await page.mouse.move(1, 1);
  await page.waitForTimeout(200);
  problems.push(...(await seriousA11yViolations(page)).map((v) => `${where}: ${v}`));
}

async function dismissNotifications(page: Page): Promise<void> {
  const notices = page.locator('.mantine-Notification-root');
  const close = notices.getByRole('button', { name: 'Dismiss' });
  await expect
    .poll(async () => {
      if ((await close.count()) > 0) await close.first().click({ force: true, timeout: 1000 }).catch(() => undefined);
      return notices.count();
    })
    .toBe(0);
}

async function setTheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const toggle = page.getByRole('button', { name: `Switch to ${scheme} theme` });
  if ((await toggle.count()) > 0) await toggle.click();
  await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme')).toBe(scheme);
}

/** The demo program, with confirmed pairs and a schedule made through the screens when it has none. */
async function demoWithPairsAndSchedule(page: Page): Promise<void> {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'Start from a demo program' }).click();
  await page.getByText('Demo program loaded').first().waitFor();
  await dismissNotifications(page);

  await goTo(page, 'Pairing');
  await page.getByRole('heading', { level: 1, name: 'Pairing' }).waitFor();
  const confirmed = page.getByRole('heading', { name: 'Confirmed teams' });
  const run = page.getByRole('button', { name: 'Run pairing' }).first();
  await expect.poll(async () => (await confirmed.count()) + (await run.count())).toBeGreaterThan(0);
  if ((await confirmed.count()) === 0) {
    await run.click();
    const confirm = page.getByRole('button', { name: /^Confirm \d+ pairs$/ });
    await confirm.waitFor();
    const label = (await confirm.textContent()) ?? '';
    await confirm.click();
    await page.getByRole('dialog', { name: `${label}?` }).getByRole('button', { name: label }).click();
    await confirmed.waitFor();
  }
  await dismissNotifications(page);

  await goTo(page, 'Schedule');
  await page.getByRole('heading', { level: 1, name: 'Schedule' }).waitFor();
  const generate = page.getByRole('button', { name: 'Generate the year', exact: true });
  const again = page.getByRole('button', { name: 'Generate the year again' });
  await expect.poll(async () => (await generate.count()) + (await again.count())).toBe(1);
  if ((await generate.count()) === 1) {
    await generate.click();
    await page.getByRole('heading', { name: 'Events' }).waitFor();
  }
  await dismissNotifications(page);
}

/** Click the option of a segmented control (a radio group) by its label. */
async function choose(scope: Locator, label: string): Promise<void> {
  await scope.locator('label').filter({ hasText: new RegExp(`^${label}$`) }).first().click();
}

describe('check-ins', () => {
  it('types a check-in, imports a Forms export with problems named by row and column, and undoes it', async () => {
    const { context, page } = await openAtToday();
    const problems: string[] = [];
    await demoWithPairsAndSchedule(page);

    await goTo(page, 'Check-ins');
    await page.getByRole('heading', { level: 1, name: 'Check-ins' }).waitFor();
    const table = page.getByRole('table', { name: 'Teams and their check-ins' });
    const rows = table.getByTestId('check-in-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(10);
    await shot(page, 'check-ins-light');
    await a11y(page, 'list light', problems);
    const fromSurvey = table.getByText(/from a survey/);
    const surveyBefore = await fromSurvey.count();
    // The demo year's check-ins are all typed or on paper, and they are on the list.
    expect(await table.getByText(/from a paper form/).count()).toBeGreaterThan(0);

    // Type a check-in during a conversation with the team of the first row, keyboard first.
    const row = rows.first();
    const label = (await row.getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/^(Pair|Triad|Group) \d\d$/);
    const expected = await expectedImport(Number(/\d+/.exec(label)![0]));
    expect(surveyBefore).toBe(expected.surveyBefore);
    await row.getByRole('button', { name: `Check in with ${label}` }).click();
    const editor = page.getByRole('dialog', { name: `Check-in with ${label}` });
    await editor.waitFor();
    const members = (await row.locator('td').first().locator('p').allTextContents()).map((t) => t.trim());
    // Saving without an answer says what is missing, by the field.
    await page.keyboard.press('Control+Enter');
    await editor.getByText('Choose how it is going: on track, some concerns or stalled.').waitFor();
    await choose(editor, 'Some concerns');
    await choose(editor, 'Mostly one way');
    await editor.getByRole('radio', { name: members[0]!, exact: true }).check();
    await editor.getByLabel('Next step').fill('Swap roles: the quieter partner leads the next meeting.');
    await editor.getByLabel(/Private note/).fill('Mentioned workload at home; check in gently.');
    await shot(page, 'check-in-editor-light', false);
    await a11y(page, 'editor light', problems);
    await editor.getByLabel('Next step').press('Control+Enter');
    await editor.waitFor({ state: 'hidden' });
    await page.getByText('Check-in saved').first().waitFor();
    const typedRow = table.getByRole('row', { name: label });
    await expect.poll(() => typedRow.textContent()).toContain(`Some concerns · mostly one way: ${members[0]} gives more`);
    await expect.poll(() => typedRow.textContent()).toContain('Next step: Swap roles');
    expect(await typedRow.textContent()).not.toContain('workload at home');
    await dismissNotifications(page);

    // The team's check-ins: the private note is shown (and marked), delete and undo.
    await typedRow.getByRole('button', { name: `Open the check-ins of ${label}` }).click();
    const drawer = page.getByRole('dialog', { name: `${label}: check-ins` });
    await drawer.getByText('Mentioned workload at home; check in gently.').waitFor();
    await shot(page, 'check-ins-team-drawer-light', false);
    await a11y(page, 'drawer light', problems);
    const cards = drawer.getByRole('article', { name: /^Check-in of / });
    const before = await cards.count();
    const typed = cards.filter({ hasText: 'Mentioned workload at home' });
    await typed.getByRole('button', { name: /^Delete the check-in of / }).click();
    await expect.poll(() => cards.count()).toBe(before - 1);
    await page.locator('.mantine-Notification-root').getByRole('button', { name: 'Undo' }).click();
    await drawer.getByText('Mentioned workload at home; check in gently.').waitFor();
    await expect.poll(() => cards.count()).toBe(before);
    await drawer.getByRole('button', { name: 'Close the team’s check-ins' }).click();
    await dismissNotifications(page);

    // The team's one-page form, to hand out: its name, its members, the questions.
    const form = await captureDownload(page, () => typedRow.getByRole('button', { name: `Check-in form for ${label}` }).click());
    expect(form.name).toMatch(new RegExp(`^Check-in - ${label} - .+\\.docx$`));
    const formText = readDocx(new Uint8Array(form.data)).text;
    for (const name of members) expect(formText).toContain(name);
    expect(formText).toContain('Are your contributions equal? Is it give and take?');
    expect(formText).not.toContain('workload at home');
    await dismissNotifications(page);

    // Import the Microsoft Forms export.
    await page.getByRole('button', { name: 'Import responses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import check-in responses' }).waitFor();
    await shot(page, 'survey-file-light');
    await a11y(page, 'survey file light', problems);
    const chooser = await waitForFileChooser(page, () => page.getByRole('button', { name: 'Choose file…' }).click());
    await chooser.setFiles(MS_FORMS);
    const preview = page.getByRole('table', { name: 'Preview of the first rows' });
    await expect.poll(() => preview.textContent()).toContain('Zoë Hartmann');
    await page.getByText('Read as UTF-8').waitFor();

    await page.getByRole('button', { name: 'Next: columns' }).click();
    await page.getByRole('table', { name: 'Column mapping' }).waitFor();
    const target = (column: string) => page.getByRole('combobox', { name: `Goes to, for column ${column}`, exact: true });
    await expect.poll(() => target('Completion time').inputValue()).toBe('When they answered');
    await expect.poll(() => target('Start time').inputValue()).toBe('Ignore');
    await expect.poll(() => target('Email').inputValue()).toBe('Respondent’s email');
    const rating = 'How much progress have you made on each competency you chose?.Oral communication';
    await expect.poll(() => target(rating).inputValue()).toBe('Progress on a competency');
    await expect
      .poll(() => page.getByRole('combobox', { name: `Competency rated in column ${rating}` }).inputValue())
      .toBe('Oral communication');
    await shot(page, 'survey-columns-light');
    await a11y(page, 'survey columns light', problems);

    // Review: the unknown address and the bad rating are named by row and column; nothing can be imported yet.
    await page.getByRole('button', { name: 'Next: review' }).click();
    const problemTable = page.getByRole('table', { name: 'Responses with problems' });
    await problemTable.waitFor();
    const problemRow = (row: number, column: string) =>
      problemTable.getByTestId('survey-problem').filter({ hasText: column }).filter({ has: page.getByRole('button', { name: `Skip row ${row}` }) });
    await expect
      .poll(() => problemRow(5, 'Email').textContent())
      .toContain('Nobody in this program has the address "jamie.walsh@example.org".');
    await expect.poll(() => problemRow(7, rating).textContent()).toContain('"7" is not a rating from 1 to 5.');
    const blockers = page.getByRole('status', { name: 'Before you can import' });
    await expect.poll(() => blockers.textContent()).toMatch(/rows? have problems \(.*rows? .*5.*7/);
    expect(await page.getByRole('button', { name: /^Import \d+ check-ins?$/ }).isDisabled()).toBe(true);
    await shot(page, 'survey-review-problems-light');
    await a11y(page, 'survey review light', problems);

    // The coordinator decides per row: skip both (and any other problem row the demo brings).
    await problemTable.getByRole('button', { name: 'Skip row 5' }).click();
    await problemTable.getByRole('button', { name: 'Skip row 7' }).click();
    await page.getByText('Row 5 is skipped.').waitFor();
    const skipAll = page.getByRole('button', { name: /^Skip all \d+$/ });
    if ((await problemTable.count()) > 0 && (await skipAll.count()) > 0) await skipAll.click();
    else if ((await problemTable.count()) > 0) await problemTable.getByRole('button', { name: /^Skip row \d+$/ }).click();
    await page.getByRole('status').getByText('Ready to import').waitFor();
    const added = page.getByRole('table', { name: 'Check-ins to add' });
    await expect.poll(() => added.textContent()).toContain('Ngozi Okafor');
    const importButton = page.getByRole('button', { name: /^Import \d+ check-ins?$/ });
    const count = Number(/\d+/.exec((await importButton.textContent()) ?? '')?.[0]);
    expect(count).toBeGreaterThanOrEqual(6);
    expect(count).toBe(expected.added);
    await shot(page, 'survey-review-ready-light');
    await importButton.click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor();
    await expect.poll(() => page.getByLabel('What the import did').textContent()).toContain(`Check-ins added${count}`);
    await shot(page, 'survey-done-light');
    await a11y(page, 'survey done light', problems);
    await dismissNotifications(page);

    // The same export again, in the dark theme: every response is recognised, nothing new to add.
    await setTheme(page, 'dark');
    const again = await waitForFileChooser(page, async () => {
      // A retry (see waitForFileChooser) finds the empty file step instead.
      const another = page.getByRole('button', { name: 'Import another file' });
      await ((await another.count()) > 0 ? another : page.getByRole('button', { name: 'Choose file…' })).click();
    });
    await again.setFiles(MS_FORMS);
    await expect.poll(() => preview.textContent()).toContain('Zoë Hartmann');
    await shot(page, 'survey-file-dark');
    await a11y(page, 'survey file dark', problems);
    await page.getByRole('button', { name: 'Next: columns' }).click();
    await page.getByText('Remembered from your last import of this form').waitFor();
    await shot(page, 'survey-columns-dark');
    await a11y(page, 'survey columns dark', problems);
    await page.getByRole('button', { name: 'Next: review' }).click();
    await problemTable.waitFor();
    await shot(page, 'survey-review-problems-dark');
    await a11y(page, 'survey review dark', problems);
    await page.getByRole('button', { name: /^Skip all \d+$/ }).click();
    await expect
      .poll(() => page.getByRole('status', { name: 'Before you can import' }).textContent())
      .toContain('Every response in this file was imported before: there is nothing new to add.');
    await page.getByText(/were imported before \(same person, same time\) and are left out/).waitFor();

    // Back on the list, the survey check-ins are there, marked as such: on every team whose latest
    // check-in is now an October response (the demo's November and December check-ins stay newer).
    await page.getByRole('button', { name: 'Back to check-ins' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check-ins' }).waitFor();
    expect(expected.surveyAfter).toBeGreaterThan(surveyBefore);
    await expect.poll(() => fromSurvey.count()).toBe(expected.surveyAfter);
    await shot(page, 'check-ins-after-import-dark');
    await a11y(page, 'list dark', problems);

    // The editor and the team's check-ins in the dark theme too.
    await table.getByRole('row', { name: label }).getByRole('button', { name: `Check in with ${label}` }).click();
    await page.getByRole('dialog', { name: `Check-in with ${label}` }).waitFor();
    await shot(page, 'check-in-editor-dark', false);
    await a11y(page, 'editor dark', problems);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: `Check-in with ${label}` }).waitFor({ state: 'hidden' });
    await table.getByRole('button', { name: `Open the check-ins of ${label}` }).click();
    await page.getByRole('dialog', { name: `${label}: check-ins` }).getByText('Mentioned workload at home; check in gently.').waitFor();
    await shot(page, 'check-ins-team-drawer-dark', false);
    await a11y(page, 'drawer dark', problems);
    await page.getByRole('button', { name: 'Close the team’s check-ins' }).click();

    // Undo the import from the list of past survey imports, at the foot of the screen.
    const history = page.getByRole('table', { name: 'Past survey imports' });
    await expect.poll(() => history.textContent()).toMatch(/check-ins added for \d+ teams/);
    await shot(page, 'survey-history-dark');
    await a11y(page, 'survey history dark', problems);
    await history.getByRole('button', { name: /^Undo the import of check-ins-microsoft-forms\.csv/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Undo the import of “check-ins-microsoft-forms.csv”?' });
    await expect.poll(() => confirm.textContent()).toContain(`Undo removes ${count} check-ins it added`);
    await shot(page, 'survey-undo-confirm-dark', false);
    await confirm.getByRole('button', { name: 'Undo import' }).click();
    await expect.poll(() => history.getByText('Undone', { exact: true }).count()).toBe(1);
    await expect.poll(() => fromSurvey.count()).toBe(surveyBefore);
    // The typed check-in stays.
    await expect.poll(() => table.getByRole('row', { name: label }).textContent()).toContain('Next step: Swap roles');

    // The forms of every team are on the Documents screen too.
    await goTo(page, 'Documents');
    const card = page.getByRole('region', { name: 'Check-in form' });
    await expect.poll(() => card.getByTestId('covers').textContent()).toMatch(/^\d+ forms \(.+\), one page each$/);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `${SHOTS}/documents-check-in-card-dark.png` });
    await a11y(page, 'documents dark', problems);

    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);
});
