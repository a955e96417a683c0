import { beforeEach, describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(
  () =>
    [] as Array<{
      options: unknown;
      loadURL: ReturnType<typeof vi.fn>;
      loadFile: ReturnType<typeof vi.fn>;
      show: ReturnType<typeof vi.fn>;
      fire: (name: string) => void;
    }>,
);

vi.mock('electron', () => {
  class BrowserWindow {
    private readonly onceListeners = new Map<string, () => void>();
    readonly loadURL = vi.fn(async () => undefined);
    readonly loadFile = vi.fn(async () => undefined);
    readonly show = vi.fn();
    readonly webContents = { on: vi.fn() };
    constructor(readonly options: unknown) {
      created.push({
        options,
        loadURL: this.loadURL,
        loadFile: this.loadFile,
        show: this.show,
        fire: (name) => this.onceListeners.get(name)?.(),
      });
    }
    once(name: string, listener: () => void) {
      this.onceListeners.set(name, listener);
      return this;
    }
  }
  return { BrowserWindow };
});

import { resolveRendererSource } from './app-origin';
import { buildMainWindowOptions, createMainWindow } from './window';

beforeEach(() => {
  created.length = 0;
});

describe('buildMainWindowOptions', () => {
  const options = buildMainWindowOptions({
    preloadPath: '/app/out/preload/index.cjs',
    title: 'Peer Mentor Desk',
  });
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer, with no Node.js in it', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews and insecure content off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads the preload script and starts hidden until ready', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
    expect(options.title).toBe('Peer Mentor Desk');
  });
});

describe('createMainWindow', () => {
  it('loads app://peer-mentor-desk/index.html in production and shows the window when ready', () => {
    const source = resolveRendererSource({
      devServerUrl: undefined,
      isPackaged: true,
      rendererFolder: '/app/out/renderer',
    });
    createMainWindow({
      source,
      preloadPath: '/app/out/preload/index.cjs',
      title: 'Peer Mentor Desk',
    });
    const window = created[0];
    expect(window?.loadURL).toHaveBeenCalledWith('app://peer-mentor-desk/index.html');
    expect(window?.loadURL).toHaveBeenCalledTimes(1);
    expect(window?.loadFile).not.toHaveBeenCalled();
    expect(window?.show).not.toHaveBeenCalled();
    window?.fire('ready-to-show');
    expect(window?.show).toHaveBeenCalled();
  });

  it('loads the dev server URL in development', () => {
    const source = resolveRendererSource({
      devServerUrl: 'http://localhost:5173',
      isPackaged: false,
      rendererFolder: '/x',
    });
    createMainWindow({ source, preloadPath: '/p.cjs', title: 'Peer Mentor Desk' });
    expect(created[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(created[0]?.options).toMatchObject({
      webPreferences: { sandbox: true, contextIsolation: true },
    });
  });
});
