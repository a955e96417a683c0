import { beforeEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ipcChannels } from '../shared/ipc-contract';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    hasLock: true,
    appListeners: new Map<string, Listener>(),
    windows: [] as Array<Record<string, unknown> & { options: unknown; minimized: boolean }>,
    ipcHandlers: new Map<string, Listener>(),
    sessionCalls: [] as string[],
    menuSet: 0,
  };
  return state;
});

vi.mock('../../resources/icon.png?asset', () => ({ default: '/app/icon.png' }));

vi.mock('electron', () => {
  class BrowserWindow {
    minimized = true;
    readonly restore = vi.fn(() => {
      this.minimized = false;
    });
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly loadFile = vi.fn(async () => undefined);
    readonly loadURL = vi.fn(async () => undefined);
    readonly webContents = { on: vi.fn(), send: vi.fn() };
    constructor(readonly options: unknown) {
      fake.windows.push(this as unknown as (typeof fake.windows)[number]);
    }
    static getAllWindows = () => fake.windows;
    static fromWebContents = () => null;
    once() {
      return this;
    }
    on() {
      return this;
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return this.minimized;
    }
  }
  const app = {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => fake.hasLock),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    on: vi.fn((name: string, listener: Listener) => {
      fake.appListeners.set(name, listener);
      return app;
    }),
    whenReady: vi.fn(() => Promise.resolve()),
    getName: () => 'Peer Mentor Desk',
    getVersion: () => '0.1.0',
    getPath: (name: string) => `/home/ana/${name}`,
    setAppUserModelId: vi.fn(),
    setAboutPanelOptions: vi.fn(),
  };
  return {
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(),
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => fake.ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: () => fake.sessionCalls.push('onHeadersReceived') },
        setPermissionRequestHandler: () => fake.sessionCalls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => fake.sessionCalls.push('setPermissionCheckHandler'),
      },
    },
    shell: {
      openExternal: vi.fn(async () => undefined),
      showItemInFolder: vi.fn(),
      openPath: vi.fn(async () => ''),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: () => {
        fake.menuSet += 1;
      },
    },
  };
});

async function start(hasLock: boolean) {
  fake.hasLock = hasLock;
  vi.resetModules();
  const electron = await import('electron');
  await import('./index');
  // Let the whenReady() continuation run.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return electron;
}

beforeEach(() => {
  fake.appListeners.clear();
  fake.windows.length = 0;
  fake.ipcHandlers.clear();
  fake.sessionCalls.length = 0;
  fake.menuSet = 0;
  vi.clearAllMocks();
});

describe('main process start-up', () => {
  it('quits at once when another instance already holds the lock', async () => {
    const { app } = await start(false);
    expect(app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('sets up security, IPC, the menu and one hardened window', async () => {
    const { app } = await start(true);
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(fake.sessionCalls.sort()).toEqual([
      'onHeadersReceived',
      'setPermissionCheckHandler',
      'setPermissionRequestHandler',
    ]);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...ipcChannels].sort());
    expect(fake.menuSet).toBe(1);
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.options).toMatchObject({
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(fake.windows[0]?.['loadFile']).toHaveBeenCalledWith(
      join(import.meta.dirname, '../renderer/index.html'),
    );
  });

  it('brings the existing window forward when the app is launched again', async () => {
    await start(true);
    const window = fake.windows[0];
    fake.appListeners.get('second-instance')?.();
    expect(window?.['restore']).toHaveBeenCalled();
    expect(window?.['focus']).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
  });

  it('hardens every web contents that gets created', async () => {
    await start(true);
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fake.appListeners.get('web-contents-created')?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on.mock.calls.map((call) => call[0])).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
  });

  it('answers IPC only from the app page', async () => {
    await start(true);
    const appInfo = fake.ipcHandlers.get('app:info');
    const page = pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
    await expect(appInfo?.({ senderFrame: { url: page } }, {})).resolves.toMatchObject({
      name: 'Peer Mentor Desk',
      backupFolder: join('/home/ana/userData', 'backups'),
    });
    await expect(appInfo?.({ senderFrame: { url: 'https://evil.example/' } }, {})).rejects.toThrow(
      'Rejected IPC from unknown sender',
    );
  });

  it('quits when the last window closes (except on macOS)', async () => {
    const { app } = await start(true);
    fake.appListeners.get('window-all-closed')?.();
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
