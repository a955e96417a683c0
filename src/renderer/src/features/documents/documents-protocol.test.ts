import { describe, expect, it } from 'vitest';
import { buildLetterModels, buildSkillsInventoryModel } from '../../domain/documents/document-models';
import { letterFileName } from '../../domain/documents/pair-letters';
import { buildCheckInFormModel, checkInFormFileName } from '../../domain/documents/check-in-form';
import { DEFAULT_LETTER_TEMPLATE } from '../../domain/documents/letter-template';
import { readDocx } from '../../../../../test/docx-check/docx-reader';
import {
  catalog,
  context,
  events,
  members,
  participants,
  program,
  teams,
} from '../../../../../test/docx-check/fixtures';
import { DocumentsClient, JobCancelledError, type WorkerLike } from './documents-client';
import {
  createDocumentsHandler,
  runDocumentJob,
  type DocumentJob,
  type DocumentsResponse,
  type JobProgress,
} from './documents-protocol';

const letters = buildLetterModels(
  program,
  teams,
  members,
  participants,
  catalog,
  events,
  '2026-09-15',
);
const ctx = context('a4');

describe('building document jobs', () => {
  it('builds one letter file per team, named after the team, reporting each file', async () => {
    const progress: JobProgress[] = [];
    const files = await runDocumentJob(
      { type: 'letter-files', ctx, letters, template: DEFAULT_LETTER_TEMPLATE },
      (p) => progress.push(p),
    );
    expect(files.map((f) => f.name)).toEqual(letters.map((l) => letterFileName(l.team)));
    expect(progress).toEqual([
      { done: 0, total: letters.length },
      ...letters.map((_, i) => ({ done: i + 1, total: letters.length })),
    ]);
    const first = readDocx(files[0]!.data);
    for (const m of letters[0]!.team.members) expect(first.text).toContain(m.name);
    expect(first.text).not.toContain('{{');
  });

  it('builds one check-in form file per team, reporting each file, each naming its team', async () => {
    const model = buildCheckInFormModel(teams, members, participants, catalog, '2026-10-31');
    const progress: JobProgress[] = [];
    const files = await runDocumentJob({ type: 'check-in-form-files', ctx, model }, (p) => progress.push(p));
    expect(files.map((f) => f.name)).toEqual(model.teams.map(checkInFormFileName));
    expect(progress).toEqual([{ done: 0, total: 3 }, { done: 1, total: 3 }, { done: 2, total: 3 }, { done: 3, total: 3 }]);
    files.forEach((f, i) => expect(readDocx(f.data).text).toContain(model.teams[i]!.label));
    const combined = await runDocumentJob({ type: 'check-in-forms', ctx, model, fileName: 'Check-in forms.docx' });
    expect(readDocx(combined[0]!.data).sectionTexts).toHaveLength(3);
  });

  it('builds a single document under the name given', async () => {
    const files = await runDocumentJob({
      type: 'skills',
      ctx,
      model: buildSkillsInventoryModel(catalog, program),
      fileName: 'Skills inventory form - X.docx',
    });
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('Skills inventory form - X.docx');
    expect(readDocx(files[0]!.data).text).toContain('Stress management');
  });
});

describe('the worker handler', () => {
  it('answers progress, then the files with their buffers handed over', async () => {
    const posted: { message: DocumentsResponse; transfer: ArrayBuffer[] | undefined }[] = [];
    const job: DocumentJob = {
      type: 'letters',
      ctx,
      letters,
      template: DEFAULT_LETTER_TEMPLATE,
      fileName: 'Pairing letters.docx',
    };
    await createDocumentsHandler()({ id: 7, job }, (message, transfer) =>
      posted.push({ message, transfer }),
    );
    const last = posted[posted.length - 1]!;
    expect(
      posted.slice(0, -1).every((p) => p.message.type === 'progress' && p.message.id === 7),
    ).toBe(true);
    expect(last.message.type).toBe('done');
    if (last.message.type !== 'done') return;
    expect(last.transfer).toEqual([last.message.files[0]!.data.buffer]);
    expect(readDocx(last.message.files[0]!.data).sectionTexts).toHaveLength(letters.length);
  });

  it('answers a failure in words instead of throwing, and ignores foreign messages', async () => {
    const posted: DocumentsResponse[] = [];
    const broken = {
      type: 'worksheet',
      ctx,
      model: null,
      fileName: 'x.docx',
    } as unknown as DocumentJob;
    const handle = createDocumentsHandler();
    await handle({ id: 1, job: broken }, (m) => posted.push(m));
    await handle('hello', (m) => posted.push(m));
    expect(posted.map((m) => m.type)).toEqual(['progress', 'failed']);
  });
});

/** A worker that runs the real handler in this thread, or holds messages for a cancel test. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly hold = false) {}
  postMessage(message: unknown): void {
    if (this.hold) return;
    void createDocumentsHandler()(message, (reply) =>
      this.onmessage?.({ data: reply } as MessageEvent<unknown>),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('the documents client', () => {
  it('routes progress and resolves with the files', async () => {
    const client = new DocumentsClient(() => new FakeWorker());
    const progress: JobProgress[] = [];
    const files = await client.run(
      {
        type: 'letter-files',
        ctx,
        letters: letters.slice(0, 2),
        template: DEFAULT_LETTER_TEMPLATE,
      },
      (p) => progress.push(p),
    );
    expect(files).toHaveLength(2);
    expect(progress[progress.length - 1]).toEqual({ done: 2, total: 2 });
  });

  it('cancels: the job rejects as cancelled, the worker is stopped, and the next job gets a fresh one', async () => {
    const workers: FakeWorker[] = [];
    const client = new DocumentsClient(() => {
      const w = new FakeWorker(workers.length === 0);
      workers.push(w);
      return w;
    });
    const job: DocumentJob = {
      type: 'skills',
      ctx,
      model: buildSkillsInventoryModel(catalog, program),
      fileName: 'a.docx',
    };
    const running = client.run(job);
    client.cancelAll();
    await expect(running).rejects.toBeInstanceOf(JobCancelledError);
    expect(workers[0]!.terminated).toBe(true);
    expect(await client.run(job)).toHaveLength(1);
    expect(workers).toHaveLength(2);
  });

  it('starts the worker ahead of the first job, and that job uses it', async () => {
    const workers: FakeWorker[] = [];
    const client = new DocumentsClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    client.warmUp();
    expect(workers).toHaveLength(1);
    const files = await client.run({
      type: 'skills',
      ctx,
      model: buildSkillsInventoryModel(catalog, program),
      fileName: 'a.docx',
    });
    expect(files).toHaveLength(1);
    expect(workers).toHaveLength(1);
  });

  it('runs in place where no worker can be started', async () => {
    const client = new DocumentsClient(() => null);
    const files = await client.run({
      type: 'skills',
      ctx,
      model: buildSkillsInventoryModel(catalog, program),
      fileName: 'a.docx',
    });
    expect(readDocx(files[0]!.data).text).toContain('Flexibility');
  });
});
