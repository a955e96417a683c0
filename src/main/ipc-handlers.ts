/**
 * The handler map: which function serves each IPC channel. Dialogs are parented to the window
 * that asked, so they open as sheets on macOS and stay on top of the app elsewhere.
 */
import { BrowserWindow, dialog, shell, type IpcMainInvokeEvent } from 'electron';
import { getAppInfo, type AppLike } from './app-info';
import { listBackups, readBackup, writeBackup } from './backups';
import { openFile, saveFile, saveManyFiles, type FileDialogs, type FolderMemory } from './files';
import type { IpcHandlerMap } from './ipc';
import { openExternalLink, showItemInFolder } from './shell-actions';

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
  now?: () => Date;
}

/** One handler per contract channel. */
export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlerMap<IpcMainInvokeEvent> {
  const fileDeps = (event: IpcMainInvokeEvent) => ({
    dialogs: dialogsFor(event),
    documentsFolder: deps.documentsFolder,
    memory: deps.memory,
  });
  return {
    'file:save': (request, event) => saveFile(request, fileDeps(event)),
    'file:save-many': (request, event) => saveManyFiles(request, fileDeps(event)),
    'file:open': (request, event) => openFile(request, fileDeps(event)),
    'backup:write': (request) =>
      writeBackup(
        deps.backupFolder,
        request.reason,
        request.json,
        deps.now ? { now: deps.now } : {},
      ),
    'backup:list': () => listBackups(deps.backupFolder),
    'backup:read': (request) => readBackup(deps.backupFolder, request.fileName),
    'shell:open-external': (request) => openExternalLink(request.url, shell),
    'shell:show-item': (request) => showItemInFolder(request.path, shell),
    'app:info': () =>
      getAppInfo(deps.app, { platform: deps.platform, electronVersion: deps.electronVersion }),
  };
}
