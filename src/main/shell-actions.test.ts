import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, win32 } from 'node:path';
import { getAppInfo, backupFolderFor } from './app-info';
import { isRevealablePath, openExternalLink, showItemInFolder } from './shell-actions';

vi.mock('electron', () => ({}));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pmd-shell-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('showItemInFolder', () => {
  it('reveals an absolute path that exists', async () => {
    const file = join(dir, 'letter.docx');
    await writeFile(file, 'x');
    const shell = { showItemInFolder: vi.fn() };
    expect(await showItemInFolder(file, shell)).toEqual({ shown: true });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(file);
  });

  it('refuses relative, missing and network paths without calling the shell', async () => {
    const shell = { showItemInFolder: vi.fn() };
    for (const path of [
      'letter.docx',
      './x',
      join(dir, 'missing.docx'),
      '//server/share/x',
      '\\\\server\\share\\x',
      `${dir}/\u0000x`,
    ]) {
      expect(await showItemInFolder(path, shell)).toEqual({ shown: false });
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
