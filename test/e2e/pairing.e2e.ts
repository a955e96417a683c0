import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  goTo,
  launchBrowser,
  openApp,
  screenshot as fullPageShot,
  seriousA11yViolations,
  chooseInSelect,
  dismissNotifications,
  memberNames,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The demo before pairing: its 24 people signed up for the coming cycle, nobody paired yet. */
async function loadDemo(page: Page): Promise<void> {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'Demo before pairing' }).click();
  await page.getByText('Demo program loaded').first().waitFor();
}

/** A full-page screenshot from the top (fixed header and sticky summary where a person sees them). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(150);
  await fullPageShot(page, name);
}

/** A screenshot of what is on screen now (dialogs and drawers sit over the viewport). */
async function viewportShot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

async function a11y(page: Page, where: string, problems: string[]): Promise<void> {
  await page.waitForTimeout(200);
  problems.push(...(await seriousA11yViolations(page)).map((v) => `${where}: ${v}`));
}

describe('pairing', () => {
  it('runs, swaps, locks, re-runs, confirms, undoes, keeps confirmed pairs after a reload, and chooses competencies', async () => {
    const { context, page } = await openApp(browser);
    const problems: string[] = [];
    await loadDemo(page);
    await goTo(page, 'Pairing');
    await page.getByRole('heading', { level: 1, name: 'Pairing' }).waitFor();
    await page.getByText('Ready to pair 24 people').waitFor();
    await screenshot(page, 'pairing-ready');
    await a11y(page, 'ready', problems);

    // Run: 24 people give 12 pairs (one registered together), nobody left out.
    await page.getByRole('button', { name: 'Run pairing' }).first().click();
    const cards = page.getByTestId('team-card');
    await expect.poll(() => cards.count()).toBe(12);
    await page.getByRole('heading', { name: 'Plan quality' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Confirm 12 pairs' }).count()).toBe(1);
    await page.getByRole('article', { name: 'Pair 01' }).getByText('Registered together').waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'pairing-proposals');
    await page
      .getByRole('article', { name: 'Pair 03' })
      .screenshot({ path: 'test-results/screens/pairing-card-proposed.png' });
    await a11y(page, 'proposals', problems);

    // Swap the first members of two matched pairs.
    const left = page.getByRole('article', { name: 'Pair 02' });
    const right = page.getByRole('article', { name: 'Pair 03' });
    const [x, p] = await memberNames(left);
    const [y, q] = await memberNames(right);
    await left.getByRole('button', { name: `Actions for ${x}` }).click();
    await page.getByRole('menuitem', { name: 'Swap with…' }).click();
    const swapDialog = page.getByRole('dialog', { name: `Swap ${x} with…` });
    await chooseInSelect(page, swapDialog.getByRole('combobox', { name: 'Swap with' }), y!);
    await swapDialog.getByRole('button', { name: 'Swap' }).click();
    await expect
      .poll(async () => (await memberNames(page.getByRole('article', { name: 'Pair 02' }))).sort())
      .toEqual([y!, p!].sort());
    await expect
      .poll(async () => (await memberNames(page.getByRole('article', { name: 'Pair 03' }))).sort())
      .toEqual([x!, q!].sort());
    await page.getByText(`${x} and ${y} swapped`).waitFor();

    // Best alternatives for someone: up to five options, each with its change in total.
    const third = page.getByRole('article', { name: 'Pair 04' });
    const [someone] = await memberNames(third);
    await third.getByRole('button', { name: `Actions for ${someone}` }).click();
    await page.getByRole('menuitem', { name: 'Best alternatives…' }).click();
    const alternatives = page.getByRole('dialog', { name: `Alternatives for ${someone}` });
    await alternatives.getByRole('article').first().waitFor();
    expect(await alternatives.getByRole('article').count()).toBeLessThanOrEqual(5);
    expect(await alternatives.getByRole('article').first().textContent()).toMatch(/Total [+−]\d+/);
    await viewportShot(page, 'pairing-alternatives');
    await a11y(page, 'alternatives', problems);
    await alternatives.getByRole('button', { name: 'Close', exact: true }).click();

    // Lock the swapped pair, then re-run: it is kept exactly.
    await page
      .getByRole('article', { name: 'Pair 02' })
      .getByRole('button', { name: 'Lock Pair 02' })
      .click();
    await page
      .getByRole('article', { name: 'Pair 02' })
      .getByText('Locked', { exact: true })
      .waitFor();
    await dismissNotifications(page);
    await page.getByRole('button', { name: 'Re-run pairing' }).click();
    await page.getByText('12 pairs proposed').waitFor();
    const locked = page.getByRole('article', { name: 'Pair 02' });
    await locked.getByText('Locked', { exact: true }).waitFor();
    expect((await memberNames(locked)).sort()).toEqual([y!, p!].sort());
    await expect.poll(() => cards.count()).toBe(12);

    // Settings: a change saves at once and shows in the summary line.
    await page.getByRole('button', { name: 'Pairing settings' }).click();
    const drawer = page.getByRole('dialog', { name: 'Pairing settings' });
    await drawer.getByText('Same department', { exact: true }).waitFor();
    await viewportShot(page, 'pairing-settings');
    await a11y(page, 'settings', problems);
    await drawer.getByRole('radio', { name: 'Raise the weakest pair' }).check();
    await page.getByText(/raise the weakest pair · rules/).waitFor();
    await drawer.getByRole('button', { name: 'Close pairing settings' }).click();
    await page.getByText('The settings changed since these proposals were made').waitFor();

    // Confirm, undo, confirm again.
    await page.getByRole('button', { name: 'Confirm 12 pairs' }).click();
    await page
      .getByRole('dialog', { name: 'Confirm 12 pairs?' })
      .getByRole('button', { name: 'Confirm 12 pairs' })
      .click();
    await page.getByRole('heading', { name: 'Confirmed teams' }).waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: /^Choose competencies for/ }).count())
      .toBe(12);
    await page.getByRole('button', { name: 'Undo confirm' }).click();
    await page.getByRole('heading', { name: 'Proposed pairs' }).waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: /^Choose competencies for/ }).count())
      .toBe(0);
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: 'Lock Pair 02' })
          .or(page.getByRole('button', { name: 'Unlock Pair 02' }))
          .count(),
      )
      .toBe(1);
    await page.getByRole('button', { name: 'Confirm 12 pairs' }).click();
    await page
      .getByRole('dialog', { name: 'Confirm 12 pairs?' })
      .getByRole('button', { name: 'Confirm 12 pairs' })
      .click();
    await expect
      .poll(() => page.getByRole('button', { name: /^Choose competencies for/ }).count())
      .toBe(12);

    // After a reload the pairs are there, confirmed.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await goTo(page, 'Pairing');
    await expect
      .poll(() => page.getByRole('button', { name: /^Choose competencies for/ }).count())
      .toBe(12);
    expect(await page.getByRole('heading', { name: 'Proposed pairs' }).count()).toBe(0);
    const kept = page.getByRole('article', { name: 'Pair 02' });
    expect((await memberNames(kept)).sort()).toEqual([y!, p!].sort());
    await page.getByText('Everyone is in a confirmed team.').waitFor();
    await screenshot(page, 'pairing-confirmed');
    await kept.screenshot({ path: 'test-results/screens/pairing-card-confirmed.png' });
    await a11y(page, 'confirmed', problems);

    // Competencies for a team: starts from the valid suggestion; a tick is saved at once.
    await kept.getByRole('button', { name: 'Choose competencies for Pair 02' }).click();
    const chooser = page.getByRole('dialog', { name: 'Competencies for Pair 02' });
    await chooser.getByText(/meets the program rules/).waitFor();
    // The suggestion saved at confirmation is marked for the partners to confirm together.
    const toConfirm = chooser.getByText('Suggested at confirmation: to confirm together');
    await toConfirm.waitFor();
    await viewportShot(page, 'pairing-competencies-to-confirm');
    const boxes = chooser.getByRole('checkbox');
    const before = await chooser.getByRole('checkbox', { checked: true }).count();
    expect(before).toBeGreaterThanOrEqual(3);
    await chooser.getByRole('checkbox', { checked: true }).first().uncheck();
    await expect
      .poll(() => chooser.getByRole('checkbox', { checked: true }).count())
      .toBe(before - 1);
    // Changing a tick records the team's own choice: no longer a suggestion.
    await expect.poll(() => toConfirm.count()).toBe(0);
    expect(await boxes.count()).toBeGreaterThan(20);
    await viewportShot(page, 'pairing-competencies');
    await a11y(page, 'competencies', problems);
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await goTo(page, 'Pairing');
    await page
      .getByRole('article', { name: 'Pair 02' })
      .getByRole('button', { name: 'Choose competencies for Pair 02' })
      .click();
    const again = page.getByRole('dialog', { name: 'Competencies for Pair 02' });
    await expect
      .poll(() => again.getByRole('checkbox', { checked: true }).count())
      .toBe(before - 1);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('breaks a pair (undoable), shows who is left without a team and why, and pins two people together', async () => {
    const { context, page } = await openApp(browser);
    const problems: string[] = [];
    await loadDemo(page);
    await goTo(page, 'Pairing');
    await page.getByRole('button', { name: 'Run pairing' }).first().click();
    const cards = page.getByTestId('team-card');
    await expect.poll(() => cards.count()).toBe(12);
    // The board shows before the run is saved; its notification comes once it is.
    await page.getByText('12 pairs proposed').first().waitFor();
    await dismissNotifications(page);

    // Break a pair, then undo from the notification.
    const pair = page.getByRole('article', { name: 'Pair 05' });
    const [a, b] = await memberNames(pair);
    await pair.getByRole('button', { name: 'Break Pair 05' }).click();
    await expect.poll(() => page.getByTestId('unpaired-person').count()).toBe(2);
    await expect.poll(() => cards.count()).toBe(11);
    await page.locator('.mantine-Notification-root').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cards.count()).toBe(12);
    expect((await memberNames(page.getByRole('article', { name: 'Pair 05' }))).sort()).toEqual(
      [a!, b!].sort(),
    );
    await dismissNotifications(page);

    // Break it again: both are listed with the reason, in the board and the quality summary.
    await page
      .getByRole('article', { name: 'Pair 05' })
      .getByRole('button', { name: 'Break Pair 05' })
      .click();
    await expect.poll(() => page.getByTestId('unpaired-person').count()).toBe(2);
    await page.getByRole('list', { name: 'People not in a team' }).getByText(a!).waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'pairing-unpaired');
    await a11y(page, 'unpaired', problems);

    // Pin one of them to the other: they are paired at once, marked as pinned, and stay together on a re-run.
    const row = page.getByTestId('unpaired-person').filter({ hasText: a! });
    await row.getByRole('button', { name: `Actions for ${a}` }).click();
    await page.getByRole('menuitem', { name: 'Pin to…' }).click();
    const pinDialog = page.getByRole('dialog', { name: `Pin ${a} to…` });
    await chooseInSelect(page, pinDialog.getByRole('combobox', { name: 'Pin to' }), b!);
    await pinDialog.getByRole('button', { name: 'Pin', exact: true }).click();
    await expect.poll(() => cards.count()).toBe(12);
    const pinned = cards.filter({ hasText: 'Pinned' });
    await expect.poll(() => pinned.count()).toBe(1);
    expect((await memberNames(pinned)).sort()).toEqual([a!, b!].sort());
    await dismissNotifications(page);
    await page.getByRole('button', { name: 'Re-run pairing' }).click();
    await page.getByText('12 pairs proposed').waitFor();
    await expect
      .poll(async () => (await memberNames(cards.filter({ hasText: 'Pinned' }))).sort())
      .toEqual([a!, b!].sort());

    // Removing the pin keeps the pair but no longer marks it.
    await page
      .getByRole('button', { name: `Remove pin ${a} and ${b}` })
      .or(page.getByRole('button', { name: `Remove pin ${b} and ${a}` }))
      .click();
    await expect.poll(() => cards.filter({ hasText: 'Pinned' }).count()).toBe(0);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('forms peer groups of 3–5 and offers swaps between groups', async () => {
    const { context, page } = await openApp(browser);
    const problems: string[] = [];
    await loadDemo(page);
    await goTo(page, 'Pairing');
    await page.getByRole('button', { name: 'Pairing settings' }).click();
    const drawer = page.getByRole('dialog', { name: 'Pairing settings' });
    await drawer.getByText('Peer groups of 3–5').click();
    await drawer.getByRole('combobox', { name: 'Form groups by' }).waitFor();
    await drawer.getByRole('button', { name: 'Close pairing settings' }).click();
    await page.getByText(/Peer groups of 3–5 · highest total score/).waitFor();

    await page.getByRole('button', { name: 'Run pairing' }).first().click();
    await page.getByRole('heading', { name: 'Proposed groups' }).waitFor();
    const cards = page.getByTestId('team-card');
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(5);
    expect(count).toBeLessThanOrEqual(8);
    let placed = 0;
    for (const card of await cards.all()) {
      const size = await card.getByTestId('team-member').count();
      expect(size).toBeGreaterThanOrEqual(3);
      expect(size).toBeLessThanOrEqual(5);
      placed += size;
    }
    expect(placed).toBe(24);
    await page.getByRole('article', { name: 'Group 01' }).waitFor();
    await page.getByRole('button', { name: `Confirm ${count} groups` }).waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'pairing-groups');
    await a11y(page, 'groups', problems);

    const group = page.getByRole('article', { name: 'Group 02' });
    const [someone] = await memberNames(group);
    await group.getByRole('button', { name: `Actions for ${someone}` }).click();
    await page.getByRole('menuitem', { name: 'Best alternatives…' }).click();
    const alternatives = page.getByRole('dialog', { name: `Alternatives for ${someone}` });
    await alternatives.getByRole('article').first().waitFor();
    expect(await alternatives.getByRole('article').first().getAttribute('aria-label')).toMatch(
      /^Swap with /,
    );

    expect(problems).toEqual([]);
    await context.close();
  });
});
