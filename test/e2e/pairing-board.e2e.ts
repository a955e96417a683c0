/**
 * The pairing board keeps its promises: it asks before splitting people who registered together,
 * says when the roster changed under a proposal (and never confirms pairs made for people who are
 * no longer there), can be searched and filtered with a count, and tells apart two people with
 * the same name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chooseInSelect,
  dismissNotifications,
  goTo,
  launchBrowser,
  memberNames,
  openApp,
  seriousA11yViolations,
  waitForFileChooser,
} from './browser';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'pmd-board-e2e-'));
});
afterAll(async () => {
  await browser?.close();
});

/** The demo before pairing (24 people, one pair registered together), paired once. */
async function runDemo(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date('2026-09-14T09:00:00'));
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'Demo before pairing' }).click();
  await page.getByText('Demo program loaded').first().waitFor();
  await goTo(page, 'Pairing');
  await page.getByRole('button', { name: 'Run pairing' }).first().click();
  await expect.poll(() => page.getByTestId('team-card').count()).toBe(12);
  await dismissNotifications(page);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** The registered pair's card and its two people. */
async function registeredPair(
  page: Page,
): Promise<{ card: Locator; label: string; a: string; b: string }> {
  const card = page.getByTestId('team-card').filter({ hasText: 'Registered together' });
  await expect.poll(() => card.count()).toBe(1);
  const label = (await card.getAttribute('aria-label')) ?? '';
  const [a, b] = await memberNames(card);
  return { card, label, a: a!, b: b! };
}

const cards = (page: Page) => page.getByTestId('team-card');

describe('a pairing board that keeps its promises', () => {
  it('asks before a swap, a break or a pin splits a registered pair, shows the swap’s change to the total, and offers no alternative that splits them', async () => {
    const { context, page } = await openApp(browser);
    const problems: string[] = [];
    await runDemo(page);
    const { card, label, a, b } = await registeredPair(page);
    const both = new RegExp(`(${a} and ${b}|${b} and ${a}) registered together`);

    // Swap: the dialog names both people, says what is lost, and shows the change to the total.
    const other = cards(page).filter({ hasNotText: 'Registered together' }).first();
    const [stranger] = await memberNames(other);
    await card.getByRole('button', { name: `Actions for ${a}` }).click();
    await page.getByRole('menuitem', { name: 'Swap with…' }).click();
    const swap = page.getByRole('dialog', { name: `Swap ${a} with…` });
    await chooseInSelect(page, swap.getByRole('combobox', { name: 'Swap with' }), stranger!);
    const warning = swap.getByTestId('split-warning');
    await warning.getByText(both).waitFor();
    await warning.getByText(/After the swap they are in different pairs/).waitFor();
    await swap
      .getByTestId('swap-change')
      .getByText(/^Total [+−]\d+$/)
      .waitFor();
    await swap.getByRole('button', { name: 'Split them and swap' }).waitFor();
    await shot(page, 'board-split-warning-swap');
    problems.push(...(await seriousA11yViolations(page)));
    await swap.getByRole('button', { name: 'Cancel' }).click();
    expect((await memberNames(card)).sort()).toEqual([a, b].sort());

    // A swap between two matched pairs shows its change to the total too, with no warning.
    const [m1] = await memberNames(
      cards(page).filter({ hasNotText: 'Registered together' }).nth(1),
    );
    await other.getByRole('button', { name: `Actions for ${stranger}` }).click();
    await page.getByRole('menuitem', { name: 'Swap with…' }).click();
    const plain = page.getByRole('dialog', { name: `Swap ${stranger} with…` });
    await chooseInSelect(page, plain.getByRole('combobox', { name: 'Swap with' }), m1!);
    await plain
      .getByTestId('swap-change')
      .getByText(/^Total [+−]\d+$/)
      .waitFor();
    expect(await plain.getByTestId('split-warning').count()).toBe(0);
    await plain.getByRole('button', { name: 'Swap', exact: true }).waitFor();
    await plain.getByRole('button', { name: 'Cancel' }).click();

    // Break: asked first; keeping them together changes nothing, breaking anyway breaks it.
    await card.getByRole('button', { name: `Break ${label}` }).click();
    const ask = page.getByRole('dialog', {
      name: new RegExp(`^Split (${a} and ${b}|${b} and ${a})\\?$`),
    });
    await ask.getByText(both).waitFor();
    await ask
      .getByText(`Breaking ${label} leaves them both without a team.`, { exact: false })
      .waitFor();
    await shot(page, 'board-split-warning-break');
    await ask.getByRole('button', { name: 'Keep them together' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    expect(await cards(page).count()).toBe(12);
    await card.getByRole('button', { name: `Break ${label}` }).click();
    await ask.getByRole('button', { name: `Break ${label} anyway` }).click();
    await expect.poll(() => cards(page).count()).toBe(11);
    await page.locator('.mantine-Notification-root').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cards(page).filter({ hasText: 'Registered together' }).count()).toBe(1);
    await dismissNotifications(page);

    // Pin: pinning one of them to someone else would split them, and the dialog says so.
    const again = await registeredPair(page);
    await again.card.getByRole('button', { name: `Actions for ${a}` }).click();
    await page.getByRole('menuitem', { name: 'Pin to…' }).click();
    const pin = page.getByRole('dialog', { name: `Pin ${a} to…` });
    await chooseInSelect(page, pin.getByRole('combobox', { name: 'Pin to' }), stranger!);
    await pin.getByTestId('split-warning').getByText(both).waitFor();
    await pin.getByRole('button', { name: 'Split them and pin' }).waitFor();
    await pin.getByRole('button', { name: 'Cancel' }).click();

    // Best alternatives offers nothing that would split them, and says why.
    await again.card.getByRole('button', { name: `Actions for ${b}` }).click();
    await page.getByRole('menuitem', { name: 'Best alternatives…' }).click();
    const alternatives = page.getByRole('dialog', { name: `Alternatives for ${b}` });
    await alternatives
      .getByText(/so no alternatives are offered: each one would split them/)
      .waitFor();
    expect(await alternatives.getByRole('article').count()).toBe(0);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('says the proposal is out of date when someone withdraws, holds back confirming, and a re-run brings it up to date', async () => {
    const { context, page } = await openApp(browser);
    await runDemo(page);
    expect(await page.getByRole('alert', { name: 'This proposal is out of date' }).count()).toBe(0);
    const pair = cards(page).filter({ hasNotText: 'Registered together' }).nth(2);
    const label = (await pair.getAttribute('aria-label')) ?? '';
    const [leaving] = await memberNames(pair);

    await goTo(page, 'Participants');
    await page.getByRole('checkbox', { name: `Select ${leaving}` }).check();
    await page
      .getByRole('group', { name: 'Actions on selected participants' })
      .getByRole('button', { name: 'Withdraw' })
      .click();
    await page.getByText('1 person withdrawn').waitFor();
    await goTo(page, 'Pairing');

    const banner = page.getByRole('alert', { name: 'This proposal is out of date' });
    await banner.getByText(`1 withdrawn: ${leaving}.`).waitFor();
    await banner
      .getByText(`${label} was made with someone who is no longer there`, { exact: false })
      .waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Confirm 12 pairs' }).isDisabled())
      .toBe(true);
    await page.evaluate('window.scrollTo(0, 0)');
    await shot(page, 'board-out-of-date-withdrawn');

    await banner.getByRole('button', { name: 'Re-run pairing' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    // 23 people: 11 pairs and one triad, numbered 1–11 with no gap, and nobody withdrawn in them.
    await expect.poll(() => cards(page).count()).toBe(11);
    const labels = await cards(page).evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label')),
    );
    expect(labels.map((l) => Number(/\d+$/.exec(l ?? '')?.[0]))).toEqual(
      Array.from({ length: 11 }, (_, i) => i + 1),
    );
    expect(await page.getByTestId('team-card').filter({ hasText: leaving! }).count()).toBe(0);
    await expect
      .poll(() => page.getByRole('button', { name: 'Confirm 11 pairs' }).isEnabled())
      .toBe(true);
    await context.close();
  });

  it('says who was added since the proposal, telling apart two people with the same name by department', async () => {
    const { context, page } = await openApp(browser);
    await runDemo(page);
    const [namesake] = await memberNames(cards(page).nth(3));
    const [first, ...rest] = namesake!.split(' ');

    await goTo(page, 'Participants');
    await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Add participant', exact: true }).first().click();
    const form = page.getByRole('form', { name: 'Add participant' });
    await form.getByRole('textbox', { name: 'First name' }).fill(first!);
    await form.getByRole('textbox', { name: 'Last name' }).fill(rest.join(' '));
    await form.getByRole('textbox', { name: 'Email' }).fill('second.namesake@example.org');
    await form.getByRole('button', { name: 'Add participant' }).click();
    const drawer = page.getByRole('dialog');
    const department = drawer.getByRole('textbox', { name: 'Department' });
    await department.fill('Night Nursing');
    await department.blur();
    await page.getByRole('button', { name: 'Close participant' }).click();
    await goTo(page, 'Pairing');

    const banner = page.getByRole('alert', { name: 'This proposal is out of date' });
    await banner
      .getByText(`1 person added since this proposal: ${namesake} (Night Nursing).`)
      .waitFor();
    // Adding people holds nothing back: the pairs made are all still there.
    expect(await page.getByRole('button', { name: 'Confirm 12 pairs' }).isEnabled()).toBe(true);
    // The namesake already on the board now shows with their department.
    await cards(page)
      .nth(3)
      .getByText(new RegExp(`^${namesake} \\(.+\\)$`))
      .waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await shot(page, 'board-out-of-date-added');

    await banner.getByRole('button', { name: 'Re-run pairing' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('team-card').getByText(`${namesake} (Night Nursing)`).count())
      .toBe(1);
    await context.close();
  });

  it('searches and filters the board by name and department, weakest first, with a count and a clear no-match state', async () => {
    const { context, page } = await openApp(browser);
    const problems: string[] = [];
    await runDemo(page);
    const count = page.getByTestId('board-count');
    await count.getByText('All 12 pairs').waitFor();

    // A name, typed from the keyboard, in lower case.
    const search = page.getByRole('textbox', { name: 'Find pairs' });
    const [person] = await memberNames(cards(page).nth(6));
    await search.focus();
    await page.keyboard.type(person!.toLowerCase());
    await expect.poll(() => count.textContent()).toMatch(/^\d+ of 12 pairs$/);
    const shown = await cards(page).count();
    expect(shown).toBeGreaterThan(0);
    expect(await count.textContent()).toBe(`${shown} of 12 pairs`);
    for (const card of await cards(page).all()) expect(await card.textContent()).toContain(person!);

    // The keyboard goes on to the search's clear button, then the department filter.
    const focused = (l: Locator) => l.evaluate((el) => el === el.ownerDocument.activeElement);
    await page.keyboard.press('Tab');
    await expect
      .poll(() => focused(page.getByRole('button', { name: 'Clear the search' })))
      .toBe(true);
    await page.keyboard.press('Tab');
    const department = page.getByRole('combobox', { name: 'Department' });
    await expect.poll(() => focused(department)).toBe(true);
    await search.fill('');
    await department.click();
    const firstDept = page.getByRole('option').first();
    const deptName = ((await firstDept.textContent()) ?? '').trim();
    await firstDept.click();
    await expect.poll(() => count.textContent()).toMatch(/^\d+ of 12 pairs$/);
    for (const card of await cards(page).all())
      expect(await card.textContent()).toContain(deptName);

    // Weakest first: scores never go down along the board.
    await page.getByText('Weakest first').click();
    const scores = async () =>
      (await cards(page).evaluateAll((els) => els.map((e) => e.textContent ?? ''))).map((t) =>
        Number(/Score (-?\d+)/.exec(t)?.[1]),
      );
    const ordered = await scores();
    expect(ordered).toEqual([...ordered].sort((x, y) => x - y));
    await page.evaluate('window.scrollTo(0, 0)');
    await shot(page, 'board-filtered');
    problems.push(...(await seriousA11yViolations(page)));

    // Nothing matches: said plainly, with a way back.
    await search.fill('nobody-by-this-name');
    await page
      .getByTestId('no-match')
      .getByText(`No pairs match “nobody-by-this-name” in ${deptName}.`)
      .waitFor();
    await expect.poll(() => count.textContent()).toBe('0 of 12 pairs');
    expect(await cards(page).count()).toBe(0);
    await shot(page, 'board-no-match');
    await page.getByRole('button', { name: 'Clear the search and filter' }).click();
    await count.getByText('All 12 pairs').waitFor();
    expect(await cards(page).count()).toBe(12);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('after an import is undone, says who is no longer in the program and numbers the pairs left without a gap', async () => {
    const header = 'Name,Email,Department,Career stage,Can offer,Wants to develop';
    const first = [
      'Amélie Durand,amelie.durand@northwind.example,Finance,Early career,Initiative,Flexibility',
      'Jürgen Müller,jurgen.muller@northwind.example,Engineering,Late career,Flexibility,Initiative',
      'Sofía Núñez,sofia.nunez@northwind.example,People & Culture,Mid career,Written communication,Strategic thinking',
      'Grace Obi,grace.obi@northwind.example,Operations,Mid career,Strategic thinking,Written communication',
    ];
    const second = [
      ...first,
      'Zoë Clarke,zoe.clarke@northwind.example,Marketing,Mid career,Initiative,Written communication',
      'Omar Haddad,omar.haddad@northwind.example,Finance,Early career,Written communication,Initiative',
    ];
    const firstPath = join(dir, 'Roster September.csv');
    const secondPath = join(dir, 'Roster October.csv');
    await writeFile(firstPath, [header, ...first].join('\r\n'));
    await writeFile(secondPath, [header, ...second].join('\r\n'));

    const { context, page } = await openApp(browser);
    await page.clock.setFixedTime(new Date('2026-09-14T09:00:00'));
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'New program' }).click();
    const form = page.getByRole('form', { name: 'New program' });
    await form.getByLabel('Program name').fill('Northwind Peer Mentoring');
    await form.getByLabel('Coordinator name').fill('Inès Laurent');
    await form.getByRole('button', { name: 'Create program' }).click();
    await page.getByRole('heading', { name: 'Program setup' }).waitFor();
    const importFile = async (path: string, button: string) => {
      await goTo(page, 'Import roster');
      const chooser = await waitForFileChooser(page, () =>
        page.getByRole('button', { name: button }).click(),
      );
      await chooser.setFiles(path);
      await page.getByRole('button', { name: 'Next: columns' }).click();
      await page.getByRole('button', { name: 'Next: review' }).click();
      await page.getByRole('status').getByText('Ready to import').waitFor();
      await page.getByRole('button', { name: 'Import now' }).click();
      await page.getByRole('heading', { name: 'Import complete' }).waitFor();
    };
    await importFile(firstPath, 'Choose file…');
    await importFile(secondPath, 'Import another file');

    await goTo(page, 'Pairing');
    await page.getByRole('button', { name: 'Run pairing' }).first().click();
    await expect.poll(() => cards(page).count()).toBe(3);
    await dismissNotifications(page);
    // Put the two people the undo will remove in Pair 01, so removing them leaves a gap to close.
    const swapInto = async (person: string, other: string) => {
      const card = cards(page).filter({ hasText: person });
      await card.getByRole('button', { name: `Actions for ${person}` }).click();
      await page.getByRole('menuitem', { name: 'Swap with…' }).click();
      const dialog = page.getByRole('dialog', { name: `Swap ${person} with…` });
      await chooseInSelect(page, dialog.getByRole('combobox', { name: 'Swap with' }), other);
      await dialog.getByRole('button', { name: 'Swap', exact: true }).click();
      await expect.poll(() => dialog.count()).toBe(0);
    };
    const pairOne = page.getByRole('article', { name: 'Pair 01' });
    for (const person of ['Zoë Clarke', 'Omar Haddad']) {
      const members = await memberNames(pairOne);
      if (members.includes(person)) continue;
      const other = members.find((m) => m !== 'Zoë Clarke' && m !== 'Omar Haddad')!;
      await swapInto(person, other);
      await expect.poll(() => memberNames(pairOne)).toContain(person);
    }
    expect((await memberNames(pairOne)).sort()).toEqual(['Omar Haddad', 'Zoë Clarke']);
    await dismissNotifications(page);

    await goTo(page, 'Import roster');
    await page.getByRole('button', { name: 'Undo this import' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
    await page.getByRole('heading', { name: 'Import undone' }).waitFor();
    await goTo(page, 'Pairing');

    const banner = page.getByRole('alert', { name: 'This proposal is out of date' });
    await banner
      .getByText('2 people no longer in the program (an import undone or a deletion).')
      .waitFor();
    const labels = await cards(page).evaluateAll((els) =>
      els.map((e) => Number(/\d+$/.exec(e.getAttribute('aria-label') ?? '')?.[0])),
    );
    // Pair 02 and Pair 03 are left, shown (and confirmed) as Pair 01 and Pair 02.
    expect(labels).toEqual([1, 2]);
    for (const gone of ['Zoë Clarke', 'Omar Haddad'])
      expect(await cards(page).filter({ hasText: gone }).count()).toBe(0);
    await page.evaluate('window.scrollTo(0, 0)');
    await shot(page, 'board-out-of-date-import-undone');

    await banner.getByRole('button', { name: 'Re-run pairing' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await expect.poll(() => cards(page).count()).toBe(2);
    await context.close();
  });
});
