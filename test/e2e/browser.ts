/**
 * Launching Debian's Chromium for the end-to-end tests, with the flags this closed network
 * needs, and the helpers every spec shares (fresh context, axe check, downloads).
 */
import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type FileChooser,
  type Locator,
  type Page,
} from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { expect, inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A fresh browser profile (empty IndexedDB) with the app open; with `fixedTime`, the page's clock
 * reads that moment from the start.
 */
export async function openApp(
  browser: Browser,
  path = '',
  fixedTime?: Date,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 } });
  if (fixedTime) await context.clock.setFixedTime(fixedTime);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(inject('baseUrl') + (path ? `#${path}` : ''));
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  return { context, page };
}

/** Go to a screen through the navigation, as a user would. */
export async function goTo(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByText(label, { exact: true }).click();
}

/** Serious or critical accessibility violations on the page as it is now. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.html.slice(0, 120)).join(' | ')})`);
}

/** Run `action`, wait for the download it starts, return its file name and bytes. */
export async function captureDownload(page: Page, action: () => Promise<void>): Promise<{ name: string; data: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), action()])) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), data: await readFile(path) };
}

/** Close every notification on screen (they can cover buttons a spec clicks next; they slide out when closed, so a click may land on one already leaving). */
export async function dismissNotifications(page: Page): Promise<void> {
  // Work still under way (a button showing its spinner, e.g. a pairing run whose board is already
  // shown while it is saved) may still post its notification: let it finish first.
  await expect.poll(() => page.locator('button[data-loading="true"]').count()).toBe(0);
  const notices = page.locator('.mantine-Notification-root');
  const close = notices.getByRole('button', { name: 'Dismiss' });
  // A notice posted as the work ends (after its spinner stopped) shows a frame or two later: the
  // screen counts as clear once no notice has appeared for a quarter of a second.
  for (let round = 0; round < 5; round += 1) {
    await expect
      .poll(async () => {
        if ((await close.count()) > 0)
          await close
            .first()
            .click({ force: true, timeout: 1000 })
            .catch(() => undefined);
        return notices.count();
      })
      .toBe(0);
    await page.waitForTimeout(250);
    if ((await notices.count()) === 0) return;
  }
  expect(await notices.count(), 'notifications kept appearing').toBe(0);
}

/** Save a screenshot for people to look at (test-results/screens). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/**
 * Run `action` (a click or key press that makes the page open a file picker) and return the
 * picker. Chromium's DevTools protocol now and then drops the `fileChooserOpened` event although
 * the page opened the picker with a user gesture (Playwright issue #28023); only in that case is
 * the action repeated, at most twice more. A page that never opens a picker still fails.
 */
export async function waitForFileChooser(page: Page, action: () => Promise<void>): Promise<FileChooser> {
  for (let attempt = 1; ; attempt++) {
    const chooser = page.waitForEvent('filechooser', { timeout: attempt < 3 ? 5_000 : 30_000 });
    await action();
    try {
      return await chooser;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * Pick `name` in a searchable select: type, click the option, and confirm the choice took (a
 * click that lands while the filtered list re-renders is repeated).
 */
export async function chooseInSelect(page: Page, combobox: Locator, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await combobox.fill(name);
    await page.getByRole('option', { name, exact: true }).click();
    // The typed search alone also shows the name: leaving the field keeps it only when the option
    // was really chosen (a click that landed while the list was redrawn chooses nothing).
    await combobox.blur();
    try {
      await expect.poll(() => combobox.inputValue(), { timeout: 3_000 }).toBe(name);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** Names of the people in a team card of the pairing board, in the card's order. */
export async function memberNames(card: Locator): Promise<string[]> {
  const names: string[] = [];
  for (const member of await card.getByTestId('team-member').all()) {
    names.push(((await member.locator('p').first().textContent()) ?? '').trim());
  }
  return names;
}
