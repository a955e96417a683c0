/**
 * The main window: hardened web preferences (Electron security checklist) and loading the
 * renderer from the dev server or from the app scheme (never file://).
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { RendererSource } from './app-origin';

/** Inputs of {@link buildMainWindowOptions}. */
export interface MainWindowOptions {
  preloadPath: string;
  title: string;
  /** Window icon (used on Linux; macOS and Windows take the icon from the app bundle). */
  iconPath?: string;
}

/** Window options with the renderer locked down: isolated, sandboxed, no Node, no webviews. */
export function buildMainWindowOptions(
  options: MainWindowOptions,
): BrowserWindowConstructorOptions {
  return {
    title: options.title,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    // Shown on ready-to-show so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A file dropped outside a drop zone must not replace the app with the file's contents.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/**
 * Loads the renderer into `window`: the dev server's URL in development, otherwise
 * `app://peer-mentor-desk/index.html` (served by app-protocol.ts).
 */
export async function loadRenderer(
  window: Pick<BrowserWindow, 'loadURL'>,
  source: RendererSource,
): Promise<void> {
  await window.loadURL(source.url);
}

/** Creates the main window, shows it when its first paint is ready, and loads the renderer. */
export function createMainWindow(
  options: MainWindowOptions & { source: RendererSource },
): BrowserWindow {
  const window = new BrowserWindow(buildMainWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`Renderer process gone: ${details.reason} (exit code ${details.exitCode})`);
  });
  loadRenderer(window, options.source).catch((error: unknown) => {
    console.error('Could not load the app page', error);
  });
  return window;
}
