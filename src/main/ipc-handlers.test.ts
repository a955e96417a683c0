/**
 * The real handler map (ipc-handlers.ts) registered the way index.ts registers it, against a
 * mocked `electron` and real temporary folders: one handler per contract channel, unknown senders
 * dropped before anything happens, bad payloads refused, and shell:show-item limited to files
 * the handlers themselves wrote.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ipcChannels, type IpcChannel } from '../shared/ipc-contract';
import { isAppPageUrl, resolveRendererSource } from './app-origin';
import { createFolderMemory } from './files';
import { registerIpcHandlers, UNKNOWN_SENDER_MESSAGE, type IpcMainLike } from './ipc';
import { createIpcHandlers } from './ipc-handlers';
import { SHOW_ITEM_REFUSALS } from './shell-actions';
import { createWrittenPaths } from './written-paths';

const electron = vi.hoisted(() => {
  const answers = { savePath: '', folder: '', messageResponse: 2 };
  return {
    answers,
    dialog: {
      showSaveDialog: vi.fn(async () =>
        answers.savePath
          ? { canceled: false, filePath: answers.savePath }
          : { canceled: true, filePath: '' },
      ),
      showOpenDialog: vi.fn(async () =>
        answers.folder
          ? { canceled: false, filePaths: [answers.folder] }
          : { canceled: true, filePaths: [] },
      ),
      showMessageBox: vi.fn(async () => ({ response: answers.messageResponse })),
    },
    shell: { showItemInFolder: vi.fn(), openExternal: vi.fn(async () => undefined) },
  };
});

vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => null },
  dialog: electron.dialog,
  shell: electron.shell,
}));

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const source = resolveRendererSource({
  devServerUrl: undefined,
  isPackaged: true,
  rendererFolder: '/opt/pmd/resources/app.asar/out/renderer',
});

function eventFrom(url: string | null): IpcMainInvokeEvent {
  return {
    senderFrame: url === null ? null : { url },
    sender: {},
  } as unknown as IpcMainInvokeEvent;
}

const appPage = eventFrom('app://peer-mentor-desk/index.html#/letters');

const bytes = (text: string) => new TextEncoder().encode(text);

/** A valid request for every channel (a Record: a new channel without one fails typecheck). */
const validRequests: Record<IpcChannel, unknown> = {
  'file:save': { suggestedName: 'Pair 01 - Garcia & Lee.docx', data: bytes('letter') },
  'file:save-many': { folderName: 'Letters', files: [{ name: 'Pair 01.docx', data: bytes('1') }] },
  'file:open': { maxBytes: 1000 },
  'backup:write': { reason: 'manual', json: '{"format":"pmd"}' },
  'backup:list': {},
  'backup:read': { fileName: 'pmd-backup-20260102T030405678Z-manual.json' },
  'shell:open-external': { url: 'https://example.org/' },
  'shell:show-item': { path: '/etc/passwd' },
  'app:info': {},
};

let root: string;
let documents: string;
let backups: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pmd-ipc-handlers-'));
  documents = join(root, 'Documents');
  backups = join(root, 'userData', 'backups');
  await mkdir(documents, { recursive: true });
  electron.answers.savePath = '';
  electron.answers.folder = '';
  electron.answers.messageResponse = 2;
  vi.clearAllMocks();
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function setup() {
  const registered = new Map<string, Listener>();
  const handle = vi.fn((channel: string, listener: Listener) => {
    registered.set(channel, listener);
  });
  const ipcMain: IpcMainLike<IpcMainInvokeEvent> = {
    handle,
    removeHandler: (channel) => registered.delete(channel),
  };
  const unregister = registerIpcHandlers(
    createIpcHandlers({
      app: {
        getName: () => 'Peer Mentor Desk',
        getVersion: () => '0.1.0',
        getPath: () => join(root, 'userData'),
      },
      backupFolder: backups,
      documentsFolder: documents,
      memory: createFolderMemory(),
      electronVersion: '45.4.1',
      platform: 'linux',
      writtenPaths: createWrittenPaths(),
      now: () => new Date('2026-01-02T03:04:05.678Z'),
    }),
    { ipcMain, isAllowedSenderUrl: (url) => isAppPageUrl(url, source) },
  );
  const invoke = (channel: IpcChannel, payload: unknown, event = appPage) => {
    const listener = registered.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, payload);
  };
  return { handle, registered, unregister, invoke };
}

/** Every file under the temporary root, to prove a refused call wrote nothing. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function expectNoSideEffects(): void {
  for (const fn of [
    electron.dialog.showSaveDialog,
    electron.dialog.showOpenDialog,
    electron.dialog.showMessageBox,
    electron.shell.showItemInFolder,
    electron.shell.openExternal,
  ]) {
    expect(fn).not.toHaveBeenCalled();
  }
}

describe('IPC handler registration (real handlers, mocked electron)', () => {
  it('registers exactly one handler for every channel of the contract, and nothing else', () => {
    const { handle, registered, unregister } = setup();
    expect(handle).toHaveBeenCalledTimes(ipcChannels.length);
    expect([...registered.keys()].sort()).toEqual([...ipcChannels].sort());
    unregister();
    expect(registered.size).toBe(0);
  });

  it.each([
    ['a web page', 'https://evil.example/'],
    ['a local file', 'file:///tmp/evil.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['a destroyed frame', null],
  ])('drops every call from %s before any dialog, write or shell call', async (_label, url) => {
    const { invoke } = setup();
    electron.answers.savePath = join(documents, 'x.docx');
    electron.answers.folder = documents;
    for (const channel of ipcChannels) {
      await expect(invoke(channel, validRequests[channel], eventFrom(url))).rejects.toThrow(
        UNKNOWN_SENDER_MESSAGE,
      );
    }
    expectNoSideEffects();
    expect(await filesUnder(root)).toEqual([]);
  });

  it.each<[IpcChannel, unknown]>([
    ['file:save', { suggestedName: 'CON.docx', data: bytes('x') }],
    ['file:save', { suggestedName: '../../.bashrc', data: bytes('x') }],
    ['file:save', { suggestedName: 'letter.docx', data: 'not bytes' }],
    [
      'file:save-many',
      {
        files: [
          { name: 'a.docx', data: bytes('1') },
          { name: 'A.DOCX', data: bytes('2') },
        ],
      },
    ],
    ['file:save-many', { folderName: 'Letters.', files: [{ name: 'a.docx', data: bytes('1') }] }],
    ['file:open', { maxBytes: -1 }],
    ['backup:write', { reason: 'because', json: '{}' }],
    ['backup:read', { fileName: '../../secrets.json' }],
    ['shell:open-external', { url: 42 }],
    ['shell:show-item', { path: '' }],
    ['shell:show-item', undefined],
  ])('refuses the malformed %s request %j without acting on it', async (channel, payload) => {
    const { invoke } = setup();
    electron.answers.savePath = join(documents, 'x.docx');
    electron.answers.folder = documents;
    await expect(invoke(channel, payload)).rejects.toThrow(`Invalid request for ${channel}`);
    expectNoSideEffects();
    expect(await filesUnder(root)).toEqual([]);
  });

  it('answers the app page on every channel with a response the contract allows', async () => {
    const { invoke } = setup();
    // Dialogs cancelled: nothing is written, but every handler runs and replies.
    const replies = await Promise.all(
      ipcChannels
        .filter((channel) => channel !== 'backup:read')
        .map(async (channel) => [channel, await invoke(channel, validRequests[channel])] as const),
    );
    expect(Object.fromEntries(replies)).toMatchObject({
      'file:save': { status: 'cancelled' },
      'file:save-many': { status: 'cancelled' },
      'file:open': { status: 'cancelled' },
      'backup:write': { reason: 'manual', fileName: 'pmd-backup-20260102T030405678Z-manual.json' },
      'shell:open-external': { opened: true },
      'shell:show-item': { shown: false, reason: SHOW_ITEM_REFUSALS.notWritten },
      'app:info': { name: 'Peer Mentor Desk', backupFolder: backups },
    });
  });
});

describe('shell:show-item reveals only what the handlers wrote in this run', () => {
  it('reveals a document saved through file:save, and no other file next to it', async () => {
    const { invoke } = setup();
    const stranger = join(documents, 'not saved by the app.docx');
    await writeFile(stranger, 'x');
    electron.answers.savePath = join(documents, 'Pair 01 - Garcia & Lee.docx');
    const saved = (await invoke('file:save', validRequests['file:save'])) as { path: string };
    expect(await readFile(saved.path, 'utf8')).toBe('letter');

    await expect(invoke('shell:show-item', { path: saved.path })).resolves.toEqual({ shown: true });
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith(saved.path);

    for (const path of [stranger, documents, join(root, 'userData')]) {
      await expect(invoke('shell:show-item', { path })).resolves.toEqual({
        shown: false,
        reason: SHOW_ITEM_REFUSALS.notWritten,
      });
    }
    expect(electron.shell.showItemInFolder).toHaveBeenCalledTimes(1);
  });

  it('reveals the files file:save-many wrote, not the ones the user chose to keep', async () => {
    const { invoke } = setup();
    await mkdir(join(documents, 'Letters'));
    const kept = join(documents, 'Letters', 'Pair 01.docx');
    await writeFile(kept, 'the user’s own edits');
    electron.answers.folder = documents;
    electron.answers.messageResponse = 1; // "Keep existing"
    const result = (await invoke('file:save-many', {
      folderName: 'Letters',
      files: [
        { name: 'Pair 01.docx', data: bytes('new 1') },
        { name: 'Pair 02.docx', data: bytes('new 2') },
      ],
    })) as { written: string[]; skipped: string[] };
    expect(result.skipped).toEqual([kept]);
    expect(await readFile(kept, 'utf8')).toBe('the user’s own edits');

    await expect(invoke('shell:show-item', { path: result.written[0] })).resolves.toEqual({
      shown: true,
    });
    await expect(invoke('shell:show-item', { path: kept })).resolves.toMatchObject({
      shown: false,
    });
  });

  it('reveals a backup written through backup:write', async () => {
    const { invoke } = setup();
    const entry = (await invoke('backup:write', validRequests['backup:write'])) as {
      fileName: string;
    };
    await expect(
      invoke('shell:show-item', { path: join(backups, entry.fileName) }),
    ).resolves.toEqual({ shown: true });
  });

  it('forgets everything when main starts again', async () => {
    const first = setup();
    electron.answers.savePath = join(documents, 'a.docx');
    const saved = (await first.invoke('file:save', validRequests['file:save'])) as {
      path: string;
    };
    first.unregister();
    const second = setup();
    await expect(second.invoke('shell:show-item', { path: saved.path })).resolves.toEqual({
      shown: false,
      reason: SHOW_ITEM_REFUSALS.notWritten,
    });
  });
});
