import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import {
  captureDownload,
  dismissNotifications,
  goTo,
  launchBrowser,
  openApp,
  screenshot,
  seriousA11yViolations,
} from './browser';
import { readDocx } from '../docx-check/docx-reader';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The demo before pairing: its 24 people signed up for the coming cycle, nobody paired yet. */
async function loadDemo(page: Page): Promise<void> {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'Demo before pairing' }).click();
  await page.getByText('Demo program loaded').first().waitFor();
}

async function a11y(page: Page, where: string, problems: string[]): Promise<void> {
  await page.waitForTimeout(250);
  problems.push(...(await seriousA11yViolations(page)).map((v) => `${where}: ${v}`));
}

/** Names of the people in a pairing team card, in the card's order. */
async function memberNames(card: Locator): Promise<string[]> {
  const names: string[] = [];
  for (const member of await card.getByTestId('team-member').all()) {
    names.push(((await member.locator('p').first().textContent()) ?? '').trim());
  }
  return names;
}

/** Runs the pairing and confirms the 12 pairs through the Pairing screen, as a coordinator would. */
async function pairAndConfirm(page: Page): Promise<void> {
  await goTo(page, 'Pairing');
  await page.getByRole('button', { name: 'Run pairing' }).first().click();
  await expect.poll(() => page.getByTestId('team-card').count()).toBe(12);
  await page.getByRole('button', { name: 'Confirm 12 pairs' }).click();
  await page
    .getByRole('dialog', { name: 'Confirm 12 pairs?' })
    .getByRole('button', { name: 'Confirm 12 pairs' })
    .click();
  await expect
    .poll(() => page.getByRole('button', { name: /^Choose competencies for/ }).count())
    .toBe(12);
}

/** A Saturday in the same month as `iso` (YYYY-MM-DD). */
function saturdayInMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  for (let d = 1; d <= 7; d++) {
    if (new Date(Date.UTC(y, m - 1, d)).getUTCDay() === 6)
      return `${iso.slice(0, 8)}${String(d + 7).padStart(2, '0')}`;
  }
  throw new Error('unreachable');
}

function card(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

describe('schedule, documents and letters', () => {
  it('generates the schedule, exports it, builds every document, edits the letter text and tracks letters sent', async () => {
    const { context, page } = await openApp(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const problems: string[] = [];
    await loadDemo(page);
    await dismissNotifications(page);

    // Before pairing, the documents that need pairs say so and link to Pairing.
    await goTo(page, 'Documents');
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    await card(page, 'Pairing letters').getByText('No pairs are confirmed yet').waitFor();
    await card(page, 'Pairing letters').getByRole('link', { name: 'Go to Pairing' }).waitFor();
    await card(page, 'Annual schedule handout')
      .getByRole('link', { name: 'Generate it on the Schedule screen' })
      .waitFor();
    await screenshot(page, 'documents-before-pairing');
    await goTo(page, 'Send letters');
    await page.getByRole('heading', { name: 'No confirmed pairs yet' }).waitFor();

    await pairAndConfirm(page);
    const pair1 = await memberNames(page.getByRole('article', { name: 'Pair 01' }));
    expect(pair1).toHaveLength(2);

    // Schedule: generate the year from the rule.
    await goTo(page, 'Schedule');
    await page.getByRole('heading', { level: 1, name: 'Schedule' }).waitFor();
    await page.getByRole('textbox', { name: 'Usual place' }).fill('Board room, 4th floor');
    await page.getByRole('textbox', { name: 'Usual place' }).blur();
    await page.getByRole('button', { name: 'Generate the year' }).click();
    const events = page.getByTestId('schedule-event');
    await expect.poll(() => events.count()).toBe(9);
    expect(
      await page
        .getByRole('textbox', { name: /^Place of / })
        .first()
        .inputValue(),
    ).toBe('Board room, 4th floor');

    // Move the first topic meeting to a Saturday: a warning appears next to it.
    const meeting = page.getByRole('article', { name: /: Group meeting: Self-management skills$/ });
    const dateInput = meeting.getByLabel(/^Date of /);
    const saturday = saturdayInMonth(await dateInput.inputValue());
    await dateInput.fill(saturday);
    await dateInput.blur();
    await meeting.getByText(/falls on a Saturday/).waitFor();
    await page.getByText(/1 thing to look at/).waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'schedule');
    await a11y(page, 'schedule', problems);

    // Generating again asks first; cancelling keeps the edit.
    await page.getByRole('button', { name: 'Generate the year again' }).click();
    await page
      .getByRole('dialog', { name: 'Lay out the year again?' })
      .getByRole('button', { name: 'Keep it' })
      .click();
    expect(await dateInput.inputValue()).toBe(saturday);

    // Export .ics: a calendar with the nine months.
    const ics = await captureDownload(page, () =>
      page.getByRole('button', { name: 'Export .ics' }).click(),
    );
    expect(ics.name).toMatch(/ - schedule\.ics$/);
    const calendar = ics.data.toString('utf8');
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(9);
    expect(calendar).toContain(`DTSTART:${saturday.replace(/-/g, '')}T120000`);
    expect(calendar).toContain('LOCATION:Board room\\, 4th floor');

    // Documents: letters in one file.
    await goTo(page, 'Documents');
    const letters = card(page, 'Pairing letters');
    await letters.getByText('12 letters to 24 people (12 pairs), each on a new page').waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'documents');
    await a11y(page, 'documents', problems);
    const combined = await captureDownload(page, () =>
      letters.getByRole('button', { name: 'Save .docx' }).click(),
    );
    expect(combined.name).toMatch(/^Pairing letters - Larkfield Health — Peer Mentoring .+\.docx$/);
    const combinedDocx = readDocx(combined.data);
    expect(combinedDocx.sectionTexts).toHaveLength(12);
    for (const name of pair1) expect(combinedDocx.sectionTexts[0]).toContain(name);
    expect(combinedDocx.text).not.toContain('{{');
    expect(combinedDocx.text).not.toMatch(/[+\u2212]\d|points?\b/);
    expect(combinedDocx.text).toContain('Board room, 4th floor');
    // Every letter's footer names its pair.
    expect(combinedDocx.footerXml).toHaveLength(12);

    // One file per pair: a .zip with one letter per pair, named after the pair.
    await letters.getByText('One file per pair').click();
    let started = Date.now();
    const zip = await captureDownload(page, () =>
      letters.getByRole('button', { name: 'Save 12 files' }).click(),
    );
    console.log(`12 letter files (browser, worker): ${Date.now() - started} ms`);
    expect(zip.name).toMatch(/^Pairing letters - .+\.zip$/);
    const files = unzipSync(new Uint8Array(zip.data));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(12);
    expect(names.every((n) => /^Pair \d\d - .+ & .+\.docx$/.test(n))).toBe(true);
    const first = names.find((n) => n.startsWith('Pair 01 - '))!;
    for (const name of pair1) expect(first).toContain(name.split(' ').pop()!);
    const firstText = readDocx(files[first]!).text;
    for (const name of pair1) expect(firstText).toContain(name);
    expect(firstText).not.toContain('{{');

    // Worksheets for a meeting: personalised, one page per person.
    const worksheet = card(page, 'Competency worksheet');
    await worksheet.getByRole('radio', { name: /Personalised/ }).check();
    await worksheet.getByText('24 people, a worksheet each · 24 pages').waitFor();
    started = Date.now();
    const sheets = await captureDownload(page, () =>
      worksheet.getByRole('button', { name: 'Save .docx' }).click(),
    );
    console.log(`24 personalised worksheets (browser, worker): ${Date.now() - started} ms`);
    expect(sheets.name).toMatch(/^Worksheets - Self-management skills - /);
    const sheetsDocx = readDocx(sheets.data);
    expect(sheetsDocx.sectionTexts).toHaveLength(24);
    expect(sheetsDocx.text).toContain(pair1[0]!);

    // The group meeting pack: the agenda, the sign-in sheet with all names, then the topic worksheet.
    const pack = card(page, 'Group meeting pack');
    await pack
      .getByText(/^Agenda \(1 page\), sign-in sheet with 24 names \(1 page\), then a blank worksheet/)
      .waitFor();
    const packFile = await captureDownload(page, () =>
      pack.getByRole('button', { name: 'Save .docx' }).click(),
    );
    expect(packFile.name).toBe(
      `Group meeting pack - ${saturday} - ${combined.name.replace(/^Pairing letters - /, '')}`,
    );
    const packText = readDocx(packFile.data).text;
    expect(packText).toContain('Attendance');
    expect(packText).toContain('Self-management skills: what these competencies look like at work');
    for (const name of pair1) expect(packText).toContain(name);
    expect(packText).toMatch(new RegExp(`${pair1[0]}\\nPair 01\\n`));

    // Agendas: edit the topic meetings' agenda; it is saved as typed, a problem holds the pack
    // back, and the printed timings follow; then back to the default.
    await pack.getByRole('button', { name: 'Edit agendas' }).click();
    const agendas = page.getByRole('dialog', { name: 'Group meeting agendas' });
    await agendas.getByRole('tab', { name: 'Topic meetings', selected: true }).waitFor();
    await agendas.getByRole('textbox', { name: 'What happens, line 1' }).fill('Coffee and {subject}');
    await agendas.getByText('{subject} is not a placeholder').waitFor();
    await agendas.getByRole('textbox', { name: 'Minutes, line 1' }).fill('40');
    await agendas.getByTestId('agenda-total').getByText('2.5 h in all.').waitFor();
    await agendas.getByText('the printed timings are scaled to fit').waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'documents-agendas');
    await a11y(page, 'agenda editor', problems);
    await agendas.getByRole('textbox', { name: 'What happens, line 1' }).fill('Coffee and {topic} news');
    await agendas.getByText('Saved').waitFor();
    await agendas.getByRole('button', { name: 'Done' }).click();
    await pack.getByText('your own for topic meetings').waitFor();
    const ownAgenda = readDocx(
      (await captureDownload(page, () => pack.getByRole('button', { name: 'Save .docx' }).click())).data,
    ).sectionTexts[0] ?? '';
    expect(ownAgenda).toContain('Coffee and Self-management skills news');
    // 40 of 150 minutes scaled to the two-hour meeting: 32 minutes, rounded to 35 in five-minute steps.
    expect(ownAgenda).toMatch(/^12:00\n35\nCoffee and Self-management skills news\n12:35$/m);
    await pack.getByRole('button', { name: 'Edit agendas' }).click();
    await agendas.getByRole('button', { name: 'Reset to the default' }).click();
    await page.getByRole('dialog', { name: /^Go back to the default plan/ }).getByRole('button', { name: 'Use the default' }).click();
    await expect.poll(() => agendas.getByRole('textbox', { name: 'What happens, line 1' }).inputValue()).toBe('Welcome, and one news item from each pair');
    await agendas.getByRole('button', { name: 'Done' }).click();
    await pack.getByText('the app’s default for topic meetings').waitFor();

    // Skills inventory: the return day is set where the form is made and printed on it.
    const inventory = card(page, 'Skills inventory form');
    await inventory.getByText('No day set: each form gets a line to write it in.').waitFor();
    const returnBy = inventory.getByLabel('Return by');
    await returnBy.fill('2030-09-25');
    await returnBy.blur();
    await inventory.getByText('Each form asks for it back by').waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'documents-inventory-return-by');
    const form = readDocx(
      (await captureDownload(page, () => inventory.getByRole('button', { name: 'Save .docx' }).click())).data,
    ).text;
    expect(form).toContain('Wednesday\u00a025\u00a0September\u00a02030');
    expect(form).toContain('Please do not pair me with');

    // A blank agreement for a triad has three signature rows.
    const agreement = card(page, 'Peer mentoring agreement');
    await agreement.getByText('Blank, to fill in by hand').click();
    await agreement.getByText('For a triad (3 signatures)').click();
    await agreement.getByText('1 blank agreement for a triad · 2 pages').waitFor();
    await dismissNotifications(page);
    await agreement.screenshot({ path: 'test-results/screens/documents-agreement-triad.png' });
    const triad = readDocx(
      (await captureDownload(page, () => agreement.getByRole('button', { name: 'Save .docx' }).click())).data,
    ).text;
    expect(triad).toContain('Partner 3');
    expect(triad).toContain('Received by the coordinator');
    await agreement.getByText('One per pair or triad').click();
    await dismissNotifications(page);

    // The agreement, the handout and the skills form build too.
    for (const title of [
      'Peer mentoring agreement',
      'Annual schedule handout',
      'Skills inventory form',
    ]) {
      const doc = await captureDownload(page, () =>
        card(page, title).getByRole('button', { name: 'Save .docx' }).click(),
      );
      expect(readDocx(doc.data).text.length).toBeGreaterThan(200);
    }
    await dismissNotifications(page);

    // Letter text: an unknown placeholder is named with its line, and letters are held back.
    await letters.getByRole('button', { name: 'Edit letter text' }).click();
    const editor = page.getByRole('dialog', { name: 'Pairing letter text' });
    const text = editor.getByRole('textbox', { name: 'Letter text' });
    const preview = editor.getByTestId('letter-preview');
    const firstNames = pair1.map((n) => n.split(' ')[0]);
    await expect
      .poll(async () =>
        /Dear (.+) and (.+),/
          .exec(await preview.innerText())
          ?.slice(1, 3)
          .sort(),
      )
      .toEqual([...firstNames].sort());
    await text.fill(`${await text.inputValue()}\n\nP.S. Your colour: {{favourite colour}}`);
    await editor.getByText(/unknown placeholder \{\{favourite colour\}\}/).waitFor();
    const lines = (await text.inputValue()).split('\n').length;
    await editor
      .getByRole('button', { name: new RegExp(`^Line ${lines}, column 19: unknown placeholder`) })
      .waitFor();
    await expect.poll(() => preview.innerText()).toContain('P.S. Your colour: ');
    expect(await preview.innerText()).not.toContain('{{');
    await page.screenshot({ path: 'test-results/screens/letter-template.png' });
    await a11y(page, 'letter template', problems);
    await editor.getByRole('button', { name: /^Insert \{\{schedule\}\}/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/letter-template-placeholders.png' });
    await editor.getByRole('button', { name: 'Done' }).click();
    await letters
      .getByRole('alert')
      .getByText(/letter text has 1 problem/)
      .waitFor();
    expect(await letters.getByRole('button', { name: 'Save 12 files' }).isDisabled()).toBe(true);

    // Send letters: the letter text problem shows there too; reset to the default fixes it.
    await goTo(page, 'Send letters');
    await page.getByText('The letter text needs fixing before letters can be saved').waitFor();
    await page.getByRole('button', { name: 'Edit letter text' }).first().click();
    await editor.getByRole('button', { name: 'Reset to the default text' }).click();
    await page
      .getByRole('dialog', { name: 'Go back to the default letter text?' })
      .getByRole('button', { name: 'Use the default text' })
      .click();
    await editor.getByText('No problems: every placeholder is known.').waitFor();
    await editor.getByRole('button', { name: 'Done' }).click();
    await expect
      .poll(() =>
        page.getByText('The letter text needs fixing before letters can be saved').count(),
      )
      .toBe(0);

    // One row per pair, with both addresses to copy and the letter to save.
    const rows = page.getByTestId('letter-row');
    await expect.poll(() => rows.count()).toBe(12);
    const row1 = page.getByRole('row', { name: 'Pair 01' });
    await row1.getByRole('button', { name: 'Copy the addresses of Pair 01' }).click();
    const copied = await page.evaluate(() =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
      ).navigator.clipboard.readText(),
    );
    expect(copied.split('; ')).toHaveLength(2);
    expect(copied).toMatch(/^[^;\s]+@example\.org; [^;\s]+@example\.org$/);
    // A note for Pair 01 only: saved at once, shown in the row, printed in that letter only.
    const note = 'I have booked the library for your first meeting on Thursday 17 September at 12:00.';
    await row1.getByRole('button', { name: 'Add a note to the letter to Pair 01' }).click();
    const noteDialog = page.getByRole('dialog', { name: 'A note for Pair 01 only' });
    const noteBox = noteDialog.getByRole('textbox', { name: 'Extra paragraph' });
    await noteBox.fill('I have booked the library');
    await page.screenshot({ path: 'test-results/screens/send-letters-note.png' });
    await a11y(page, 'letter note', problems);
    // Closed at once with Escape, before the pause that saves: what was typed is still saved.
    await noteBox.fill(note);
    await page.keyboard.press('Escape');
    await expect.poll(() => row1.getByTestId('letter-note').innerText()).toBe(note);
    const single = await captureDownload(page, () =>
      row1.getByRole('button', { name: /^Save letter Pair 01 - / }).click(),
    );
    expect(single.name).toBe(first);
    const singleText = readDocx(single.data).text;
    expect(singleText).toContain(note);
    expect(singleText).toContain('Why we paired you');
    expect(singleText).not.toMatch(/[+\u2212]\d|points?\b/);
    // Confirmed from the suggestion, not yet agreed by the partners.
    expect(singleText).toContain('To confirm together');

    // Mark one as sent: saved at once, and the filter hides it.
    await row1.getByRole('checkbox', { name: 'Letter to Pair 01 sent' }).check();
    await page.getByText('1 of 12 sent').waitFor();
    await page.getByText('Not sent yet (11)').click();
    await expect.poll(() => rows.count()).toBe(11);
    expect(await page.getByRole('row', { name: 'Pair 01' }).count()).toBe(0);
    await dismissNotifications(page);
    await screenshot(page, 'send-letters');
    await a11y(page, 'send letters', problems);

    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await goTo(page, 'Send letters');
    await page.getByText('1 of 12 sent').waitFor();
    await page.getByText('All (12)').click();
    await screenshot(page, 'send-letters-all');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('builds 150 letter files and 300 personalised worksheets without freezing the screen (times logged)', async () => {
    const { context, page } = await openApp(browser);
    await loadDemo(page);
    await seedLargeProgram(page, 150);
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await goTo(page, 'Schedule');
    await page.getByRole('button', { name: 'Generate the year' }).click();
    await expect.poll(() => page.getByTestId('schedule-event').count()).toBe(9);

    await goTo(page, 'Documents');
    const letters = card(page, 'Pairing letters');
    await letters.getByText('150 letters to 300 people (150 pairs), each on a new page').waitFor();
    await letters.getByText('One file per pair').click();

    await watchMainThread(page);
    let started = Date.now();
    const zip = await captureDownload(page, async () => {
      await letters.getByRole('button', { name: 'Save 150 files' }).click();
      // Progress is shown per letter while the worker builds them.
      await page.getByText(/^Letter \d+ of 150…$/).waitFor();
    });
    const lettersMs = Date.now() - started;
    const lettersStall = await longestStall(page);
    expect(Object.keys(unzipSync(new Uint8Array(zip.data)))).toHaveLength(150);

    const worksheet = card(page, 'Competency worksheet');
    await worksheet.getByRole('radio', { name: /Personalised/ }).check();
    await worksheet.getByText('300 people, a worksheet each · 300 pages').waitFor();
    await watchMainThread(page);
    started = Date.now();
    const sheets = await captureDownload(page, () =>
      worksheet.getByRole('button', { name: 'Save .docx' }).click(),
    );
    const sheetsMs = Date.now() - started;
    const sheetsStall = await longestStall(page);
    expect(readDocx(sheets.data).sectionTexts).toHaveLength(300);

    await watchMainThread(page);
    started = Date.now();
    const combined = await captureDownload(page, async () => {
      await letters.getByText('All in one document').click();
      await letters.getByRole('button', { name: 'Save .docx' }).click();
    });
    const combinedMs = Date.now() - started;
    const combinedStall = await longestStall(page);
    expect(readDocx(combined.data).sectionTexts).toHaveLength(150);

    console.log(
      '\n  Documents built in the browser (documents worker, headless Chromium, 2 shared cores)',
    );
    console.log('  what                              time      longest UI stall');
    console.log(
      `  150 letter files (.zip)      ${String(lettersMs).padStart(8)} ms  ${String(lettersStall).padStart(8)} ms`,
    );
    console.log(
      `  300 personalised worksheets  ${String(sheetsMs).padStart(8)} ms  ${String(sheetsStall).padStart(8)} ms`,
    );
    console.log(
      `  150 letters in one document  ${String(combinedMs).padStart(8)} ms  ${String(combinedStall).padStart(8)} ms`,
    );
    await context.close();
  });
});

/** Page-side state of the main-thread watch (the page is a browser; this file is typed for Node). */
type StallWatch = {
  __stall?: { max: number; last: number; timer: ReturnType<typeof setInterval> | undefined };
};

/** Starts measuring the longest gap between timer ticks on the page's main thread. */
async function watchMainThread(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = globalThis as unknown as StallWatch;
    if (w.__stall) clearInterval(w.__stall.timer);
    const state: NonNullable<StallWatch['__stall']> = {
      max: 0,
      last: performance.now(),
      timer: undefined,
    };
    state.timer = setInterval(() => {
      const now = performance.now();
      state.max = Math.max(state.max, now - state.last);
      state.last = now;
    }, 10);
    w.__stall = state;
  });
}

/** The longest main-thread gap since `watchMainThread`, in whole milliseconds. */
async function longestStall(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = globalThis as unknown as StallWatch;
    if (!w.__stall) return -1;
    clearInterval(w.__stall.timer);
    return Math.round(w.__stall.max);
  });
}

/**
 * Runs in the page (plain JavaScript, as the page sees it): grows the current program to
 * `pairCount` confirmed pairs straight in IndexedDB, with copies of its people under their own
 * names and addresses, paired in order. Only for measuring big document sets.
 */
const SEED_LARGE_PROGRAM = `async (pairCount) => {
  const request = indexedDB.open('peer-mentor-desk');
  const db = await new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const ask = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const programId = (await ask(db.transaction('meta').objectStore('meta').get('currentProgramId'))).value;
  const all = await ask(db.transaction('participants').objectStore('participants').getAll());
  const demo = all.filter((p) => p.programId === programId);
  const people = [...demo];
  for (let i = 0; people.length < pairCount * 2; i++) {
    const base = demo[i % demo.length];
    const lastName = base.lastName + '-' + (Math.floor(i / demo.length) + 2);
    const email = base.firstName.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') + '.' + i + '@example.org';
    people.push({ ...base, id: crypto.randomUUID(), lastName, name: base.firstName + ' ' + lastName, email, emailKey: email });
  }
  const now = new Date().toISOString();
  const tx = db.transaction(['participants', 'teams', 'teamMembers'], 'readwrite');
  for (const p of people.slice(demo.length)) tx.objectStore('participants').put(p);
  for (let t = 0; t < pairCount; t++) {
    const teamId = crypto.randomUUID();
    tx.objectStore('teams').put({
      id: teamId, programId, kind: 'pair', status: 'confirmed', number: t + 1, locked: false, facilitated: false,
      score: 3, reasons: ['Each offers what the other wants to develop.'], competencyIds: [], letterSentOn: '',
      createdAt: now, updatedAt: now,
    });
    for (const p of [people[2 * t], people[2 * t + 1]]) {
      tx.objectStore('teamMembers').put({ id: crypto.randomUUID(), teamId, programId, participantId: p.id });
    }
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}`;

async function seedLargeProgram(page: Page, pairs: number): Promise<void> {
  await page.evaluate(`(${SEED_LARGE_PROGRAM})(${pairs})`);
}
