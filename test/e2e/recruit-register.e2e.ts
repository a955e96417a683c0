/**
 * Recruiting in Chromium: register two colleagues as a team by hand (keyboard first), see the
 * board say they are not opted in yet, opt them in from the directory, run pairing and find them
 * kept together; add an awareness session and tick off a question raised there; copy the
 * invitation and compose it to the distribution list. Light and dark screenshots of each screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { dismissNotifications, goTo, launchBrowser, seriousA11yViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SHOTS = 'test-results/screens';

/** Light and dark screenshots (the full page, or what is on screen for a dialog) with an axe check in both. */
async function lookAt(page: Page, name: string, problems: string[], fullPage = true): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    if (fullPage) await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/recruit-${name}-${scheme}.png`, fullPage });
    problems.push(...(await seriousA11yViolations(page)).map((v) => `${name} (${scheme}): ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('recruiting and registering', () => {
  it('registers a team of two by hand, opts them in, keeps them together in pairing, notes an awareness question and sends the invitation', { timeout: 300_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.clock.setFixedTime(new Date('2026-08-03T09:00:00'));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('baseUrl')).origin });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    const mailto: string[] = [];
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    cdp.on('Page.frameRequestedNavigation', (event: { url: string }) => {
      if (event.url.startsWith('mailto:')) mailto.push(event.url);
    });
    await page.goto(inject('baseUrl'));
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    const problems: string[] = [];

    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Demo before pairing' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await dismissNotifications(page);

    // Register from the command palette: focus starts on the name, Enter moves on, Ctrl+Enter saves.
    await goTo(page, 'Participants');
    await page.keyboard.press('Control+k');
    const search = page.getByPlaceholder('Find a person, a team, a screen or a command…');
    await search.waitFor();
    await search.fill('Register someone');
    await page.getByRole('button', { name: /Register someone/ }).last().click();
    const dialog = page.getByRole('dialog', { name: 'Register someone' });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate<string>("document.activeElement?.labels?.[0]?.textContent ?? ''")).toMatch(/^Name/);
    await page.keyboard.type('Ana Registra');
    await page.keyboard.press('Enter');
    await page.keyboard.type('zoe.hartmann@example.org');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Finance');
    await dialog.getByText('With a new colleague').click();
    await dialog.getByRole('textbox', { name: 'Colleague’s name' }).fill('Bo Together');
    await dialog.getByRole('textbox', { name: 'Colleague’s email' }).fill('bo.together@example.org');
    await lookAt(page, 'register-dialog', problems, false);

    // A taken address: a clear message and nothing written.
    await dialog.getByRole('textbox', { name: 'Colleague’s email' }).press('Control+Enter');
    await dialog.getByText(/zoe\.hartmann@example\.org is already the address of Zoë Hartmann/).waitFor();
    await expect.poll(() => page.getByTestId('directory-count').textContent()).toBe('24 active participants');

    await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill('ana.registra@example.org');
    await dialog.getByRole('textbox', { name: 'Email', exact: true }).press('Control+Enter');
    await page.getByText('Ana Registra and Bo Together registered together').waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByTestId('directory-count').textContent()).toBe('26 participants');
    await dismissNotifications(page);

    // The board says who is waiting to opt in, and pairing leaves them out.
    await goTo(page, 'Pairing');
    const waiting = page.getByRole('alert', { name: 'Interested, not opted in yet' }).or(page.getByLabel('Interested, not opted in yet'));
    await waiting.first().getByText(/Ana Registra and Bo Together registered interest/).waitFor();
    await page.getByText('2 people interested, not opted in yet').waitFor();
    await lookAt(page, 'pairing-interested', problems);

    // Opt them in from the directory, filtered to the interested.
    await page.getByRole('link', { name: 'Opt them in on Participants' }).click();
    await expect.poll(() => page.getByTestId('directory-count').textContent()).toBe('2 interested people');
    await lookAt(page, 'directory-interested', problems);
    await page.getByRole('checkbox', { name: 'Select everyone on this page' }).check();
    await page.getByRole('button', { name: 'Mark opted in' }).click();
    await page.getByText('2 people opted in').waitFor();
    await expect.poll(() => page.getByTestId('directory-count').textContent()).toBe('0 interested people');
    await dismissNotifications(page);

    // Pairing keeps the team of two together.
    await goTo(page, 'Pairing');
    await expect.poll(() => page.getByText('2 people interested, not opted in yet').count()).toBe(0);
    await page.getByRole('button', { name: 'Run pairing' }).first().click();
    const cards = page.getByTestId('team-card');
    await expect.poll(() => cards.count()).toBe(13);
    const theirs = cards.filter({ hasText: 'Ana Registra' });
    await expect.poll(() => theirs.count()).toBe(1);
    await theirs.getByText('Bo Together').waitFor();
    await theirs.getByText('Registered together').waitFor();
    await dismissNotifications(page);
    await theirs.scrollIntoViewIfNeeded();
    await lookAt(page, 'pairing-together', problems);

    // An awareness session with a question, ticked off once answered in the FAQ.
    await goTo(page, 'Schedule');
    await page.getByRole('button', { name: 'Add awareness session' }).click();
    const session = page.getByTestId('schedule-event').filter({ hasText: 'Awareness session' });
    await session.waitFor();
    const question = session.getByRole('textbox', { name: /New question raised at/ });
    await question.fill('Does the time with my partner count as working time?');
    await question.press('Enter');
    await session.getByTestId('questions-summary').getByText('0 of 1 answered in the FAQ').waitFor();
    await session.getByRole('checkbox', { name: 'Answered in the FAQ: Does the time with my partner count as working time?' }).click();
    await session.getByTestId('questions-summary').getByText('All 1 answered in the FAQ').waitFor();
    await dismissNotifications(page);
    await session.scrollIntoViewIfNeeded();
    await lookAt(page, 'schedule-awareness', problems);

    // The invitation, filled from the program: copied, and composed to the distribution list.
    await goTo(page, 'Participants');
    await page.getByRole('tab', { name: 'Invitation' }).click();
    const preview = page.getByLabel('Invitation as it will be sent');
    await preview.getByText(/Join Peer Mentoring|Join .+: learn from a colleague/).waitFor();
    await page.getByRole('textbox', { name: 'Registration deadline' }).fill('2026-08-28');
    await page.getByRole('textbox', { name: 'Registration deadline' }).press('Tab');
    await preview.getByText(/register by Friday 28 August 2026/).waitFor();
    await preview.getByText(/awareness session: [A-Z][a-z]+day \d+ August 2026, 12:00/).waitFor();
    await page.getByRole('textbox', { name: 'Send to' }).fill('all-staff@example.org');
    await page.getByRole('textbox', { name: 'Send to' }).press('Tab');
    await page.getByRole('button', { name: 'Copy subject and text' }).click();
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(copied).toMatch(/^Join .+: learn from a colleague, and share what you know\n\nHello,/);
    expect(copied).toContain('Friday 28 August 2026');
    expect(copied).not.toMatch(/[{}]/);
    await page.getByRole('button', { name: 'Compose email to all-staff@example.org' }).click();
    await expect.poll(() => mailto.length).toBe(1);
    expect(mailto[0]).toMatch(/^mailto:all-staff@example\.org\?subject=Join%20/);
    expect(decodeURIComponent(mailto[0] ?? '')).toContain('register by Friday 28 August 2026');
    await lookAt(page, 'invitation', problems);

    // The registration list on Documents names the awareness session.
    await goTo(page, 'Documents');
    const card = page.getByRole('heading', { name: 'Registration list' });
    await card.scrollIntoViewIfNeeded();
    await page.getByText(/for the awareness session on/).waitFor();

    expect(problems).toEqual([]);
    await context.close();
  });
});
