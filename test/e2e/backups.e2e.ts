/**
 * Backups the coordinator relies on: the status of automatic backups in Settings, the backup
 * taken before a program is deleted (and restoring it), and what happens when backups fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { goTo, launchBrowser, openApp, screenshot, seriousA11yViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function loadDemo(page: Page): Promise<string> {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: 'Start from a demo program' }).click();
  await page.getByText('Demo program loaded').first().waitFor();
  await goTo(page, 'Programs');
  const card = page.getByRole('article').first();
  return (await card.getByRole('heading').first().textContent()) ?? '';
}

async function openDeleteDialog(page: Page, name: string) {
  await goTo(page, 'Programs');
  await page.getByRole('button', { name: `More actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  return page.getByRole('dialog', { name: `Delete “${name}”?` });
}

/** The little of IndexedDB the page-side code below uses (this file is typed for Node). */
type PageIndexedDb = {
  indexedDB: {
    open(name: string, version: number): {
      result: { objectStoreNames: { contains(name: string): boolean }; deleteObjectStore(name: string): void; close(): void };
      error: unknown;
      onupgradeneeded: (() => void) | null;
      onsuccess: (() => void) | null;
      onerror: (() => void) | null;
    };
  };
};

/** Make the browser's automatic-backup store unusable, as a full or broken disk would. */
async function breakBackupStore(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = (globalThis as unknown as PageIndexedDb).indexedDB.open('peer-mentor-desk-auto-backups', 1000);
        request.onupgradeneeded = () => {
          for (const store of ['backups', 'entries']) {
            if (request.result.objectStoreNames.contains(store)) request.result.deleteObjectStore(store);
          }
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

describe('backups', () => {
  it('shows the last automatic backup, backs up before a delete, and restores the deleted program from it', async () => {
    const { context, page } = await openApp(browser);
    const name = await loadDemo(page);

    await goTo(page, 'Settings & backups');
    const table = page.getByRole('table', { name: 'Automatic backups' });
    // The first change is backed up at once (later ones at most every 15 minutes).
    await expect.poll(() => table.textContent()).toContain('Scheduled');
    await expect.poll(() => page.getByTestId('backup-health').textContent()).toMatch(/^Last automatic backup: .+\.$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'settings-backups');

    const dialog = await openDeleteDialog(page, name);
    await expect.poll(() => dialog.textContent()).toContain(
      'A backup of everything as it is now will be saved first (kept at least 30 days, restorable from Settings → Automatic backups).',
    );
    // Polled: the dialog fades in, and axe measures contrast as it is drawn.
    await expect.poll(() => seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'delete-program-dialog');
    await dialog.getByRole('button', { name: 'Back up, then delete' }).click();
    await page.getByText('Program deleted').first().waitFor();
    await page.getByText('Welcome to Peer Mentor Desk').waitFor();

    await goTo(page, 'Settings & backups');
    const row = table.getByRole('row').filter({ hasText: 'Before deleting a program' });
    await row.waitFor();
    await row.getByRole('button', { name: /^Restore the backup of / }).click();
    const confirm = page.getByRole('dialog', { name: 'Replace everything with this backup?' });
    await expect.poll(() => confirm.textContent()).toContain(name);
    await confirm.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByText('Backup restored').first().waitFor();
    await goTo(page, 'Programs');
    await page.getByRole('heading', { name }).first().waitFor();
    await context.close();
  });

  it('tells the coordinator when automatic backups fail, keeps saying so after a restart, and deletes nothing without its backup', async () => {
    const { context, page } = await openApp(browser);
    await breakBackupStore(page);
    const name = await loadDemo(page);

    // The scheduled backup after the change fails: a notification in plain words.
    const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Automatic backup failed' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Your changes are saved in the app, but not in a backup.');

    const dialog = await openDeleteDialog(page, name);
    await dialog.getByRole('button', { name: 'Back up, then delete' }).click();
    await page.getByText(`Nothing was deleted: the backup saved before deleting “${name}” could not be written`).waitFor();
    await page.getByRole('heading', { name }).first().waitFor();

    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await goTo(page, 'Settings & backups');
    const alert = page.getByRole('alert').filter({ hasText: 'The last automatic backup failed' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('No automatic backup has been written yet.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'settings-backup-failed');
    await context.close();
  });
});
