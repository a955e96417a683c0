/**
 * Saving and opening files through the OS dialogs. Dialogs are injected (bound to the calling
 * window by the IPC layer), so these functions run in tests against a real temp folder.
 * Nothing here ever overwrites a file the user has not agreed to replace.
 */
import type {
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { constants } from 'node:fs';
import { lstat, mkdir, open } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { IpcResponse } from '../shared/ipc-contract';
import { writeFileAtomic } from './atomic-write';
import type { ParsedRequest as Request } from './ipc';

/** The three dialogs the file functions need, already bound to the parent window. */
export interface FileDialogs {
  showSaveDialog(
    options: SaveDialogOptions,
  ): Promise<Pick<SaveDialogReturnValue, 'canceled' | 'filePath'>>;
  showOpenDialog(
    options: OpenDialogOptions,
  ): Promise<Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>>;
  showMessageBox(options: MessageBoxOptions): Promise<Pick<MessageBoxReturnValue, 'response'>>;
}

/** Remembers the last folder the user saved to or opened from, for the next dialog. */
export interface FolderMemory {
  get(): string | undefined;
  set(folder: string): void;
}

/** A {@link FolderMemory} kept for the lifetime of the process. */
export function createFolderMemory(): FolderMemory {
  let last: string | undefined;
  return {
    get: () => last,
    set: (folder) => {
      last = folder;
    },
  };
}

/** What the file functions depend on. */
export interface FileDeps {
  dialogs: FileDialogs;
  /** The user's Documents folder: where the first dialog opens. */
  documentsFolder: string;
  memory: FolderMemory;
}

function startFolder(deps: FileDeps): string {
  return deps.memory.get() ?? deps.documentsFolder;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Buttons of the "already exists" question, in order. */
export const OVERWRITE_BUTTONS = ['Replace', 'Keep existing', 'Cancel'] as const;

async function confirmReplaceOne(deps: FileDeps, path: string): Promise<boolean> {
  const { response } = await deps.dialogs.showMessageBox({
    type: 'question',
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: `"${basename(path)}" already exists.`,
    detail: `Replace the file in ${dirname(path)}?`,
  });
  return response === 0;
}

/**
 * file:save — asks where to save (starting in the last used folder or Documents) and writes
 * the bytes atomically. Some Linux dialogs do not add the extension: it is added here, and if
 * that names an existing file the user is asked before it is replaced.
 */
export async function saveFile(
  request: Request<'file:save'>,
  deps: FileDeps,
): Promise<IpcResponse<'file:save'>> {
  const result = await deps.dialogs.showSaveDialog({
    defaultPath: join(startFolder(deps), request.suggestedName),
    ...(request.filters.length > 0 ? { filters: request.filters } : {}),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return { status: 'cancelled' };
  let path = result.filePath;
  const suggestedExtension = extname(request.suggestedName);
  if (extname(path) === '' && suggestedExtension !== '') {
    path += suggestedExtension;
    if ((await exists(path)) && !(await confirmReplaceOne(deps, path)))
      return { status: 'cancelled' };
  }
  await writeFileAtomic(path, request.data);
  deps.memory.set(dirname(path));
  return { status: 'saved', path };
}

/**
 * file:save-many — asks for a folder, optionally creates a sub-folder in it, and writes every
 * file atomically. If some files already exist the user chooses Replace, Keep existing
 * (write only the new ones) or Cancel (write nothing).
 */
export async function saveManyFiles(
  request: Request<'file:save-many'>,
  deps: FileDeps,
): Promise<IpcResponse<'file:save-many'>> {
  const result = await deps.dialogs.showOpenDialog({
    title: 'Choose a folder for the files',
    buttonLabel: 'Save here',
    defaultPath: startFolder(deps),
    properties: ['openDirectory', 'createDirectory'],
  });
  const chosen = result.filePaths[0];
  if (result.canceled || !chosen) return { status: 'cancelled' };
  const folder = request.folderName ? join(chosen, request.folderName) : chosen;
  await mkdir(folder, { recursive: true });

  const targets = request.files.map((file) => ({ ...file, path: join(folder, file.name) }));
  const existing = new Set<string>();
  for (const target of targets) {
    if (await exists(target.path)) existing.add(target.path);
  }

  let replaceExisting = false;
  if (existing.size > 0) {
    const names = targets.filter((t) => existing.has(t.path)).map((t) => t.name);
    const listed =
      names.slice(0, 10).join('\n') +
      (names.length > 10 ? `\n… and ${names.length - 10} more` : '');
    const { response } = await deps.dialogs.showMessageBox({
      type: 'question',
      buttons: [...OVERWRITE_BUTTONS],
      defaultId: 1,
      cancelId: 2,
      noLink: true,
      message:
        names.length === 1
          ? `"${names[0]}" already exists in ${basename(folder)}.`
          : `${names.length} of these files already exist in ${basename(folder)}.`,
      detail: `${listed}\n\nReplace them, keep the existing files and save only the new ones, or cancel?`,
    });
    if (response === 0) replaceExisting = true;
    else if (response !== 1) return { status: 'cancelled' };
  }

  const written: string[] = [];
  const skipped: string[] = [];
  for (const target of targets) {
    // Re-checked just before writing: a file that appeared meanwhile is not replaced either.
    if (!replaceExisting && (existing.has(target.path) || (await exists(target.path)))) {
      skipped.push(target.path);
      continue;
    }
    await writeFileAtomic(target.path, target.data);
    written.push(target.path);
  }
  deps.memory.set(chosen);
  return { status: 'saved', folder, written, skipped };
}

/**
 * file:open — asks for one file and reads it, refusing files larger than `maxBytes` before
 * reading them (size taken from the open handle, so the file checked is the file read).
 */
export async function openFile(
  request: Request<'file:open'>,
  deps: FileDeps,
): Promise<IpcResponse<'file:open'>> {
  const result = await deps.dialogs.showOpenDialog({
    ...(request.title ? { title: request.title } : {}),
    defaultPath: startFolder(deps),
    ...(request.filters.length > 0 ? { filters: request.filters } : {}),
    properties: ['openFile'],
  });
  const path = result.filePaths[0];
  if (result.canceled || !path) return { status: 'cancelled' };
  const name = basename(path);
  const handle = await open(path, constants.O_RDONLY);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error(`"${name}" is not a file`);
    if (info.size > request.maxBytes) return { status: 'too-large', name, sizeBytes: info.size };
    const data = await handle.readFile();
    // A file that grew between the stat and the read is still held to the limit.
    if (data.length > request.maxBytes)
      return { status: 'too-large', name, sizeBytes: data.length };
    deps.memory.set(dirname(path));
    return {
      status: 'opened',
      name,
      path,
      data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    };
  } finally {
    await handle.close();
  }
}
