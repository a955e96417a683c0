/**
 * Pairs needing attention, end to end on the demo year in progress, with the browser's clock set
 * to Saturday 5 December 2026: the demo's Pair 06 has stalled (no meeting since late September, a
 * follow-up date passed, Patrick missed two group meetings) and Pair 03 is one-sided (two "mostly
 * one way" check-ins). The expected flags, their order and their reasons come from the same pure
 * functions the app uses (buildDemoProgram, attentionFlags, describeFlag), like home.e2e.ts.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { buildDemoProgram } from '../../src/renderer/src/domain/demo/demo-program';
import { attentionFlags, describeFlag, type AttentionFlag } from '../../src/renderer/src/domain/attention/attention-flags';
import { ATTENTION_RULE_LABELS, DEFAULT_ATTENTION_RULES } from '../../src/renderer/src/domain/attention/attention-rules';
import { dismissNotifications, goTo, launchBrowser, seriousA11yViolations } from './browser';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens';
mkdirSync(SHOTS, { recursive: true });

/** Local noon on a day, for the browser's fixed clock. */
const at = (day: string) => new Date(`${day}T10:00:00`);

/** The day the demo is loaded, and a week later. */
const TODAY = '2026-12-05';
const WEEK_LATER = '2026-12-12';

/** The demo year in progress as the app builds it on TODAY (ids differ, labels and dates do not). */
let nextId = 0;
const DEMO = buildDemoProgram(`${TODAY}T10:00:00.000Z`, () => `id-${++nextId}`, 'year-in-progress');

/** The flags of the demo year on `today` with the default rules, before the coordinator acts on any. */
function expectedFlags(today: string): AttentionFlag[] {
  const year = DEMO.year!;
  return attentionFlags(
    {
      program: DEMO.program,
      teams: year.teams,
      members: year.teamMembers,
      participants: DEMO.participants,
      events: year.events,
      attendance: year.attendance,
      meetingLogs: year.meetingLogs,
      checkIns: year.checkIns,
      checkInCadence: { mode: 'pair-months' },
      actions: [],
    },
    today,
    DEFAULT_ATTENTION_RULES,
  );
}

/** A flag's reason and next step in words, with its days written as the browser writes them. */
async function wordsOf(page: Page, flag: AttentionFlag): Promise<{ reason: string; nextStep: string }> {
  const days = new Map<string, string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) days.set(value, '');
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(flag.evidence);
  for (const day of days.keys()) days.set(day, await dayText(page, day));
  return describeFlag(flag, (iso) => days.get(iso) ?? iso);
}

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
    return new Intl.DateTimeFormat(undefined, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y, m - 1, d)));
  }, iso);
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

/** Loads the demo year in progress from Programs; the number of confirmed teams on Pairing. */
async function loadDemoYear(page: Page): Promise<number> {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'Start from a demo program' }).click();
  await page.getByText('Demo program loaded').first().waitFor();

  // The cycle running today (September 2026 to May 2027), as the pure demo builder says.
  await goTo(page, 'Program setup');
  for (const [label, day] of [
    ['Cycle starts', DEMO.program.cycleStart],
    ['Cycle ends', DEMO.program.cycleEnd],
  ] as const) {
    await expect.poll(() => page.getByLabel(label, { exact: true }).inputValue()).toBe(day);
  }

  await goTo(page, 'Pairing');
  await page.getByRole('heading', { level: 1, name: 'Pairing' }).waitFor();
  await page.getByRole('heading', { name: 'Confirmed teams' }).waitFor();
  const confirmed = page.getByRole('button', { name: /^Choose competencies for/ });
  await expect.poll(() => confirmed.count()).toBe(DEMO.year!.teams.length);
  await dismissNotifications(page);
  return confirmed.count();
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
  it('flags the demo year’s stalled and one-sided pairs with their reasons, resolves one flag, snoozes another until it comes back, composes a reminder, and rematches the stalled pair', async () => {
    const { context, page, mailto } = await openAppOn(TODAY);
    const problems: string[] = [];
    const confirmedBefore = await loadDemoYear(page);

    // What the rules say about the demo year: Pair 06 stalled (follow-up passed, no meeting since
    // September, Patrick missed two group meetings), then Pair 03 one-sided; nobody else.
    const flags = expectedFlags(TODAY);
    const teamsInOrder = [...new Set(flags.map((f) => f.teamLabel))];
    expect(teamsInOrder).toEqual(['Pair 06', 'Pair 03']);
    const stalled = 'Pair 06';
    const oneSided = 'Pair 03';
    expect(flags.filter((f) => f.teamLabel === stalled).map((f) => f.rule)).toEqual(['follow-up-passed', 'no-meeting', 'missed-group-meetings']);
    expect(flags.filter((f) => f.teamLabel === oneSided).map((f) => f.rule)).toEqual(['one-sided']);
    expect(expectedFlags(WEEK_LATER).map((f) => [f.teamLabel, f.rule])).toEqual(flags.map((f) => [f.teamLabel, f.rule]));

    // The list, most urgent team first, each flag with its reason and next step in words.
    await attentionOn(page, context, TODAY);
    const cards = page.getByTestId('attention-team');
    await expect.poll(async () => Promise.all((await cards.all()).map(labelOf))).toEqual(teamsInOrder);
    const ruleOn = (label: string, rule: AttentionFlag['rule']) => page.getByRole('article', { name: label, exact: true }).locator(`[data-rule="${rule}"]`);
    for (const label of teamsInOrder) {
      await expect
        .poll(async () =>
          Promise.all(
            (await page.getByRole('article', { name: label, exact: true }).getByTestId('attention-flag').all()).map((f) => f.getAttribute('data-rule')),
          ),
        )
        .toEqual(flags.filter((f) => f.teamLabel === label).map((f) => f.rule));
    }
    for (const flag of flags) {
      const words = await wordsOf(page, flag);
      const text = (await ruleOn(flag.teamLabel, flag.rule).textContent()) ?? '';
      expect(text).toContain(words.reason);
      expect(text).toContain(words.nextStep);
    }
    const silence = (await ruleOn(stalled, 'no-meeting').textContent()) ?? '';
    expect(silence).toContain(`No meeting logged for 10 weeks (last: ${await dayText(page, '2026-09-24')}).`);
    expect(silence).toContain('Ask the partners how it is going, or send them a reminder.');
    expect((await ruleOn(oneSided, 'one-sided').textContent()) ?? '').toMatch(
      /Contributions were mostly one way in the last 2 check-ins \(.+ and .+\): Ingrid Solberg gives more\./,
    );
    expect(await page.locator('[data-rule="no-meeting"]').count()).toBe(1);
    await dismissNotifications(page);
    await shot(page, 'attention-list');
    await a11y(page, 'list', problems);

    // Resolve the stalled pair's passed follow-up with a note: it leaves the list and the note is kept.
    const followUp = ATTENTION_RULE_LABELS['follow-up-passed'];
    await page.getByRole('button', { name: `Resolve “${followUp}” for ${stalled}` }).click();
    const resolveDialog = page.getByRole('dialog', { name: `Resolve: ${stalled}` });
    await resolveDialog.getByRole('button', { name: 'Resolve' }).click();
    await resolveDialog.getByText(/^Write a short note on what was done/).waitFor();
    await resolveDialog.getByLabel('What was done').fill('Phoned Patrick: 30-minute video calls at lunchtime from next week.');
    await shot(page, 'attention-resolve-dialog', false);
    await a11y(page, 'resolve dialog', problems);
    await resolveDialog.getByRole('button', { name: 'Resolve' }).click();
    await page.getByText(`${stalled}: resolved`).waitFor();
    await expect.poll(() => ruleOn(stalled, 'follow-up-passed').count()).toBe(0);
    expect(await ruleOn(stalled, 'no-meeting').count()).toBe(1);
    const resolvedRow = page.getByTestId('resolution').filter({ hasText: stalled });
    await resolvedRow.getByText('Phoned Patrick: 30-minute video calls at lunchtime from next week.').waitFor();

    // Snooze the one-sided pair's flag for a week: it waits in "Snoozed" with the day it comes back.
    const oneWay = ATTENTION_RULE_LABELS['one-sided'];
    const backOn = await dayText(page, WEEK_LATER);
    await page.getByRole('button', { name: `Snooze “${oneWay}” for ${oneSided}` }).click();
    await page.getByRole('menuitem', { name: `${backOn} (1 week)` }).click();
    await page.getByText(`${oneSided}: snoozed until ${backOn}`).waitFor();
    await expect.poll(() => ruleOn(oneSided, 'one-sided').count()).toBe(0);
    await expect.poll(() => page.getByRole('article', { name: oneSided, exact: true }).count()).toBe(0);
    await page.getByTestId('snoozed-flag').filter({ hasText: oneSided }).getByText(`Back on ${backOn}`).waitFor();

    // Snoozing to another day asks for the day, and refuses one that is not after today.
    const noMeeting = ATTENTION_RULE_LABELS['no-meeting'];
    await page.getByRole('button', { name: `Snooze “${noMeeting}” for ${stalled}` }).click();
    await page.getByRole('menuitem', { name: 'Another day…' }).click();
    const snoozeDialog = page.getByRole('dialog', { name: `Snooze: ${stalled}` });
    await snoozeDialog.getByLabel('Show it again on').fill(TODAY);
    await snoozeDialog.getByRole('button', { name: 'Snooze' }).click();
    await snoozeDialog.getByText('Pick a day after today for the flag to come back.').waitFor();
    await shot(page, 'attention-snooze-dialog', false);
    await a11y(page, 'snooze dialog', problems);
    await snoozeDialog.getByRole('button', { name: 'Cancel' }).click();
    await dismissNotifications(page);
    expect(await ruleOn(stalled, 'no-meeting').count()).toBe(1);

    // The rules: a stricter threshold (12 weeks, more than Pair 06's 10) quiets the "no meeting" flag; back to six weeks brings it back.
    await page.getByRole('button', { name: /^Rules \(6 of 6 on\)$/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Attention rules' });
    const weeks = drawer.getByLabel('Weeks without a logged meeting');
    await weeks.fill('0');
    await drawer.getByText('Enter at least 1 week.').waitFor();
    await weeks.fill('12');
    await expect.poll(() => page.locator('[data-rule="no-meeting"]').count()).toBe(0);
    expect(await ruleOn(stalled, 'missed-group-meetings').count()).toBe(1);
    await shot(page, 'attention-rules', false);
    await a11y(page, 'rules', problems);
    await weeks.fill('6');
    await expect.poll(() => ruleOn(stalled, 'no-meeting').count()).toBe(1);
    await drawer.getByRole('button', { name: 'Close attention rules' }).click();

    // A week later the snoozed flag is back; the resolved one stays quiet (no new check-in, no new follow-up).
    await attentionOn(page, context, WEEK_LATER);
    await expect.poll(() => ruleOn(oneSided, 'one-sided').count()).toBe(1);
    expect(await ruleOn(stalled, 'follow-up-passed').count()).toBe(0);
    expect(await ruleOn(stalled, 'no-meeting').count()).toBe(1);
    expect(await page.getByTestId('snoozed-flag').count()).toBe(0);
    const laterSilence = await wordsOf(
      page,
      expectedFlags(WEEK_LATER).find((f) => f.teamLabel === stalled && f.rule === 'no-meeting')!,
    );
    expect((await ruleOn(stalled, 'no-meeting').textContent()) ?? '').toContain(laterSilence.reason);
    expect(laterSilence.reason).toContain('11 weeks');

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

    // Compose a reminder to the stalled pair: the mail program gets both addresses, the subject and a friendly body.
    const stalledCard = page.getByRole('article', { name: stalled, exact: true });
    const names = await namesOn(stalledCard);
    expect(names).toEqual(['Patrick Doyle', expect.stringMatching(/^Tomasz /)]);
    await stalledCard.getByRole('button', { name: `Compose a reminder to ${stalled}` }).click();
    await expect.poll(() => mailto.length).toBe(1);
    const url = new URL(mailto[0]!);
    expect(url.protocol).toBe('mailto:');
    // Everyone in the team gets it, except someone who withdrew.
    const withdrew = ((await stalledCard.locator('p').first().textContent()) ?? '').includes('withdrawn') ? 1 : 0;
    expect(withdrew).toBe(0);
    const addresses = decodeURIComponent(url.pathname).split(',');
    expect(addresses).toHaveLength(names.length - withdrew);
    const expectedAddresses = DEMO.participants.filter((p) => names.includes(p.name)).map((p) => p.email);
    expect([...addresses].sort()).toEqual([...expectedAddresses].sort());
    const body = url.searchParams.get('body') ?? '';
    expect(body).toMatch(/^Dear \S.*,\r\n/);
    expect(body).toContain('Our next group meeting: ');
    expect(body).toMatch(/Kind regards,\r\n\S/);
    expect(body).not.toMatch(/\{\{|flag|urgency|No meeting logged/);
    expect(url.searchParams.get('subject') ?? '').toMatch(/: how is your peer mentoring going\?$/);

    // No-fault rematch of the stalled pair: it ends with its reason, its two people wait for a new partner.
    const [personA, personB] = names;
    await stalledCard.getByRole('button', { name: `More actions for ${stalled}` }).click();
    await page.getByRole('menuitem', { name: 'End the team and pair again…' }).click();
    const endDialog = page.getByRole('dialog', { name: `End ${stalled} and pair again?` });
    await endDialog.getByRole('button', { name: `End ${stalled}` }).click();
    await endDialog.getByText(/^Write why the team ends/).waitFor();
    await endDialog.getByLabel('Why the team ends').fill('Our schedules never matched');
    await shot(page, 'attention-end-team-dialog', false);
    await a11y(page, 'end team dialog', problems);
    await endDialog.getByRole('button', { name: `End ${stalled}` }).click();
    await page.getByText(`${stalled} ended`).waitFor();
    await expect.poll(() => page.getByRole('article', { name: stalled, exact: true }).count()).toBe(0);
    await expect.poll(async () => Promise.all((await cards.all()).map(labelOf))).toEqual([oneSided]);
    await dismissNotifications(page);

    await goTo(page, 'Pairing');
    const waiting = page.getByRole('list', { name: 'People waiting for a team' });
    await waiting.waitFor();
    await expect.poll(() => waiting.getByTestId('waiting-person').count()).toBeGreaterThanOrEqual(2);
    // Each now avoids the other, on top of whom they already avoided (Patrick: Amara, in the demo's data).
    const avoids = async (who: string) =>
      (
        await waiting
          .getByTestId('waiting-person')
          .filter({ has: page.getByText(who, { exact: true }) })
          .textContent()
      )
        ?.split(' · not to be paired with ')[1]
        ?.split(', ') ?? [];
    await expect.poll(() => avoids(personA!)).toContain(personB);
    await expect.poll(() => avoids(personB!)).toContain(personA);
    const avoidedBefore = (who: string): string[] => {
      const ids = DEMO.participants.find((p) => p.name === who)?.doNotPair ?? [];
      return DEMO.participants.filter((p) => ids.includes(p.id)).map((p) => p.name);
    };
    expect(avoidedBefore(personA!)).toEqual(['Amara Nwosu']);
    expect((await avoids(personA!)).sort()).toEqual([...avoidedBefore(personA!), personB!].sort());
    expect((await avoids(personB!)).sort()).toEqual([...avoidedBefore(personB!), personA!].sort());
    await expect.poll(() => page.getByRole('button', { name: /^Choose competencies for/ }).count()).toBe(confirmedBefore - 1);
    for (const label of ['Pair 01', oneSided, 'Pair 05', 'Pair 07', 'Pair 12']) {
      await page.getByRole('button', { name: `Choose competencies for ${label}` }).waitFor();
    }
    expect(await page.getByRole('button', { name: `Choose competencies for ${stalled}` }).count()).toBe(0);
    await page.getByText(`Ended ${await dayText(page, WEEK_LATER)}: Our schedules never matched`).waitFor();
    await page.getByText(/^Ready to pair \d+ people$/).waitFor();
    await shot(page, 'attention-pairing-after-rematch');
    await page.evaluate('window.scrollTo(0, 0)');
    await shot(page, 'attention-pairing-after-rematch-top', false);
    await page
      .getByRole('heading', { name: 'Ended teams' })
      .locator('xpath=../../..')
      .screenshot({ path: `${SHOTS}/attention-pairing-ended-teams.png` });
    await a11y(page, 'pairing after rematch', problems);

    // Undoing the earlier confirmation now would lose the end and its reason: it is refused.
    const undoConfirm = page.getByRole('button', { name: 'Undo confirm' });
    if ((await undoConfirm.count()) > 0) {
      await undoConfirm.click();
      await page.getByText(/A team was ended since this confirmation/).waitFor();
      expect(await page.getByRole('button', { name: /^Choose competencies for/ }).count()).toBe(confirmedBefore - 1);
      await page.getByText(`Ended ${await dayText(page, WEEK_LATER)}: Our schedules never matched`).waitFor();
      await dismissNotifications(page);
    }

    // The same screens in the dark theme, on the pair still listed (the one-sided Pair 03).
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await a11y(page, 'pairing after rematch (dark)', problems);
    await shot(page, 'attention-pairing-after-rematch-dark');
    await goTo(page, 'Needs attention');
    await page.getByRole('heading', { level: 1, name: 'Pairs needing attention' }).waitFor();
    await ruleOn(oneSided, 'one-sided').waitFor();
    await shot(page, 'attention-list-dark');
    await a11y(page, 'list (dark)', problems);
    await page.getByRole('button', { name: `Resolve “${oneWay}” for ${oneSided}` }).click();
    await shot(page, 'attention-resolve-dialog-dark', false);
    await a11y(page, 'resolve dialog (dark)', problems);
    await page
      .getByRole('dialog', { name: `Resolve: ${oneSided}` })
      .getByRole('button', { name: 'Cancel' })
      .click();
    await page.getByRole('button', { name: `Snooze “${oneWay}” for ${oneSided}` }).click();
    await page.getByRole('menuitem', { name: 'Another day…' }).click();
    const darkSnooze = page.getByRole('dialog', { name: `Snooze: ${oneSided}` });
    await darkSnooze.getByLabel('Show it again on').fill(WEEK_LATER);
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
    await page.getByRole('button', { name: `More actions for ${oneSided}` }).click();
    await page.getByRole('menuitem', { name: 'End the team and pair again…' }).click();
    await page
      .getByRole('dialog', { name: `End ${oneSided} and pair again?` })
      .getByLabel('Why the team ends')
      .waitFor();
    await shot(page, 'attention-end-team-dialog-dark', false);
    await a11y(page, 'end team dialog (dark)', problems);
    await page.getByRole('button', { name: 'Keep the team' }).click();

    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
});
