import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

const electron = vi.hoisted(() => ({
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
}));

vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: electron.buildFromTemplate,
    setApplicationMenu: electron.setApplicationMenu,
  },
}));

import { MENU_COMMAND_CHANNEL, menuCommands, type MenuCommand } from '../shared/ipc-contract';
import {
  buildMenuTemplate,
  installApplicationMenu,
  sendMenuCommand,
  type MenuTemplateOptions,
} from './menu';

function options(overrides: Partial<MenuTemplateOptions> = {}): MenuTemplateOptions {
  return {
    platform: 'linux',
    isDev: false,
    appName: 'Peer Mentor Desk',
    sendCommand: vi.fn(),
    openBackupsFolder: vi.fn(),
    showAbout: vi.fn(),
    ...overrides,
  };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function byLabel(
  items: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions | undefined {
  return flatten(items).find((item) => item.label === label);
}

function click(item: MenuItemConstructorOptions | undefined, window?: unknown): void {
  const handler = item?.click as
    ((menuItem: unknown, window: unknown, event: unknown) => void) | undefined;
  if (!handler) throw new Error(`no click handler on ${item?.label}`);
  handler({}, window, {});
}

const roles = (items: MenuItemConstructorOptions[]) =>
  flatten(items)
    .map((item) => item.role)
    .filter(Boolean);

describe('buildMenuTemplate', () => {
  it.each([
    ['Import roster…', 'CmdOrCtrl+O', 'import-roster'],
    ['Back up now', 'CmdOrCtrl+B', 'back-up-now'],
    ['New program…', 'CmdOrCtrl+N', 'new-program'],
    ['Settings', 'CmdOrCtrl+,', 'open-settings'],
    ['Command palette…', 'CmdOrCtrl+K', 'command-palette'],
    ['Undo', 'CmdOrCtrl+Z', 'undo'],
    ['Redo', 'Shift+CmdOrCtrl+Z', 'redo'],
  ] as const)('%s has %s and sends %s', (label, accelerator, command) => {
    const o = options();
    const item = byLabel(buildMenuTemplate(o), label);
    expect(item?.accelerator).toBe(accelerator);
    const window = { id: 1 };
    click(item, window);
    expect(o.sendCommand).toHaveBeenCalledWith(command, window);
  });

  it('offers every menu command the contract defines', () => {
    const o = options();
    for (const item of flatten(buildMenuTemplate(o)))
      if (item.click && item.accelerator) click(item);
    const sent = (o.sendCommand as ReturnType<typeof vi.fn>).mock.calls.map(
      (call) => call[0] as MenuCommand,
    );
    expect([...sent].sort()).toEqual([...menuCommands].sort());
  });

  it('has File, Edit, View, Window and Help menus with the standard roles', () => {
    const template = buildMenuTemplate(options());
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(roles(template)).toEqual(
      expect.arrayContaining([
        'quit',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
        'windowMenu',
      ]),
    );
  });

  it('sends Undo and Redo to the app (its one history) instead of the text-only roles', () => {
    expect(roles(buildMenuTemplate(options()))).not.toContain('undo');
    expect(roles(buildMenuTemplate(options()))).not.toContain('redo');
    const edit = buildMenuTemplate(options()).find((m) => m.label === '&Edit');
    expect((edit?.submenu as MenuItemConstructorOptions[]).slice(0, 2).map((i) => i.label)).toEqual(['Undo', 'Redo']);
    // Windows users expect Ctrl+Y for Redo; the Mac and Linux use Shift with Z.
    expect(byLabel(buildMenuTemplate(options({ platform: 'win32' })), 'Redo')?.accelerator).toBe('Ctrl+Y');
    expect(byLabel(buildMenuTemplate(options({ platform: 'darwin' })), 'Redo')?.accelerator).toBe('Shift+CmdOrCtrl+Z');
    const o = options({ platform: 'darwin' });
    click(byLabel(buildMenuTemplate(o), 'Undo'));
    expect(o.sendCommand).toHaveBeenCalledWith('undo', undefined);
  });

  it('offers reload and developer tools only in development', () => {
    expect(roles(buildMenuTemplate(options({ isDev: false })))).not.toContain('reload');
    expect(roles(buildMenuTemplate(options({ isDev: false })))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate(options({ isDev: true })))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('puts the app menu first on macOS, with About, Settings and Quit', () => {
    const template = buildMenuTemplate(options({ platform: 'darwin' }));
    expect(template[0]?.label).toBe('Peer Mentor Desk');
    const appItems = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appItems.map((i) => i.role ?? i.label)).toEqual(
      expect.arrayContaining(['about', 'Settings…', 'hide', 'quit']),
    );
    expect(template.map((m) => m.label)).toEqual([
      'Peer Mentor Desk',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    // Quit lives in the app menu on macOS, not twice.
    expect(roles(template).filter((r) => r === 'quit')).toHaveLength(1);
  });

  it('Help opens the backups folder and the About box', () => {
    const o = options();
    const template = buildMenuTemplate(o);
    click(byLabel(template, 'Open backups folder'));
    click(byLabel(template, 'About Peer Mentor Desk'));
    expect(o.openBackupsFolder).toHaveBeenCalledTimes(1);
    expect(o.showAbout).toHaveBeenCalledTimes(1);
  });
});

describe('sendMenuCommand', () => {
  it('sends the command on the menu channel and brings a minimised window back', () => {
    const window = {
      isDestroyed: () => false,
      isMinimized: () => true,
      restore: vi.fn(),
      focus: vi.fn(),
      webContents: { send: vi.fn() },
    };
    sendMenuCommand(window as unknown as Parameters<typeof sendMenuCommand>[0], 'back-up-now');
    expect(window.webContents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'back-up-now');
    expect(window.restore).toHaveBeenCalled();
  });

  it('does nothing without a live window', () => {
    const send = vi.fn();
    sendMenuCommand(
      { isDestroyed: () => true, webContents: { send } } as unknown as Parameters<
        typeof sendMenuCommand
      >[0],
      'new-program',
    );
    sendMenuCommand(undefined, 'new-program');
    expect(send).not.toHaveBeenCalled();
  });
});

describe('installApplicationMenu', () => {
  it('builds the template into the application menu', () => {
    installApplicationMenu(options());
    expect(electron.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(electron.setApplicationMenu).toHaveBeenCalledWith(
      electron.buildFromTemplate.mock.results[0]?.value,
    );
  });
});
