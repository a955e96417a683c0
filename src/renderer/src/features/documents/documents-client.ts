/**
 * The UI thread's side of the documents worker: sends a job, reports progress, resolves with the
 * files. Cancelling terminates the worker (the build really stops); the next job starts a fresh
 * one. Where no Worker exists (unit tests), the job runs in place.
 */
import {
  runDocumentJob,
  type DocumentJob,
  type DocumentsResponse,
  type GeneratedFile,
  type JobProgress,
} from './documents-protocol';

/** The part of `Worker` the client uses (a fake stands in for it in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A job the user cancelled. */
export class JobCancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'JobCancelledError';
  }
}

/** Starts the bundled documents worker (Vite turns this URL into the worker's own chunk). */
export function createDocumentsWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('../../workers/documents.worker.ts', import.meta.url), {
    type: 'module',
    name: 'documents',
  });
}

interface Pending {
  resolve: (files: GeneratedFile[]) => void;
  reject: (error: Error) => void;
  onProgress: (progress: JobProgress) => void;
}

/** Runs document jobs on one worker, one after the other. */
export class DocumentsClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly createWorker: () => WorkerLike | null = createDocumentsWorker) {}

  private ensureWorker(): WorkerLike | null {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    if (!worker) return null;
    worker.onmessage = (event) => this.receive(event.data as DocumentsResponse);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.failAll(
        new Error(
          `The document builder stopped: ${event.message || 'unknown error'}. Nothing was saved; try again.`,
        ),
      );
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: DocumentsResponse): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.onProgress(message.progress);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'done') pending.resolve(message.files);
    else pending.reject(new Error(`The document could not be built: ${message.message}`));
  }

  private failAll(error: Error): void {
    this.worker?.terminate();
    this.worker = null;
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(error);
  }

  /**
   * Starts the worker now, so the first document does not wait for the builder's code to load
   * and compile (the screens that build documents call this when they open).
   */
  warmUp(): void {
    this.ensureWorker();
  }

  /** Build a job's files, reporting progress. */
  run(
    job: DocumentJob,
    onProgress: (progress: JobProgress) => void = () => undefined,
  ): Promise<GeneratedFile[]> {
    const worker = this.ensureWorker();
    if (!worker) return runDocumentJob(job, onProgress);
    const id = this.nextId++;
    return new Promise<GeneratedFile[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ id, job });
    });
  }

  /** Stop everything under way; the pending jobs reject with {@link JobCancelledError}. */
  cancelAll(): void {
    this.failAll(new JobCancelledError());
  }
}

/** The app's one documents client. */
export const documentsClient = new DocumentsClient();
