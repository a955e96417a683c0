/**
 * Recruiting content end to end: the coordinator sets the registration deadline, rewrites one of
 * the program's texts (a mistyped placeholder is shown with its fix, bold by keyboard), resets
 * it and takes the reset back, then saves the information pack and the orientation pack and finds
 * the edited text, the program's real dates and names in them, with no placeholder left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { captureDownload, dismissNotifications, goTo, launchBrowser, openApp, screenshot, seriousA11yViolations } from './browser';
import { readDocx } from '../docx-check/docx-reader';
import { DEFAULT_TEXT_BLOCKS } from '../../src/renderer/src/domain/documents/text-blocks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Early July 2026: the coming cycle runs from September 2026 to May 2027. */
const NOW = new Date('2026-07-01T09:00:00');

function docText(data: Buffer): string {
  return readDocx(new Uint8Array(data)).text.replace(/\u00a0/g, ' ');
}

async function a11y(page: Page, where: string, problems: string[]): Promise<void> {
  problems.push(...(await seriousA11yViolations(page)).map((v) => `${where}: ${v}`));
}

describe('program texts and the recruiting packs', () => {
  it('edits a text, resets it and undoes the reset, and prints it in the information and orientation packs', async () => {
    const { page } = await openApp(browser, '', NOW);
    const problems: string[] = [];
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Demo before pairing' }).click();
    await page.getByText('Demo program loaded').first().waitFor();
    await dismissNotifications(page);

    // The packs print this year's dates: generate the schedule first.
    await goTo(page, 'Schedule');
    await page.getByRole('textbox', { name: 'Usual place' }).fill('Board room, 4th floor');
    await page.getByRole('textbox', { name: 'Usual place' }).blur();
    await page.getByRole('button', { name: 'Generate the year' }).click();
    await expect.poll(() => page.getByTestId('schedule-event').count()).toBe(9);
    await dismissNotifications(page);

    await goTo(page, 'Program texts');
    await page.getByRole('heading', { level: 1, name: 'Program texts' }).waitFor();
    const deadline = page.getByLabel('Registration deadline');
    await deadline.fill('2026-08-21');
    await deadline.blur();
    await page.getByText('The information pack asks people to register by').waitFor();

    // Rewrite "What you can gain": a mistyped placeholder is named with its fix.
    const nav = page.getByRole('navigation', { name: 'Program texts' });
    await nav.getByRole('button', { name: 'What you can gain' }).click();
    const area = page.getByRole('textbox', { name: 'Text of “What you can gain”' });
    await area.fill('At {organization}, colleagues who joined {programName} say it helped.\n\n- a wider network');
    await page.getByText('{organization} is not a placeholder: write {organisation} instead.').waitFor();
    await expect.poll(() => nav.getByRole('button', { name: /What you can gain/ }).textContent()).toContain('1 problem');
    await area.fill('At {organisation}, colleagues who joined {programName} say it helped.\n\n- a wider network');
    await page.getByText('No problems: every placeholder is known.').waitFor();
    // Ctrl+B makes the selected words bold.
    await area.evaluate((node) => {
      const el = node as unknown as { value: string; setSelectionRange: (start: number, end: number) => void };
      const start = el.value.indexOf('it helped');
      el.setSelectionRange(start, start + 'it helped'.length);
    });
    await area.press('Control+b');
    await expect.poll(() => area.inputValue()).toBe('At {organisation}, colleagues who joined {programName} say **it helped**.\n\n- a wider network');
    const preview = page.getByTestId('text-preview');
    await preview.getByText('At Larkfield Health, colleagues who joined').waitFor();
    await preview.locator('strong', { hasText: 'it helped' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await nav.getByRole('button', { name: /What you can gain.*Edited/ }).waitFor();
    await screenshot(page, 'program-texts-light');
    await a11y(page, 'program texts (light)', problems);

    // Reset to the default, then take the reset back.
    await page.getByRole('button', { name: 'Reset to default' }).click();
    await expect.poll(() => area.inputValue()).toBe(DEFAULT_TEXT_BLOCKS['what-you-gain']);
    await page.locator('.mantine-Notification-root').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => area.inputValue()).toContain('say **it helped**.');
    await dismissNotifications(page);

    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await screenshot(page, 'program-texts-dark');
    await a11y(page, 'program texts (dark)', problems);
    await page.getByRole('button', { name: 'Switch to light theme' }).click();

    // The information pack: the edited text filled in, the deadline, the dates, the contact.
    await goTo(page, 'Documents');
    const info = page.getByRole('region', { name: 'Program information pack' });
    await info.getByText('your wording of 1 text').waitFor();
    await a11y(page, 'documents', problems);
    const infoFile = await captureDownload(page, () => info.getByRole('button', { name: 'Save .docx' }).click());
    expect(infoFile.name).toMatch(/^Program information pack - .*\.docx$/);
    const infoText = docText(infoFile.data);
    expect(infoText).toContain('At Larkfield Health, colleagues who joined Larkfield Health — Peer Mentoring 2026–27 say it helped.');
    expect(infoText).toContain('Register by: Friday 21 August 2026');
    expect(infoText).toContain('Tuesday 1 September 2026 to Monday 31 May 2027');
    expect(infoText).toContain('Maeve Gallagher (maeve.gallagher@example.org)');
    expect(infoText).toMatch(/Board room,\s*4th floor/);
    expect(infoText).not.toMatch(/[{}]|\*\*/);

    // The orientation pack: the meeting, its agenda, the rules, the first-meeting guide.
    const orientation = page.getByRole('region', { name: 'Orientation pack' });
    const orientationFile = await captureDownload(page, () => orientation.getByRole('button', { name: 'Save .docx' }).click());
    const orientationText = docText(orientationFile.data);
    expect(orientationText).toContain('Welcome to Larkfield Health — Peer Mentoring 2026–27');
    expect(orientationText).toMatch(/Orientation and kickoff\s*\w+day \d{1,2} September 2026, \d\d:\d\d–\d\d:\d\d\s+·\s+Board room, 4th floor/);
    expect(orientationText).toContain('Today’s agenda');
    expect(orientationText).toContain('together you choose 3 to 6 competencies, one or two from each category');
    expect(orientationText).toContain('Sign the agreement, and give a copy to Maeve Gallagher.');
    expect(orientationText).toContain('Questions to bring to your peer mentor');
    expect(orientationText).not.toMatch(/[{}]|\*\*/);

    const skills = page.getByRole('region', { name: 'Mentor skills handout' });
    const skillsFile = await captureDownload(page, () => skills.getByRole('button', { name: 'Save .docx' }).click());
    expect(docText(skillsFile.data)).toContain('talk to Maeve Gallagher');
    await dismissNotifications(page);
    await screenshot(page, 'documents-recruit-cards');

    expect(problems).toEqual([]);
  });
});
