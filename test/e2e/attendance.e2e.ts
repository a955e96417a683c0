import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { goTo, launchBrowser, openApp, seriousA11yViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens';
mkdirSync(SHOTS, { recursive: true });

async function loadDemo(page: Page): Promise<void> {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'Start from a demo program' }).click();
  await page.getByText('Demo program loaded').first().waitFor();
}

async function dismissNotifications(page: Page): Promise<void> {
  const notices = page.locator('.mantine-Notification-root');
  const close = notices.getByRole('button', { name: 'Dismiss' });
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

/** The demo may come with confirmed teams; when it does not, pair and confirm through the Pairing screen. */
async function ensureConfirmedTeams(page: Page): Promise<void> {
  await goTo(page, 'Log meetings');
  const none = page.getByRole('heading', { name: 'No confirmed teams yet' });
  const teams = page.getByRole('table', { name: 'Teams' });
  await none.or(teams).first().waitFor();
  if ((await teams.count()) > 0) return;
  await goTo(page, 'Pairing');
  await page.getByRole('button', { name: 'Run pairing' }).first().click();
  const confirm = page.getByRole('button', { name: /^Confirm \d+ (pairs|teams|groups)$/ });
  await confirm.first().waitFor();
  const label = (await confirm.first().textContent())!.trim();
  await confirm.first().click();
  await page.getByRole('dialog', { name: `${label}?` }).getByRole('button', { name: label }).click();
  await page.getByRole('heading', { name: 'Confirmed teams' }).waitFor();
  await dismissNotifications(page);
}

/** The demo may come with a schedule; when it does not, generate the year on the Schedule screen. */
async function ensureSchedule(page: Page): Promise<void> {
  await goTo(page, 'Attendance');
  const none = page.getByRole('heading', { name: 'No group meetings yet' });
  const meetings = page.getByRole('table', { name: 'Group meetings' });
  await none.or(meetings).first().waitFor();
  if ((await meetings.count()) > 0) return;
  await goTo(page, 'Schedule');
  await page.getByRole('button', { name: 'Generate the year', exact: true }).click();
  await expect.poll(() => page.getByTestId('schedule-event').count()).toBeGreaterThan(4);
  await dismissNotifications(page);
}

const statuses = (rows: Locator) => rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-status') ?? ''));

describe('running the year: attendance, pair meetings, the team page', () => {
  // Twelve light/dark screenshots with an axe run each: longer than the default on a shared machine.
  it('takes a roll call with the keyboard (with a guest), logs a pair meeting from the list, and shows both on the team page', { timeout: 240_000 }, async () => {
    const { context, page } = await openApp(browser);
    const problems: string[] = [];
    await loadDemo(page);
    await dismissNotifications(page);
    await ensureConfirmedTeams(page);
    await ensureSchedule(page);

    // Attendance: the group meetings with their state; open one whose roll call is empty.
    await goTo(page, 'Attendance');
    await page.getByRole('heading', { level: 1, name: 'Attendance' }).waitFor();
    const meetingRows = page.getByTestId('meeting-row');
    await expect.poll(() => meetingRows.count()).toBeGreaterThanOrEqual(3);
    await lookAt(page, 'attendance-meetings', problems);
    const empty = page.locator('[data-testid="meeting-row"][data-marked="0"]');
    expect(await empty.count()).toBeGreaterThan(0);
    const meetingTitle = (await empty.first().getAttribute('aria-label'))!;
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
    const meetings = timeline.locator('[data-kind="meeting"]');
    await meetings.getByText('Met for 45 min', { exact: true }).waitFor();
    await meetings.getByText('Practised the budget presentation.').waitFor();
    await meetings.getByText('Met for 1 h · Video call').waitFor();
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
