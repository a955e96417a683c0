/**
 * Sending, end to end on the demo year in progress (clock fixed to Saturday 5 December 2026):
 * "Prepare e-mails" on Send letters downloads one .eml draft per team whose letter is not sent
 * yet, each read back here with postal-mime (addresses of both partners, subject, the unsent
 * mark, the letter attached as a real .docx); the coordinator is then asked, and only then are
 * the letters marked sent. A check-in request is saved as a draft too. The pairing plan is
 * exported from the Pairing board as .xlsx (read back with read-excel-file) and .csv.
 */
import { mkdirSync } from 'node:fs';
import Papa from 'papaparse';
import PostalMime from 'postal-mime';
import readXlsxFile from 'read-excel-file/universal';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoProgram } from '../../src/renderer/src/domain/demo/demo-program';
import { PLAN_EXPORT_HEADERS } from '../../src/renderer/src/domain/pairing/plan-export';
import { readDocx } from '../docx-check/docx-reader';
import {
  captureDownload,
  dismissNotifications,
  goTo,
  launchBrowser,
  openApp,
  seriousA11yViolations,
} from './browser';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens';
mkdirSync(SHOTS, { recursive: true });

const TODAY = '2026-12-05';
let nextId = 0;
const DEMO = buildDemoProgram(`${TODAY}T10:00:00.000Z`, () => `id-${++nextId}`, 'year-in-progress');
const YEAR = DEMO.year!;
const byId = new Map(DEMO.participants.map((p) => [p.id, p]));
/** Each demo team's people by team number. */
const PEOPLE = new Map(
  YEAR.teams.map((t) => [
    t.number,
    YEAR.teamMembers.filter((m) => m.teamId === t.id).map((m) => byId.get(m.participantId)!),
  ]),
);
const UNSENT = YEAR.teams.filter((t) => t.letterSentOn === '').map((t) => t.number);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

async function a11y(page: Page, where: string, problems: string[]): Promise<void> {
  await page.waitForTimeout(200);
  problems.push(...(await seriousA11yViolations(page)).map((v) => `${where}: ${v}`));
}

function label(number: number): string {
  return `Pair ${String(number).padStart(2, '0')}`;
}

describe('sending', () => {
  it('prepares e-mail drafts for the letters not sent yet, asks before marking them sent, and exports the plan', async () => {
    expect(UNSENT.length).toBeGreaterThan(1);
    const { page } = await openApp(browser, '', new Date(`${TODAY}T10:00:00`));
    const problems: string[] = [];
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Start from a demo program' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await dismissNotifications(page);

    // Send letters: the drafts, for the teams whose letter is not sent yet (ticked by default).
    await goTo(page, 'Send letters');
    await page.getByRole('heading', { level: 1, name: 'Send letters' }).waitFor();
    await expect.poll(() => page.getByTestId('letter-row').count()).toBe(YEAR.teams.length);
    await page
      .getByText(`${YEAR.teams.length - UNSENT.length} of ${YEAR.teams.length} sent`)
      .waitFor();
    await shot(page, 'sending-send-letters');
    await page.getByRole('button', { name: 'Prepare e-mails' }).click();
    const chooser = page.getByRole('dialog', { name: 'Prepare e-mails' });
    await chooser.waitFor();
    const boxes = chooser.getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBe(YEAR.teams.length);
    for (const team of YEAR.teams) {
      const box = chooser.getByRole('checkbox', { name: new RegExp(`^${label(team.number)}:`) });
      expect(await box.isChecked()).toBe(team.letterSentOn === '');
    }
    await shot(page, 'sending-prepare-dialog');
    await a11y(page, 'prepare e-mails dialog', problems);

    const zip = await captureDownload(page, () =>
      chooser.getByRole('button', { name: `Prepare ${UNSENT.length} e-mails` }).click(),
    );
    expect(zip.name).toMatch(/^Pairing e-mails - .+\.zip$/);
    const files = unzipSync(new Uint8Array(zip.data));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(UNSENT.length);
    for (const number of UNSENT) {
      const people = PEOPLE.get(number)!;
      const name = names.find((n) => n.startsWith(`${label(number)} - `));
      expect(name, `draft for ${label(number)}`).toMatch(/\.eml$/);
      const email = await PostalMime.parse(files[name!]!);
      expect(email.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
      expect(email.from?.address).toBe(DEMO.program.coordinatorEmail);
      expect(email.to?.map((a) => a.address).sort()).toEqual(people.map((p) => p.email).sort());
      expect(email.to?.map((a) => a.name).sort()).toEqual(people.map((p) => p.name).sort());
      expect(email.subject).toBe(`${DEMO.program.name}: your peer mentoring partner`);
      for (const p of people) expect(email.text).toContain(p.firstName);
      expect(email.attachments).toHaveLength(1);
      const letter = email.attachments[0]!;
      expect(letter.filename).toBe(name!.replace(/\.eml$/, '.docx'));
      expect(email.text).toContain(`(${letter.filename})`);
      const docx = readDocx(new Uint8Array(letter.content as ArrayBuffer));
      for (const p of people) expect(docx.text).toContain(p.name);
    }

    // Afterwards the coordinator is asked; nothing is marked until they say so.
    const done = page.getByRole('dialog', { name: `${UNSENT.length} e-mails prepared` });
    await done.waitFor();
    await done.getByText(/Downloaded together as “Pairing e-mails - .+\.zip”/).waitFor();
    await shot(page, 'sending-prepared-dialog');
    await a11y(page, 'e-mails prepared dialog', problems);
    await page
      .getByText(`${YEAR.teams.length - UNSENT.length} of ${YEAR.teams.length} sent`)
      .waitFor();
    await done.getByRole('button', { name: `Mark ${UNSENT.length} letters as sent` }).click();
    await page.getByText(`${YEAR.teams.length} of ${YEAR.teams.length} sent`).waitFor();
    for (const number of UNSENT)
      expect(
        await page.getByRole('checkbox', { name: `Letter to ${label(number)} sent` }).isChecked(),
      ).toBe(true);
    await dismissNotifications(page);

    // A check-in request as a draft.
    await goTo(page, 'Check-ins');
    await page.getByRole('heading', { level: 1, name: 'Check-ins' }).waitFor();
    await page
      .getByRole('button', { name: 'All', exact: true })
      .click()
      .catch(() => undefined);
    const first = YEAR.teams.map((t) => t.number).sort((a, b) => a - b)[0]!;
    const checkIn = await captureDownload(page, () =>
      page
        .getByRole('button', { name: `Save the check-in e-mail to ${label(first)} as a draft` })
        .click(),
    );
    expect(checkIn.name).toBe(`Check-in request - ${label(first)}.eml`);
    const request = await PostalMime.parse(new Uint8Array(checkIn.data));
    expect(request.subject).toBe('How is your peer mentoring going?');
    expect(request.to?.map((a) => a.address).sort()).toEqual(
      PEOPLE.get(first)!
        .map((p) => p.email)
        .sort(),
    );
    expect(request.text).toContain('Are your contributions equal?');
    expect(request.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    await page.getByText('E-mail draft saved').first().waitFor();
    await shot(page, 'sending-check-ins');
    await dismissNotifications(page);

    // A reminder to a team needing attention, as a draft.
    await goTo(page, 'Needs attention');
    await page.getByRole('heading', { level: 1, name: 'Pairs needing attention' }).waitFor();
    const flagged = page.getByTestId('attention-team').first();
    const flaggedLabel = (await flagged.getAttribute('aria-label'))!;
    await flagged.getByRole('button', { name: `More actions for ${flaggedLabel}` }).click();
    await page
      .getByRole('menuitem', { name: 'Save the reminder as an e-mail draft (.eml)' })
      .waitFor();
    await shot(page, 'sending-attention-menu');
    const reminder = await captureDownload(page, () =>
      page.getByRole('menuitem', { name: 'Save the reminder as an e-mail draft (.eml)' }).click(),
    );
    expect(reminder.name).toBe(`Reminder - ${flaggedLabel}.eml`);
    const reminderMail = await PostalMime.parse(new Uint8Array(reminder.data));
    const flaggedPeople = PEOPLE.get(Number(flaggedLabel.slice(-2)))!.filter(
      (p) => p.status === 'active',
    );
    expect(reminderMail.to?.map((a) => a.address).sort()).toEqual(
      flaggedPeople.map((p) => p.email).sort(),
    );
    expect(reminderMail.subject?.length).toBeGreaterThan(0);
    expect(reminderMail.text).toContain(DEMO.program.coordinatorName);
    expect(reminderMail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    await dismissNotifications(page);

    // The plan for sign-off, from the Pairing board.
    await goTo(page, 'Pairing');
    await page.getByRole('heading', { name: 'Confirmed teams' }).waitFor();
    await page.getByRole('button', { name: 'Export plan' }).click();
    await page.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' }).waitFor();
    await shot(page, 'sending-export-plan-menu');
    const xlsx = await captureDownload(page, () =>
      page.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' }).click(),
    );
    expect(xlsx.name).toMatch(/^Pairing plan - .+\.xlsx$/);
    const sheets = await readXlsxFile(new Uint8Array(xlsx.data).buffer, { trim: false });
    const table = sheets[0]!.data.map((row) => row.map((c) => (c === null ? '' : String(c))));
    expect(table[0]).toEqual([...PLAN_EXPORT_HEADERS]);
    const teamRows = table.slice(1).filter((r) => r[1] === 'Confirmed');
    expect(teamRows.map((r) => r[0])).toEqual(
      YEAR.teams
        .map((t) => t.number)
        .sort((a, b) => a - b)
        .map(label),
    );
    for (const row of teamRows) {
      const number = Number(row[0]!.slice(-2));
      const people = PEOPLE.get(number)!;
      expect(row[2]!.split('\n').sort()).toEqual(people.map((p) => p.name).sort());
      expect(row[4]!.split('\n').sort()).toEqual(people.map((p) => p.email).sort());
      expect(row[3]!.split('\n')).toHaveLength(2);
      expect(row[5]).not.toMatch(/[+\u2212]\s*\d|points?|score/i);
      expect(row[5]!.length).toBeGreaterThan(0);
    }
    // The team that has not chosen competencies yet shows its suggestion, marked as such.
    expect(teamRows.some((r) => r[7] === 'Chosen by the team')).toBe(true);

    await page.getByRole('button', { name: 'Export plan' }).click();
    const csv = await captureDownload(page, () =>
      page.getByRole('menuitem', { name: 'CSV (.csv)' }).click(),
    );
    expect(csv.name).toMatch(/^Pairing plan - .+\.csv$/);
    const text = csv.data.toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual(table);

    expect(problems).toEqual([]);
  });

  it('exports proposed pairs, before they are confirmed, with suggested competencies', async () => {
    const { page } = await openApp(browser, '', new Date(`${TODAY}T10:00:00`));
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Demo before pairing' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await dismissNotifications(page);
    await goTo(page, 'Pairing');
    await page.getByRole('button', { name: 'Run pairing' }).first().click();
    await expect.poll(() => page.getByTestId('team-card').count()).toBe(12);
    await dismissNotifications(page);
    await page.getByRole('button', { name: 'Export plan' }).click();
    const csv = await captureDownload(page, () =>
      page.getByRole('menuitem', { name: 'CSV (.csv)' }).click(),
    );
    const rows = Papa.parse<string[]>(csv.data.toString('utf8').slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toEqual([...PLAN_EXPORT_HEADERS]);
    const teams = rows.slice(1);
    expect(teams).toHaveLength(12);
    for (const row of teams) {
      expect(row[0]).toMatch(/^(Pair|Triad) \d\d$/);
      expect(row[1]).toBe('Proposed');
      expect(row[2]!.split('\n')).toHaveLength(2);
      expect(row[4]!.split('\n').every((e) => e.endsWith('@example.org'))).toBe(true);
      expect(row[5]).not.toMatch(/[+\u2212]\s*\d|points?|score/i);
      expect(row[6]!.split('\n').length).toBeGreaterThanOrEqual(DEMO.program.rules.minTotal);
      expect(row[7]).toBe('Suggested, not chosen yet');
    }
  });
});
