import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
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
    isPackaged: true,
    /** Order of the calls whose order matters: scheme registration, ready, protocol, load. */
    log: [] as string[],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
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
    readonly loadURL = vi.fn(async (url: string) => {
      fake.log.push(`loadURL ${url}`);
    });
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
    get isPackaged() {
      return fake.isPackaged;
    },
    requestSingleInstanceLock: vi.fn(() => fake.hasLock),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    on: vi.fn((name: string, listener: Listener) => {
      fake.appListeners.set(name, listener);
      return app;
    }),
    whenReady: vi.fn(() => {
      fake.log.push('whenReady');
      return Promise.resolve();
    }),
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
    protocol: {
      registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
        fake.log.push('registerSchemesAsPrivileged');
        fake.schemes.push(...schemes);
      }),
    },
    session: {
      defaultSession: {
        protocol: {
          handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
            fake.log.push(`handle ${scheme}`);
            fake.protocolHandlers.set(scheme, handler);
          },
        },
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
  fake.isPackaged = true;
  fake.log.length = 0;
  fake.schemes.length = 0;
  fake.protocolHandlers.clear();
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
    expect(fake.windows[0]?.['loadURL']).toHaveBeenCalledWith('app://peer-mentor-desk/index.html');
    expect(fake.windows[0]?.['loadFile']).not.toHaveBeenCalled();
  });

  it('registers the app scheme as privileged before ready, and serves it before loading', async () => {
    await start(true);
    expect(fake.schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    expect(fake.log).toEqual([
      'registerSchemesAsPrivileged',
      'whenReady',
      'handle app',
      'loadURL app://peer-mentor-desk/index.html',
    ]);
  });

  it('serves the renderer folder next to main on the app scheme, with the CSP', async () => {
    await start(true);
    const handler = fake.protocolHandlers.get('app');
    const response = await handler?.(new Request('app://peer-mentor-desk/index.html'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response?.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await readFile(join(import.meta.dirname, '../renderer/index.html'));
    expect(new Uint8Array((await response?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(
      new Uint8Array(html),
    );
    // out/main sits next to out/renderer: its files must not be reachable.
    const escape = await handler?.(new Request('app://peer-mentor-desk/%2e%2e%2fmain%2findex.ts'));
    expect(escape?.status).toBe(403);
    expect(await escape?.text()).not.toContain('startApp');
  });

  it('keeps the dev server in development and serves no app scheme there', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    fake.isPackaged = false;
    try {
      await start(true);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(fake.protocolHandlers.size).toBe(0);
    expect(fake.windows[0]?.['loadURL']).toHaveBeenCalledWith('http://localhost:5173/');
    const appInfo = fake.ipcHandlers.get('app:info');
    await expect(
      appInfo?.({ senderFrame: { url: 'http://localhost:5173/#/roster' } }, {}),
    ).resolves.toMatchObject({ name: 'Peer Mentor Desk' });
    await expect(
      appInfo?.({ senderFrame: { url: 'app://peer-mentor-desk/index.html' } }, {}),
    ).rejects.toThrow('Rejected IPC from unknown sender');
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

  it('answers IPC only from the app page on app://peer-mentor-desk', async () => {
    await start(true);
    const appInfo = fake.ipcHandlers.get('app:info');
    await expect(
      appInfo?.({ senderFrame: { url: 'app://peer-mentor-desk/index.html#/roster' } }, {}),
    ).resolves.toMatchObject({
      name: 'Peer Mentor Desk',
      backupFolder: join('/home/ana/userData', 'backups'),
    });
    // The built page opened over file:// (how it used to load) is no longer trusted.
    const filePage = pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
    for (const url of [filePage, 'https://evil.example/', 'app://evil/index.html']) {
      await expect(appInfo?.({ senderFrame: { url } }, {})).rejects.toThrow(
        'Rejected IPC from unknown sender',
      );
    }
  });

  it('quits when the last window closes (except on macOS)', async () => {
    const { app } = await start(true);
    fake.appListeners.get('window-all-closed')?.();
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
