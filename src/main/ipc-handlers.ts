/**
 * The handler map: which function serves each IPC channel. Dialogs are parented to the window
 * that asked, so they open as sheets on macOS and stay on top of the app elsewhere.
 */
import { BrowserWindow, dialog, shell, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { getAppInfo, type AppLike } from './app-info';
import { listBackups, readBackup, writeBackup } from './backups';
import { openFile, saveFile, saveManyFiles, type FileDialogs, type FolderMemory } from './files';
import type { IpcHandlerMap } from './ipc';
import { openExternalLink, showItemInFolder } from './shell-actions';
import type { WrittenPaths } from './written-paths';

/** Dialogs parented to the window whose page sent `event` (or app-modal if it has none). */
export function dialogsFor(event: Pick<IpcMainInvokeEvent, 'sender'>): FileDialogs {
  const parent = BrowserWindow.fromWebContents(event.sender) ?? undefined;
  return {
    showSaveDialog: (options) =>
      parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options),
    showOpenDialog: (options) =>
      parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options),
    showMessageBox: (options) =>
      parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options),
  };
}

/** What the handlers need from the running app. */
export interface IpcHandlerDeps {
  app: AppLike;
  backupFolder: string;
  documentsFolder: string;
  memory: FolderMemory;
  electronVersion: string;
  platform: NodeJS.Platform;
  /** Every file a handler writes is recorded here; shell:show-item reveals only these. */
  writtenPaths: WrittenPaths;
  now?: () => Date;
}

/** One handler per contract channel; the ones that write files record what they wrote. */
export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlerMap<IpcMainInvokeEvent> {
  const fileDeps = (event: IpcMainInvokeEvent) => ({
    dialogs: dialogsFor(event),
    documentsFolder: deps.documentsFolder,
    memory: deps.memory,
  });
  const { writtenPaths } = deps;
  return {
    'file:save': async (request, event) => {
      const result = await saveFile(request, fileDeps(event));
      if (result.status === 'saved') writtenPaths.remember(result.path);
      return result;
    },
    'file:save-many': async (request, event) => {
      const result = await saveManyFiles(request, fileDeps(event));
      // Skipped files were kept as they were, not written by the app.
      if (result.status === 'saved') for (const path of result.written) writtenPaths.remember(path);
      return result;
    },
    'file:open': (request, event) => openFile(request, fileDeps(event)),
    'backup:write': async (request) => {
      const entry = await writeBackup(
        deps.backupFolder,
        request.reason,
        request.json,
        deps.now ? { now: deps.now } : {},
      );
      writtenPaths.remember(join(deps.backupFolder, entry.fileName));
      return entry;
    },
    'backup:list': () => listBackups(deps.backupFolder),
    'backup:read': (request) => readBackup(deps.backupFolder, request.fileName),
    'shell:open-external': (request) => openExternalLink(request.url, shell),
    'shell:show-item': (request) => showItemInFolder(request.path, shell, writtenPaths),
    'app:info': () =>
      getAppInfo(deps.app, { platform: deps.platform, electronVersion: deps.electronVersion }),
  };
}
