/**
 * The main thread's side of the pairing worker: sends a request, routes progress, resolves with
 * the result. `cancelAll` really stops the work (the worker is terminated and a fresh one starts
 * with the next request), which is how a re-run cancels the run before it.
 */
import {
  createPairingHandler,
  isPairingResponse,
  RESULT_TYPE,
  type PairingRequest,
  type PairingResponse,
  type PairingStage,
} from './pairing-protocol';

/** The part of `Worker` the client uses (a fake stands in for it in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A request that was cancelled before it finished. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

/** Progress of a running request. */
export interface PairingProgress {
  stage: PairingStage;
  /** 0–1. */
  fraction: number;
  message: string;
}

type RequestType = PairingRequest['type'];
/** The job a request type carries. */
export type JobOf<T extends RequestType> = Extract<PairingRequest, { type: T }>['job'];
/** The result message a request type resolves with. */
export type ResultOf<T extends RequestType> = Extract<
  PairingResponse,
  { type: (typeof RESULT_TYPE)[T] }
>;

interface Pending {
  expect: PairingResponse['type'];
  resolve: (message: PairingResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: PairingProgress) => void;
}

/** Starts the bundled pairing worker (Vite turns this URL into the worker's own chunk). */
export function createPairingWorker(): WorkerLike {
  return new Worker(new URL('../../workers/pairing.worker.ts', import.meta.url), {
    type: 'module',
    name: 'pairing',
  });
}

/**
 * Runs the pairing handler on this thread, one task later, with the same message copying as a
 * real worker. Only used when the system refuses to start a worker.
 */
export class InThreadWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  private stopped = false;
  private readonly handle = createPairingHandler();

  postMessage(message: unknown): void {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (this.stopped) return;
      this.handle(copy, (m) => {
        if (!this.stopped) this.onmessage?.({ data: structuredClone(m) } as MessageEvent<unknown>);
      });
    }, 0);
  }

  terminate(): void {
    this.stopped = true;
  }
}

/** Sends pairing jobs to one worker at a time. */
export class PairingWorkerClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly createWorker: () => WorkerLike = createPairingWorker) {}

  /** Number of requests still waiting for their result. */
  get busy(): number {
    return this.pending.size;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    let worker: WorkerLike;
    try {
      worker = this.createWorker();
    } catch {
      // A system that refuses to start the worker still gets its pairing, on this thread.
      worker = new InThreadWorker();
    }
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail(
        new Error(
          `The pairing worker stopped: ${event.message || 'unknown error'}. Nothing was changed; try again.`,
        ),
      );
    };
    this.worker = worker;
    return worker;
  }

  private receive(data: unknown): void {
    if (!isPairingResponse(data)) return;
    const pending = this.pending.get(data.requestId);
    // Messages of cancelled requests are ignored.
    if (!pending) return;
    if (data.type === 'progress') {
      pending.onProgress?.({ stage: data.stage, fraction: data.fraction, message: data.message });
      return;
    }
    this.pending.delete(data.requestId);
    if (data.type === 'error') pending.reject(new Error(data.message));
    else if (data.type === pending.expect) pending.resolve(data);
    else
      pending.reject(
        new Error(`The pairing worker answered ${data.type} to a request for ${pending.expect}.`),
      );
  }

  private fail(error: Error): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(error);
  }

  /**
   * Starts the worker now, so the first request does not wait for its code to load and compile
   * (the screen calls this when it opens).
   */
  warmUp(): void {
    this.ensureWorker();
  }

  /** Sends one request; resolves with its result message, rejects with the worker's error in words. */
  request<T extends RequestType>(
    type: T,
    job: JobOf<T>,
    onProgress?: (progress: PairingProgress) => void,
  ): Promise<ResultOf<T>> {
    const requestId = this.nextId;
    this.nextId += 1;
    return new Promise<ResultOf<T>>((resolve, reject) => {
      const worker = this.ensureWorker();
      this.pending.set(requestId, {
        expect: RESULT_TYPE[type],
        resolve: resolve as (message: PairingResponse) => void,
        reject,
        ...(onProgress ? { onProgress } : {}),
      });
      worker.postMessage({ type, requestId, job } as PairingRequest);
    });
  }

  /**
   * Stops all work at once: pending requests reject with `CancelledError`. An idle worker has
   * nothing to stop and is kept ready.
   */
  cancelAll(): void {
    if (this.pending.size === 0) return;
    this.fail(new CancelledError());
  }

  /** Stops the worker for good (the next request starts a new one). */
  dispose(): void {
    this.fail(new CancelledError());
  }
}
