import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildDemoProgram } from '../../src/renderer/src/domain/demo/demo-program';
import { launchBrowser, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TODAY = '2026-12-05T10:00:00';
const STORAGE_NOTICE_TITLE = 'Keep backups of your programs';

async function openAt(localTime: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.clock.setFixedTime(new Date(localTime));
  await page.goto(inject('baseUrl'));
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  return { context, page };
}

/** The demo as the app builds it on that day (same pure builder). */
function demo() {
  let n = 0;
  return buildDemoProgram(`${TODAY.slice(0, 10)}T10:00:00.000Z`, () => `id-${++n}`, 'year-in-progress');
}

async function palette(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const search = page.getByPlaceholder('Find a person, a team, a screen or a command…');
  await search.waitFor();
  await search.fill(query);
}

describe('everyday polish', () => {
  it('tells about storage on the home of an open program, never on the welcome screen, until answered', async () => {
    const { context, page } = await openAt(TODAY);
    // Headless Chromium does not promise to keep a page's storage: the case the notice is for.
    expect(await page.evaluate('navigator.storage.persisted()')).toBe(false);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Peer Mentor Desk' }).waitFor();
    expect(await page.getByText(STORAGE_NOTICE_TITLE).count()).toBe(0);

    await page.getByRole('button', { name: 'Try the demo program' }).click();
    await page.getByTestId('home-ready').waitFor();
    const notice = page.getByRole('alert', { name: STORAGE_NOTICE_TITLE });
    await notice.waitFor();
    // Below what the home is for: the first thing on screen is the program and its month.
    const noticeBox = await notice.boundingBox();
    const toDoBox = await page.getByRole('heading', { name: 'To do now' }).boundingBox();
    expect(noticeBox!.y).toBeGreaterThan(toDoBox!.y);
    expect(await notice.textContent()).toContain('keep it somewhere safe');
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/polish-storage-notice.png' });
    await notice.getByRole('button', { name: 'Got it' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('home-ready').waitFor();
    await page.getByRole('heading', { name: 'To do now' }).waitFor();
    expect(await page.getByText(STORAGE_NOTICE_TITLE).count()).toBe(0);
    await context.close();
  });

  it('shows notifications below the header at the right, never over the header controls', async () => {
    const { context, page } = await openAt(TODAY);
    await page.getByRole('button', { name: 'Try the demo program' }).click();
    const toast = page.getByRole('alert').filter({ hasText: 'Demo program loaded' });
    await toast.waitFor();
    const box = await toast.boundingBox();
    const header = await page.locator('header').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    expect(box!.x + box!.width).toBeGreaterThan(1280 - 40);
    await context.close();
  });

  it('finds people, teams and the dark theme from the command palette, and shows the whole program name', async () => {
    const { context, page } = await openAt(TODAY);
    await page.getByRole('button', { name: 'Try the demo program' }).click();
    await page.getByTestId('home-ready').waitFor();
    const { program, participants, year, competencies } = demo();

    // The switcher shows the open program's whole name.
    const switcher = page.getByRole('combobox', { name: 'Current program' });
    expect(await switcher.inputValue()).toBe(`${program.name} (demo)`);
    const fits = await switcher.evaluate((el) => {
      const box = el as unknown as { scrollWidth: number; clientWidth: number };
      return box.scrollWidth <= box.clientWidth;
    });
    expect(fits).toBe(true);

    // A person, by part of their email: their drawer opens.
    const person = participants.find((p) => p.email !== '')!;
    await palette(page, person.email.split('@')[0]!);
    const found = page.getByRole('button', { name: new RegExp(person.name) }).first();
    await found.waitFor();
    await screenshot(page, 'polish-palette-person');
    await found.click();
    const drawer = page.getByRole('dialog', { name: new RegExp(person.name) });
    await drawer.waitFor();

    // Wanting a competency they already offer brings a hint asking which it is.
    const offered = competencies.find((c) => c.id === person.offers[0])!;
    const wants = drawer.getByRole('combobox', { name: 'Wants to develop' });
    await wants.click();
    await wants.fill(offered.name);
    await page.getByRole('option', { name: offered.name, exact: true }).click();
    await page.keyboard.press('Escape');
    const hint = drawer.getByRole('status').filter({ hasText: 'Offered and wanted at once' });
    await hint.waitFor();
    expect(await hint.textContent()).toContain(offered.name);
    await hint.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/polish-offered-and-wanted.png' });
    await hint.getByRole('button', { name: 'Can offer it' }).click();
    await hint.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');

    // A team, by a member's name: its page opens.
    const team = year!.teams.find((t) => t.number === 3)!;
    const memberIds = year!.teamMembers.filter((m) => m.teamId === team.id).map((m) => m.participantId);
    const member = participants.find((p) => p.id === memberIds[0])!;
    await palette(page, `pair 03 ${member.name.split(' ')[0]}`);
    const teamFound = page.getByRole('button', { name: /Pair 03/ }).first();
    await teamFound.waitFor();
    await screenshot(page, 'polish-palette-team');
    await teamFound.click();
    await page.getByRole('heading', { level: 1, name: /Pair 03/ }).waitFor();

    // Dark mode by name.
    await palette(page, 'dark mode');
    await page.getByRole('button', { name: /Dark mode/ }).first().click();
    await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark');
    await context.close();
  });
});

describe('the usual place', () => {
  it('offers to fill itself into the group meetings that have no place, and undo puts them back', async () => {
    const { context, page } = await openAt(TODAY);
    await page.getByRole('button', { name: 'Try the demo program' }).click();
    await page.getByTestId('home-ready').waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Schedule', { exact: true }).click();
    const places = page.getByRole('textbox', { name: /^Place of / });
    await expect.poll(() => places.count()).toBeGreaterThan(2);
    // Two meetings lose their place.
    for (const at of [0, 1]) {
      await places.nth(at).fill('');
      await places.nth(at).blur();
    }
    await expect.poll(() => places.nth(1).inputValue()).toBe('');

    // Documents that would print an empty Place say so before saving.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Documents', { exact: true }).click();
    const handout = page.getByRole('region', { name: 'Annual schedule handout' });
    const notice = handout.getByTestId('no-place-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^2 group meetings have no place yet \(.+\): the Place will print empty\./);
    await handout.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/polish-no-place-notice.png' });
    await notice.getByRole('link', { name: 'Set places on the Schedule screen' }).click();
    await expect.poll(() => places.count()).toBeGreaterThan(2);

    const usual = page.getByRole('textbox', { name: 'Usual place' });
    await usual.fill('Main Hall, Building A');
    await usual.blur();
    const ask = page.getByRole('dialog', { name: 'Use “Main Hall, Building A” for the meetings that have no place?' });
    await ask.waitFor();
    expect(await ask.getByRole('listitem').count()).toBe(2);
    await page.screenshot({ path: 'test-results/screens/polish-fill-places.png' });
    await ask.getByRole('button', { name: 'Fill in the place' }).click();
    await expect.poll(() => places.nth(0).inputValue()).toBe('Main Hall, Building A');
    await expect.poll(() => places.nth(1).inputValue()).toBe('Main Hall, Building A');
    // The others kept theirs.
    expect(await places.nth(2).inputValue()).not.toBe('Main Hall, Building A');

    await page.getByRole('alert').filter({ hasText: 'Place filled in' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => places.nth(0).inputValue()).toBe('');
    await expect.poll(() => places.nth(1).inputValue()).toBe('');
    await context.close();
  });
});
