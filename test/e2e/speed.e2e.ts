/**
 * Speed mentoring, end to end on the demo program: set up an event with checked-in people and
 * two walk-ins, plan the rotation, run the live mode for two rounds on a fake clock (countdown,
 * pause, the "switch roles" cue at half time, next with →, back with ←, F for full screen), leave it, mark one person as left,
 * re-plan from round 3 (rounds 1–2 unchanged, the leaver in no later round), and print the cards
 * (a .docx download that LibreOffice converts to the expected number of pages).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildDemoProgram } from '../../src/renderer/src/domain/demo/demo-program';
import { convertToPdf, libreOfficeCommand, pdfPageCount } from '../docx-check/all-documents';
import { captureDownload, dismissNotifications, goTo, launchBrowser, waitForFileChooser } from './browser';

const FIXTURES = fileURLToPath(new URL('../fixtures/speed/', import.meta.url));
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens';
mkdirSync(SHOTS, { recursive: true });

let nextId = 0;
const DEMO = buildDemoProgram('2026-12-05T10:00:00.000Z', () => `id-${++nextId}`, 'year-in-progress');
/** Eight demo people to check in at the door, then two walk-ins: ten in the room. */
const ARRIVALS = DEMO.participants.slice(0, 8);
const WALK_INS = ['Robin Walker', 'Sasha Newcomb'];
/** Cards printed on one page (domain/documents/speed-sheets). */
const CARDS_PER_PAGE = 6;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Test id of the element in full screen, or null (evaluated in the page). */
const FULL_SCREEN_ELEMENT = "document.fullscreenElement?.getAttribute('data-testid') ?? null";

const main = (page: Page) => page.getByRole('main');

/** The text of every round card of the plan, in order. */
async function roundTexts(page: Page): Promise<string[]> {
  return main(page).getByTestId('plan-round').allTextContents();
}

describe('speed mentoring event', () => {
  it('sets up, runs two rounds live, re-plans after someone leaves, and prints the cards', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 } });
    await context.clock.install({ time: new Date('2026-12-05T10:00:00') });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(inject('baseUrl'));
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.getByRole('button', { name: 'Try the demo program' }).click();
    await page.getByText('Demo program loaded').first().waitFor();

    await goTo(page, 'Speed mentoring');
    await main(page).getByRole('button', { name: 'New event' }).click();
    const setup = main(page).getByRole('region', { name: 'Event setup' });
    await setup.waitFor();
    await setup.getByLabel('Place').fill('Riverside Campus, Atrium');
    await setup.getByLabel('Place').press('Enter');

    // At the door: type part of a name, pick the person.
    const door = main(page).getByRole('region', { name: 'At the door' });
    const find = door.getByLabel('Check someone in');
    for (const p of ARRIVALS) {
      await find.fill(p.name.split(' ')[0]!);
      await page.getByRole('option', { name: p.department ? `${p.name} (${p.department})` : p.name, exact: true }).click();
      await expect.poll(() => find.inputValue()).toBe('');
    }
    for (const name of WALK_INS) {
      await door.getByLabel('Walk-in name').fill(name);
      await door.getByRole('button', { name: 'Add walk-in' }).click();
      await expect.poll(() => door.getByLabel('Walk-in name').inputValue()).toBe('');
    }
    await expect.poll(() => door.getByTestId('present-row').count()).toBe(10);
    await door.getByText('10 in the room').waitFor();
    await page.screenshot({ path: `${SHOTS}/speed-setup.png`, fullPage: true });

    // Plan: six rounds (the default), ten people at five tables each round, nobody meets twice.
    const plan = main(page).getByRole('region', { name: 'Rotation plan' });
    await plan.getByRole('button', { name: 'Plan the rotation' }).click();
    await expect.poll(() => plan.getByTestId('plan-round').count()).toBe(6);
    expect(await plan.getByTestId('figure-repeats').textContent()).toBe('0');
    await page.screenshot({ path: `${SHOTS}/speed-plan.png`, fullPage: true });
    const before = await roundTexts(page);

    // Live mode: preparation first (5 minutes), then the rounds.
    await plan.getByRole('button', { name: 'Start live mode' }).click();
    const live = page.getByTestId('live-mode');
    await live.waitFor();
    await live.getByText('Get ready').waitFor();
    await expect.poll(() => live.getByTestId('live-countdown').textContent()).toBe('5:00');
    await live.getByText('Look ahead to the next six months at work.').waitFor();
    await page.screenshot({ path: `${SHOTS}/speed-live-preparation.png` });
    await page.clock.runFor(5 * 60_000);
    await expect.poll(() => live.getByTestId('live-countdown').textContent()).toBe('0:00');
    await page.keyboard.press('ArrowRight');
    await live.getByText('Round 1 of 6').waitFor();
    await expect.poll(() => live.getByTestId('live-countdown').textContent()).toBe('8:00');
    expect(await live.getByTestId('live-tables').locator('div').count()).toBe(5);
    // Pause: the clock stands still however long the pause lasts.
    await page.clock.runFor(60_000);
    await page.keyboard.press(' ');
    await page.clock.runFor(10 * 60_000);
    await expect.poll(() => live.getByTestId('live-countdown').textContent()).toBe('7:00');
    await live.getByText('Paused · Space to go on').waitFor();
    await page.keyboard.press(' ');
    await page.clock.runFor(3 * 60_000);
    await expect.poll(() => live.getByTestId('live-cue').textContent()).toBe('Switch roles: the mentee now mentors');
    await page.screenshot({ path: `${SHOTS}/speed-live.png` });
    await page.clock.runFor(4 * 60_000);
    await live.getByText('Time! Thank your partner and go to your next table.').waitFor();
    await page.keyboard.press('ArrowRight');
    await live.getByText('Round 2 of 6').waitFor();
    // ← goes back a round, whose clock starts again from the full length; → returns.
    await page.clock.runFor(60_000);
    await expect.poll(() => live.getByTestId('live-countdown').textContent()).toBe('7:00');
    await page.keyboard.press('ArrowLeft');
    await live.getByText('Round 1 of 6').waitFor();
    await expect.poll(() => live.getByTestId('live-countdown').textContent()).toBe('8:00');
    await page.keyboard.press('ArrowRight');
    await live.getByText('Round 2 of 6').waitFor();
    await expect.poll(() => live.getByTestId('live-countdown').textContent()).toBe('8:00');
    // F puts the live mode in full screen (the projector view) and F again leaves it.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(FULL_SCREEN_ELEMENT)).toBe('live-mode');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(FULL_SCREEN_ELEMENT)).toBeNull();
    await page.clock.runFor(8 * 60_000);
    await page.keyboard.press('ArrowRight');
    await live.getByText('Round 3 of 6').waitFor();
    await page.keyboard.press('Escape');
    await live.waitFor({ state: 'detached' });

    // Two rounds were held. One person leaves: re-plan from round 3.
    await expect.poll(() => plan.getByText('Held', { exact: true }).count()).toBe(2);
    const leaver = ARRIVALS[3]!.name;
    await door.getByRole('button', { name: `Left: ${leaver}` }).click();
    await plan.getByText('Someone left or arrived').waitFor();
    await plan.getByRole('button', { name: 'Re-plan from round 3' }).click();
    await page.getByText('Re-planned from round 3').first().waitFor();
    await expect.poll(() => plan.getByText('Someone left or arrived').count()).toBe(0);
    const after = await roundTexts(page);
    expect(after.slice(0, 2).map((r) => r.replace('Held', ''))).toEqual(before.slice(0, 2));
    expect(after.length).toBeGreaterThanOrEqual(3);
    for (const round of after.slice(2)) expect(round).not.toContain(leaver);

    // Print the cards: a .docx with six cards to a page, for the ten people with a seat.
    const cards = await captureDownload(page, () => main(page).getByRole('button', { name: 'Personal cards' }).click());
    expect(cards.name).toMatch(/^Speed mentoring cards 2026-12-05 - .*\.docx$/);
    expect(cards.data.subarray(0, 2).toString()).toBe('PK');
    const office = await libreOfficeCommand();
    expect(office, 'LibreOffice is needed to check the printed cards').not.toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'pmd-speed-'));
    writeFileSync(join(dir, 'cards.docx'), cards.data);
    await convertToPdf(office!, dir, ['cards.docx']);
    expect(pdfPageCount(join(dir, 'cards.pdf'))).toBe(Math.ceil(10 / CARDS_PER_PAGE));

    // After the event: record who met, then import the continue-with choices from a form export.
    const afterEvent = main(page).getByRole('region', { name: 'After the event' });
    await afterEvent.getByRole('button', { name: 'Record who met' }).click();
    await page.getByText('Meetings recorded').first().waitFor();
    await dismissNotifications(page);
    // A file with mistakes changes nothing and says, row by row, what to correct.
    const mistakes = await waitForFileChooser(page, () => afterEvent.getByRole('button', { name: 'Import choices from a form export' }).click());
    await mistakes.setFiles(join(FIXTURES, 'continue-with-mistakes.csv'));
    const importPanel = afterEvent.getByRole('region', { name: 'Import choices' });
    const problems = importPanel.getByTestId('continue-import-problems');
    await problems.waitFor();
    const column = 'column “Whom would you like to continue with? (up to 3)”';
    expect(await problems.getByRole('listitem').allTextContents()).toEqual([
      `Row 2, ${column}: Zoë Hartmann chose 4 people: keep at most 3.`,
      `Row 3, ${column}: “Jo Bloggs” is nobody at this event: correct the spelling (or use their email), or remove the name.`,
      `Row 4, ${column}: Ngozi Okafor chose themselves: remove their own name.`,
    ]);
    expect(await importPanel.getByRole('button', { name: 'Import choices' }).isDisabled()).toBe(true);
    await importPanel.screenshot({ path: `${SHOTS}/speed-continue-import-problems.png` });
    // The corrected export: names without accents, ";" and ", " between picks, an email in capitals.
    const corrected = await waitForFileChooser(page, () => importPanel.getByRole('button', { name: 'Choose another file' }).click());
    await corrected.setFiles(join(FIXTURES, 'continue-with-google-forms.csv'));
    const changes = importPanel.getByRole('table', { name: 'What the import changes' });
    await expect.poll(() => changes.locator('tbody tr').allTextContents()).toEqual([
      'Zoë HartmannNobody yetJosé Ortega, Ngozi Okafor',
      'José OrtegaNobody yetZoë Hartmann, Robin Walker',
      'Ngozi OkaforNobody yetLukas Müller',
    ]);
    await importPanel.screenshot({ path: `${SHOTS}/speed-continue-import.png` });
    await importPanel.getByRole('button', { name: 'Import 3 people’s choices' }).click();
    await page.getByText('Choices imported').first().waitFor();
    await afterEvent.getByText(/^Chose each other: (Zoë Hartmann and José Ortega|José Ortega and Zoë Hartmann)\.$/).waitFor();
    // Undo takes the whole import back.
    await page.locator('.mantine-Notification-root').filter({ hasText: 'Choices imported' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => afterEvent.getByText('Chose each other').count()).toBe(0);

    // The people-known list says where they met.
    await goTo(page, 'Participants');
    await main(page).getByRole('table', { name: 'Participants' }).getByRole('button', { name: ARRIVALS[0]!.name, exact: true }).click();
    const met = page.getByRole('dialog').getByTestId('met-at-speed');
    await met.waitFor();
    await met.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/speed-met-in-drawer.png` });
    // Zoë met Rahul in round 1 and José in round 2 (the plan above).
    const lines = await met.locator('p').allTextContents();
    expect(lines.map((l) => l.split(':')[0]).sort()).toEqual(['José Ortega', 'Rahul Deshpande']);
    for (const line of lines) expect(line).toMatch(/^.+: met at speed mentoring on \D*\b5\b\D*2026$/);
    await page.getByRole('button', { name: 'Close participant' }).click();

    // The event is on the program's schedule, at its place.
    await goTo(page, 'Schedule');
    await main(page).getByText('Speed peer mentoring').first().waitFor();
    await expect
      .poll(() => main(page).getByPlaceholder('Room, building or video link').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value)))
      .toContain('Riverside Campus, Atrium');
    await context.close();
  });
});
