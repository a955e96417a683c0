import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  captureDownload,
  goTo,
  launchBrowser,
  openApp,
  screenshot as fullScreenshot,
  seriousA11yViolations,
  waitForFileChooser,
} from './browser';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'pmd-import-e2e-'));
});
afterAll(async () => {
  await browser?.close();
});

/** A full-page screenshot taken from the top, so the fixed header and navigation sit in place. */
async function screenshot(page: Page, name: string) {
  await page.evaluate('window.scrollTo(0, 0)');
  await fullScreenshot(page, name);
}

async function createProgram(page: Page, name: string) {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'New program' }).click();
  const form = page.getByRole('form', { name: 'New program' });
  await form.getByLabel('Program name').fill(name);
  await form.getByLabel('Coordinator name').fill('Inès Laurent');
  await form.getByRole('button', { name: 'Create program' }).click();
  await page.getByRole('heading', { name: 'Program setup' }).waitFor();
}

// The characters Windows-1252 puts in 0x80–0x9F that these files use; the rest of Latin-1 maps 1:1.
const CP1252_HIGH: Record<string, number> = {
  '’': 0x92,
  '–': 0x96,
  '—': 0x97,
  '“': 0x93,
  '”': 0x94,
  '€': 0x80,
};

/** Encode text the way Excel on Windows saves "CSV (comma delimited)". */
function windows1252(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (CP1252_HIGH[ch] !== undefined) bytes.push(CP1252_HIGH[ch]);
    else throw new Error(`"${ch}" has no Windows-1252 byte`);
  }
  return Buffer.from(bytes);
}

const HEADER = 'Name,Email,Department,Position,Career stage,Can offer,Wants to develop';

// Row 5 has a broken email, row 3 a typo'd competency, row 6 repeats row 2's email.
const MESSY = [
  HEADER,
  'Amélie Durand,amelie.durand@northwind.example,Finance,Financial analyst,Early career,"Decisiveness, Initiative",Conceptual thinking',
  'Jürgen Müller,jurgen.muller@northwind.example,Engineering,Senior engineer,Late career,"Analytical thinkng, Strategic thinking",Flexibility',
  'Sofía Núñez,sofia.nunez@northwind.example,People & Culture,HR business partner,Mid career,Influence skill,Initiative',
  'Grace O’Brien,grace.obrien(at)northwind.example,Operations,Operations manager,Mid career,Initiative,Written communication',
  'Amelie Durand,AMELIE.DURAND@northwind.example,Finance – Lyon,Financial analyst,Early career,Decisiveness,Conceptual thinking',
].join('\r\n');

// The same people a month later: Jürgen moved department, Zoë joined.
const UPDATED = [
  HEADER,
  'Amélie Durand,amelie.durand@northwind.example,Finance,Financial analyst,Early career,"Decisiveness, Initiative",Conceptual thinking',
  'Jürgen Müller,jurgen.muller@northwind.example,Platform,Senior engineer,Late career,"Analytical thinking, Strategic thinking",Flexibility',
  'Sofía Núñez,sofia.nunez@northwind.example,People & Culture,HR business partner,Mid career,Influence skill,Initiative',
  'Grace O’Brien,grace.obrien@northwind.example,Operations,Operations manager,Mid career,Initiative,Written communication',
  'Zoë Clarke,zoe.clarke@northwind.example,Marketing,Brand manager,Mid career,Written communication,Personal credibility',
].join('\r\n');

async function chooseFile(page: Page, button: string, path: string) {
  const chooser = await waitForFileChooser(page, () =>
    page.getByRole('button', { name: button }).click(),
  );
  await chooser.setFiles(path);
}

async function pickOption(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Open a person from the Participants screen. */
async function openPerson(page: Page, name: string) {
  await goTo(page, 'Participants');
  await page
    .getByRole('table', { name: 'Participants' })
    .getByRole('button', { name, exact: true })
    .click();
  await page.getByRole('dialog').getByRole('heading', { name, exact: true }).waitFor();
}

async function closePerson(page: Page) {
  await page.getByRole('button', { name: 'Close participant' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

/** Change a person's location in their drawer, as the coordinator would (it saves itself). */
async function editLocation(page: Page, name: string, location: string) {
  await openPerson(page, name);
  const field = page.getByRole('dialog').getByRole('textbox', { name: 'Location' });
  await field.fill(location);
  await field.blur();
  await closePerson(page);
  await openPerson(page, name);
  await expect.poll(() => field.inputValue()).toBe(location);
  await closePerson(page);
}

/** A person's department and location as the drawer shows them. */
async function personFields(page: Page, name: string) {
  await openPerson(page, name);
  const box = (label: string) =>
    page.getByRole('dialog').getByRole('textbox', { name: label }).inputValue();
  const fields = { department: await box('Department'), location: await box('Location') };
  await closePerson(page);
  return fields;
}

const previewText = (page: Page) =>
  page.getByRole('table', { name: 'Preview of the first rows' }).textContent();

describe('import roster', () => {
  it('imports a messy Excel CSV, fixes it in place, shows the diff of a re-import, and undoes it', async () => {
    const messyPath = join(dir, 'Roster from Excel.csv');
    await writeFile(messyPath, windows1252(MESSY));
    const updatedPath = join(dir, 'Roster October.csv');
    await writeFile(updatedPath, `\ufeff${UPDATED}`);

    const { context, page } = await openApp(browser);
    await createProgram(page, 'Northwind Peer Mentoring');
    await goTo(page, 'Import roster');
    await page.getByRole('heading', { level: 1, name: 'Import roster' }).waitFor();
    await page.getByText('No roster has been imported into this program yet').waitFor();
    await screenshot(page, 'import-start');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // 1 File: detected as Windows-1252; reading it as UTF-8 shows broken characters, live.
    await chooseFile(page, 'Choose file…', messyPath);
    await expect.poll(() => previewText(page)).toContain('Amélie Durand');
    await page.getByText('Read as Windows-1252').waitFor();
    await pickOption(page, 'Text encoding', /^UTF-8/);
    await expect.poll(() => previewText(page)).toContain('Am\ufffdlie Durand');
    await page.getByText(/could not be read as utf-8/).waitFor();
    await pickOption(page, 'Text encoding', /^Windows-1252/);
    await expect.poll(() => previewText(page)).toContain('Jürgen Müller');
    await screenshot(page, 'import-file');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // 2 Columns: suggested from the headers, with sample values.
    await page.getByRole('button', { name: 'Next: columns' }).click();
    const mapping = page.getByRole('table', { name: 'Column mapping' });
    await mapping.waitFor();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Goes to, for column Position' }).inputValue())
      .toBe('Job title');
    await expect.poll(() => mapping.textContent()).toContain('Senior engineer');
    await screenshot(page, 'import-columns');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // 3 Review: the bad row, the duplicate and the typo all block the import, in words.
    await page.getByRole('button', { name: 'Next: review' }).click();
    const problems = page.getByRole('table', { name: 'Rows with problems' });
    await expect.poll(() => problems.textContent()).toContain('is not an email address');
    await page
      .getByRole('table', { name: 'Rows with the email amelie.durand@northwind.example' })
      .waitFor();
    await page
      .getByRole('table', { name: 'Competency names to check' })
      .getByText('“Analytical thinkng”')
      .waitFor();
    const blockers = page.getByRole('status', { name: 'Before you can import' });
    await expect.poll(() => blockers.textContent()).toContain('1 row has problems');
    await expect.poll(() => blockers.textContent()).toContain('same email address');
    await expect.poll(() => blockers.textContent()).toContain('"Analytical thinkng"');
    expect(await page.getByRole('button', { name: 'Import now' }).isDisabled()).toBe(true);
    await screenshot(page, 'import-review-problems');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Fix the email in place, keep the first of the duplicate rows, accept the suggestion.
    await page
      .getByRole('textbox', { name: 'Row 5, Email' })
      .fill('grace.obrien@northwind.example');
    await page.getByRole('textbox', { name: 'Row 5, Email' }).press('Enter');
    await expect.poll(() => problems.count()).toBe(0);
    await page.getByRole('button', { name: 'Keep row 2' }).click();
    await page.getByRole('button', { name: 'Use “Analytical thinking”' }).click();
    await page.getByText('Imported as').waitFor();
    await page.getByText('Row 5, Email:').waitFor();
    await page.getByText('Row 6 is left out of this import.').waitFor();
    await page.getByRole('status').getByText('Ready to import').waitFor();
    await expect
      .poll(() => page.getByRole('table', { name: 'New people' }).textContent())
      .toContain('grace.obrien@northwind.example');
    await screenshot(page, 'import-review-ready');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor();
    const done = page.getByLabel('What the import did');
    await expect.poll(() => done.textContent()).toMatch(/Added\s*4/);
    await expect
      .poll(() => page.getByRole('table', { name: 'Past imports' }).textContent())
      .toContain('4 people added');
    await screenshot(page, 'import-done');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The coordinator edits a person in the app; the file does not have that column.
    await editLocation(page, 'Jürgen Müller', 'Berlin office');
    await goTo(page, 'Import roster');

    // Re-import a month later: the same layout maps itself; the review shows what changes.
    await chooseFile(page, 'Import another file', updatedPath);
    await expect.poll(() => previewText(page)).toContain('Zoë Clarke');
    await page.getByRole('button', { name: 'Next: columns' }).click();
    await page.getByText('Remembered from your last import of this layout').waitFor();
    await page.getByRole('button', { name: 'Next: review' }).click();
    await page.getByRole('status').getByText('Ready to import').waitFor();
    await expect
      .poll(() => page.getByRole('table', { name: 'New people' }).textContent())
      .toContain('Zoë Clarke');
    await page.getByRole('tab', { name: 'Updated (1)' }).click();
    const diff = page.getByRole('table', { name: 'People who change' });
    await expect
      .poll(() => diff.textContent())
      .toMatch(/Jürgen Müller.*Department.*Engineering.*Platform/);
    expect(await page.getByRole('tab', { name: 'Unchanged (3)' }).count()).toBe(1);
    await screenshot(page, 'import-review-diff');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor();
    await expect.poll(() => done.textContent()).toMatch(/Added\s*1.*Updated\s*1.*Unchanged\s*3/);
    // The file's change is applied and the edit made in the app is kept.
    expect(await personFields(page, 'Jürgen Müller')).toEqual({
      department: 'Platform',
      location: 'Berlin office',
    });
    await goTo(page, 'Import roster');

    // Undo it: the roster is as before, so the same file shows the same diff again.
    await page.getByRole('button', { name: 'Undo this import' }).click();
    const confirm = page.getByRole('dialog');
    await expect.poll(() => confirm.textContent()).toContain('1 person it added is removed');
    await screenshot(page, 'import-undo-confirm');
    await confirm.getByRole('button', { name: 'Undo import' }).click();
    await page.getByRole('heading', { name: 'Import undone' }).waitFor();
    await confirm.waitFor({ state: 'hidden' });
    const history = page.getByRole('table', { name: 'Past imports' });
    await expect.poll(() => history.getByText('Undone', { exact: true }).count()).toBe(1);
    await screenshot(page, 'import-undone');
    // Undo brings back exactly the state before the re-import, app edit included.
    expect(await personFields(page, 'Jürgen Müller')).toEqual({
      department: 'Engineering',
      location: 'Berlin office',
    });
    await goTo(page, 'Import roster');

    await chooseFile(page, 'Import another file', updatedPath);
    await page.getByRole('button', { name: 'Next: columns' }).click();
    await page.getByRole('button', { name: 'Next: review' }).click();
    await page.getByRole('tab', { name: 'Updated (1)' }).click();
    await expect.poll(() => diff.textContent()).toMatch(/Department.*Engineering.*Platform/);
    expect(await page.getByRole('tab', { name: 'New (1)' }).count()).toBe(1);

    // A backup was written before each import.
    await goTo(page, 'Settings & backups');
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: 'Automatic backups' })
          .getByText('Before an import')
          .count(),
      )
      .toBe(2);
    await context.close();
  });

  it('opens files dropped on the window or chosen with Ctrl+O, refuses bad ones with a message, and offers the template', async () => {
    const { context, page } = await openApp(browser);
    await createProgram(page, 'Drop test');

    // Drop onto any screen: the overlay shows while dragging, the drop opens the import screen.
    const bytes = [...(await readFile('test/fixtures/roster/european-semicolon.csv'))];
    const transfer = await page.evaluateHandle((data) => {
      // Runs in the page, where DataTransfer exists (the test's own types are Node's).
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: File): void } };
      };
      const t = new page.DataTransfer();
      t.items.add(new File([new Uint8Array(data)], 'european-semicolon.csv', { type: 'text/csv' }));
      return t;
    }, bytes);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await page.getByText('Drop to import the roster').waitFor();
    await page.screenshot({ path: 'test-results/screens/import-drop-overlay.png' });
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await page.getByRole('heading', { level: 1, name: 'Import roster' }).waitFor();
    await expect.poll(() => previewText(page)).toContain('Amélie Durand');
    await page.getByText('Detected: semicolon').waitFor();
    expect(await page.getByText('Drop to import the roster').count()).toBe(0);
    // Reading it with commas runs the header into one column: visible at once in the preview.
    const previewHeaders = () =>
      page
        .getByRole('table', { name: 'Preview of the first rows' })
        .locator('th')
        .allTextContents();
    await page.getByText('Comma', { exact: true }).click();
    await expect.poll(async () => (await previewHeaders())[1]).toMatch(/^Name;E-mail;Department/);
    await page.getByText(/values to the right of the last header/).waitFor();
    await page.getByText('Detect', { exact: true }).click();
    await expect
      .poll(async () => (await previewHeaders()).slice(1, 4))
      .toEqual(['Name', 'E-mail', 'Department']);

    // An old .xls is refused with what to do, and nothing moves on.
    await chooseFile(page, 'Choose another file…', 'test/fixtures/roster/bad-legacy.xls');
    await expect
      .poll(() =>
        page.getByRole('alert').filter({ hasText: 'This file cannot be imported' }).textContent(),
      )
      .toContain('old-style Excel workbook');
    expect(await page.getByRole('button', { name: 'Next: columns' }).isDisabled()).toBe(true);
    await screenshot(page, 'import-bad-file');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Too large for an import: refused before reading.
    const hugePath = join(dir, 'huge.csv');
    await writeFile(hugePath, Buffer.alloc(5_200_000, 0x41));
    await chooseFile(page, 'Choose another file…', hugePath);
    await page
      .getByRole('alert')
      .getByText(/"huge.csv" is 5.2 MB; a roster import takes at most 5.0 MB/)
      .waitFor();

    // Ctrl+O from another screen opens the picker; a workbook offers its sheets.
    await goTo(page, 'Program setup');
    const chooser = await waitForFileChooser(page, () => page.keyboard.press('Control+O'));
    await chooser.setFiles('test/fixtures/roster/workbook-two-sheets.xlsx');
    await page.getByRole('heading', { level: 1, name: 'Import roster' }).waitFor();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Sheet', exact: true }).inputValue())
      .toBe('Roster');
    await expect.poll(() => previewText(page)).toContain('Jürgen');
    await pickOption(page, 'Sheet', 'Instructions');
    await expect.poll(() => previewText(page)).toContain('How to fill in this roster');

    // A name the catalog does not know can be added to it, and then counts as that competency.
    const newNamePath = join(dir, 'new-competency.csv');
    await writeFile(
      newNamePath,
      'Name,Email,Can offer\r\nLin Chen,lin.chen@example.org,"Coaching across cultures, Initiative"\r\n',
    );
    await chooseFile(page, 'Choose another file…', newNamePath);
    await page.getByRole('button', { name: 'Next: columns' }).click();
    await page.getByRole('button', { name: 'Next: review' }).click();
    await page.getByRole('button', { name: 'Add to catalog: “Coaching across cultures”' }).click();
    const addForm = page.getByRole('form', { name: 'Add to catalog' });
    await expect
      .poll(() => addForm.getByRole('textbox', { name: 'Name' }).inputValue())
      .toBe('Coaching across cultures');
    await pickOption(page, 'Category', 'People skills');
    await addForm.getByRole('button', { name: 'Add to catalog' }).click();
    await page.getByRole('status').getByText('Ready to import').waitFor();
    expect(await page.getByRole('table', { name: 'Competency names to check' }).count()).toBe(0);
    await expect
      .poll(() => page.getByRole('table', { name: 'New people' }).textContent())
      .toMatch(/Lin Chen.*2 \/ 0/);

    const template = await captureDownload(page, () =>
      page.getByRole('button', { name: 'Download CSV template' }).click(),
    );
    expect(template.name).toBe('Peer Mentor Desk roster template.csv');
    const text = template.data.toString('utf8').replace(/^\ufeff/, '');
    const lines = text.split(/\r\n/).filter((l) => l !== '');
    expect(lines).toHaveLength(3);
    expect(lines[0]?.split(',').slice(0, 4)).toEqual(['Name', 'First name', 'Last name', 'Email']);
    await context.close();
  });
});

/** A new program, the file chosen on the Import screen, and on to the Columns step. */
async function startFormImport(page: Page, path: string) {
  await createProgram(page, 'Harbourline Mentoring');
  await goTo(page, 'Import roster');
  await chooseFile(page, 'Choose file…', path);
  await page.getByRole('table', { name: 'Preview of the first rows' }).waitFor();
  await page.getByRole('button', { name: 'Next: columns' }).click();
  await page.getByRole('table', { name: 'Column mapping' }).waitFor();
}

const rosterFixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/roster/${name}`, import.meta.url));

/** The offers and wants the Participants table shows for a person, each sorted. */
async function competenciesOf(
  page: Page,
  name: string,
): Promise<{ offers: string[]; wants: string[] }> {
  await goTo(page, 'Participants');
  const row = page
    .getByRole('table', { name: 'Participants' })
    .getByRole('row')
    .filter({ hasText: name });
  const cells = row.locator('[title]');
  await expect.poll(() => cells.count()).toBeGreaterThanOrEqual(2);
  const list = async (i: number) =>
    ((await cells.nth(i).getAttribute('title')) ?? '').split(', ').sort();
  return { offers: await list(0), wants: await list(1) };
}

// Skills inventories as Google Forms and Microsoft Forms export them: repeated headers, grid
// questions mapped as one group with a rule per answer, a resubmission, namesakes and a cell that
// starts like a formula, imported from the committed fixtures.
describe('importing form exports', () => {
  it('imports a Google Forms export with sections and a checkbox grid', async () => {
    const { context, page } = await openApp(browser);
    await page.clock.setFixedTime(new Date('2026-09-20T10:00:00Z'));
    await startFormImport(page, rosterFixture('google-forms-sections.csv'));

    // The grid is one group, split by answer; the repeated question is named by its letters.
    const group = page.getByRole('combobox', {
      name: 'Goes to, for grid question Which competencies can you offer or would you like to develop? (columns H–M)',
    });
    await expect.poll(() => group.inputValue()).toBe('Offers and wants, by answer');
    const answers = page.getByRole('table', {
      name: 'Answers to Which competencies can you offer or would you like to develop?',
    });
    await expect.poll(() => answers.textContent()).toMatch(/I can offer23I want to develop22/);
    const meaning = (label: string) =>
      answers.getByRole('combobox', { name: `Meaning of the answer ${label}` });
    await expect.poll(() => meaning('I can offer').inputValue()).toBe('Can offer');
    await expect.poll(() => meaning('I want to develop').inputValue()).toBe('Wants to develop');
    await page
      .getByText(
        'For example, row 2 (Amaka Obi): can offer Flexibility, Analytical thinking, Developing others; wants to develop Analytical thinking.',
      )
      .waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('combobox', {
            name: 'Goes to, for column Anything else we should know? — column N',
          })
          .inputValue(),
      )
      .toBe('Notes');
    await expect
      .poll(() =>
        page
          .getByRole('combobox', {
            name: 'Goes to, for column How many mentees could you take on?',
          })
          .inputValue(),
      )
      .toBe('Custom field (kept as is)');
    await expect
      .poll(() =>
        page
          .getByRole('combobox', {
            name: 'Goes to, for column Your name (as in your email signature)',
          })
          .inputValue(),
      )
      .toBe('Name');
    await screenshot(page, 'survey-columns-google-grid');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Review: Dmitri answered twice; the two Wei Zhangs and the formula-like cell are pointed out.
    await page.getByRole('button', { name: 'Next: review' }).click();
    const dup = page.getByRole('table', {
      name: 'Rows with the email dmitri.volkov@harbourline.example',
    });
    await expect
      .poll(() => dup.textContent())
      .toMatch(/Department.*Engineering.*Platform engineering/);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Row 16, email' }).inputValue())
      .toBe('Dmitri.Volkov@harbourline.example');
    await page.getByText(/Rows 10 and 11 all name “Wei Zhang”, with different emails/).waitFor();
    const formulas = page.getByRole('table', { name: 'Cells that look like formulas' });
    await expect
      .poll(() => formulas.textContent())
      .toContain('Anything else we should know? — column P');
    await expect
      .poll(() =>
        page
          .getByRole('textbox', { name: 'Row 8, Anything else we should know? — column P' })
          .inputValue(),
      )
      .toContain('=HYPERLINK');
    await screenshot(page, 'survey-review-google');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Keep row 16' }).click();
    await page.getByRole('status').getByText('Ready to import').waitFor();
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor();
    await expect
      .poll(() => page.getByLabel('What the import did').textContent())
      .toMatch(/Added\s*14/);

    expect(await competenciesOf(page, 'Amaka Obi')).toEqual({
      offers: ['Analytical thinking', 'Developing others', 'Flexibility'],
      wants: ['Analytical thinking'],
    });
    await context.close();
  });

  it('imports a Microsoft Forms workbook, with the level rule moved up to Advanced', async () => {
    const { context, page } = await openApp(browser);
    await page.clock.setFixedTime(new Date('2026-09-20T10:00:00Z'));
    await startFormImport(page, rosterFixture('microsoft-forms-levels.xlsx'));

    // Microsoft's own columns are ignored: the form asks for the name and the work email.
    for (const header of ['ID', 'Start time', 'Completion time', 'Email', 'Name']) {
      await expect
        .poll(() =>
          page
            .getByRole('combobox', { name: `Goes to, for column ${header}`, exact: true })
            .inputValue(),
        )
        .toBe('Ignore');
    }
    const levels = page.getByRole('table', {
      name: 'Answers to Rate your current level in each competency',
    });
    await expect
      .poll(() => levels.textContent())
      .toMatch(/^Answer in the fileCellsMeansNovice.*Developing.*Intermediate.*Advanced.*Expert/);
    const meaning = (label: string) =>
      page.getByRole('combobox', { name: `Meaning of the answer ${label}` }).first();
    await expect.poll(() => meaning('Intermediate').inputValue()).toBe('Can offer');
    await pickOption(page, 'First answer of the upper part of the scale', 'Advanced');
    await expect.poll(() => meaning('Intermediate').inputValue()).toBe('Wants to develop');
    await expect.poll(() => meaning('Advanced').inputValue()).toBe('Can offer');
    await screenshot(page, 'survey-columns-microsoft-levels');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Next: review' }).click();
    await page.getByRole('status').getByText('Ready to import').waitFor();
    await screenshot(page, 'survey-review-microsoft');
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor();
    await expect
      .poll(() => page.getByLabel('What the import did').textContent())
      .toMatch(/Added\s*12/);

    // Ifeoma: Advanced, Intermediate, Expert, Developing, Intermediate; she offers Managing change
    // and wants Decisiveness.
    expect(await competenciesOf(page, 'Ifeoma Eze')).toEqual({
      offers: ['Initiative', 'Managing change', 'Oral communication'],
      wants: ['Decisiveness', 'Flexibility', 'Fostering teamwork', 'Strategic thinking'],
    });
    await context.close();
  });
});
