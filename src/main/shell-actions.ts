/**
 * The two things the renderer may ask the OS shell to do: reveal a saved file in the file
 * manager, and open an allowed external link. Shell functions are injected for tests.
 */
import { lstat } from 'node:fs/promises';
import { isAbsolute, normalize } from 'node:path';
import { openExternalSafely } from './security';

/** The parts of Electron's `shell` used here. */
export interface ShellLike {
  showItemInFolder(fullPath: string): void;
  openExternal(url: string): Promise<void>;
}

/**
 * True for a path that may be revealed: absolute, and not a network (UNC) path, since merely
 * checking whether `\\host\share\x` exists would make Windows contact that host.
 */
export function isRevealablePath(
  path: string,
  isAbsolutePath: (p: string) => boolean = isAbsolute,
): boolean {
  if (path.includes('\u0000')) return false;
  if (path.startsWith('\\\\') || path.startsWith('//')) return false;
  return isAbsolutePath(path);
}

/** shell:show-item — reveals `path` in the file manager if it is an absolute path that exists. */
export async function showItemInFolder(
  path: string,
  shell: Pick<ShellLike, 'showItemInFolder'>,
): Promise<{ shown: boolean }> {
  if (!isRevealablePath(path)) return { shown: false };
  const target = normalize(path);
  try {
    await lstat(target);
  } catch {
    return { shown: false };
  }
  shell.showItemInFolder(target);
  return { shown: true };
}

/** shell:open-external — opens `url` only if the external URL policy allows it. */
export async function openExternalLink(
  url: string,
  shell: Pick<ShellLike, 'openExternal'>,
): Promise<{ opened: boolean }> {
  return { opened: await openExternalSafely(url, (u) => shell.openExternal(u)) };
}
