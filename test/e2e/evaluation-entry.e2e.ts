import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { captureDownload, dismissNotifications, goTo, launchBrowser, openApp, seriousA11yViolations } from './browser';
import { readDocx } from '../docx-check/docx-reader';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens';
mkdirSync(SHOTS, { recursive: true });

/** The demo of an ended year, loaded on this day: the 2025–26 cycle, closed. */
const TODAY = new Date('2026-12-05T10:00:00');

/** Light and dark screenshots, with the axe check in both. */
async function lookAt(page: Page, name: string, problems: string[]): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
    problems.push(...(await seriousA11yViolations(page)).map((v) => `${name} (${scheme}): ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function choosePerson(page: Page, name: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Person' });
  for (let attempt = 1; ; attempt++) {
    await picker.fill(name.split(' ')[0] as string);
    await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
    try {
      await expect.poll(() => picker.inputValue(), { timeout: 3_000 }).toBe(name);
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

describe('evaluation entry: self-ratings and feedback typed in per person', () => {
  it('types start and end ratings with the keyboard and feedback, keeps them after a reload', { timeout: 480_000 }, async () => {
    const { context, page } = await openApp(browser, '', TODAY);
    const problems: string[] = [];

    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Demo of an ended year' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/evaluation-programs-demos.png` });
    await page.getByRole('button', { name: 'Demo of an ended year' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await dismissNotifications(page);
    await goTo(page, 'Evaluation');

    // 22 people have a team with chosen competencies; Oliver never handed in his end-of-year form.
    const progress = page.getByTestId('ratings-progress');
    await expect.poll(() => progress.textContent()).toBe('21 of 22 rated at the start · 19 of 22 at the end');
    await choosePerson(page, 'Oliver Bennett');
    const grid = page.getByRole('grid', { name: 'Self-ratings of Oliver Bennett' });
    const endCell = (row: number) => grid.getByTestId(`rating-${row}-post`);
    const startCell = (row: number) => grid.getByTestId(`rating-${row}-pre`);
    const rows = await grid.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(3);
    const startBefore = await startCell(1).textContent();

    // Anything but 1–5 is refused with a message and changes nothing.
    await endCell(0).click();
    await page.keyboard.press('7');
    await expect.poll(() => page.getByTestId('rating-problem').textContent()).toMatch(/7 is not on the scale: type a number from 1 to 5/);
    await expect.poll(() => endCell(0).textContent()).toBe('–');
    // A rating is saved and the cursor moves down the column; Tab moves on, Delete clears.
    await page.keyboard.press('4');
    await expect.poll(() => endCell(0).textContent()).toBe('4');
    await expect.poll(() => page.getByTestId('rating-problem').textContent()).toBe('');
    await page.keyboard.press('3');
    await expect.poll(() => endCell(1).textContent()).toBe('3');
    await page.keyboard.press('5');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Delete');
    await expect.poll(() => endCell(2).textContent()).toBe('–');
    await endCell(2).click();
    await page.keyboard.press('4');
    await expect.poll(() => endCell(2).textContent()).toBe('4');
    // Undo takes back this person's newest rating; typing it again brings it back.
    await page.getByRole('button', { name: 'Undo last rating' }).click();
    await expect.poll(() => endCell(2).textContent()).toBe('–');
    await endCell(2).click();
    await page.keyboard.press('4');
    await expect.poll(() => endCell(2).textContent()).toBe('4');
    await dismissNotifications(page);
    await expect.poll(() => progress.textContent()).toBe('21 of 22 rated at the start · 20 of 22 at the end');
    await lookAt(page, 'evaluation-ratings', problems);

    // A person with no competencies to rate is told why and what to do.
    await choosePerson(page, 'Tomasz Wiśniewski');
    await page.getByText('No competencies to rate yet').waitFor();
    await page.getByText(/has not chosen its competencies yet/).waitFor();

    // Feedback for Oliver: every question, saved as you type.
    await choosePerson(page, 'Oliver Bennett');
    await page.getByRole('tab', { name: 'Feedback' }).click();
    await page.getByRole('heading', { name: 'Oliver Bennett', level: 2 }).waitFor();
    const answered = page.getByTestId('feedback-progress');
    await expect.poll(() => answered.textContent()).toBe('21 of 24 answered · 3 still to come');
    await page.getByRole('radiogroup', { name: 'Overall satisfaction' }).getByText('4', { exact: true }).click();
    await page.getByRole('radiogroup', { name: 'Would recommend it' }).getByText('Yes', { exact: true }).click();
    await page.getByRole('radiogroup', { name: 'Would join again' }).getByText('Not sure', { exact: true }).click();
    await page.getByLabel('What helped most').fill('Having someone from Nursing to test my ideas on.');
    await page.getByLabel('Barriers met').fill('Budget season.');
    await page.getByLabel('A sentence about the program').fill('I understand the wards much better now.');
    await page.getByRole('radiogroup', { name: 'May we use that sentence?' }).getByText('Yes, without my name').click();
    await expect.poll(() => page.getByTestId('feedback-status').textContent()).toBe('Saved');
    await expect.poll(() => answered.textContent()).toBe('22 of 24 answered · 2 still to come');
    await lookAt(page, 'evaluation-feedback', problems);

    // Everything is still there after a reload.
    await page.reload();
    await page.getByRole('heading', { name: 'Oliver Bennett', level: 2 }).waitFor();
    await expect.poll(() => page.getByLabel('What helped most').inputValue()).toBe('Having someone from Nursing to test my ideas on.');
    await expect.poll(() => page.getByLabel('A sentence about the program').inputValue()).toBe('I understand the wards much better now.');
    expect(await page.getByRole('radiogroup', { name: 'Overall satisfaction' }).getByRole('radio', { name: '4' }).isChecked()).toBe(true);
    await page.getByRole('tab', { name: 'Self-ratings' }).click();
    await expect.poll(() => endCell(0).textContent()).toBe('4');
    expect(await endCell(1).textContent()).toBe('3');
    expect(await startCell(1).textContent()).toBe(startBefore);

    // The self-rating forms for the end of the year, a page per person still in the program.
    await goTo(page, 'Documents');
    const card = page.getByRole('region', { name: 'Self-rating form' });
    await card.getByRole('radio', { name: 'End of the year' }).check({ force: true });
    await card.getByText('22 forms, one page each').waitFor();
    await card.getByText(/Returned:\s*at the final group meeting, .*May.*2026/).waitFor();
    await dismissNotifications(page);
    await card.evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `${SHOTS}/evaluation-forms-card.png` });
    const forms = await captureDownload(page, () => card.getByRole('button', { name: 'Save .docx' }).click());
    expect(forms.name).toMatch(/^Self-rating forms - end.*\.docx$/);
    const docx = readDocx(forms.data);
    expect(docx.sectionTexts).toHaveLength(22);
    const oliver = docx.sectionTexts.find((t) => t.includes('Name\nOliver Bennett\n'))!;
    expect(oliver).toContain('with Ana Lúcia Ferreira');
    expect(oliver).toContain('Stress management');
    expect(oliver).toMatch(/Please hand this form to Maeve Gallagher \(maeve\.gallagher@example\.org\) at the final group meeting/);
    expect(docx.text).not.toMatch(/Patrick Doyle|Chidi Eze/);

    expect(problems).toEqual([]);
    await context.close();
  });
});
