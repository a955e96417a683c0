import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { buildDemoProgram } from '../../src/renderer/src/domain/demo/demo-program';
import { isGroupGathering } from '../../src/renderer/src/domain/schedule/annual-schedule';
import { dismissNotifications, goTo, launchBrowser, seriousA11yViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens';
mkdirSync(SHOTS, { recursive: true });

/**
 * The demo is a year in progress built for the browser's "today". The clock is fixed to the
 * afternoon of a group meeting (the third of the year, after the 12:00–14:00 meeting): the two
 * before it have their roll calls, this one's is still to take, as a coordinator would find it.
 */
const DAY = '2027-01-12';
const TODAY = `${DAY}T15:00:00`;

/** What the demo year holds on DAY, from the same pure function the app loads it with. */
function demoOn(day: string) {
  let n = 0;
  const year = buildDemoProgram(`${day}T10:00:00.000Z`, () => `id-${++n}`, 'year-in-progress').year!;
  const gatherings = year.events.filter((e) => isGroupGathering(e.kind));
  const marked = new Set(year.attendance.map((a) => a.eventId));
  return {
    teams: year.teams.length,
    gatherings: gatherings.length,
    held: gatherings.filter((e) => marked.has(e.id)).map((e) => e.title),
    today: gatherings.filter((e) => e.date === day).map((e) => e.title),
  };
}

/** A fresh profile (empty IndexedDB) whose clock reads TODAY, with the app open. */
async function openAtToday(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.clock.setFixedTime(new Date(TODAY));
  await page.goto(inject('baseUrl'));
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  return { context, page };
}

async function loadDemo(page: Page): Promise<void> {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'Start from a demo program' }).click();
  await page.getByText('Demo program loaded').first().waitFor();
}

/**
 * Light and dark screenshots, and the axe check in both: the full page from the top (the fixed
 * header where a person sees it), or what is on screen now for a dialog.
 */
async function lookAt(page: Page, name: string, problems: string[], fullPage = true): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    if (fullPage) await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage });
    problems.push(...(await seriousA11yViolations(page)).map((v) => `${name} (${scheme}): ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const statuses = (rows: Locator) => rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-status') ?? ''));

describe('running the year: attendance, pair meetings, the team page', () => {
  // Twelve light/dark screenshots with an axe run each: longer than the default on a shared machine.
  it('takes a roll call with the keyboard (with a guest), logs a pair meeting from the list, and shows both on the team page', { timeout: 240_000 }, async () => {
    const { context, page } = await openAtToday();
    const problems: string[] = [];
    const demo = demoOn(DAY);
    expect(demo.teams).toBe(12);
    expect(demo.held.length).toBeGreaterThanOrEqual(2);
    expect(demo.today).toHaveLength(1);
    await loadDemo(page);
    await dismissNotifications(page);

    // The demo year comes with its confirmed teams on Log meetings.
    await goTo(page, 'Log meetings');
    await expect.poll(() => page.getByRole('table', { name: 'Teams' }).getByTestId('team-line').count()).toBe(demo.teams);

    // Attendance: the year's group meetings with their state, the ones held with their roll
    // calls; the first one whose roll call is empty is today's.
    await goTo(page, 'Attendance');
    await page.getByRole('heading', { level: 1, name: 'Attendance' }).waitFor();
    const meetingRows = page.getByTestId('meeting-row');
    await expect.poll(() => meetingRows.count()).toBe(demo.gatherings);
    await lookAt(page, 'attendance-meetings', problems);
    const recorded = page.locator('[data-testid="meeting-row"]:not([data-marked="0"])');
    expect(await recorded.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))).toEqual(demo.held);
    const empty = page.locator('[data-testid="meeting-row"][data-marked="0"]');
    expect(await empty.count()).toBeGreaterThan(0);
    const meetingTitle = (await empty.first().getAttribute('aria-label'))!;
    expect(meetingTitle).toBe(demo.today[0]);
    await empty.first().getByRole('link', { name: /^Take roll call: / }).click();
    await page.getByRole('heading', { level: 2, name: meetingTitle }).waitFor();

    const rows = page.getByTestId('roll-call-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(4);
    const total = await rows.count();
    expect((await statuses(rows)).every((s) => s === '')).toBe(true);

    // Keyboard: P, A, E on the first three lines (each moves on to the next line).
    await rows.first().focus();
    await page.keyboard.press('p');
    await page.keyboard.press('a');
    await page.keyboard.press('e');
    await expect.poll(() => statuses(rows)).toEqual(['present', 'absent', 'excused', ...Array(total - 3).fill('')]);
    // Arrows move without marking; Space marks present.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    await expect.poll(async () => (await statuses(rows))[4]).toBe('present');
    expect((await statuses(rows))[3]).toBe('');

    // Type to find: "/" then a name from further down the sheet, Enter goes to it, P marks it.
    const target = rows.nth(total - 1);
    const targetName = ((await target.locator('p').nth(1).textContent()) ?? '').trim();
    const lastName = targetName.split(' ').slice(1).join(' ') || targetName;
    await page.keyboard.press('/');
    await page.keyboard.type(lastName);
    await expect.poll(() => rows.count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('p');
    await expect.poll(() => rows.count()).toBe(total);
    await expect.poll(async () => (await statuses(rows))[total - 1]).toBe('present');
    await expect.poll(() => page.getByRole('textbox', { name: /^Find/ }).evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    // Ctrl+Z on a line takes the last mark back; the Undo button the one before.
    await rows.nth(1).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await statuses(rows))[total - 1]).toBe('');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await statuses(rows))[4]).toBe('');

    // All present marks everyone not marked yet, and leaves the absent and excused as they are.
    await page.getByRole('button', { name: /^All present \(\d+ not marked\)$/ }).click();
    await expect.poll(() => statuses(rows)).toEqual(['present', 'absent', 'excused', ...Array(total - 3).fill('present')]);
    await page.getByRole('button', { name: 'Everyone is marked' }).waitFor();

    // A walk-in guest: added by name, listed as a guest, not counted in the rate.
    const rateBefore = await page.getByTestId('roll-call-rate').textContent();
    await page.getByRole('textbox', { name: /^Walk-in guest/ }).fill('Alex Moreau');
    await page.keyboard.press('Enter');
    await page.getByRole('row', { name: 'Alex Moreau, present' }).waitFor();
    expect(await page.getByTestId('roll-call-rate').textContent()).toBe(rateBefore);
    expect(rateBefore).toMatch(/present · \d+ of \d+ expected$/);
    await page.getByRole('textbox', { name: /^Walk-in guest/ }).fill('alex moreau');
    await page.keyboard.press('Enter');
    await page.getByText('Alex Moreau is already on this roll call as a guest.').waitFor();
    await page.getByRole('textbox', { name: /^Walk-in guest/ }).fill('');

    // Someone in a team, for the team page later: the first line that names a team.
    const withTeam = rows.filter({ has: page.getByRole('link', { name: /^(Pair|Triad|Group) \d+$/ }) }).first();
    const teamName = ((await withTeam.getByRole('link').first().textContent()) ?? '').trim();
    const personName = ((await withTeam.locator('p').nth(1).textContent()) ?? '').trim();
    const personStatus = (await withTeam.getAttribute('data-status'))!;
    expect(teamName).toMatch(/^(Pair|Triad|Group) \d+$/);
    await rows.first().focus();
    await lookAt(page, 'attendance-roll-call', problems);

    // Saved as it went: after a reload the marks and the guest are there.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: meetingTitle }).waitFor();
    await expect.poll(() => statuses(page.getByTestId('roll-call-row'))).toEqual([
      'present',
      'absent',
      'excused',
      ...Array(total - 3).fill('present'),
      'present',
    ]);
    await page.getByRole('link', { name: 'All group meetings' }).click();
    await expect.poll(() => page.getByRole('row', { name: meetingTitle }).getByText(/^\d+% \(\d+ of \d+\)$/).count()).toBe(1);
    await lookAt(page, 'attendance-meetings-recorded', problems);
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('table', { name: 'Attendance per person' }).or(page.getByText(/Figures per person appear/)).first().waitFor();
    await lookAt(page, 'attendance-people', problems);

    // Log meetings: type the minutes on the team's line and press Enter.
    await goTo(page, 'Log meetings');
    const line = page.getByRole('row', { name: teamName, exact: true });
    await line.waitFor();
    const countBefore = Number(await line.getByRole('cell').nth(2).textContent());
    const minutes = line.getByRole('textbox', { name: `Minutes of a meeting of ${teamName} today` });
    await minutes.fill('45');
    await minutes.press('Enter');
    await page.getByText(`Meeting logged for ${teamName}`).waitFor();
    await expect.poll(async () => Number(await line.getByRole('cell').nth(2).textContent())).toBe(countBefore + 1);
    await line.getByText('Today', { exact: true }).waitFor();
    expect(await minutes.inputValue()).toBe('');
    // A minutes value that cannot be right is refused on the line, saving nothing.
    await minutes.fill('0');
    await minutes.press('Enter');
    await line.getByText('Enter how long they met in whole minutes, from 1 to 720.').waitFor();
    expect(Number(await line.getByRole('cell').nth(2).textContent())).toBe(countBefore + 1);
    await minutes.fill('');
    // Shift+Enter opens the full form.
    await minutes.press('Shift+Enter');
    const form = page.getByRole('dialog', { name: `Log a meeting of ${teamName}` });
    await form.getByRole('radio', { name: 'Video call' }).check();
    await form.getByRole('textbox', { name: /^Short note/ }).fill('Practised the budget presentation.');
    await lookAt(page, 'log-meetings-full-form', problems, false);
    await form.getByRole('button', { name: 'Log the meeting' }).click();
    await expect.poll(async () => Number(await line.getByRole('cell').nth(2).textContent())).toBe(countBefore + 2);
    await dismissNotifications(page);
    await lookAt(page, 'log-meetings', problems);

    // The team page: both the meetings and the member's attendance are on the timeline.
    await line.getByRole('link', { name: teamName }).click();
    await page.getByRole('heading', { level: 1, name: teamName }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    // The demo year already has this team's earlier meetings (some of them hour-long video calls):
    // the two logged here are the ones dated today, the day of the one with the note.
    const meetings = timeline.locator('[data-kind="meeting"]');
    const withNote = meetings.filter({ hasText: 'Practised the budget presentation.' });
    await withNote.getByText('Met for 1 h · Video call', { exact: true }).waitFor();
    expect(await withNote.count()).toBe(1);
    const todayShown = ((await withNote.locator('p').nth(1).textContent()) ?? '').trim();
    expect(todayShown).not.toBe('');
    const loggedToday = meetings.filter({ hasText: todayShown });
    await expect.poll(() => loggedToday.count()).toBe(2);
    await loggedToday.getByText('Met for 45 min', { exact: true }).waitFor();
    expect(await meetings.count()).toBeGreaterThan(2);
    const attendance = timeline.locator('[data-kind="attendance"]').filter({ hasText: meetingTitle });
    await attendance.getByText(`${personName}: ${personStatus}`).waitFor();
    await timeline.locator('[data-kind="paired"]').getByText(`Paired as ${teamName}`).waitFor();

    // A note: added, deleted, and put back with Undo.
    await page.getByRole('button', { name: 'Add a note' }).click();
    const noteDialog = page.getByRole('dialog', { name: `Add a note to ${teamName}` });
    await noteDialog.getByRole('textbox', { name: /^Note/ }).fill('Asked for a quieter room for their meetings.');
    await noteDialog.getByRole('button', { name: 'Add the note' }).click();
    const note = timeline.locator('[data-kind="note"]');
    await note.getByText('Asked for a quieter room for their meetings.').waitFor();
    await dismissNotifications(page);
    await note.getByRole('button', { name: /^Delete the note of / }).click();
    await expect.poll(() => note.count()).toBe(0);
    await page.locator('.mantine-Notification-root').getByRole('button', { name: 'Undo' }).click();
    await note.getByText('Asked for a quieter room for their meetings.').waitFor();
    await dismissNotifications(page);
    await page.getByTestId('team-meeting-count').getByText(/^\d+ meetings?, /).waitFor();
    await lookAt(page, 'team-page', problems);

    expect(problems).toEqual([]);
    await context.close();
  });
});
