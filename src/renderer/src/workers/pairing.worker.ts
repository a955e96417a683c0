/**
 * The pairing Web Worker: runs the matching, evaluations, edits and alternatives off the UI
 * thread. All the work is in `createPairingHandler`; this file only connects it to the worker.
 */
import { createPairingHandler } from '../features/pairing/pairing-protocol';

/** The part of the dedicated worker scope this file uses (the renderer's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
const handle = createPairingHandler();
scope.onmessage = (event) => handle(event.data, (message) => scope.postMessage(message));
