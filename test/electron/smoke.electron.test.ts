/**
 * Release smoke test: launches the BUILT app (out/) in the real Electron runtime through
 * Playwright's Electron support, and checks what unit tests can only check with a mocked
 * `electron`: the preload bridge, the app:// origin, the CSP header, and a backup written, listed
 * and read back through IPC. Needs Electron's runtime (see electron-runtime.ts); run it with
 * `npm run test:electron` on a machine that has it. Not part of `npm test`.
 */
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_HEADER_CSP, RENDERER_META_CSP } from '../../src/shared/content-security-policy';
import { ipcChannels, type BackupEntry, type DesktopApi } from '../../src/shared/ipc-contract';
import { findElectronExecutable } from './electron-runtime';

const projectRoot = join(import.meta.dirname, '..', '..');

/**
 * The page's globals these checks read (the node-side typecheck has no DOM types). Functions run
 * by page.evaluate are sent as source text, so each one casts `globalThis` itself.
 */
interface PageGlobals {
  api?: DesktopApi;
  location: { origin: string; href: string };
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  };
  require?: unknown;
  process?: unknown;
}

let app: ElectronApplication | undefined;
let page: Page;
let userData: string;

beforeAll(async () => {
  const executablePath = findElectronExecutable();
  if (executablePath instanceof Error) throw executablePath;
  if (!existsSync(join(projectRoot, 'out', 'main', 'index.js'))) {
    throw new Error('out/ is missing: build first (`npm run test:electron` builds, then tests).');
  }
  // A fresh user-data folder: the test never touches the coordinator's real data or backups.
  userData = await realpath(await mkdtemp(join(tmpdir(), 'pmd-electron-smoke-')));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE')
      env[key] = value;
  }
  app = await _electron.launch({
    executablePath,
    cwd: projectRoot,
    // Electron refuses to start sandboxed as root (some CI containers); a person never is.
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--user-data-dir=${userData}`,
      projectRoot,
    ],
    env,
    timeout: 60_000,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
}, 120_000);

afterAll(async () => {
  await app?.close();
  if (userData) await rm(userData, { recursive: true, force: true });
});

describe('the built app in Electron', () => {
  it('loads from the fixed origin app://peer-mentor-desk, not file://', async () => {
    expect(page.url()).toMatch(/^app:\/\/peer-mentor-desk\/index\.html(#.*)?$/);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.origin)).toBe(
      'app://peer-mentor-desk',
    );
  });

  it('exposes exactly the preload `api` to the page, and no Node or Electron objects', async () => {
    const seen = await page.evaluate(() => ({
      keys: Object.keys((globalThis as unknown as PageGlobals).api ?? {}).sort(),
      require: typeof (globalThis as unknown as PageGlobals).require,
      process: typeof (globalThis as unknown as PageGlobals).process,
    }));
    expect(seen.keys).toEqual([...ipcChannels, 'onMenuCommand'].sort());
    expect(seen.require).toBe('undefined');
    expect(seen.process).toBe('undefined');
  });

  it('serves the page with the shared CSP as a header and as the meta tag', async () => {
    const seen = await page.evaluate(async () => {
      const response = await fetch('app://peer-mentor-desk/index.html');
      const meta = (globalThis as unknown as PageGlobals).document.querySelector(
        'meta[http-equiv="Content-Security-Policy"]',
      );
      return {
        status: response.status,
        header: response.headers.get('content-security-policy'),
        meta: meta?.getAttribute('content') ?? null,
      };
    });
    expect(seen).toEqual({ status: 200, header: RENDERER_HEADER_CSP, meta: RENDERER_META_CSP });
  });

  it('writes a backup, lists it and reads it back through IPC, in its own user-data folder', async () => {
    const info = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).api!['app:info']({}),
    );
    expect(info.userDataPath).toBe(userData);
    const json = JSON.stringify({
      format: 'peer-mentor-desk-smoke',
      at: Date.now(),
      text: 'Müller & García',
    });
    const round = await page.evaluate(async (text) => {
      const api = (globalThis as unknown as PageGlobals).api!;
      const entry: BackupEntry = await api['backup:write']({ reason: 'manual', json: text });
      const listed = await api['backup:list']({});
      const read = await api['backup:read']({ fileName: entry.fileName });
      return { entry, listed: listed.map((e) => e.fileName), read: read.json };
    }, json);
    expect(round.entry.reason).toBe('manual');
    expect(round.listed).toContain(round.entry.fileName);
    expect(round.read).toBe(json);
    expect(await readFile(join(info.backupFolder, round.entry.fileName), 'utf8')).toBe(json);
  });

  it('shows in its folder only a file it saved itself, and refuses other paths in plain words', async () => {
    const saved = join(userData, 'Pair 01 - Garcia & Lee.docx');
    await app!.evaluate(({ dialog, shell }, filePath) => {
      // Stand-ins for the OS dialog and file manager, so the test needs no clicks and opens nothing.
      dialog.showSaveDialog = (() =>
        Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      shell.showItemInFolder = () => undefined;
    }, saved);
    const result = await page.evaluate(
      async (other) => {
        const api = (globalThis as unknown as PageGlobals).api!;
        const save = await api['file:save']({
          suggestedName: 'Pair 01 - Garcia & Lee.docx',
          data: new Uint8Array([80, 75]),
        });
        const path = save.status === 'saved' ? save.path : '';
        return {
          save,
          own: await api['shell:show-item']({ path }),
          other: await api['shell:show-item']({ path: other }),
        };
      },
      join(projectRoot, 'package.json'),
    );
    expect(result.save).toEqual({ status: 'saved', path: saved });
    expect(result.own).toEqual({ shown: true });
    expect(result.other.shown).toBe(false);
    expect(result.other.reason).toMatch(/only files this app saved/i);
  });
});
