/**
 * The documents Web Worker: builds and packs .docx files off the UI thread, so 150 letters or
 * 300 worksheets never freeze the screen. All the work is in `createDocumentsHandler`; this file
 * only connects it to the worker.
 */
import { createDocumentsHandler } from '../features/documents/documents-protocol';

/** The part of the dedicated worker scope this file uses (the renderer's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const handle = createDocumentsHandler();
scope.onmessage = (event) =>
  void handle(event.data, (message, transfer) => scope.postMessage(message, transfer ?? []));
