/**
 * Skills inventories as Google Forms and Microsoft Forms export them: repeated headers, grid
 * questions mapped as one group with a rule per answer, a resubmission, namesakes and a cell that
 * starts like a formula, imported end to end from the committed fixtures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import {
  goTo,
  launchBrowser,
  openApp,
  screenshot as fullScreenshot,
  seriousA11yViolations,
  waitForFileChooser,
} from './browser';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/roster/${name}`, import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function screenshot(page: Page, name: string) {
  await page.evaluate('window.scrollTo(0, 0)');
  await fullScreenshot(page, name);
}

async function startImport(page: Page, path: string) {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'New program' }).click();
  const form = page.getByRole('form', { name: 'New program' });
  await form.getByLabel('Program name').fill('Harbourline Mentoring');
  await form.getByLabel('Coordinator name').fill('Inès Laurent');
  await form.getByRole('button', { name: 'Create program' }).click();
  await page.getByRole('heading', { name: 'Program setup' }).waitFor();
  await goTo(page, 'Import roster');
  const chooser = await waitForFileChooser(page, () =>
    page.getByRole('button', { name: 'Choose file…' }).click(),
  );
  await chooser.setFiles(path);
  await page.getByRole('table', { name: 'Preview of the first rows' }).waitFor();
  await page.getByRole('button', { name: 'Next: columns' }).click();
  await page.getByRole('table', { name: 'Column mapping' }).waitFor();
}

async function pickOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The offers and wants the Participants table shows for a person, each sorted. */
async function competenciesOf(page: Page, name: string): Promise<{ offers: string[]; wants: string[] }> {
  await goTo(page, 'Participants');
  const row = page.getByRole('table', { name: 'Participants' }).getByRole('row').filter({ hasText: name });
  const cells = row.locator('[title]');
  await expect.poll(() => cells.count()).toBeGreaterThanOrEqual(2);
  const list = async (i: number) =>
    ((await cells.nth(i).getAttribute('title')) ?? '').split(', ').sort();
  return { offers: await list(0), wants: await list(1) };
}

describe('importing form exports', () => {
  it('imports a Google Forms export with sections and a checkbox grid', async () => {
    const { context, page } = await openApp(browser);
    await page.clock.setFixedTime(new Date('2026-09-20T10:00:00Z'));
    await startImport(page, fixture('google-forms-sections.csv'));

    // The grid is one group, split by answer; the repeated question is named by its letters.
    const group = page.getByRole('combobox', {
      name: 'Goes to, for grid question Which competencies can you offer or would you like to develop? (columns H–M)',
    });
    await expect.poll(() => group.inputValue()).toBe('Offers and wants, by answer');
    const answers = page.getByRole('table', {
      name: 'Answers to Which competencies can you offer or would you like to develop?',
    });
    await expect.poll(() => answers.textContent()).toMatch(/I can offer23I want to develop22/);
    const meaning = (label: string) => answers.getByRole('combobox', { name: `Meaning of the answer ${label}` });
    await expect.poll(() => meaning('I can offer').inputValue()).toBe('Can offer');
    await expect.poll(() => meaning('I want to develop').inputValue()).toBe('Wants to develop');
    await page.getByText('For example, row 2 (Amaka Obi): can offer Flexibility, Analytical thinking, Developing others; wants to develop Analytical thinking.').waitFor();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Goes to, for column Anything else we should know? — column N' }).inputValue())
      .toBe('Notes');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Goes to, for column How many mentees could you take on?' }).inputValue())
      .toBe('Custom field (kept as is)');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Goes to, for column Your name (as in your email signature)' }).inputValue())
      .toBe('Name');
    await screenshot(page, 'survey-columns-google-grid');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Review: Dmitri answered twice; the two Wei Zhangs and the formula-like cell are pointed out.
    await page.getByRole('button', { name: 'Next: review' }).click();
    const dup = page.getByRole('table', { name: 'Rows with the email dmitri.volkov@harbourline.example' });
    await expect.poll(() => dup.textContent()).toMatch(/Department.*Engineering.*Platform engineering/);
    await expect.poll(() => page.getByRole('textbox', { name: 'Row 16, email' }).inputValue()).toBe('Dmitri.Volkov@harbourline.example');
    await page.getByText(/Rows 10 and 11 all name “Wei Zhang”, with different emails/).waitFor();
    const formulas = page.getByRole('table', { name: 'Cells that look like formulas' });
    await expect.poll(() => formulas.textContent()).toContain('Anything else we should know? — column P');
    await expect.poll(() => page.getByRole('textbox', { name: 'Row 8, Anything else we should know? — column P' }).inputValue()).toContain('=HYPERLINK');
    await screenshot(page, 'survey-review-google');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Keep row 16' }).click();
    await page.getByRole('status').getByText('Ready to import').waitFor();
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor();
    await expect.poll(() => page.getByLabel('What the import did').textContent()).toMatch(/Added\s*14/);

    expect(await competenciesOf(page, 'Amaka Obi')).toEqual({
      offers: ['Analytical thinking', 'Developing others', 'Flexibility'],
      wants: ['Analytical thinking'],
    });
    await context.close();
  });

  it('imports a Microsoft Forms workbook, with the level rule moved up to Advanced', async () => {
    const { context, page } = await openApp(browser);
    await page.clock.setFixedTime(new Date('2026-09-20T10:00:00Z'));
    await startImport(page, fixture('microsoft-forms-levels.xlsx'));

    // Microsoft's own columns are ignored: the form asks for the name and the work email.
    for (const header of ['ID', 'Start time', 'Completion time', 'Email', 'Name']) {
      await expect
        .poll(() => page.getByRole('combobox', { name: `Goes to, for column ${header}`, exact: true }).inputValue())
        .toBe('Ignore');
    }
    const levels = page.getByRole('table', { name: 'Answers to Rate your current level in each competency' });
    await expect.poll(() => levels.textContent()).toMatch(/^Answer in the fileCellsMeansNovice.*Developing.*Intermediate.*Advanced.*Expert/);
    const meaning = (label: string) => page.getByRole('combobox', { name: `Meaning of the answer ${label}` }).first();
    await expect.poll(() => meaning('Intermediate').inputValue()).toBe('Can offer');
    await pickOption(page, 'First answer of the upper part of the scale', 'Advanced');
    await expect.poll(() => meaning('Intermediate').inputValue()).toBe('Wants to develop');
    await expect.poll(() => meaning('Advanced').inputValue()).toBe('Can offer');
    await screenshot(page, 'survey-columns-microsoft-levels');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Next: review' }).click();
    await page.getByRole('status').getByText('Ready to import').waitFor();
    await screenshot(page, 'survey-review-microsoft');
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor();
    await expect.poll(() => page.getByLabel('What the import did').textContent()).toMatch(/Added\s*12/);

    // Ifeoma: Advanced, Intermediate, Expert, Developing, Intermediate; she offers Managing change
    // and wants Decisiveness.
    expect(await competenciesOf(page, 'Ifeoma Eze')).toEqual({
      offers: ['Initiative', 'Managing change', 'Oral communication'],
      wants: ['Decisiveness', 'Flexibility', 'Fostering teamwork', 'Strategic thinking'],
    });
    await context.close();
  });
});
