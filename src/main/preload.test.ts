import { describe, expect, it, vi } from 'vitest';
import type { EventEmitter } from 'node:events';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, request: unknown) => ({ channel, request })),
  emitter: undefined as unknown as EventEmitter,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  fake.emitter = new Emitter();
  return {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: fake.invoke,
      on: (channel: string, listener: (...args: unknown[]) => void) =>
        fake.emitter.on(channel, listener),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
        fake.emitter.removeListener(channel, listener),
    },
  };
});

import { ipcChannels, MENU_COMMAND_CHANNEL, type DesktopApi } from '../shared/ipc-contract';
await import('../preload/index');

const api = () => fake.exposed.get('api') as DesktopApi;

describe('preload', () => {
  it('exposes exactly one object, `api`, with one function per channel plus onMenuCommand', () => {
    expect([...fake.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api()).sort()).toEqual([...ipcChannels, 'onMenuCommand'].sort());
    for (const value of Object.values(api())) expect(typeof value).toBe('function');
  });

  it('forwards each call on its own channel with the request unchanged', async () => {
    for (const channel of ipcChannels) {
      const request = { probe: channel };
      const call = api()[channel] as (request: unknown) => Promise<unknown>;
      await expect(call(request)).resolves.toEqual({ channel, request });
    }
    expect(fake.invoke).toHaveBeenCalledTimes(ipcChannels.length);
  });

  it('delivers known menu commands, without the IPC event, until unsubscribed', () => {
    const received: unknown[][] = [];
    const unsubscribe = api().onMenuCommand((...args: unknown[]) => received.push(args));
    const event = { sender: 'ipcRenderer internals' };
    fake.emitter.emit(MENU_COMMAND_CHANNEL, event, 'back-up-now');
    fake.emitter.emit(MENU_COMMAND_CHANNEL, event, 'rm -rf');
    fake.emitter.emit(MENU_COMMAND_CHANNEL, event, { toString: () => 'new-program' });
    fake.emitter.emit('some-other-channel', event, 'new-program');
    fake.emitter.emit(MENU_COMMAND_CHANNEL, event, 'undo');
    fake.emitter.emit(MENU_COMMAND_CHANNEL, event, 'redo');
    expect(received).toEqual([['back-up-now'], ['undo'], ['redo']]);
    unsubscribe();
    fake.emitter.emit(MENU_COMMAND_CHANNEL, event, 'new-program');
    expect(received).toHaveLength(3);
    expect(fake.emitter.listenerCount(MENU_COMMAND_CHANNEL)).toBe(0);
  });
});
