/**
 * Registers one `ipcMain.handle` per channel of the contract. Every call is checked in the same
 * order: the sender must be the app's own page, the payload must match the request schema,
 * then the handler runs, and its result must match the response schema.
 */
import type { z } from 'zod';
import {
  ipcChannels,
  ipcContract,
  type IpcChannel,
  type IpcResponse,
} from '../shared/ipc-contract';

/** The parts of an IPC invoke event the checks need (Electron's IpcMainInvokeEvent fits). */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The parts of `ipcMain` used here. */
export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** A channel's request after the schema applied its defaults. */
export type ParsedRequest<C extends IpcChannel> = z.output<(typeof ipcContract)[C]['request']>;

/** One handler per channel; a missing channel is a type error. */
export type IpcHandlerMap<E extends InvokeEventLike> = {
  [C in IpcChannel]: (
    request: ParsedRequest<C>,
    event: E,
  ) => Promise<IpcResponse<C>> | IpcResponse<C>;
};

/** Dependencies of {@link registerIpcHandlers}. */
export interface IpcRegistrationDeps<E extends InvokeEventLike> {
  ipcMain: IpcMainLike<E>;
  /** True when a frame URL is the app's own page (see app-origin.ts). */
  isAllowedSenderUrl: (url: string) => boolean;
}

/** Message of the error thrown to senders that are not the app's page. */
export const UNKNOWN_SENDER_MESSAGE = 'Rejected IPC from unknown sender';

/** Throws unless the event comes from a live frame showing the app's own page. */
export function assertKnownSender(
  event: InvokeEventLike,
  isAllowedSenderUrl: (url: string) => boolean,
): void {
  const frame = event.senderFrame;
  if (!frame || typeof frame.url !== 'string' || !isAllowedSenderUrl(frame.url)) {
    throw new Error(UNKNOWN_SENDER_MESSAGE);
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map(
      (issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(request)'}: ${issue.message}`,
    )
    .join('; ');
}

/** Runs one call through sender check, request validation, handler and response validation. */
export async function dispatchIpc<C extends IpcChannel, E extends InvokeEventLike>(
  channel: C,
  handlers: IpcHandlerMap<E>,
  isAllowedSenderUrl: (url: string) => boolean,
  event: E,
  payload: unknown,
): Promise<IpcResponse<C>> {
  assertKnownSender(event, isAllowedSenderUrl);
  const spec = ipcContract[channel];
  const request = spec.request.safeParse(payload);
  if (!request.success) {
    throw new Error(`Invalid request for ${channel}: ${describeIssues(request.error)}`);
  }
  const handler = handlers[channel] as (
    req: ParsedRequest<C>,
    event: E,
  ) => Promise<IpcResponse<C>> | IpcResponse<C>;
  const result = await handler(request.data as ParsedRequest<C>, event);
  const response = spec.response.safeParse(result);
  if (!response.success) {
    // A bug in main, not in the caller: say so rather than hand the renderer a malformed reply.
    throw new Error(`Invalid response from ${channel}: ${describeIssues(response.error)}`);
  }
  return response.data as IpcResponse<C>;
}

/** Registers every channel; returns a function that removes the handlers again. */
export function registerIpcHandlers<E extends InvokeEventLike>(
  handlers: IpcHandlerMap<E>,
  deps: IpcRegistrationDeps<E>,
): () => void {
  for (const channel of ipcChannels) {
    deps.ipcMain.handle(channel, (event, payload) =>
      dispatchIpc(channel, handlers, deps.isAllowedSenderUrl, event, payload),
    );
  }
  return () => {
    for (const channel of ipcChannels) deps.ipcMain.removeHandler(channel);
  };
}
