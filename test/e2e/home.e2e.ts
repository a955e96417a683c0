import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildDemoProgram } from '../../src/renderer/src/domain/demo/demo-program';
import { thisMonth, type ToDoItem } from '../../src/renderer/src/domain/home/this-month';
import { attentionFlags } from '../../src/renderer/src/domain/attention/attention-flags';
import { DEFAULT_ATTENTION_RULES } from '../../src/renderer/src/domain/attention/attention-rules';
import { dismissNotifications, goTo, launchBrowser, screenshot, seriousA11yViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh profile whose clock reads `localTime` (the app's "today"), with the app open. */
async function openAt(localTime: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.clock.setFixedTime(new Date(localTime));
  await page.goto(inject('baseUrl'));
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  return { context, page };
}

/** What the pure functions say about the demo year on `today` (default attention rules, a fresh backup). */
function expectedFor(today: string, change: (items: ToDoItem[]) => ToDoItem[] = (i) => i) {
  let n = 0;
  const demo = buildDemoProgram(`${today}T10:00:00.000Z`, () => `id-${++n}`, 'year-in-progress');
  const year = demo.year!;
  const attention = attentionFlags(
    {
      program: demo.program,
      teams: year.teams,
      members: year.teamMembers,
      participants: demo.participants,
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
  const result = thisMonth(
    {
      program: demo.program,
      participants: demo.participants,
      teams: year.teams,
      members: year.teamMembers,
      events: year.events,
      attendance: year.attendance,
      meetingLogs: year.meetingLogs,
      checkIns: year.checkIns,
      cadence: { mode: 'pair-months' },
      attention,
      lastBackupOn: today,
    },
    today,
  );
  return { ...result, toDo: change(result.toDo) };
}

const main = (page: Page) => page.getByRole('main');
const toDo = (page: Page) => main(page).getByRole('list', { name: 'To do now' });

async function a11y(page: Page, where: string, problems: string[]): Promise<void> {
  await page.waitForTimeout(250);
  problems.push(...(await seriousA11yViolations(page)).map((v) => `${where}: ${v}`));
}

/** Screenshot and axe check in light, then dark, then back to light. */
async function lookInBothSchemes(page: Page, name: string, problems: string[]): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, `${name}-light`);
  await a11y(page, `${name} (light)`, problems);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.mouse.move(640, 850);
  await page.waitForTimeout(300);
  await screenshot(page, `${name}-dark`);
  await a11y(page, `${name} (dark)`, problems);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
}

/** The few IndexedDB calls the backup count makes, typed for the node-side checker. */
interface IDBFactoryLike {
  open(name: string): {
    result: {
      objectStoreNames: { contains(name: string): boolean };
      transaction(store: string): { objectStore(name: string): { count(): { result: number; onsuccess: (() => void) | null; onerror: (() => void) | null } } };
    };
    onsuccess: (() => void) | null;
    onerror: (() => void) | null;
  };
}

describe('home: this month', () => {
  it('loads the demo from the welcome screen and shows month 4 of 9, the next group meeting and what to do, each linked to its screen', async () => {
    const { context, page } = await openAt('2026-12-05T10:00:00');
    const problems: string[] = [];
    await main(page).getByRole('heading', { level: 1, name: 'Welcome to Peer Mentor Desk' }).waitFor();
    await lookInBothSchemes(page, 'home-welcome', problems);

    // One click loads the demo and the home shows it at once.
    await page.getByRole('button', { name: 'Try the demo program' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await main(page).getByRole('heading', { level: 1, name: /^Larkfield Health — Peer Mentoring 2026–27/ }).waitFor();
    await main(page).getByRole('heading', { level: 2, name: 'Month 4 of 9 · December 2026' }).waitFor();
    await main(page).getByText('Pairs meet by arrangement this month.').waitFor();

    // The next group meeting: January's, with its time, place, topic and the 24 people expected.
    const next = main(page).getByRole('region', { name: 'Next group meeting' });
    await next.getByText('Group meeting: Business skills — solving problems and achieving results').waitFor();
    await expect.poll(() => next.textContent()).toMatch(/Tue,? 12 Jan 2027 · 12:00–14:00 · in 38 days/);
    expect(await next.textContent()).toContain('Riverside Campus, Seminar Room 2');
    expect(await next.textContent()).toContain('Business skills');
    expect(await next.textContent()).toContain('24 people in confirmed teams');

    // The year: nine meetings, the pair month under way and January's meeting next.
    const year = main(page).getByRole('list', { name: 'Meetings of the year' });
    await expect.poll(() => year.getByRole('listitem').count()).toBe(9);
    await year.getByRole('listitem', { name: /^This month: Pairs meet by arrangement, December 2026/ }).waitFor();
    await year.getByRole('listitem', { name: /^Next: Group meeting: Business skills/ }).waitFor();
    expect(await year.getByRole('listitem', { name: /^Done: / }).count()).toBe(3);

    // To do now: the same items and counts as the pure function, once the first automatic backup is written.
    const expected = expectedFor('2026-12-05');
    // Pair 03 is one-sided and Pair 06 stalled: the attention rules flag both, most urgent first.
    expect(expected.toDo.map((i) => [i.kind, i.count])).toEqual([
      ['attention', 2],
      ['letters', 3],
      ['competencies', 1],
      ['check-ins', 9],
    ]);
    const items = toDo(page).getByTestId('to-do-item');
    await expect.poll(async () => Promise.all((await items.all()).map((item) => item.getAttribute('data-kind')))).toEqual(
      expected.toDo.map((i) => i.kind),
    );
    const letters = toDo(page).getByRole('link', { name: '3 pairing letters not marked as sent' });
    const competencies = toDo(page).getByRole('link', { name: '1 team has not chosen competencies' });
    const checkIns = toDo(page).getByRole('link', { name: '9 teams are due a check-in' });
    expect(await letters.getAttribute('href')).toBe('#/letters');
    expect(await competencies.getAttribute('href')).toBe('#/pairing');
    expect(await checkIns.getAttribute('href')).toBe('#/check-ins');
    const attention = toDo(page).getByRole('link', { name: '2 pairs need attention' });
    expect(await attention.getAttribute('href')).toBe('#/attention');
    await toDo(page).getByText(/The December check-in is due by Thu,? 31 Dec 2026\./).waitFor();

    // Figures, from the same records.
    const figures = main(page).getByRole('region', { name: 'Figures' });
    expect(await figures.textContent()).toContain(
      `Met this month${expected.figures.teamsMetThisMonth} of 12teams · ${expected.figures.meetingsThisMonth} meetings logged`,
    );
    expect(await figures.textContent()).toContain(`Check-ins so far${expected.figures.checkInsRecorded}`);
    await dismissNotifications(page);
    await lookInBothSchemes(page, 'home-december', problems);

    // Each link opens the screen that fixes it.
    await letters.click();
    await page.getByRole('heading', { level: 1, name: 'Send letters' }).waitFor();
    await expect.poll(() => page.getByTestId('letter-row').count()).toBe(12);
    await goTo(page, 'Overview');
    await competencies.click();
    await page.getByRole('heading', { level: 1, name: 'Pairing' }).waitFor();
    await goTo(page, 'Overview');

    // Ticking a letter as sent elsewhere updates the home at once.
    await letters.click();
    await page.getByRole('checkbox', { name: 'Letter to Pair 10 sent' }).check();
    await goTo(page, 'Overview');
    await toDo(page).getByRole('link', { name: '2 pairing letters not marked as sent' }).waitFor();

    expect(problems).toEqual([]);
    await context.close();
  });

  it('six weeks later asks for January’s roll call and an old backup, and "Back up now" clears it', async () => {
    const { context, page } = await openAt('2026-12-05T10:00:00');
    const problems: string[] = [];
    await page.getByRole('button', { name: 'Try the demo program' }).click();
    await main(page).getByRole('heading', { level: 2, name: 'Month 4 of 9 · December 2026' }).waitFor();
    // Wait for the first automatic backup (the demo load is a change), then leave it six weeks.
    // (The browser keeps automatic backups in their own IndexedDB database: count them there, since
    // the home leaves the item out while it has not read the list yet.)
    const storedBackups = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            // Runs in the page, where IndexedDB exists (the node-side types do not know it).
            const open = (globalThis as unknown as { indexedDB: IDBFactoryLike }).indexedDB.open('peer-mentor-desk-auto-backups');
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('backups')) return resolve(0);
              const count = db.transaction('backups').objectStore('backups').count();
              count.onsuccess = () => resolve(count.result);
              count.onerror = () => resolve(0);
            };
            open.onerror = () => resolve(0);
          }),
      );
    await expect.poll(storedBackups, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => toDo(page).getByTestId('to-do-item').filter({ hasText: 'backup' }).count()).toBe(0);
    await page.clock.setFixedTime(new Date('2027-01-20T09:00:00'));
    await page.reload();
    await main(page).getByRole('heading', { level: 2, name: 'Month 5 of 9 · January 2027' }).waitFor();

    const roll = toDo(page).getByRole('link', { name: 'Attendance not recorded for 1 group meeting' });
    expect(await roll.getAttribute('href')).toBe('#/attendance');
    await toDo(page)
      .getByText(/^Group meeting: Business skills — solving problems and achieving results on Tue,? 12 Jan 2027\./)
      .waitFor();
    const backup = toDo(page).getByRole('link', { name: 'Last backup 46 days ago' });
    expect(await backup.getAttribute('href')).toBe('#/settings');
    const next = main(page).getByRole('region', { name: 'Next group meeting' });
    await next.getByText('Group meeting: People skills — leadership, communication and influence').waitFor();
    // The December window closed: teams without a December check-in are now late.
    const checkIns = toDo(page).locator('[data-kind="check-ins"]');
    await expect.poll(() => checkIns.textContent()).toMatch(/The December check-in was due by Thu,? 31 Dec 2026\./);
    await lookInBothSchemes(page, 'home-january', problems);

    await toDo(page).getByRole('button', { name: 'Back up now' }).click();
    await page.getByText('Backup written').first().waitFor();
    await expect.poll(() => backup.count()).toBe(0);
    await roll.click();
    await page.getByRole('heading', { level: 1, name: 'Attendance' }).waitFor();
    await goTo(page, 'Overview');
    // Pair 06 has not met since September and Pair 03 is still one-sided: the item leads to the list.
    await toDo(page).getByRole('link', { name: /^\d+ pairs? needs? attention$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Pairs needing attention' }).waitFor();

    expect(problems).toEqual([]);
    await context.close();
  });

  it('before the cycle counts down to orientation and lists the setup, pairing and schedule steps', async () => {
    const { context, page } = await openAt('2026-12-05T10:00:00');
    const problems: string[] = [];
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Demo before pairing' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await main(page).getByRole('heading', { level: 2, name: 'The year starts in 270 days' }).waitFor();
    await main(page).getByText(/^The cycle starts on Wed,? 1 Sept? 2027; the orientation meeting is not scheduled yet\.$/).waitFor();

    const links = [
      ['3 setup steps still open', '#/setup'],
      ['24 active participants are not in a team', '#/pairing'],
      ['The year is not scheduled yet', '#/schedule'],
    ] as const;
    for (const [name, href] of links) {
      expect(await toDo(page).getByRole('link', { name }).getAttribute('href'), name).toBe(href);
    }
    await toDo(page).getByText(/^Program design · Mentor training · Budget\. The cycle starts on /).waitFor();
    await dismissNotifications(page);
    await lookInBothSchemes(page, 'home-before-cycle', problems);

    await toDo(page).getByRole('link', { name: '3 setup steps still open' }).click();
    await page.getByRole('heading', { level: 1, name: 'Program setup' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
