import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupEntry, DesktopApi, MenuCommand } from '@shared/ipc-contract';
import { createElectronPlatform } from './electron-platform';

const entry: BackupEntry = {
  fileName: 'pmd-backup-20260102T030405678Z-manual.json',
  createdAt: '2026-01-02T03:04:05.678Z',
  reason: 'manual',
  sizeBytes: 17,
};

const info = {
  name: 'Peer Mentor Desk',
  version: '0.1.0',
  platform: 'win32',
  electron: '45.4.1',
  userDataPath: 'C:\\Users\\Maeve\\AppData\\Roaming\\Peer Mentor Desk',
  backupFolder: 'C:\\Users\\Maeve\\AppData\\Roaming\\Peer Mentor Desk\\backups',
};

/** A stand-in for the preload's `window.api`: each channel answers what main would. */
function fakeApi(overrides: Partial<DesktopApi> = {}) {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const api = {
    'file:save': vi.fn(async () => ({ status: 'saved' as const, path: 'C:\\Letters\\a.docx' })),
    'file:save-many': vi.fn(async () => ({
      status: 'saved' as const,
      folder: 'C:\\Letters',
      written: ['C:\\Letters\\a.docx'],
      skipped: ['C:\\Letters\\b.docx'],
    })),
    'file:open': vi.fn(async () => ({
      status: 'opened' as const,
      name: 'roster.csv',
      path: 'C:\\Users\\Maeve\\roster.csv',
      data: new Uint8Array([1, 2, 3]),
    })),
    'backup:write': vi.fn(async () => entry),
    'backup:list': vi.fn(async () => [entry]),
    'backup:read': vi.fn(async () => ({ json: '{"format":"pmd"}' })),
    'shell:open-external': vi.fn(async () => ({ opened: true })),
    'shell:show-item': vi.fn(async () => ({ shown: true })),
    'app:info': vi.fn(async () => info),
    onMenuCommand: vi.fn((listener: (command: MenuCommand) => void) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    }),
    ...overrides,
  } satisfies DesktopApi;
  return { api, menuListeners };
}

describe('the Electron platform (window.api)', () => {
  it('saves one file through file:save, with the filters, and reports the path', async () => {
    const { api } = fakeApi();
    const platform = createElectronPlatform(api);
    const data = new Uint8Array([9]);
    const filters = [{ name: 'Word document', extensions: ['docx'] }];
    await expect(platform.saveFile('a.docx', data, filters)).resolves.toEqual({
      status: 'saved',
      path: 'C:\\Letters\\a.docx',
    });
    expect(api['file:save']).toHaveBeenCalledWith({ suggestedName: 'a.docx', data, filters });
    await platform.saveFile('b.docx', data);
    expect(api['file:save']).toHaveBeenLastCalledWith({ suggestedName: 'b.docx', data, filters: [] });
  });

  it('passes a cancelled dialog through as cancelled', async () => {
    const { api } = fakeApi({
      'file:save': async () => ({ status: 'cancelled' }),
      'file:save-many': async () => ({ status: 'cancelled' }),
      'file:open': async () => ({ status: 'cancelled' }),
    });
    const platform = createElectronPlatform(api);
    await expect(platform.saveFile('a.docx', new Uint8Array())).resolves.toEqual({ status: 'cancelled' });
    await expect(platform.saveFiles('Letters', [{ name: 'a.docx', data: new Uint8Array() }])).resolves.toEqual({
      status: 'cancelled',
    });
    await expect(platform.openFile([])).resolves.toEqual({ status: 'cancelled' });
  });

  it('saves several files into a folder and reports written and skipped files', async () => {
    const { api } = fakeApi();
    const files = [{ name: 'a.docx', data: new Uint8Array([1]) }];
    await expect(createElectronPlatform(api).saveFiles('Letters', files)).resolves.toEqual({
      status: 'saved',
      folder: 'C:\\Letters',
      written: ['C:\\Letters\\a.docx'],
      skipped: ['C:\\Letters\\b.docx'],
    });
    expect(api['file:save-many']).toHaveBeenCalledWith({ folderName: 'Letters', files });
  });

  it('opens a file with a size limit (5 MB unless told) and hands back name and bytes only', async () => {
    const { api } = fakeApi();
    const platform = createElectronPlatform(api);
    const filters = [{ name: 'Rosters', extensions: ['csv', 'xlsx'] }];
    const opened = await platform.openFile(filters);
    expect(opened).toEqual({ status: 'opened', name: 'roster.csv', data: new Uint8Array([1, 2, 3]) });
    expect(api['file:open']).toHaveBeenCalledWith({ filters, maxBytes: 5_000_000 });
    await platform.openFile(filters, 1000);
    expect(api['file:open']).toHaveBeenLastCalledWith({ filters, maxBytes: 1000 });
  });

  it('reports a file that is too large', async () => {
    const tooLarge = { status: 'too-large' as const, name: 'huge.csv', sizeBytes: 9e9 };
    const { api } = fakeApi({ 'file:open': async () => tooLarge });
    await expect(createElectronPlatform(api).openFile([])).resolves.toEqual(tooLarge);
  });

  it('writes, lists and reads automatic backups through main', async () => {
    const { api } = fakeApi();
    const platform = createElectronPlatform(api);
    await expect(platform.writeAutoBackup('before-import', '{}')).resolves.toEqual(entry);
    expect(api['backup:write']).toHaveBeenCalledWith({ reason: 'before-import', json: '{}' });
    await expect(platform.listAutoBackups()).resolves.toEqual([entry]);
    expect(api['backup:list']).toHaveBeenCalledWith({});
    await expect(platform.readAutoBackup(entry.fileName)).resolves.toBe('{"format":"pmd"}');
    expect(api['backup:read']).toHaveBeenCalledWith({ fileName: entry.fileName });
  });

  it('opens links through main and says whether they were opened', async () => {
    const { api } = fakeApi({ 'shell:open-external': async ({ url }) => ({ opened: url.startsWith('mailto:') }) });
    const platform = createElectronPlatform(api);
    await expect(platform.openExternal('mailto:ana@example.org')).resolves.toBe(true);
    await expect(platform.openExternal('file:///etc/passwd')).resolves.toBe(false);
  });

  it('shows a saved file, and turns a refusal from main into an error people can read', async () => {
    const { api } = fakeApi();
    await expect(createElectronPlatform(api).showItemInFolder('C:\\Letters\\a.docx')).resolves.toBe(true);
    expect(api['shell:show-item']).toHaveBeenCalledWith({ path: 'C:\\Letters\\a.docx' });

    const reason = 'The file is no longer where it was saved: it may have been moved, renamed or deleted.';
    const refused = fakeApi({ 'shell:show-item': async () => ({ shown: false, reason }) });
    await expect(createElectronPlatform(refused.api).showItemInFolder('C:\\Letters\\a.docx')).rejects.toThrow(reason);

    const silent = fakeApi({ 'shell:show-item': async () => ({ shown: false }) });
    await expect(createElectronPlatform(silent.api).showItemInFolder('C:\\x')).resolves.toBe(false);
  });

  it('passes errors from main through unchanged', async () => {
    const { api } = fakeApi({
      'backup:read': async () => {
        throw new Error('"x" is not a backup file name');
      },
    });
    await expect(createElectronPlatform(api).readAutoBackup('x')).rejects.toThrow('"x" is not a backup file name');
  });

  it('reports app facts from main', async () => {
    const { api } = fakeApi();
    await expect(createElectronPlatform(api).appInfo()).resolves.toEqual(info);
    expect(api['app:info']).toHaveBeenCalledWith({});
  });

  it('delivers menu commands until unsubscribed', () => {
    const { api, menuListeners } = fakeApi();
    const platform = createElectronPlatform(api);
    const received: MenuCommand[] = [];
    const unsubscribe = platform.onMenuCommand((command) => received.push(command));
    for (const listener of menuListeners) listener('back-up-now');
    unsubscribe();
    expect(menuListeners.size).toBe(0);
    expect(received).toEqual(['back-up-now']);
    expect(platform.kind).toBe('electron');
  });
});

describe('choosing the platform', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('uses window.api when the preload provided it', async () => {
    const { api } = fakeApi();
    vi.stubGlobal('window', { api });
    vi.resetModules();
    const { platform } = await import('./index');
    expect(platform.kind).toBe('electron');
    await platform.listAutoBackups();
    expect(api['backup:list']).toHaveBeenCalled();
  });

  it('falls back to the browser without it', async () => {
    vi.stubGlobal('window', {});
    vi.resetModules();
    const { platform } = await import('./index');
    expect(platform.kind).toBe('browser');
  });
});
