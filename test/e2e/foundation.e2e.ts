import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  captureDownload,
  goTo,
  launchBrowser,
  openApp,
  screenshot,
  seriousA11yViolations,
  waitForFileChooser,
} from './browser';
import { RENDERER_META_CSP } from '../../src/shared/content-security-policy';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function createProgram(page: Page, name: string) {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'New program' }).click();
  const form = page.getByRole('form', { name: 'New program' });
  await form.getByLabel('Program name').fill(name);
  await form.getByLabel('Organisation').fill('Harbour & Co.');
  await form.getByLabel('Coordinator name').fill('Inès Laurent');
  await form.getByLabel('Coordinator email').fill('ines@example.org');
  await form.getByRole('button', { name: 'Create program' }).click();
  await page.getByRole('heading', { name: 'Program setup' }).waitFor();
}

/** The tables of a backup file, without the moment it was taken. */
function tablesOf(json: Buffer): Record<string, unknown[]> {
  const parsed = JSON.parse(json.toString('utf8')) as { tables: Record<string, unknown[]> };
  return parsed.tables;
}

describe('foundation', () => {
  it('creates a program, edits its catalog, and keeps everything after a reload', async () => {
    const { context, page } = await openApp(browser);
    await createProgram(page, 'Finance Peer Mentoring 2026–27');
    await expect.poll(() => page.getByRole('textbox', { name: 'Program name' }).inputValue()).toBe('Finance Peer Mentoring 2026–27');

    // A setup edit saves itself.
    const buyIn = page.getByLabel('Leadership buy-in', { exact: true });
    await buyIn.getByLabel('Owner').fill('Nadia');
    await buyIn.getByLabel('Owner').blur();
    await buyIn.getByRole('checkbox').click();
    await expect.poll(() => buyIn.getByRole('checkbox').isChecked()).toBe(true);

    await goTo(page, 'Competencies');
    const rows = page.getByTestId('competency-row');
    await expect.poll(() => rows.count()).toBe(31);

    // Rename one, add one, retire one.
    await page.getByRole('button', { name: 'Edit Stress management' }).click();
    const edit = page.getByRole('form', { name: 'Save changes' });
    await edit.getByLabel('Name').fill('Managing stress');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Managing stress', { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Add competency to People skills' }).click();
    const add = page.getByRole('form', { name: 'Add competency' });
    await add.getByLabel('Name').fill('Coaching across cultures');
    await add.getByLabel('Description', { exact: true }).fill('Helps colleagues from other cultures grow.');
    await add.getByRole('button', { name: 'Add competency' }).click();
    await expect.poll(() => rows.count()).toBe(32);

    // A duplicate name is refused with a clear message and nothing is added.
    await page.getByRole('button', { name: 'Add competency to People skills' }).click();
    await add.getByLabel('Name').fill('  coaching ACROSS cultures ');
    await add.getByRole('button', { name: 'Add competency' }).click();
    await add.getByText(/already/i).first().waitFor();
    await add.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => rows.count()).toBe(32);

    await page.getByRole('button', { name: 'Retire Decisiveness' }).click();
    await page.getByRole('button', { name: 'Reinstate Decisiveness' }).first().waitFor();

    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await goTo(page, 'Competencies');
    await expect.poll(() => rows.count()).toBe(32);
    await page.getByText('Managing stress', { exact: true }).first().waitFor();
    await page.getByText('Coaching across cultures', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Reinstate Decisiveness' }).first().waitFor();
    await goTo(page, 'Program setup');
    const buyInAfter = page.getByLabel('Leadership buy-in', { exact: true });
    await expect.poll(() => buyInAfter.getByLabel('Owner').inputValue()).toBe('Nadia');
    await expect.poll(() => buyInAfter.getByRole('checkbox').isChecked()).toBe(true);
    await context.close();
  });

  it('backs up, restores into an empty app, and gets identical data; refuses a foreign file', async () => {
    const first = await openApp(browser);
    await createProgram(first.page, 'Backup test program');
    await goTo(first.page, 'Settings & backups');
    const backup = await captureDownload(first.page, () =>
      first.page.getByRole('button', { name: 'Back up now' }).click(),
    );
    expect(backup.name).toMatch(/^Peer Mentor Desk backup .*\.json$/);
    const before = tablesOf(backup.data);
    expect(before.programs).toHaveLength(1);
    expect(before.competencies).toHaveLength(31);
    await first.context.close();

    const dir = await mkdtemp(join(tmpdir(), 'pmd-e2e-'));
    const backupPath = join(dir, backup.name);
    await writeFile(backupPath, backup.data);
    const foreignPath = join(dir, 'not-a-backup.json');
    await writeFile(foreignPath, JSON.stringify({ hello: 'world' }));

    // A fresh profile: nothing there.
    const second = await openApp(browser);
    await goTo(second.page, 'Settings & backups');

    // A foreign file is refused and changes nothing.
    const restoreButton = second.page.getByRole('button', { name: 'Restore from a backup file…' });
    const foreignChooser = await waitForFileChooser(second.page, () => restoreButton.click());
    await foreignChooser.setFiles(foreignPath);
    await expect.poll(() => second.page.getByRole('alert', { name: 'This file cannot be restored' }).textContent()).toContain('not a Peer Mentor Desk backup');

    const chooser = await waitForFileChooser(second.page, () => restoreButton.click());
    await chooser.setFiles(backupPath);
    const dialog = second.page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('Backup test program');
    await expect.poll(() => dialog.textContent()).toContain('31 competencies');
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await second.page.getByText('Backup restored').first().waitFor();

    // The restore wrote an automatic backup of what was there before.
    await expect.poll(() => second.page.getByRole('table', { name: 'Automatic backups' }).textContent()).toContain('Before a restore');

    const again = await captureDownload(second.page, () =>
      second.page.getByRole('button', { name: 'Back up now' }).click(),
    );
    expect(tablesOf(again.data)).toEqual(before);
    await goTo(second.page, 'Overview');
    await second.page.getByRole('heading', { name: 'Backup test program' }).first().waitFor();
    await second.context.close();
  });

  it('carries the shared Content-Security-Policy in the built page, which blocks inline scripts', async () => {
    const { context, page } = await openApp(browser);
    const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
    expect(await metas.count()).toBe(1);
    expect(await metas.getAttribute('content')).toBe(RENDERER_META_CSP);
    // A script the page did not ship, added to the document, is refused and reported.
    const outcome = await page.evaluate(`new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve({ ran: window.__injected === true, blocked: e.violatedDirective }), { once: true });
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      setTimeout(() => resolve({ ran: window.__injected === true, blocked: null }), 2000);
    })`);
    expect(outcome).toEqual({ ran: false, blocked: 'script-src-elem' });
    await context.close();
  });

  it('loads the demo program as a separate program', async () => {
    const { context, page } = await openApp(browser);
    await createProgram(page, 'My real program');
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Start from a demo program' }).click();
    await page.getByText('Demo program loaded').waitFor();
    const participants = page.getByRole('main').getByText('Participants', { exact: true }).locator('..');
    await expect.poll(() => participants.textContent()).toMatch(/2[0-9]/);
    await goTo(page, 'Programs');
    await expect.poll(() => page.getByRole('article', { name: 'My real program' }).textContent()).toContain('0 participants');
    await expect.poll(() => page.getByRole('article').filter({ hasText: 'Demo' }).count()).toBe(1);
    await context.close();
  });

  it('has no serious or critical accessibility violations on any screen, in light and dark', async () => {
    const { context, page } = await openApp(browser);
    const problems: string[] = [];
    problems.push(...(await seriousA11yViolations(page)).map((v) => `welcome: ${v}`));
    await goTo(page, 'Programs');
    await page.getByRole('button', { name: 'Start from a demo program' }).click();
    await page.getByText('Demo program loaded').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      if (scheme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
      for (const screen of ['Overview', 'Programs', 'Program setup', 'Competencies', 'Settings & backups']) {
        await goTo(page, screen);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForTimeout(150);
        if (scheme === 'light') await screenshot(page, `foundation-${screen.replace(/\W+/g, '-').toLowerCase()}`);
        problems.push(...(await seriousA11yViolations(page)).map((v) => `${screen} (${scheme}): ${v}`));
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
