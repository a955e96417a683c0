/**
 * The preload: exposes one narrow `api` object to the renderer, one function per contract
 * channel plus menu events. No Electron object (ipcRenderer, events) ever reaches the page.
 * Only types come from the contract, so zod is not bundled into this sandboxed script.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  DesktopApi,
  IpcChannel,
  IpcRequest,
  IpcResponse,
  MENU_COMMAND_CHANNEL,
  MenuCommand,
} from '../shared/ipc-contract';

const menuChannel: typeof MENU_COMMAND_CHANNEL = 'menu:command';

// A Record over MenuCommand: adding a command to the contract without listing it here fails typecheck.
const knownMenuCommands: Record<MenuCommand, true> = {
  'import-roster': true,
  'back-up-now': true,
  'new-program': true,
  'open-settings': true,
  'command-palette': true,
  undo: true,
  redo: true,
};

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && Object.hasOwn(knownMenuCommands, value);
}

function invoker<C extends IpcChannel>(
  channel: C,
): (request: IpcRequest<C>) => Promise<IpcResponse<C>> {
  return (request) => ipcRenderer.invoke(channel, request) as Promise<IpcResponse<C>>;
}

/** The object the renderer sees as `window.api`. */
const api = {
  'file:save': invoker('file:save'),
  'file:save-many': invoker('file:save-many'),
  'file:open': invoker('file:open'),
  'backup:write': invoker('backup:write'),
  'backup:list': invoker('backup:list'),
  'backup:read': invoker('backup:read'),
  'shell:open-external': invoker('shell:open-external'),
  'shell:show-item': invoker('shell:show-item'),
  'app:info': invoker('app:info'),
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(menuChannel, handler);
    return () => {
      ipcRenderer.removeListener(menuChannel, handler);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
