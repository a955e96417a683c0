/**
 * Next year's program: from the demo's year that has just ended, start next year with everyone
 * carried over, see them with last year's partners, run pairing and check on the board's cards
 * that no two previous partners are paired, then switch back to last year's program and find it
 * archived and read-only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { captureDownload, dismissNotifications, goTo, launchBrowser, memberNames, openApp, screenshot, seriousA11yViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The window as the coordinator sees it (not the whole scrolled page). */
async function view(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** June 2027: the demo's September–May year has just ended. */
const AFTER_THE_YEAR = new Date('2027-06-10T09:00:00');

/** Each participant's name with the names of their previous partners, read from the app's database. */
async function previousPartnersByName(page: Page, programName: string): Promise<Map<string, string[]>> {
  // Runs in the page (plain IndexedDB, no app code): [name, partner names] for each person.
  const script = `(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('peer-mentor-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store) => new Promise((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const program = (await all('programs')).find((p) => p.name === ${JSON.stringify(programName)});
    const people = (await all('participants')).filter((p) => p.programId === program?.id);
    const names = new Map(people.map((p) => [p.id, p.name]));
    db.close();
    return people.map((p) => [p.name, (p.previousPartners ?? []).map((id) => names.get(id) ?? id)]);
  })()`;
  const pairs = (await page.evaluate(script)) as [string, string[]][];
  return new Map(pairs);
}

const oldName = 'Larkfield Health — Peer Mentoring 2026–27';
const newName = 'Larkfield Health — Peer Mentoring 2027–28';

describe('next year’s program', () => {
  // The second test looks at the programs the first one made, in the same browser.
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  afterAll(async () => {
    await context?.close();
  });

  it('carries people over and keeps last year’s partners apart on the pairing board', async () => {
    ({ context, page } = await openApp(browser, '', AFTER_THE_YEAR));
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Start from a demo program' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await dismissNotifications(page);

    // From the program's card on the Programs screen.
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: `More actions for ${oldName}` }).click();
    await page.getByRole('menuitem', { name: 'Start next year’s program…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start next year’s program' });
    await dialog.getByRole('table', { name: 'People who may carry over' }).waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Name of next year’s program' }).inputValue()).toBe(newName);
    expect(await dialog.getByLabel('Cycle starts').inputValue()).toBe('2027-09-01');
    await dialog.getByText(/^Ends .*May 31, 2028 \(same length as this year\)$/).waitFor();
    const boxes = dialog.getByRole('checkbox', { name: /^Carry over / });
    expect(await boxes.count()).toBe(24);

    // Nobody answered "would you join again" in the demo: said so, nobody ticked, one click ticks them.
    await dialog.getByText(/24 people have no answer about joining again/).waitFor();
    await expect.poll(() => dialog.getByTestId('carry-over-count').textContent()).toBe('0 of 24 chosen');
    await dialog.getByRole('button', { name: 'Tick all 24' }).click();
    await expect.poll(() => dialog.getByTestId('carry-over-count').textContent()).toBe('24 of 24 chosen');

    // Search narrows the list; select none clears only what is shown.
    const search = dialog.getByRole('textbox', { name: 'Search people' });
    await search.fill('Nguyễn');
    await expect.poll(() => boxes.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Clear shown' }).click();
    await expect.poll(() => dialog.getByTestId('carry-over-count').textContent()).toBe('23 of 24 chosen');
    await dialog.getByRole('button', { name: 'Select shown' }).click();
    await search.fill('');
    await expect.poll(() => dialog.getByTestId('carry-over-count').textContent()).toBe('24 of 24 chosen');
    await dialog.getByText('Copied to next year').waitFor();
    await dialog.getByText('Stays with this year (archived)').waitFor();
    await screenshot(page, 'next-year-dialog-light');
    problems.push(...(await seriousA11yViolations(page)));

    await dialog.getByRole('button', { name: 'Start with 24 people' }).click();
    const started = page.locator('.mantine-Notification-root').filter({ hasText: 'Next year’s program started' });
    await started.waitFor();
    const switcher = page.getByRole('combobox', { name: 'Current program' });
    await expect.poll(() => switcher.inputValue()).toBe(`${newName} (demo)`);

    // Undo takes it all back: last year open again, active, and the only program.
    await started.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => switcher.inputValue()).toBe(`${oldName} (demo)`);
    await dismissNotifications(page);
    await goTo(page, 'Programs');
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    expect(await page.getByRole('article', { name: oldName }).getByText('Archived · read-only').count()).toBe(0);

    // And again, this time for good.
    await page.getByRole('button', { name: `More actions for ${oldName}` }).click();
    await page.getByRole('menuitem', { name: 'Start next year’s program…' }).click();
    await dialog.getByRole('button', { name: 'Select all' }).click();
    await dialog.getByRole('button', { name: 'Start with 24 people' }).click();
    await page.getByText('Next year’s program started').first().waitFor();
    await dismissNotifications(page);
    await expect.poll(() => switcher.inputValue()).toBe(`${newName} (demo)`);

    // The carried-over people, with last year's partners in the drawer.
    const partners = await previousPartnersByName(page, newName);
    expect(partners.size).toBe(24);
    const someone = [...partners].find(([, list]) => list.length > 0)!;
    expect(someone).toBeDefined();
    await goTo(page, 'Participants');
    await page.getByRole('button', { name: someone[0], exact: true }).first().click();
    const drawer = page.getByRole('dialog', { name: someone[0] });
    const lastYear = drawer.getByTestId('worked-together-last-year');
    await lastYear.getByText('Worked together last year').waitFor();
    for (const partner of someone[1]) await lastYear.getByText(partner, { exact: true }).waitFor();
    await lastYear.scrollIntoViewIfNeeded();
    await view(page, 'next-year-drawer-light');
    await drawer.getByRole('button', { name: 'Close participant' }).click();

    // Pairing: the rule keeps them apart by default; no card holds two of last year's partners.
    await goTo(page, 'Pairing');
    await page.getByText(/24 people worked with someone here last year: previous partners are kept apart/).waitFor();
    await page.getByRole('button', { name: 'Run pairing' }).first().click();
    await expect.poll(() => page.getByTestId('team-card').count()).toBe(12);
    await dismissNotifications(page);
    let checked = 0;
    for (const card of await page.getByTestId('team-card').all()) {
      const names = await memberNames(card);
      expect(names.length).toBeGreaterThanOrEqual(2);
      for (const a of names) for (const b of names) if (a !== b) expect(partners.get(a) ?? []).not.toContain(b);
      checked += 1;
    }
    expect(checked).toBe(12);
    await view(page, 'next-year-pairing-light');
  }, 240_000);

  it('leaves last year’s program archived and read-only, its documents still available', async () => {
    const switcher = page.getByRole('combobox', { name: 'Current program' });
    const dialog = page.getByRole('dialog', { name: 'Start next year’s program' });
    // Back to last year: listed as archived, read-only, with a banner and the way back.
    await switcher.click();
    await page.getByRole('option', { name: `${oldName} (demo) · Archived · read-only` }).click();
    const banner = page.getByRole('status').filter({ hasText: `Archived · read-only: ${oldName}` });
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Reactivate…' }).waitFor();
    await goTo(page, 'Participants');
    await page.getByRole('table').first().waitFor();
    expect(await page.getByRole('button', { name: 'Add participant' }).count()).toBe(0);
    await goTo(page, 'Competencies');
    await expect.poll(() => page.getByRole('button', { name: /^Add competency to / }).first().isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Restore defaults' }).count()).toBe(0);
    await goTo(page, 'Import roster');
    await page.getByText('Nothing can be imported into an archived program.', { exact: false }).waitFor();
    await goTo(page, 'Program setup');
    await expect.poll(() => page.getByRole('textbox', { name: 'Program name' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Start next year’s program…' }).count()).toBe(0);
    await goTo(page, 'Pairing');
    await expect.poll(() => page.getByTestId('team-card').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /Run pairing|Re-run pairing|Confirm/ }).count()).toBe(0);
    // Last year's pairing settings can be read, not changed.
    await page.getByRole('button', { name: 'Pairing settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Pairing settings' });
    await expect.poll(() => settings.getByRole('textbox', { name: 'Points per want covered' }).isDisabled()).toBe(true);
    await settings.getByRole('button', { name: 'Close pairing settings' }).click();
    await expect.poll(() => settings.count()).toBe(0);
    await view(page, 'next-year-archived-light');
    // Looking around an archived program writes nothing: no screen reports a refused change.
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /archived|Nothing was saved/.test(message.text())) refused.push(message.text());
    });
    for (const screen of ['Overview', 'Schedule', 'Speed mentoring', 'Send letters', 'Attendance', 'Log meetings', 'Needs attention', 'Check-ins', 'Participants']) {
      await goTo(page, screen);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    await goTo(page, 'Pairing');
    await expect.poll(() => page.getByTestId('team-card').count()).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    expect(await page.getByText('That did not work').count()).toBe(0);
    // Its documents stay available: last year's letters still save.
    await goTo(page, 'Documents');
    const letters = page.getByRole('region', { name: 'Pairing letters' });
    await letters.getByText(/12 letters to 24 people/).waitFor();
    const saved = await captureDownload(page, () => letters.getByRole('button', { name: 'Save .docx' }).click());
    expect(saved.name).toContain(oldName);
    expect(saved.data.length).toBeGreaterThan(1000);
    await goTo(page, 'Pairing');
    problems.push(...(await seriousA11yViolations(page)));

    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await view(page, 'next-year-archived-dark');
    problems.push(...(await seriousA11yViolations(page)));
    await switcher.click();
    await page.getByRole('option', { name: `${newName} (demo)` }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: `More actions for ${newName}` }).click();
    await page.getByRole('menuitem', { name: 'Start next year’s program…' }).click();
    await dialog.getByRole('table', { name: 'People who may carry over' }).waitFor();
    await screenshot(page, 'next-year-dialog-dark');
    await dialog.getByRole('button', { name: /^Start with / }).scrollIntoViewIfNeeded();
    await view(page, 'next-year-dialog-dark-end');
    problems.push(...(await seriousA11yViolations(page)));

    expect(problems).toEqual([]);
  }, 240_000);
});
