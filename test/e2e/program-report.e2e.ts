import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { convertToPdf, libreOfficeCommand, pdfPageCount } from '../docx-check/all-documents';
import { captureDownload, dismissNotifications, goTo, launchBrowser, openApp, screenshot, seriousA11yViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const NOTES = 'Agree on written goals at orientation.\n- Move the March meeting out of the budget weeks.';

describe('the program report', () => {
  it('keeps the next-year text as it is typed, saves the report with its charts and the program tables as CSV', async () => {
    const { context, page } = await openApp(browser, '', new Date('2026-12-08T10:00:00Z'));
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Start from a demo program' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await dismissNotifications(page);
    await goTo(page, 'Documents');
    const card = page.getByRole('region', { name: 'Program report' });
    const notes = card.getByLabel('What we will change next year');
    await notes.fill(NOTES);
    await card.getByText('Until you write it').waitFor({ state: 'detached' });
    // Saved as typed: it is there after the window is reloaded.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await goTo(page, 'Documents');
    await expect.poll(() => card.getByLabel('What we will change next year').inputValue()).toBe(NOTES);
    await screenshot(page, 'documents-program-report');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const report = await captureDownload(page, () => card.getByRole('button', { name: 'Save .docx' }).click());
    expect(report.name).toMatch(/^Program report - .+\.docx$/);
    // Kept for people to open and look at (charts drawn by Chromium's canvas).
    mkdirSync('test-results/documents', { recursive: true });
    writeFileSync('test-results/documents/program-report-demo.docx', report.data);
    const docx = unzipSync(new Uint8Array(report.data));
    const images = Object.entries(docx).filter(([name]) => name.startsWith('word/media/'));
    const xml = new TextDecoder().decode(docx['word/document.xml']);
    // At least participation, attendance, meetings, balance and wants are drawn in the demo's year;
    // every picture is a PNG the canvas made, and each is placed in the text once.
    expect(images.length).toBeGreaterThanOrEqual(5);
    expect((xml.match(/<w:drawing>/g) ?? []).length).toBe(images.length);
    for (const [, bytes] of images) expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    for (const title of ['Participation and retention', 'Attendance at group meetings', 'Meetings between group meetings', 'Balance of contributions', 'Growth by competency category', 'Wants covered by pairing', 'Satisfaction'])
      expect(xml).toContain(title);
    expect(xml).toContain('Key figures');
    expect(xml).toContain('Agree on written goals at orientation.');
    expect(xml).toContain('Move the March meeting out of the budget weeks.');
    expect(xml).toContain('the year is still running');

    // The report as the browser made it opens in LibreOffice: its pages, and every chart printed.
    const command = await libreOfficeCommand();
    expect(command, 'LibreOffice is needed: apt-get install -y libreoffice-writer').not.toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'pmd-report-e2e-'));
    try {
      writeFileSync(join(dir, 'report.docx'), report.data);
      await convertToPdf(command!, dir, ['report.docx']);
      expect(pdfPageCount(join(dir, 'report.pdf'))).toBeGreaterThanOrEqual(3);
      const listed = execFileSync('pdfimages', ['-list', join(dir, 'report.pdf')], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((line) => line.trim().split(/\s+/)[2] === 'image');
      expect(listed).toHaveLength(images.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await dismissNotifications(page);

    const tables = await captureDownload(page, () => card.getByRole('button', { name: 'Save the program tables (.csv)' }).click());
    expect(tables.name).toMatch(/^Program tables - .+\.zip$/);
    const files = unzipSync(new Uint8Array(tables.data));
    const names = Object.keys(files).map((n) => n.replace(/ - .+$/, ''));
    expect(names.sort()).toEqual(['Attendance', 'Check-ins', 'Feedback', 'Pair meetings', 'Participants', 'Schedule', 'Self-ratings', 'Teams']);
    const participantsFile = Object.entries(files).find(([n]) => n.startsWith('Participants'))?.[1];
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(participantsFile);
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd(), { delimiter: ',', newline: '\r\n' }).data;
    expect(rows[0]?.slice(0, 3)).toEqual(['Name', 'Email', 'Department']);
    expect(rows).toHaveLength(25);
    await context.close();
  });
});
