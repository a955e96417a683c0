import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { chooseInSelect, dismissNotifications, goTo, launchBrowser, openApp, seriousA11yViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Names of the people in a team card, in the card's order. */
async function memberNames(card: Locator): Promise<string[]> {
  const names: string[] = [];
  for (const member of await card.getByTestId('team-member').all()) {
    names.push(((await member.locator('p').first().textContent()) ?? '').trim());
  }
  return names;
}

const sorted = (names: string[]) => [...names].sort();
const notices = (page: Page) => page.locator('.mantine-Notification-root');

/** What the header's Undo and Redo buttons say they would do next. */
const nextUndo = (page: Page) => page.getByRole('button', { name: 'Undo the last change' }).getAttribute('aria-description');
const nextRedo = (page: Page) => page.getByRole('button', { name: 'Redo the undone change' }).getAttribute('aria-description');

/** Puts the keyboard focus on the page itself (out of any field), as after a click on empty space. */
async function focusPage(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).click();
}

/** The demo before pairing, with its 24 people run into 12 proposed pairs. */
async function proposeDemoPairs(page: Page): Promise<void> {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'Demo before pairing' }).click();
  await page.getByText('Demo program loaded').first().waitFor();
  await goTo(page, 'Pairing');
  await page.getByRole('button', { name: 'Run pairing' }).first().click();
  await expect.poll(() => page.getByTestId('team-card').count()).toBe(12);
}

describe('one undo history', () => {
  it('undoes a swap with Ctrl+Z after its notification is gone, redoes it, and leaves typing undo to text fields', async () => {
    const { context, page } = await openApp(browser);
    const problems: string[] = [];
    await context.clock.setFixedTime(new Date('2026-09-14T09:00:00'));
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Demo before pairing' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await goTo(page, 'Pairing');
    await page.getByText('Ready to pair 24 people').waitFor();

    // Nothing to undo yet: the header says so.
    await expect.poll(() => nextUndo(page)).toBe('Nothing to undo');
    await page.getByRole('button', { name: 'Run pairing' }).first().click();
    const cards = page.getByTestId('team-card');
    await expect.poll(() => cards.count()).toBe(12);
    await expect.poll(() => nextUndo(page)).toBe('Undo: run pairing');
    await dismissNotifications(page);

    // Swap the first members of Pair 02 and Pair 03.
    const pair = (n: string) => page.getByRole('article', { name: `Pair ${n}` });
    const [x, p] = await memberNames(pair('02'));
    const [y, q] = await memberNames(pair('03'));
    await pair('02').getByRole('button', { name: `Actions for ${x}` }).click();
    await page.getByRole('menuitem', { name: 'Swap with…' }).click();
    const swapDialog = page.getByRole('dialog', { name: `Swap ${x} with…` });
    await chooseInSelect(page, swapDialog.getByRole('combobox', { name: 'Swap with' }), y!);
    await swapDialog.getByRole('button', { name: 'Swap' }).click();
    await page.getByText(`${x} and ${y} swapped`).waitFor();
    await expect.poll(async () => sorted(await memberNames(pair('02')))).toEqual(sorted([y!, p!]));
    await expect.poll(() => nextUndo(page)).toBe(`Undo: swap ${x} and ${y}`);
    await dismissNotifications(page);
    // Its tooltip names the step and the key.
    await page.getByRole('button', { name: 'Undo the last change' }).hover();
    await page.getByRole('tooltip').getByText(`Undo: swap ${x} and ${y} (Ctrl+Z)`).waitFor();
    await page.screenshot({ path: 'test-results/screens/undo-tooltip.png', clip: { x: 780, y: 0, width: 500, height: 110 } });

    // The toast is gone; Ctrl+Z still takes the swap back, and says what it undid.
    await focusPage(page);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => sorted(await memberNames(pair('02')))).toEqual(sorted([x!, p!]));
    await expect.poll(async () => sorted(await memberNames(pair('03')))).toEqual(sorted([y!, q!]));
    await page.getByText(`Undone: swap ${x} and ${y}`).waitFor();
    await expect.poll(() => nextRedo(page)).toBe(`Redo: swap ${x} and ${y}`);
    await expect.poll(() => nextUndo(page)).toBe('Undo: run pairing');
    await page.screenshot({ path: 'test-results/screens/undo-after-ctrl-z.png' });
    problems.push(...(await seriousA11yViolations(page)).map((v) => `after undo: ${v}`));
    await dismissNotifications(page);

    // Shift+Ctrl+Z makes it again.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => sorted(await memberNames(pair('02')))).toEqual(sorted([y!, p!]));
    await page.getByText(`Redone: swap ${x} and ${y}`).waitFor();
    await expect.poll(() => nextRedo(page)).toBe('Nothing to redo');
    await dismissNotifications(page);

    // Ctrl+Z and Ctrl+Y do the same pair of steps.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => sorted(await memberNames(pair('02')))).toEqual(sorted([x!, p!]));
    await page.keyboard.press('Control+y');
    await expect.poll(async () => sorted(await memberNames(pair('02')))).toEqual(sorted([y!, p!]));
    await dismissNotifications(page);

    // The command palette names the next undo.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog');
    await palette.getByRole('textbox').fill('undo');
    await palette.getByText(`Undo: swap ${x} and ${y}`).waitFor();
    await page.screenshot({ path: 'test-results/screens/undo-command-palette.png' });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // In a text field, Ctrl+Z undoes the typing only: the swap stays.
    await goTo(page, 'Participants');
    await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
    await page.getByRole('table', { name: 'Participants' }).getByRole('button', { name: q!, exact: true }).click();
    const drawer = page.getByRole('dialog');
    const jobTitle = drawer.getByRole('textbox', { name: 'Job title' });
    const original = await jobTitle.inputValue();
    await jobTitle.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (acting)');
    await expect.poll(() => jobTitle.inputValue()).toBe(`${original} (acting)`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => jobTitle.inputValue()).toBe(original);
    await page.getByRole('button', { name: 'Close participant' }).click();
    expect(await notices(page).filter({ hasText: 'Undone:' }).count()).toBe(0);
    await goTo(page, 'Pairing');
    await expect.poll(async () => sorted(await memberNames(pair('02')))).toEqual(sorted([y!, p!]));
    await page.screenshot({ path: 'test-results/screens/undo-header-buttons.png', clip: { x: 0, y: 0, width: 1280, height: 120 } });

    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses, changing nothing, to undo a change whose records were changed since', async () => {
    const { context, page } = await openApp(browser);
    await proposeDemoPairs(page);
    const cards = page.getByTestId('team-card');
    await dismissNotifications(page);

    // Break a pair, then lock another by hand (not an undoable step): the teams changed since.
    const [a, b] = await memberNames(page.getByRole('article', { name: 'Pair 05' }));
    await page.getByRole('article', { name: 'Pair 05' }).getByRole('button', { name: 'Break Pair 05' }).click();
    await expect.poll(() => cards.count()).toBe(11);
    await page.getByRole('button', { name: 'Lock Pair 06' }).click();
    await page.getByRole('button', { name: 'Unlock Pair 06' }).waitFor();
    await dismissNotifications(page);
    await focusPage(page);
    await page.keyboard.press('Control+z');
    await page.getByText('Could not undo: break up Pair 05').waitFor();
    await page.getByText(/The teams were changed since/).waitFor();
    await page.screenshot({ path: 'test-results/screens/undo-refused.png' });
    expect(await cards.count()).toBe(11);
    expect(await page.getByTestId('unpaired-person').filter({ hasText: a! }).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('unpaired-person').filter({ hasText: b! }).count()).toBeGreaterThan(0);
    // Taken off the list: the next undo is the run.
    await expect.poll(() => nextUndo(page)).toBe('Undo: run pairing');
    // The header's buttons fit from a small window up (on a phone-sized one the palette lists the steps).
    await page.setViewportSize({ width: 780, height: 800 });
    await page.getByRole('button', { name: 'Undo the last change' }).waitFor();
    await page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).waitFor();
    await page.screenshot({ path: 'test-results/screens/undo-header-narrow.png', clip: { x: 0, y: 0, width: 780, height: 120 } });
    await context.close();
  });

  it('undoes a confirm from the board’s button, redoes it and undoes it again from the keys', async () => {
    const { context, page } = await openApp(browser);
    await proposeDemoPairs(page);
    await page.getByRole('button', { name: 'Confirm 12 pairs', exact: true }).click();
    await page.getByRole('dialog', { name: 'Confirm 12 pairs?' }).getByRole('button', { name: 'Confirm 12 pairs' }).click();
    const confirmed = page.getByRole('button', { name: /^Choose competencies for/ });
    await expect.poll(() => confirmed.count()).toBe(12);
    await expect.poll(() => nextUndo(page)).toBe('Undo: confirm 12 pairs');
    await dismissNotifications(page);

    // The board's own "Undo confirm" takes back the same step of the history: Redo makes it again.
    await page.getByRole('button', { name: 'Undo confirm' }).click();
    await expect.poll(() => confirmed.count()).toBe(0);
    await page.getByRole('heading', { name: 'Proposed pairs' }).waitFor();
    await expect.poll(() => nextRedo(page)).toBe('Redo: confirm 12 pairs');
    await focusPage(page);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => confirmed.count()).toBe(12);
    await expect.poll(() => nextUndo(page)).toBe('Undo: confirm 12 pairs');
    // After a redo the confirm can still be undone (it does not lean on the board's own button).
    await page.keyboard.press('Control+z');
    await expect.poll(() => confirmed.count()).toBe(0);
    await page.getByText('Undone: confirm 12 pairs').first().waitFor();
    expect(await notices(page).filter({ hasText: 'Could not undo' }).count()).toBe(0);
    await context.close();
  });
});
