/**
 * The application menu. The template is built by a pure function (tested without Electron);
 * app commands are forwarded to the renderer on MENU_COMMAND_CHANNEL.
 */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc-contract';

/** What the menu needs to know and do. */
export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools are offered only in development. */
  isDev: boolean;
  appName: string;
  /** Sends a command to the renderer (of `window` when the click came from one). */
  sendCommand: (command: MenuCommand, window: BrowserWindow | undefined) => void;
  openBackupsFolder: () => void;
  /** The About box on Windows and Linux; macOS uses the native About panel. */
  showAbout: () => void;
}

/** Builds the menu template for `options.platform`. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (
    label: string,
    accelerator: string,
    cmd: MenuCommand,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: (_item, window) => {
      options.sendCommand(cmd, (window as BrowserWindow | undefined) ?? undefined);
    },
  });
  // `&` marks the Alt-key mnemonic on Windows and Linux; macOS menus have none.
  const title = (label: string): string => (isMac ? label.replace('&', '') : label);
  const settings = command(isMac ? 'Settings…' : 'Settings', 'CmdOrCtrl+,', 'open-settings');

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: title('&File'),
    submenu: [
      command('Import roster…', 'CmdOrCtrl+O', 'import-roster'),
      command('Back up now', 'CmdOrCtrl+B', 'back-up-now'),
      command('New program…', 'CmdOrCtrl+N', 'new-program'),
      { type: 'separator' },
      ...(isMac
        ? [{ role: 'close' } satisfies MenuItemConstructorOptions]
        : [
            settings,
            { type: 'separator' } satisfies MenuItemConstructorOptions,
            { role: 'quit' } satisfies MenuItemConstructorOptions,
          ]),
    ],
  };

  // Undo and Redo go to the renderer: in a text field they undo the typing, anywhere else the
  // app's last change (its one undo history). The renderer handles the keys itself and prevents
  // them, so the accelerators here show the keys and serve clicks without running a step twice.
  const editMenu: MenuItemConstructorOptions = {
    label: title('&Edit'),
    submenu: [
      command('Undo', 'CmdOrCtrl+Z', 'undo'),
      command('Redo', options.platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z', 'redo'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } satisfies MenuItemConstructorOptions] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: title('&View'),
    submenu: [
      command('Command palette…', 'CmdOrCtrl+K', 'command-palette'),
      { type: 'separator' },
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { label: title('&Window'), role: 'windowMenu' };

  const helpMenu: MenuItemConstructorOptions = {
    label: title('&Help'),
    role: 'help',
    submenu: [
      { label: 'Open backups folder', click: () => options.openBackupsFolder() },
      ...(isMac
        ? []
        : [
            { type: 'separator' } satisfies MenuItemConstructorOptions,
            { label: `About ${options.appName}`, click: () => options.showAbout() },
          ]),
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

/** Sends `command` to the renderer of `window`, bringing the window forward first. */
export function sendMenuCommand(
  window:
    | Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'focus' | 'webContents'>
    | undefined,
  command: MenuCommand,
): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.focus();
  window.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Builds the menu from {@link buildMenuTemplate} and makes it the application menu. */
export function installApplicationMenu(options: MenuTemplateOptions): Menu {
  const menu = Menu.buildFromTemplate(buildMenuTemplate(options));
  Menu.setApplicationMenu(menu);
  return menu;
}
