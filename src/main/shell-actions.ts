/**
 * The two things the renderer may ask the OS shell to do: reveal a file main saved in the file
 * manager, and open an allowed external link. Shell functions are injected for tests.
 */
import { lstat } from 'node:fs/promises';
import { isAbsolute, normalize } from 'node:path';
import type { IpcResponse } from '../shared/ipc-contract';
import { openExternalSafely } from './security';
import type { WrittenPaths } from './written-paths';

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

/** Plain-words refusals of shell:show-item, for the notification the renderer shows. */
export const SHOW_ITEM_REFUSALS = {
  notWritten:
    'Only files this app saved since it was started can be shown in their folder. Save the file again, then try once more.',
  network: 'Files on a network location cannot be shown in their folder from the app.',
  missing: 'The file is no longer where it was saved: it may have been moved, renamed or deleted.',
} as const;

/**
 * shell:show-item — reveals `path` in the file manager only if main itself wrote it in this run
 * (see written-paths.ts), it is a local absolute path, and it is still there. Anything else is
 * refused with a reason in plain words, and the shell is never called.
 */
export async function showItemInFolder(
  path: string,
  shell: Pick<ShellLike, 'showItemInFolder'>,
  written: Pick<WrittenPaths, 'has'>,
): Promise<IpcResponse<'shell:show-item'>> {
  if (!written.has(path)) return { shown: false, reason: SHOW_ITEM_REFUSALS.notWritten };
  if (!isRevealablePath(path)) return { shown: false, reason: SHOW_ITEM_REFUSALS.network };
  const target = normalize(path);
  try {
    await lstat(target);
  } catch {
    return { shown: false, reason: SHOW_ITEM_REFUSALS.missing };
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
