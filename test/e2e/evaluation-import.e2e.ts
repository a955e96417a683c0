/**
 * Evaluation survey import on the demo program, in Chromium: from the Import screen choose "the
 * file holds self-ratings", read the Microsoft Forms export of the start-of-program self-rating
 * (the grid layout `Rate yourself [Competency]`, .xlsx), say it is the start survey, see the review
 * name its faults by row and column letter (an unknown email, a "6", and a blank as a note), skip
 * the faulty rows, import, see the counts, and undo. Each step is photographed, light and dark.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dismissNotifications,
  goTo,
  launchBrowser,
  openApp,
  seriousA11yViolations,
  waitForFileChooser,
} from './browser';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens/evaluation-import';
const RATINGS = fileURLToPath(
  new URL('../fixtures/surveys/self-ratings-start-microsoft-forms.xlsx', import.meta.url),
);
/** The ratings in the file once rows 6 (unknown email) and 9 (a "6") are skipped: 12 people × 7, one blank. */
const RATINGS_KEPT = 83;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function setTheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const toggle = page.getByRole('button', { name: `Switch to ${scheme} theme` });
  if ((await toggle.count()) > 0) await toggle.click();
  await expect
    .poll(() => page.locator('html').getAttribute('data-mantine-color-scheme'))
    .toBe(scheme);
}

/** A full-page screenshot of the step in both themes, checked for serious accessibility problems. */
async function shoot(page: Page, name: string, problems: string[]): Promise<void> {
  await page.mouse.move(1, 1);
  for (const scheme of ['light', 'dark'] as const) {
    await setTheme(page, scheme);
    // No tooltip of the theme button left in the picture.
    await page.mouse.move(1, 1);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
    problems.push(...(await seriousA11yViolations(page)).map((v) => `${name} ${scheme}: ${v}`));
  }
  await setTheme(page, 'light');
}

describe('evaluation survey import', () => {
  it('imports the grid-layout self-ratings with its faults named by row and column, then undoes it', async () => {
    const { context, page } = await openApp(browser, '', new Date('2027-05-21T10:00:00'));
    const problems: string[] = [];
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Start from a demo program' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await dismissNotifications(page);

    // The Import screen asks what the file holds.
    await goTo(page, 'Import roster');
    await page.getByText('Self-ratings (start or end)').click();
    await page.getByRole('heading', { level: 1, name: 'Import evaluation survey' }).waitFor();
    await page.getByText('Drop the self-rating survey export here').waitFor();
    await shoot(page, '1-file-empty', problems);

    const chooser = await waitForFileChooser(page, () =>
      page.getByRole('button', { name: 'Choose file…' }).click(),
    );
    await chooser.setFiles(RATINGS);
    const preview = page.getByRole('table', { name: 'Preview of the first rows' });
    await expect.poll(() => preview.textContent()).toContain('Zoë Hartmann');
    await shoot(page, '2-file-read', problems);

    // Columns: the grid is one group of seven competencies; which survey it is must be said.
    await page.getByRole('button', { name: 'Next: columns' }).click();
    await page.getByRole('table', { name: 'Column mapping' }).waitFor();
    const grid = page.getByRole('region', { name: 'Rating grid Rate yourself' });
    await expect.poll(() => grid.textContent()).toContain('7 columns, columns G–M');
    await expect
      .poll(() => grid.textContent())
      .toContain('Every column is matched to a competency of this program');
    await expect
      .poll(() =>
        page
          .getByRole('combobox', {
            name: 'Competency rated in column Rate yourself [Stress management]',
          })
          .inputValue(),
      )
      .toBe('Stress management');
    await page.getByText('Choose the start or the end of the program.').waitFor();
    expect(await page.getByRole('button', { name: 'Next: review' }).isDisabled()).toBe(true);
    await page.getByRole('radio', { name: 'The start of the program (orientation)' }).check();
    await expect
      .poll(() => page.getByRole('button', { name: 'Next: review' }).isDisabled())
      .toBe(false);
    await shoot(page, '3-columns', problems);

    // Review: the faults by row and column letter, with their fix; nothing can be imported yet.
    await page.getByRole('button', { name: 'Next: review' }).click();
    const problemTable = page.getByRole('table', { name: 'Rows with problems' });
    await problemTable.waitFor();
    const problemRow = (row: number, letter: string) =>
      problemTable
        .getByTestId('survey-problem')
        .filter({ hasText: `Column ${letter}` })
        .filter({ has: page.getByRole('button', { name: `Skip row ${row}` }) });
    await expect
      .poll(() => problemRow(6, 'D').textContent())
      .toContain('Nobody in this program has the address "jamie.walsh@example.org".');
    await expect
      .poll(() => problemRow(9, 'I').textContent())
      .toContain(
        '"6" is not a rating from 1 to 5. Type a whole number from 1 (beginner) to 5 (expert), or clear the cell.',
      );
    const note = page.getByTestId('survey-note').filter({ hasText: 'Column L' });
    await expect
      .poll(() => note.textContent())
      .toContain('No rating of Oral communication: nothing changes for it.');
    await expect
      .poll(() => page.getByRole('status', { name: 'Before you can import' }).textContent())
      .toContain('2 rows have problems (rows 6 and 9)');
    expect(await page.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
    await shoot(page, '4-review-problems', problems);

    // Skip both rows: the review shows each person's ratings, before → after.
    await page.getByRole('button', { name: 'Skip all 2' }).click();
    await page.getByRole('status').getByText('Ready to import').waitFor();
    const changes = page.getByRole('table', { name: 'What changes' });
    await expect.poll(() => changes.getByTestId('survey-change').count()).toBeGreaterThan(0);
    await expect.poll(() => changes.textContent()).toContain('José Ortega');
    const importButton = page.getByRole('button', { name: /^Import \d+ changes?$/ });
    const changing = Number(/\d+/.exec((await importButton.textContent()) ?? '')![0]);
    expect(changing).toBeGreaterThan(0);
    expect(changing).toBeLessThanOrEqual(RATINGS_KEPT);
    await shoot(page, '5-review-ready', problems);

    await importButton.click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor();
    const stats = page.getByLabel('What the import did');
    const stat = async (label: string) =>
      Number(new RegExp(`${label}(\\d+)`).exec((await stats.textContent()) ?? '')?.[1]);
    await expect.poll(() => stat('Ratings added')).toBeGreaterThanOrEqual(0);
    // Every rating of the kept rows is either added, changed or already stored as it is.
    expect(
      (await stat('Ratings added')) + (await stat('Ratings changed')) + (await stat('Unchanged')),
    ).toBe(RATINGS_KEPT);
    expect(await stat('Ratings added')).toBe(changing - (await stat('Ratings changed')));
    expect(await stat('Rows skipped')).toBe(2);
    // A file of ratings only says nothing about feedback.
    expect(await stats.textContent()).not.toContain('Feedback');
    const history = page.getByRole('table', { name: 'Past evaluation imports' });
    await expect
      .poll(() => history.textContent())
      .toContain('self-ratings-start-microsoft-forms.xlsx');
    await dismissNotifications(page);
    await shoot(page, '6-done', problems);

    // Undo, after the confirmation says what it will do.
    await page.getByRole('button', { name: 'Undo this import' }).click();
    const confirm = page.getByRole('dialog', {
      name: 'Undo the import of “self-ratings-start-microsoft-forms.xlsx”?',
    });
    await expect
      .poll(() => confirm.textContent())
      .toContain(`Undo removes ${await stat('Ratings added')} answers it added`);
    await confirm.getByRole('button', { name: 'Undo import' }).click();
    await page.getByRole('heading', { name: 'Import undone' }).waitFor();
    await expect.poll(() => history.getByText('Undone').count()).toBe(1);
    await dismissNotifications(page);
    await shoot(page, '7-undone', problems);

    expect(problems).toEqual([]);
    await context.close();
  });
});
