import { describe, expect, it, vi } from 'vitest';
import { ipcChannels, type IpcChannel } from '../shared/ipc-contract';
import { resolveRendererSource, isAppPageUrl } from './app-origin';
import {
  registerIpcHandlers,
  UNKNOWN_SENDER_MESSAGE,
  type IpcHandlerMap,
  type IpcMainLike,
} from './ipc';

vi.mock('electron', () => ({}));

interface FakeEvent {
  senderFrame: { url: string } | null;
}

const source = resolveRendererSource({
  devServerUrl: undefined,
  isPackaged: true,
  rendererFolder: '/opt/pmd/resources/app.asar/out/renderer',
});
const appUrl = 'app://peer-mentor-desk/index.html#/pairing';
const appEvent: FakeEvent = { senderFrame: { url: appUrl } };

function fakeIpcMain() {
  const registered = new Map<string, (event: FakeEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike<FakeEvent> = {
    handle: (channel, listener) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    },
    removeHandler: (channel) => registered.delete(channel),
  };
  const invoke = (channel: IpcChannel, event: FakeEvent, payload?: unknown) => {
    const handler = registered.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, payload);
  };
  return { ipcMain, registered, invoke };
}

function spyHandlers(): IpcHandlerMap<FakeEvent> {
  return {
    'file:save': vi.fn(async () => ({ status: 'cancelled' as const })),
    'file:save-many': vi.fn(async () => ({ status: 'cancelled' as const })),
    'file:open': vi.fn(async () => ({ status: 'cancelled' as const })),
    'backup:write': vi.fn(async (req) => ({
      fileName: 'pmd-backup-20260101T000000000Z-manual.json',
      createdAt: '2026-01-01T00:00:00.000Z',
      reason: req.reason,
      sizeBytes: req.json.length,
    })),
    'backup:list': vi.fn(async () => []),
    'backup:read': vi.fn(async () => ({ json: '{}' })),
    'shell:open-external': vi.fn(async () => ({ opened: false })),
    'shell:show-item': vi.fn(async () => ({ shown: false })),
    'app:info': vi.fn(() => ({
      name: 'Peer Mentor Desk',
      version: '0.1.0',
      platform: 'linux',
      electron: '45.4.1',
      userDataPath: '/home/u/.config/Peer Mentor Desk',
      backupFolder: '/home/u/.config/Peer Mentor Desk/backups',
    })),
  };
}

function setup(handlers = spyHandlers()) {
  const fake = fakeIpcMain();
  const unregister = registerIpcHandlers(handlers, {
    ipcMain: fake.ipcMain,
    isAllowedSenderUrl: (url) => isAppPageUrl(url, source),
  });
  return { ...fake, handlers, unregister };
}

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel, and can remove them', () => {
    const { registered, unregister } = setup();
    expect([...registered.keys()].sort()).toEqual([...ipcChannels].sort());
    unregister();
    expect(registered.size).toBe(0);
  });

  it('accepts the app page on app://peer-mentor-desk, with or without index.html', async () => {
    const { invoke } = setup();
    for (const url of [
      'app://peer-mentor-desk/index.html',
      'app://peer-mentor-desk/index.html#/roster',
      'app://peer-mentor-desk/',
    ]) {
      await expect(invoke('backup:list', { senderFrame: { url } }, {})).resolves.toEqual([]);
    }
  });

  it('runs the handler for the app page with the parsed request (defaults applied)', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke('backup:list', appEvent)).resolves.toEqual([]);
    await invoke('file:open', appEvent, {});
    expect(handlers['file:open']).toHaveBeenCalledWith(
      { filters: [], maxBytes: 5_000_000 },
      appEvent,
    );
  });

  it.each([
    ['a foreign web page', { senderFrame: { url: 'https://evil.example/' } }],
    ['another local file', { senderFrame: { url: 'file:///tmp/evil.html' } }],
    [
      'the built index.html opened over file://',
      { senderFrame: { url: 'file:///opt/pmd/resources/app.asar/out/renderer/index.html' } },
    ],
    ['another host of the app scheme', { senderFrame: { url: 'app://evil/index.html' } }],
    [
      'a look-alike host',
      { senderFrame: { url: 'app://peer-mentor-desk.evil.example/index.html' } },
    ],
    ['the app host on a port', { senderFrame: { url: 'app://peer-mentor-desk:1/index.html' } }],
    ['https with the app host', { senderFrame: { url: 'https://peer-mentor-desk/index.html' } }],
    ['the dev server in a packaged app', { senderFrame: { url: 'http://localhost:5173/' } }],
    ['a destroyed or missing frame', { senderFrame: null }],
    ['an unparsable URL', { senderFrame: { url: 'not a url' } }],
  ])('rejects %s before validating or running anything', async (_label, event) => {
    const { invoke, handlers } = setup();
    for (const channel of ipcChannels) {
      await expect(invoke(channel, event as FakeEvent, {})).rejects.toThrow(UNKNOWN_SENDER_MESSAGE);
      expect(handlers[channel]).not.toHaveBeenCalled();
    }
  });

  it('rejects a malformed payload with a clear error and never calls the handler', async () => {
    const { invoke, handlers } = setup();
    await expect(
      invoke('backup:write', appEvent, { reason: 'whenever', json: '{}' }),
    ).rejects.toThrow(/Invalid request for backup:write: reason/);
    await expect(
      invoke('file:save', appEvent, { suggestedName: '../../evil.sh', data: new Uint8Array() }),
    ).rejects.toThrow(/Invalid request for file:save: suggestedName/);
    await expect(
      invoke('file:save', appEvent, { suggestedName: 'a.docx', data: 'not bytes' }),
    ).rejects.toThrow(/Invalid request for file:save: data/);
    await expect(
      invoke('backup:read', appEvent, { fileName: '../../../etc/passwd' }),
    ).rejects.toThrow(/Invalid request/);
    await expect(invoke('shell:show-item', appEvent, undefined)).rejects.toThrow(/Invalid request/);
    expect(handlers['backup:write']).not.toHaveBeenCalled();
    expect(handlers['file:save']).not.toHaveBeenCalled();
    expect(handlers['backup:read']).not.toHaveBeenCalled();
    expect(handlers['shell:show-item']).not.toHaveBeenCalled();
  });

  it('refuses to return a response that breaks the contract', async () => {
    const handlers = spyHandlers();
    handlers['shell:show-item'] = vi.fn(
      async () => ({ shown: 'yes' }) as unknown as { shown: boolean },
    );
    handlers['backup:list'] = vi.fn(async () => [{ fileName: 'x' }] as unknown as []);
    const { invoke } = setup(handlers);
    await expect(invoke('shell:show-item', appEvent, { path: '/tmp/x' })).rejects.toThrow(
      /Invalid response from shell:show-item: shown/,
    );
    await expect(invoke('backup:list', appEvent, {})).rejects.toThrow(
      /Invalid response from backup:list/,
    );
  });

  it('passes handler errors through to the caller', async () => {
    const handlers = spyHandlers();
    handlers['backup:read'] = vi.fn(async () => {
      throw new Error('disk on fire');
    });
    const { invoke } = setup(handlers);
    await expect(
      invoke('backup:read', appEvent, { fileName: 'pmd-backup-20260101T000000000Z-manual.json' }),
    ).rejects.toThrow('disk on fire');
  });

  it('accepts the dev server origin in development', async () => {
    const dev = resolveRendererSource({
      devServerUrl: 'http://localhost:5173',
      isPackaged: false,
      rendererFolder: '/x',
    });
    const fake = fakeIpcMain();
    registerIpcHandlers(spyHandlers(), {
      ipcMain: fake.ipcMain,
      isAllowedSenderUrl: (url) => isAppPageUrl(url, dev),
    });
    await expect(
      fake.invoke('backup:list', { senderFrame: { url: 'http://localhost:5173/#/roster' } }, {}),
    ).resolves.toEqual([]);
    await expect(
      fake.invoke('backup:list', { senderFrame: { url: 'http://localhost:5174/' } }, {}),
    ).rejects.toThrow(UNKNOWN_SENDER_MESSAGE);
    await expect(
      fake.invoke('backup:list', { senderFrame: { url: 'app://peer-mentor-desk/index.html' } }, {}),
    ).rejects.toThrow(UNKNOWN_SENDER_MESSAGE);
  });
});
