/**
 * Composition root of the main process: the app scheme, single-instance lock, hardening of every
 * web contents, session security, IPC handlers, the menu and the main window.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import iconPath from '../../resources/icon.png?asset';
import { isAppPageUrl, resolveRendererSource } from './app-origin';
import { backupFolderFor } from './app-info';
import { installAppProtocol, registerAppScheme } from './app-protocol';
import { createFolderMemory } from './files';
import { createIpcHandlers } from './ipc-handlers';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu, sendMenuCommand } from './menu';
import { buildContentSecurityPolicy, hardenWebContents, installSessionSecurity } from './security';
import { createMainWindow } from './window';
import { createWrittenPaths } from './written-paths';

/** The app id; never change it after release (Windows ties taskbar and data to it). */
export const APP_ID = 'com.peermentordesk.app';

const here = import.meta.dirname;

function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    // Some Linux desktops define no Documents folder.
    return app.getPath('home');
  }
}

/** Starts the app; a second launch only focuses the first instance's window. */
export function startApp(): void {
  // Electron accepts scheme privileges only before `ready`.
  registerAppScheme(protocol);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Every renderer is sandboxed, including any a future change might create without saying so.
  app.enableSandbox();

  const source = resolveRendererSource({
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    isPackaged: app.isPackaged,
    rendererFolder: join(here, '../renderer'),
  });
  const isDev = !app.isPackaged;
  let mainWindow: BrowserWindow | undefined;

  const focusMainWindow = (): void => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  const openMainWindow = (): void => {
    const window = createMainWindow({
      source,
      title: app.getName(),
      preloadPath: join(here, '../preload/index.cjs'),
      ...(process.platform === 'linux' ? { iconPath } : {}),
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    mainWindow = window;
  };

  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { source, openExternal: (url) => shell.openExternal(url) });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
      app.setAboutPanelOptions({
        applicationName: app.getName(),
        applicationVersion: app.getVersion(),
        credits: 'Your program data stays on this computer.',
      });

      const backupFolder = backupFolderFor(app);
      // The window uses the default session, so the scheme is served on that session's protocol.
      if (source.kind === 'app-scheme') {
        installAppProtocol(session.defaultSession.protocol, {
          rootFolder: source.rootFolder,
          contentSecurityPolicy: buildContentSecurityPolicy(source),
        });
      }
      installSessionSecurity(session.defaultSession, source);
      registerIpcHandlers(
        createIpcHandlers({
          app,
          backupFolder,
          documentsFolder: documentsFolder(),
          memory: createFolderMemory(),
          electronVersion: process.versions.electron ?? '',
          platform: process.platform,
          writtenPaths: createWrittenPaths(),
        }),
        { ipcMain, isAllowedSenderUrl: (url) => isAppPageUrl(url, source) },
      );

      installApplicationMenu({
        platform: process.platform,
        isDev,
        appName: app.getName(),
        sendCommand: (command, window) => {
          sendMenuCommand(window ?? mainWindow, command);
        },
        openBackupsFolder: () => {
          void mkdir(backupFolder, { recursive: true })
            .then(() => shell.openPath(backupFolder))
            .then((failure) => {
              if (failure)
                dialog.showErrorBox(
                  'Could not open the backups folder',
                  `${backupFolder}\n\n${failure}`,
                );
            });
        },
        showAbout: () => {
          const options = {
            type: 'info' as const,
            title: `About ${app.getName()}`,
            message: `${app.getName()} ${app.getVersion()}`,
            detail: [
              `Electron ${process.versions.electron ?? ''}, Chromium ${process.versions.chrome ?? ''}, Node.js ${process.versions.node}`,
              '',
              'Your program data stays on this computer.',
              `Backups: ${backupFolder}`,
            ].join('\n'),
            buttons: ['OK'],
          };
          void (mainWindow
            ? dialog.showMessageBox(mainWindow, options)
            : dialog.showMessageBox(options));
        },
      });

      openMainWindow();
      app.on('activate', () => {
        // macOS: clicking the dock icon with no window open brings one back.
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Startup failed', error);
      dialog.showErrorBox(
        'Peer Mentor Desk could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}

startApp();
