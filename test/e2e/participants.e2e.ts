import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { buildDemoProgram } from '../../src/renderer/src/domain/demo/demo-program';
import { EXPORT_HEADERS } from '../../src/renderer/src/domain/import/export-csv';
import { captureDownload, goTo, launchBrowser, openApp, screenshot as fullScreenshot, seriousA11yViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The demo's fixed table, read independently of the screen's code.
const demo = (() => {
  let n = 0;
  return buildDemoProgram('2026-03-01T09:00:00.000Z', () => `id-${++n}`);
})();
const competencyId = (name: string) => {
  const c = demo.competencies.find((x) => x.name === name);
  if (!c) throw new Error(`no ${name}`);
  return c.id;
};

/** A full-page screenshot taken from the top (fixed header and navigation in place). */
async function screenshot(page: Page, name: string) {
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await fullScreenshot(page, name);
}

/** What is on screen now (for the drawer, which covers the viewport). */
async function viewportShot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

async function startDemo(page: Page) {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'Start from a demo program' }).click();
  await page.getByText('Demo program loaded').first().waitFor();
  await goTo(page, 'Participants');
  await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
}

const table = (page: Page) => page.getByRole('table', { name: 'Participants' });
// Rows of people (an empty table keeps a placeholder row without a checkbox).
const bodyRows = (page: Page) => table(page).locator('tbody tr').filter({ has: page.getByRole('checkbox') });
const drawer = (page: Page) => page.getByRole('dialog');

async function openPerson(page: Page, name: string) {
  await table(page).getByRole('button', { name, exact: true }).click();
  await drawer(page).getByRole('heading', { name, exact: true }).waitFor();
}

async function closeDrawer(page: Page) {
  await page.getByRole('button', { name: 'Close participant' }).click();
  await expect.poll(() => drawer(page).count()).toBe(0);
}

async function pickFromSelect(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
  await page.keyboard.press('Escape');
}

describe('participants', () => {
  it('searches, filters, edits a person with undo, acts in bulk, exports and shows coverage', async () => {
    const { context, page } = await openApp(browser);
    await startDemo(page);
    const problems: string[] = [];

    // The whole active roster, paginated on one page.
    await expect.poll(() => bodyRows(page).count()).toBe(demo.participants.length);
    await expect.poll(() => page.getByTestId('directory-count').textContent()).toBe(`${demo.participants.length} active participants`);
    await screenshot(page, 'participants-directory');
    problems.push(...(await seriousA11yViolations(page)).map((v) => `directory: ${v}`));

    // Search as you type, accents folded.
    const search = page.getByRole('textbox', { name: 'Search', exact: true });
    await search.fill('zoe');
    await expect.poll(() => bodyRows(page).count()).toBe(1);
    await table(page).getByRole('button', { name: 'Zoë Hartmann' }).waitFor();
    // A competency name finds everyone who offers or wants it.
    const stressId = competencyId('Stress management');
    const withStress = demo.participants.filter((p) => p.offers.includes(stressId) || p.wants.includes(stressId));
    await search.fill('stress manag');
    await expect.poll(() => bodyRows(page).count()).toBe(withStress.length);
    await page.getByRole('button', { name: 'Clear search' }).click();

    // Filter by career stage.
    const early = demo.participants.filter((p) => p.careerStage === 'early');
    await pickFromSelect(page, 'Career stage', /^Early career/);
    await expect.poll(() => bodyRows(page).count()).toBe(early.length);
    await expect.poll(() => page.getByTestId('directory-count').textContent()).toBe(
      `${early.length} of ${demo.participants.length} active participants`,
    );
    await screenshot(page, 'participants-filtered');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => bodyRows(page).count()).toBe(demo.participants.length);

    // Open a person; change their department and offers.
    await openPerson(page, 'Lukas Müller');
    await drawer(page).getByRole('textbox', { name: 'Department' }).fill('Digital Services');
    await drawer(page).getByRole('textbox', { name: 'Department' }).blur();
    await drawer(page).getByRole('combobox', { name: 'Can offer' }).click();
    await page.getByRole('option', { name: 'Strategic thinking', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer(page).getByText('Strategic thinking', { exact: true }).count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await viewportShot(page, 'participants-drawer');
    await drawer(page).getByRole('heading', { name: 'History' }).scrollIntoViewIfNeeded();
    await viewportShot(page, 'participants-drawer-end');
    problems.push(...(await seriousA11yViolations(page)).map((v) => `drawer: ${v}`));

    // Reload: both changes are kept.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await goTo(page, 'Participants');
    await openPerson(page, 'Lukas Müller');
    await expect.poll(() => drawer(page).getByRole('textbox', { name: 'Department' }).inputValue()).toBe('Digital Services');
    await expect.poll(() => drawer(page).getByText('Strategic thinking', { exact: true }).count()).toBeGreaterThan(0);

    // A change can be undone.
    const jobTitle = drawer(page).getByRole('textbox', { name: 'Job title' });
    await jobTitle.fill('Lead Systems Analyst');
    await jobTitle.blur();
    const undo = drawer(page).getByRole('button', { name: /Undo last change/ });
    await expect.poll(() => undo.isEnabled()).toBe(true);
    await undo.click();
    await expect.poll(() => jobTitle.inputValue()).toBe('Systems Analyst');
    await expect.poll(() => undo.isEnabled()).toBe(false);

    // A duplicate email is refused with the reason, and nothing is saved.
    const email = drawer(page).getByRole('textbox', { name: 'Email' });
    await email.fill('hana.kobayashi@example.org');
    await email.blur();
    await drawer(page).getByText(/already the address of Hana Kobayashi/).waitFor();
    await closeDrawer(page);
    await search.fill('lukas');
    await expect.poll(() => table(page).textContent()).toContain('lukas.mueller@example.org');
    await search.fill('');

    // Bulk withdraw two people, then restore them.
    await page.getByRole('checkbox', { name: 'Select Zoë Hartmann' }).check();
    await page.getByRole('checkbox', { name: 'Select José Ortega' }).check();
    await page.getByText('2 selected').waitFor();
    await screenshot(page, 'participants-selection');
    await page.getByRole('group', { name: 'Actions on selected participants' }).getByRole('button', { name: 'Withdraw' }).click();
    await page.getByText('2 people withdrawn').waitFor();
    await expect.poll(() => bodyRows(page).count()).toBe(demo.participants.length - 2);
    await pickFromSelect(page, 'Status', 'Withdrawn');
    await expect.poll(() => bodyRows(page).count()).toBe(2);
    await page.getByRole('checkbox', { name: 'Select everyone on this page' }).check();
    await page.getByRole('group', { name: 'Actions on selected participants' }).getByRole('button', { name: 'Restore' }).click();
    await page.getByText('2 people restored').waitFor();
    await expect.poll(() => bodyRows(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => bodyRows(page).count()).toBe(demo.participants.length);

    // Export: UTF-8 with BOM, the header and one row per participant, with the edit.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const csv = await captureDownload(page, () =>
      page.getByRole('menuitem', { name: `Export active participants (${demo.participants.length})` }).click(),
    );
    expect(csv.name).toMatch(/^Participants – .* – \d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(csv.data.toString('utf8').slice(1), { skipEmptyLines: true });
    const [header, ...records] = parsed.data;
    expect(header?.slice(0, EXPORT_HEADERS.length)).toEqual([...EXPORT_HEADERS]);
    expect(records).toHaveLength(demo.participants.length);
    const lukas = records.find((r) => r[3] === 'lukas.mueller@example.org');
    expect(lukas?.[4]).toBe('Digital Services');
    expect(lukas?.[9]).toContain('Strategic thinking');

    // The blank template downloads too.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const template = await captureDownload(page, () => page.getByRole('menuitem', { name: 'Download CSV template' }).click());
    expect(template.name).toMatch(/^Roster template – .*\.csv$/);
    expect([...template.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    // Coverage: offers and wants per competency, counted from the demo table.
    await page.getByRole('tab', { name: 'Skills coverage' }).click();
    const oral = competencyId('Oral communication');
    const oralOffer = demo.participants.filter((p) => p.offers.includes(oral)).length;
    const oralWant = demo.participants.filter((p) => p.wants.includes(oral)).length;
    const oralRow = page.getByTestId('coverage-row').filter({ hasText: 'Oral communication' });
    await expect.poll(() => oralRow.locator('td').nth(1).textContent()).toBe(String(oralOffer));
    await expect.poll(() => oralRow.locator('td').nth(2).textContent()).toBe(String(oralWant));
    if (oralWant > oralOffer) await oralRow.getByText(`Short by ${oralWant - oralOffer}`).waitFor();
    // Lukas now offers Strategic thinking: one more than the demo table.
    const strategic = competencyId('Strategic thinking');
    const strategicRow = page.getByTestId('coverage-row').filter({ hasText: 'Strategic thinking' });
    await expect.poll(() => strategicRow.locator('td').nth(1).textContent()).toBe(
      String(demo.participants.filter((p) => p.offers.includes(strategic)).length + 1),
    );
    await screenshot(page, 'participants-coverage');
    problems.push(...(await seriousA11yViolations(page)).map((v) => `coverage: ${v}`));

    // The dark theme passes too.
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.waitForTimeout(200);
    await screenshot(page, 'participants-coverage-dark');
    problems.push(...(await seriousA11yViolations(page)).map((v) => `coverage (dark): ${v}`));
    await page.getByRole('tab', { name: 'Directory' }).click();
    await bodyRows(page).first().waitFor();
    await screenshot(page, 'participants-directory-dark');
    problems.push(...(await seriousA11yViolations(page)).map((v) => `directory (dark): ${v}`));

    expect(problems).toEqual([]);
    await context.close();
  });

  it('adds a participant by hand, refuses a duplicate address, and remembers the column choice', async () => {
    const { context, page } = await openApp(browser);
    await startDemo(page);

    await page.getByRole('button', { name: 'Add participant' }).click();
    const form = page.getByRole('form', { name: 'Add participant' });
    await form.getByRole('textbox', { name: 'First name' }).fill('Inès');
    await form.getByRole('textbox', { name: 'Last name' }).fill('Laurent');
    await form.getByRole('textbox', { name: 'Email' }).fill('ZOE.hartmann@example.org');
    await screenshot(page, 'participants-add');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Add participant' }).click();
    await form.getByText(/already the address of Zoë Hartmann/).waitFor();
    await form.getByRole('textbox', { name: 'Email' }).fill('ines.laurent@example.org');
    await form.getByRole('button', { name: 'Add participant' }).click();
    await drawer(page).getByRole('heading', { name: 'Inès Laurent' }).waitFor();
    await closeDrawer(page);
    await expect.poll(() => bodyRows(page).count()).toBe(demo.participants.length + 1);

    // Show Location and Email, hide Department; the choice survives a reload.
    await page.getByRole('button', { name: 'Columns' }).click();
    // Each click saves the choice at once (the box follows the stored setting).
    const columnBox = (name: string) => page.getByRole('group', { name: 'Columns to show' }).getByRole('checkbox', { name });
    await columnBox('Location').click();
    await expect.poll(() => columnBox('Location').isChecked()).toBe(true);
    await columnBox('Email').click();
    await expect.poll(() => columnBox('Email').isChecked()).toBe(true);
    await columnBox('Department').click();
    await expect.poll(() => columnBox('Department').isChecked()).toBe(false);
    await page.keyboard.press('Escape');
    const header = (name: string) => table(page).locator('thead').getByText(name, { exact: true });
    await header('Location').waitFor();
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await goTo(page, 'Participants');
    await header('Location').waitFor();
    await header('Email').waitFor();
    await expect.poll(() => header('Department').count()).toBe(0);

    // Deleting someone offers an undo that brings them back.
    await page.getByRole('checkbox', { name: 'Select Inès Laurent' }).check();
    await page.getByRole('group', { name: 'Actions on selected participants' }).getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('1 person deleted').waitFor();
    await expect.poll(() => bodyRows(page).count()).toBe(demo.participants.length);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => bodyRows(page).count()).toBe(demo.participants.length + 1);
    await context.close();
  });
});

// The few IndexedDB shapes the seeding script uses (the node-side typecheck has no DOM types).
interface IdbRequest<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface IdbStore {
  get(key: string): IdbRequest<unknown>;
  put(value: unknown): void;
  index(name: string): { getAll(key: string): IdbRequest<unknown[]> };
}
interface IdbTransaction {
  objectStore(name: string): IdbStore;
  error: unknown;
  oncomplete: (() => void) | null;
  onerror: (() => void) | null;
}
interface IdbDatabase {
  transaction(name: string, mode?: 'readonly' | 'readwrite'): IdbTransaction;
  close(): void;
}

/** Adds generated participants to the current program straight into IndexedDB (then reload). */
async function seedParticipants(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const factory = (globalThis as unknown as { indexedDB: { open(name: string): IdbRequest<IdbDatabase> } }).indexedDB;
    const open = factory.open('peer-mentor-desk');
    const db = await new Promise<IdbDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = db.transaction('meta').objectStore('meta').get('currentProgramId');
    const programId = await new Promise<string>((resolve) => {
      read.onsuccess = () => resolve((read.result as { value: string }).value);
    });
    const competencies = db.transaction('competencies').objectStore('competencies').index('programId').getAll(programId);
    const ids = await new Promise<string[]>((resolve) => {
      competencies.onsuccess = () => resolve((competencies.result as { id: string }[]).map((c) => c.id));
    });
    const tx = db.transaction('participants', 'readwrite');
    const store = tx.objectStore('participants');
    const first = ['Zoë', 'José', 'Ngozi', 'Siobhán', 'Lukas', 'Mei Lin', 'Rahul', 'Amara', 'Björn', 'Fatima'];
    const last = ['Hartmann', 'Ortega', 'Okafor', 'Ní Bhriain', 'Müller', 'Chen', 'Deshpande', 'Nwosu', 'Lindqvist'];
    const departments = ['Nursing', 'Pharmacy', 'Finance', 'Estates', 'Radiology'];
    const stages = ['early', 'mid', 'late', null];
    for (let i = 0; i < n; i++) {
      const email = `generated.${i}@example.org`;
      store.put({
        id: `generated-${i}`,
        programId,
        emailKey: email,
        email,
        firstName: '',
        lastName: '',
        name: `${first[i % first.length]} ${last[(i * 7) % last.length]} ${i}`,
        department: departments[i % departments.length],
        jobTitle: 'Specialist',
        careerStage: stages[i % stages.length],
        location: 'Riverside Campus',
        manager: '',
        offers: [ids[i % ids.length], ids[(i * 3 + 1) % ids.length]],
        wants: [ids[(i * 5 + 2) % ids.length]],
        knownWell: [],
        doNotPair: [],
        preferredPartnerEmail: '',
        registeredWithEmail: '',
        notes: '',
        custom: {},
        status: 'active',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

describe('participants at scale', () => {
  it('pages, searches and selects across 5,000 participants', async () => {
    const { context, page } = await openApp(browser);
    await startDemo(page);
    const extra = 5000 - demo.participants.length;
    await seedParticipants(page, extra);
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await goTo(page, 'Participants');
    await page.getByTestId('directory-count').waitFor();
    await expect.poll(() => page.getByTestId('directory-count').textContent()).toBe('5000 active participants');
    // One page of 50 rows is drawn, not 5,000.
    await expect.poll(() => bodyRows(page).count()).toBe(50);
    await page.getByText('1–50 of 5000').waitFor();

    // Generated names cycle through ten first names: "Siobhán" is one in ten of them.
    const search = page.getByRole('textbox', { name: 'Search', exact: true });
    await search.fill('siobhan');
    const siobhans = Array.from({ length: extra }, (_, i) => i).filter((i) => i % 10 === 3).length + 1;
    await expect.poll(() => page.getByTestId('directory-count').textContent()).toBe(`${siobhans} of 5000 active participants`);
    const oneSiobhan = Array.from({ length: extra }, (_, i) => i).filter((i) => i % 10 === 3).pop();
    await search.fill(`siobhan ${oneSiobhan}`);
    await expect.poll(() => bodyRows(page).count()).toBe(1);
    await search.fill('');

    // Filter, select the page, then everyone shown.
    const late =
      Array.from({ length: extra }, (_, i) => i).filter((i) => i % 4 === 2).length +
      demo.participants.filter((p) => p.careerStage === 'late').length;
    await pickFromSelect(page, 'Career stage', /^Late career/);
    await expect.poll(() => page.getByTestId('directory-count').textContent()).toBe(`${late} of 5000 active participants`);
    await page.getByRole('checkbox', { name: 'Select everyone on this page' }).click();
    await page.getByText('50 selected').waitFor();
    await page.getByRole('button', { name: `Select all ${late} shown` }).click();
    await page.getByText(`${late} selected`).waitFor();
    await screenshot(page, 'participants-5000');
    await context.close();
  });
});
