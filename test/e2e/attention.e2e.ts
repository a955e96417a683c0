/**
 * Pairs needing attention, end to end on the demo program, with the browser's clock set: the
 * teams are confirmed in late August, then "today" moves into November, when nobody has logged a
 * meeting since the cycle started. The spec makes what it needs through the UI when the demo does
 * not have it yet (cycle dates, schedule, confirmed teams), and leaves it alone when it does.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { goTo, launchBrowser, seriousA11yViolations } from './browser';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens';
mkdirSync(SHOTS, { recursive: true });

/** Local noon on a day, for the browser's fixed clock. */
const at = (day: string) => new Date(`${day}T10:00:00`);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh profile whose clock reads `day`, with the app open; mailto links are recorded, not opened. */
async function openAppOn(day: string): Promise<{ context: BrowserContext; page: Page; mailto: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.clock.setFixedTime(at(day));
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
  return { context, page, mailto };
}

/** A day as the app writes it for the coordinator (the browser's locale, like components/dates.ts). */
async function dayText(page: Page, iso: string): Promise<string> {
  return page.evaluate((day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, m - 1, d)),
    );
  }, iso);
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

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/** Axe on the page as a person sees it at rest (the pointer off the last button clicked). */
async function a11y(page: Page, where: string, problems: string[]): Promise<void> {
  await page.mouse.move(640, 2);
  await page.waitForTimeout(200);
  problems.push(...(await seriousA11yViolations(page)).map((v) => `${where}: ${v}`));
}

/** Makes sure the program runs September 2026 to May 2027, has a schedule and confirmed teams. */
async function prepareYear(page: Page): Promise<void> {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'Start from a demo program' }).click();
  await page.getByText('Demo program loaded').first().waitFor();

  await goTo(page, 'Program setup');
  for (const [label, day] of [
    ['Cycle starts', '2026-09-01'],
    ['Cycle ends', '2027-05-31'],
  ] as const) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.inputValue()) !== day) {
      await field.fill(day);
      await field.press('Enter');
    }
  }
  await goTo(page, 'Schedule');
  await page.getByRole('heading', { level: 1, name: 'Schedule' }).waitFor();
  const generate = page.getByRole('button', { name: 'Generate the year', exact: true });
  await expect.poll(() => page.getByRole('button', { name: /^Generate the year/ }).count()).toBe(1);
  if ((await generate.count()) > 0) {
    await generate.click();
    await page.getByText('Schedule generated').first().waitFor();
  }

  await goTo(page, 'Pairing');
  await page.getByRole('heading', { level: 1, name: 'Pairing' }).waitFor();
  const confirmed = page.getByRole('button', { name: /^Choose competencies for/ });
  const run = page.getByRole('button', { name: 'Run pairing' }).first();
  await expect.poll(async () => (await confirmed.count()) + (await run.count())).toBeGreaterThan(0);
  if ((await confirmed.count()) === 0) {
    await run.click();
    const confirm = page.getByRole('button', { name: /^Confirm \d+ pairs$/ });
    await confirm.waitFor();
    const label = (await confirm.textContent())!.trim();
    await confirm.click();
    await page.getByRole('dialog', { name: `${label}?` }).getByRole('button', { name: label }).click();
    await page.getByRole('heading', { name: 'Confirmed teams' }).waitFor();
  }
  await expect.poll(() => confirmed.count()).toBeGreaterThanOrEqual(4);
  await dismissNotifications(page);
}

/** Moves "today" and shows the attention list again. */
async function attentionOn(page: Page, context: BrowserContext, day: string): Promise<void> {
  await context.clock.setFixedTime(at(day));
  await goTo(page, 'Overview');
  await goTo(page, 'Needs attention');
  await page.getByRole('heading', { level: 1, name: 'Pairs needing attention' }).waitFor();
  await page.getByText(`As of today, ${await dayText(page, day)}`).waitFor();
}

/** The members' names written on a team card ("Ana García and Tom Müller · one has withdrawn"). */
async function namesOn(card: Locator): Promise<string[]> {
  const line = ((await card.locator('p').first().textContent()) ?? '').split(' · ')[0] ?? '';
  return line.split(/, | and /).map((n) => n.trim());
}

/** The label ("Pair 03") of a team card. */
async function labelOf(card: Locator): Promise<string> {
  return (await card.getAttribute('aria-label')) ?? '';
}

describe('pairs needing attention', () => {
  it('flags silent pairs with the reason, resolves one, snoozes another until it comes back, composes a reminder, and rematches a pair', async () => {
    const { context, page, mailto } = await openAppOn('2026-08-20');
    const problems: string[] = [];
    await prepareYear(page);
    const confirmedBefore = await page.getByRole('button', { name: /^Choose competencies for/ }).count();

    // Ten weeks into the cycle, nobody has logged a meeting: each silent pair is listed, most urgent first.
    await attentionOn(page, context, '2026-11-12');
    const silent = page.getByTestId('attention-team').filter({ has: page.locator('[data-rule="no-meeting"]') });
    await expect.poll(() => silent.count()).toBeGreaterThanOrEqual(4);
    const [first, second, third, fourth] = await Promise.all([0, 1, 2, 3].map((i) => labelOf(silent.nth(i))));
    const reasonOf = (label: string) =>
      page.getByRole('article', { name: label, exact: true }).locator('[data-rule="no-meeting"]');
    const started = await dayText(page, '2026-09-01');
    const reason = (await reasonOf(first!).textContent()) ?? '';
    expect(reason).toMatch(/No meeting logged (for \d+ weeks \(last: .+\)|since (the cycle started|the team was confirmed) on .+ \(\d+ weeks\))\./);
    if (reason.includes('since the cycle started')) expect(reason).toContain(`since the cycle started on ${started} (10 weeks).`);
    expect(reason).toContain('Ask the partners how it is going, or send them a reminder.');
    await dismissNotifications(page);
    await shot(page, 'attention-list');
    await a11y(page, 'list', problems);

    // Resolve the first pair's flag with a note: it leaves the list and the note is kept.
    await page.getByRole('button', { name: `Resolve “No meeting logged” for ${first}` }).click();
    const resolveDialog = page.getByRole('dialog', { name: `Resolve: ${first}` });
    await resolveDialog.getByRole('button', { name: 'Resolve' }).click();
    await resolveDialog.getByText(/^Write a short note on what was done/).waitFor();
    await resolveDialog.getByLabel('What was done').fill('Talked to both: they meet on Tuesdays from next week.');
    await shot(page, 'attention-resolve-dialog', false);
    await a11y(page, 'resolve dialog', problems);
    await resolveDialog.getByRole('button', { name: 'Resolve' }).click();
    await page.getByText(`${first}: resolved`).waitFor();
    await expect.poll(() => reasonOf(first!).count()).toBe(0);
    const resolvedRow = page.getByTestId('resolution').filter({ hasText: first! });
    await resolvedRow.getByText('Talked to both: they meet on Tuesdays from next week.').waitFor();

    // Snooze the second pair's flag for a week: it waits in "Snoozed" with the day it comes back.
    const backOn = await dayText(page, '2026-11-19');
    await page.getByRole('button', { name: `Snooze “No meeting logged” for ${second}` }).click();
    await page.getByRole('menuitem', { name: `${backOn} (1 week)` }).click();
    await page.getByText(`${second}: snoozed until ${backOn}`).waitFor();
    await expect.poll(() => reasonOf(second!).count()).toBe(0);
    await page.getByTestId('snoozed-flag').filter({ hasText: second! }).getByText(`Back on ${backOn}`).waitFor();

    // Snoozing to another day asks for the day, and refuses one that is not after today.
    await page.getByRole('button', { name: `Snooze “No meeting logged” for ${third}` }).click();
    await page.getByRole('menuitem', { name: 'Another day…' }).click();
    const snoozeDialog = page.getByRole('dialog', { name: `Snooze: ${third}` });
    await snoozeDialog.getByLabel('Show it again on').fill('2026-11-12');
    await snoozeDialog.getByRole('button', { name: 'Snooze' }).click();
    await snoozeDialog.getByText('Pick a day after today for the flag to come back.').waitFor();
    await shot(page, 'attention-snooze-dialog', false);
    await a11y(page, 'snooze dialog', problems);
    await snoozeDialog.getByRole('button', { name: 'Cancel' }).click();
    await dismissNotifications(page);

    // The rules: a stricter threshold quiets every "no meeting" flag; back to six weeks brings them back.
    await page.getByRole('button', { name: /^Rules \(6 of 6 on\)$/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Attention rules' });
    const weeks = drawer.getByLabel('Weeks without a logged meeting');
    await weeks.fill('0');
    await drawer.getByText('Enter at least 1 week.').waitFor();
    await weeks.fill('12');
    await expect.poll(() => page.locator('[data-rule="no-meeting"]').count()).toBe(0);
    await shot(page, 'attention-rules', false);
    await a11y(page, 'rules', problems);
    await weeks.fill('6');
    await expect.poll(() => reasonOf(third!).count()).toBe(1);
    await drawer.getByRole('button', { name: 'Close attention rules' }).click();

    // A week later the snoozed flag is back; the resolved one stays quiet (nothing new happened).
    await attentionOn(page, context, '2026-11-19');
    await expect.poll(() => reasonOf(second!).count()).toBe(1);
    expect(await reasonOf(first!).count()).toBe(0);
    expect(await page.getByTestId('snoozed-flag').count()).toBe(0);

    // The reminder text: an unknown placeholder is named with the fix, and composing waits for it.
    await page.getByRole('button', { name: 'Reminder text' }).click();
    const editor = page.getByRole('dialog', { name: 'Reminder e-mail' });
    const subject = editor.getByLabel('Subject');
    const original = await subject.inputValue();
    await subject.fill('{{teem}}: a quick check-in');
    await editor.getByText('Subject: unknown placeholder {{teem}}. Did you mean {{team}}?').waitFor();
    await page.getByRole('alert').filter({ hasText: 'The reminder text needs fixing' }).waitFor();
    await subject.fill(original);
    await editor.getByText('No problems: every placeholder is known.').waitFor();
    await editor.getByRole('status').getByText('All changes saved').waitFor();
    await shot(page, 'attention-reminder-editor', false);
    await a11y(page, 'reminder editor', problems);
    await editor.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'The reminder text needs fixing' }).count()).toBe(0);

    // Compose a reminder to the third pair: the mail program gets both addresses, the subject and a friendly body.
    const thirdCard = page.getByRole('article', { name: third!, exact: true });
    const names = await namesOn(thirdCard);
    await thirdCard.getByRole('button', { name: `Compose a reminder to ${third}` }).click();
    await expect.poll(() => mailto.length).toBe(1);
    const url = new URL(mailto[0]!);
    expect(url.protocol).toBe('mailto:');
    // Everyone in the team gets it, except someone who withdrew.
    const withdrew = ((await thirdCard.locator('p').first().textContent()) ?? '').includes('withdrawn') ? 1 : 0;
    expect(decodeURIComponent(url.pathname).split(',')).toHaveLength(names.length - withdrew);
    const body = url.searchParams.get('body') ?? '';
    expect(body).toMatch(/^Dear \S.*,\r\n/);
    expect(body).toContain('Our next group meeting: ');
    expect(body).toMatch(/Kind regards,\r\n\S/);
    expect(body).not.toMatch(/\{\{|flag|urgency|No meeting logged/);
    expect(url.searchParams.get('subject') ?? '').toMatch(/: how is your peer mentoring going\?$/);

    // No-fault rematch of the fourth pair: it ends with its reason, its two people wait for a new partner.
    const fourthCard = page.getByRole('article', { name: fourth!, exact: true });
    const [personA, personB] = await namesOn(fourthCard);
    await fourthCard.getByRole('button', { name: `More actions for ${fourth}` }).click();
    await page.getByRole('menuitem', { name: 'End the team and pair again…' }).click();
    const endDialog = page.getByRole('dialog', { name: `End ${fourth} and pair again?` });
    await endDialog.getByRole('button', { name: `End ${fourth}` }).click();
    await endDialog.getByText(/^Write why the team ends/).waitFor();
    await endDialog.getByLabel('Why the team ends').fill('Our schedules never matched');
    await shot(page, 'attention-end-team-dialog', false);
    await a11y(page, 'end team dialog', problems);
    await endDialog.getByRole('button', { name: `End ${fourth}` }).click();
    await page.getByText(`${fourth} ended`).waitFor();
    await expect.poll(() => page.getByRole('article', { name: fourth!, exact: true }).count()).toBe(0);
    await dismissNotifications(page);

    await goTo(page, 'Pairing');
    const waiting = page.getByRole('list', { name: 'People waiting for a team' });
    await waiting.waitFor();
    await expect.poll(() => waiting.getByTestId('waiting-person').count()).toBeGreaterThanOrEqual(2);
    await waiting.getByTestId('waiting-person').filter({ hasText: personA! }).getByText(`not to be paired with ${personB}`).waitFor();
    await waiting.getByTestId('waiting-person').filter({ hasText: personB! }).getByText(`not to be paired with ${personA}`).waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^Choose competencies for/ }).count()).toBe(confirmedBefore - 1);
    for (const label of [first, second, third]) {
      await page.getByRole('button', { name: `Choose competencies for ${label}` }).waitFor();
    }
    await page.getByText(`Ended ${await dayText(page, '2026-11-19')}: Our schedules never matched`).waitFor();
    await page.getByText(/^Ready to pair \d+ people$/).waitFor();
    await shot(page, 'attention-pairing-after-rematch');
    await page.evaluate('window.scrollTo(0, 0)');
    await shot(page, 'attention-pairing-after-rematch-top', false);
    await page.getByRole('heading', { name: 'Ended teams' }).locator('xpath=../../..').screenshot({ path: `${SHOTS}/attention-pairing-ended-teams.png` });
    await a11y(page, 'pairing after rematch', problems);

    // Undoing the earlier confirmation now would lose the end and its reason: it is refused.
    const undoConfirm = page.getByRole('button', { name: 'Undo confirm' });
    if ((await undoConfirm.count()) > 0) {
      await undoConfirm.click();
      await page.getByText(/A team was ended since this confirmation/).waitFor();
      expect(await page.getByRole('button', { name: /^Choose competencies for/ }).count()).toBe(confirmedBefore - 1);
      await page.getByText(`Ended ${await dayText(page, '2026-11-19')}: Our schedules never matched`).waitFor();
      await dismissNotifications(page);
    }

    // The same screens in the dark theme.
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await a11y(page, 'pairing after rematch (dark)', problems);
    await shot(page, 'attention-pairing-after-rematch-dark');
    await goTo(page, 'Needs attention');
    await page.getByRole('heading', { level: 1, name: 'Pairs needing attention' }).waitFor();
    await shot(page, 'attention-list-dark');
    await a11y(page, 'list (dark)', problems);
    await page.getByRole('button', { name: `Resolve “No meeting logged” for ${second}` }).click();
    await shot(page, 'attention-resolve-dialog-dark', false);
    await a11y(page, 'resolve dialog (dark)', problems);
    await page.getByRole('dialog', { name: `Resolve: ${second}` }).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: `Snooze “No meeting logged” for ${second}` }).click();
    await page.getByRole('menuitem', { name: 'Another day…' }).click();
    const darkSnooze = page.getByRole('dialog', { name: `Snooze: ${second}` });
    await darkSnooze.getByLabel('Show it again on').fill('2026-11-19');
    await darkSnooze.getByRole('button', { name: 'Snooze' }).click();
    await darkSnooze.getByText('Pick a day after today for the flag to come back.').waitFor();
    await shot(page, 'attention-snooze-dialog-dark', false);
    await a11y(page, 'snooze dialog (dark)', problems);
    await darkSnooze.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: /^Rules \(/ }).click();
    await page.getByRole('dialog', { name: 'Attention rules' }).getByLabel('Weeks without a logged meeting').waitFor();
    await shot(page, 'attention-rules-dark', false);
    await a11y(page, 'rules (dark)', problems);
    await page.getByRole('button', { name: 'Close attention rules' }).click();
    await page.getByRole('button', { name: 'Reminder text' }).click();
    await page.getByRole('dialog', { name: 'Reminder e-mail' }).getByText('No problems: every placeholder is known.').waitFor();
    await shot(page, 'attention-reminder-editor-dark', false);
    await a11y(page, 'reminder editor (dark)', problems);
    await page.getByRole('dialog', { name: 'Reminder e-mail' }).getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: `More actions for ${third}` }).click();
    await page.getByRole('menuitem', { name: 'End the team and pair again…' }).click();
    await page.getByRole('dialog', { name: `End ${third} and pair again?` }).getByLabel('Why the team ends').waitFor();
    await shot(page, 'attention-end-team-dialog-dark', false);
    await a11y(page, 'end team dialog (dark)', problems);
    await page.getByRole('button', { name: 'Keep the team' }).click();

    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
});
