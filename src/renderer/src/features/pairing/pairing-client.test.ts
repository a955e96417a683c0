import { describe, expect, it } from 'vitest';
import { defaultPairingSettings } from '../../domain/pairing/pairing-settings';
import { planPairs } from '../../domain/pairing/plan-pairs';
import { makeCatalog, makePerson } from '../../../../../test/support/pairing';
import {
  CancelledError,
  InThreadWorker,
  PairingWorkerClient,
  type PairingProgress,
  type WorkerLike,
} from './pairing-client';
import type { PairingRequest, PlanJob } from './pairing-protocol';

/** A worker whose answers the test delivers by hand. */
class ManualWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  readonly received: PairingRequest[] = [];
  postMessage(message: unknown): void {
    this.received.push(message as PairingRequest);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent<unknown>);
  }
}

const catalog = makeCatalog(['Listening', 'Planning', 'Coaching', 'Writing']);
const people = [
  makePerson({ id: 'ana', offers: ['c0'], wants: ['c1'] }),
  makePerson({ id: 'ben', offers: ['c1'], wants: ['c0'] }),
  makePerson({ id: 'cai', offers: ['c2'], wants: ['c3'] }),
  makePerson({ id: 'dee', offers: ['c3'], wants: ['c2'] }),
];
const job: PlanJob = {
  mode: 'pairs',
  participants: people,
  catalog,
  settings: defaultPairingSettings,
  previousPartners: [],
  lockedTeams: [],
  pins: [],
};

describe('pairing worker client', () => {
  it('resolves with the plan and reports progress on the way', async () => {
    const workers: InThreadWorker[] = [];
    const client = new PairingWorkerClient(() => {
      const w = new InThreadWorker();
      workers.push(w);
      return w;
    });
    const progress: PairingProgress[] = [];
    const result = await client.request('plan', job, (p) => progress.push(p));
    expect(result.plan).toEqual(
      planPairs({ participants: people, catalog, settings: defaultPairingSettings }),
    );
    expect(progress.map((p) => p.stage)).toEqual(['scoring', 'solving']);
    expect(client.busy).toBe(0);
    // One worker serves every request until cancelled.
    await client.request('plan', job);
    expect(workers).toHaveLength(1);
  });

  it('starts the worker ahead of the first request and keeps an idle one when there is nothing to cancel', async () => {
    const workers: ManualWorker[] = [];
    const client = new PairingWorkerClient(() => {
      const w = new ManualWorker();
      workers.push(w);
      return w;
    });
    client.warmUp();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received).toEqual([]);
    // A run cancels the run before it; with none under way the ready worker stays.
    client.cancelAll();
    expect(workers[0]!.terminated).toBe(false);
    const pending = client.request('plan', job);
    expect(workers).toHaveLength(1);
    const sent = workers[0]!.received[0]!;
    const plan = planPairs({ participants: people, catalog, settings: defaultPairingSettings });
    workers[0]!.answer({ type: 'plan', requestId: sent.requestId, plan });
    await expect(pending).resolves.toMatchObject({ type: 'plan', plan });
    client.dispose();
    expect(workers[0]!.terminated).toBe(true);
  });

  it('still pairs, on this thread, when the system refuses to start a worker', async () => {
    const client = new PairingWorkerClient(() => {
      throw new Error('Workers are disabled');
    });
    const result = await client.request('plan', job);
    expect(result.plan.teams).toHaveLength(2);
  });

  it('cancels: pending requests reject, the worker stops, late answers are ignored, the next request gets a new worker', async () => {
    const workers: ManualWorker[] = [];
    const client = new PairingWorkerClient(() => {
      const w = new ManualWorker();
      workers.push(w);
      return w;
    });
    const first = client.request('plan', job);
    const second = client.request('evaluate', { ...job, teams: [], previousUnpaired: [] });
    client.cancelAll();
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    await expect(second).rejects.toBeInstanceOf(CancelledError);
    expect(workers[0]?.terminated).toBe(true);
    const stale = workers[0]!.received[0]!;
    expect(() =>
      workers[0]!.answer({ type: 'plan', requestId: stale.requestId, plan: { teams: [] } }),
    ).not.toThrow();

    const third = client.request('plan', job);
    expect(workers).toHaveLength(2);
    const sent = workers[1]!.received[0]!;
    expect(sent.type).toBe('plan');
    expect(sent.requestId).not.toBe(stale.requestId);
    const plan = planPairs({ participants: people, catalog, settings: defaultPairingSettings });
    workers[1]!.answer({ type: 'plan', requestId: sent.requestId, plan });
    await expect(third).resolves.toMatchObject({ type: 'plan', plan });
  });

  it('rejects with the worker’s words on an error, a wrong answer, or a crashed worker', async () => {
    const workers: ManualWorker[] = [];
    const client = new PairingWorkerClient(() => {
      const w = new ManualWorker();
      workers.push(w);
      return w;
    });
    const failing = client.request('plan', job);
    workers[0]!.answer({
      type: 'error',
      requestId: workers[0]!.received[0]!.requestId,
      message: 'They are already in the same team.',
    });
    await expect(failing).rejects.toThrow('They are already in the same team.');

    const wrong = client.request('plan', job);
    workers[0]!.answer({
      type: 'alternatives',
      requestId: workers[0]!.received[1]!.requestId,
      options: [],
    });
    await expect(wrong).rejects.toThrow(/answered alternatives/);

    // Malformed messages are ignored; the request is still waiting.
    const crashed = client.request('plan', job);
    workers[0]!.answer({ type: 'plan', requestId: workers[0]!.received[2]!.requestId });
    expect(client.busy).toBe(1);
    workers[0]!.onerror?.({
      message: 'out of memory',
      preventDefault: () => undefined,
    } as ErrorEvent);
    await expect(crashed).rejects.toThrow(/stopped: out of memory/);
    expect(workers[0]!.terminated).toBe(true);
  });
});
