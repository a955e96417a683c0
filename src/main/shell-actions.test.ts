import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, win32 } from 'node:path';
import { getAppInfo, backupFolderFor } from './app-info';
import {
  isRevealablePath,
  openExternalLink,
  SHOW_ITEM_REFUSALS,
  showItemInFolder,
} from './shell-actions';
import { createWrittenPaths } from './written-paths';

vi.mock('electron', () => ({}));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pmd-shell-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('showItemInFolder', () => {
  it('reveals a file main wrote in this run', async () => {
    const file = join(dir, 'letter.docx');
    await writeFile(file, 'x');
    const written = createWrittenPaths();
    written.remember(file);
    const shell = { showItemInFolder: vi.fn() };
    expect(await showItemInFolder(file, shell, written)).toEqual({ shown: true });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(file);
  });

  it('refuses an existing file main did not write, in plain words, without calling the shell', async () => {
    const other = join(dir, 'someone-else.docx');
    await writeFile(other, 'x');
    const shell = { showItemInFolder: vi.fn() };
    const written = createWrittenPaths();
    written.remember(join(dir, 'letter.docx'));
    for (const path of [
      other,
      dir,
      tmpdir(),
      '/etc/passwd',
      join(dir, 'letter.docx', '..', 'someone-else.docx'),
    ]) {
      expect(await showItemInFolder(path, shell, written)).toEqual({
        shown: false,
        reason: SHOW_ITEM_REFUSALS.notWritten,
      });
    }
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('says so when a file main wrote has since been moved or deleted', async () => {
    const file = join(dir, 'letter.docx');
    await writeFile(file, 'x');
    const written = createWrittenPaths();
    written.remember(file);
    await rm(file);
    const shell = { showItemInFolder: vi.fn() };
    expect(await showItemInFolder(file, shell, written)).toEqual({
      shown: false,
      reason: SHOW_ITEM_REFUSALS.missing,
    });
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('refuses relative, network and NUL paths even if they were recorded', async () => {
    const shell = { showItemInFolder: vi.fn() };
    const written = createWrittenPaths();
    const paths = [
      'letter.docx',
      './x',
      '//server/share/x',
      '\\\\server\\share\\x',
      `${dir}/\u0000x`,
    ];
    for (const path of paths) written.remember(path);
    for (const path of paths) {
      expect((await showItemInFolder(path, shell, written)).shown).toBe(false);
    }
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('treats Windows UNC paths as not revealable even though they are absolute', () => {
    expect(win32.isAbsolute('\\\\server\\share\\x')).toBe(true);
    expect(isRevealablePath('\\\\server\\share\\x', win32.isAbsolute)).toBe(false);
    expect(isRevealablePath('C:\\Users\\ana\\letter.docx', win32.isAbsolute)).toBe(true);
  });
});

describe('openExternalLink', () => {
  it('opens https and mailto links and refuses everything else', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    expect(await openExternalLink('mailto:ana@example.org?subject=Your%20peer', shell)).toEqual({
      opened: true,
    });
    expect(await openExternalLink('file:///etc/passwd', shell)).toEqual({ opened: false });
    expect(await openExternalLink('http://example.org', shell)).toEqual({ opened: false });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('mailto:ana@example.org?subject=Your%20peer');
  });
});

describe('getAppInfo', () => {
  it('reports name, versions and the backups folder inside userData', () => {
    const app = {
      getName: () => 'Peer Mentor Desk',
      getVersion: () => '0.1.0',
      getPath: () => '/home/ana/.config/Peer Mentor Desk',
    };
    expect(getAppInfo(app, { platform: 'linux', electronVersion: '45.4.1' })).toEqual({
      name: 'Peer Mentor Desk',
      version: '0.1.0',
      platform: 'linux',
      electron: '45.4.1',
      userDataPath: '/home/ana/.config/Peer Mentor Desk',
      backupFolder: join('/home/ana/.config/Peer Mentor Desk', 'backups'),
    });
    expect(backupFolderFor(app)).toBe(join('/home/ana/.config/Peer Mentor Desk', 'backups'));
  });
});
