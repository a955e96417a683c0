import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSurveyFixture, pairedDemo } from '../../../../test/support/check-ins';
import { suggestEvaluationMapping } from '../domain/evaluation/survey-columns';
import { prepareEvaluationImport } from '../domain/evaluation/survey-import';
import { readRoster } from '../domain/import';
import type { Feedback, Rating } from '../domain/model';
import { db } from './client';
import {
  commitEvaluationImport,
  loadEvaluationImportState,
  previewUndoEvaluationImport,
  undoEvaluationImport,
} from './evaluation-import-repo';
import { importBatchSchema } from './record-schemas';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const demo = pairedDemo();
const programId = demo.program.id;
const flex = demo.catalog.find((c) => c.name === 'Flexibility')!.id;
const zoe = demo.participants[0]!;

const storedRating: Rating = {
  id: 'r-old',
  programId,
  participantId: zoe.id,
  competencyId: flex,
  phase: 'pre',
  value: 1,
  createdAt: '2026-09-01T10:00:00.000Z',
};
const storedFeedback: Feedback = {
  id: 'f-old',
  programId,
  participantId: zoe.id,
  satisfaction: 2,
  wouldRecommend: 'no',
  helpedMost: 'Typed by hand.',
  barriers: '',
  pastBarriers: '',
  bothRoles: '',
  wouldJoinAgain: null,
  quote: '',
  quoteConsent: 'no',
  answeredOn: '2027-05-02',
  createdAt: '2027-05-02T10:00:00.000Z',
  updatedAt: '2027-05-02T10:00:00.000Z',
};

async function seed(): Promise<void> {
  await db.programs.add(demo.program);
  await db.competencies.bulkAdd(demo.catalog);
  await db.participants.bulkAdd(demo.participants);
  await db.teams.bulkAdd(demo.teams);
  await db.teamMembers.bulkAdd(demo.members);
  await db.ratings.add(storedRating);
  await db.feedback.add(storedFeedback);
}

async function prepare(name: string, phase: 'pre' | 'post' | null, excludeRows: number[]) {
  const read = await readRoster(loadSurveyFixture(name), name);
  const state = (await loadEvaluationImportState(programId))!;
  const mapping = { ...suggestEvaluationMapping(read.headers, state.catalog), phase };
  return prepareEvaluationImport(read, mapping, { ...state, programId }, { excludeRows });
}

async function everything() {
  const [ratings, feedback] = await Promise.all([db.ratings.toArray(), db.feedback.toArray()]);
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : 1);
  return { ratings: ratings.sort(byId), feedback: feedback.sort(byId) };
}

describe('committing an evaluation import', () => {
  it('writes the ratings in one batch, reads back as the file says, and undo restores exactly the state before', async () => {
    await seed();
    const before = await everything();
    const prep = await prepare('self-ratings-start-microsoft-forms.xlsx', 'pre', [6, 9]);
    const zoeFlex = prep.people[0]!.ratings.find((r) => r.competencyId === flex)!;
    expect(zoeFlex).toMatchObject({
      kind: zoeFlex.after === 1 ? 'unchanged' : 'changed',
      before: 1,
    });
    const batch = await commitEvaluationImport(
      programId,
      'self-ratings-start-microsoft-forms.xlsx',
      prep,
    );
    expect(importBatchSchema.safeParse(batch).success).toBe(true);
    expect(batch.summary).toMatch(/^\d+ self-ratings \(start\) of 12 people/);

    // Read back: every answer of the file is stored, one record per person, competency and survey.
    const after = await everything();
    for (const p of prep.people) {
      for (const r of p.ratings) {
        const stored = after.ratings.filter(
          (x) =>
            x.participantId === p.participantId &&
            x.competencyId === r.competencyId &&
            x.phase === 'pre',
        );
        expect(stored.map((x) => x.value)).toEqual([r.after]);
      }
    }
    // The stored rating kept its id and creation time.
    expect(after.ratings.find((r) => r.id === 'r-old')).toEqual({
      ...storedRating,
      value: zoeFlex.after,
    });

    // The same file again changes nothing.
    const again = await prepare('self-ratings-start-microsoft-forms.xlsx', 'pre', [6, 9]);
    expect(again.counts).toMatchObject({ people: 0, ratingsNew: 0, ratingsChanged: 0 });
    await expect(commitEvaluationImport(programId, 'again.xlsx', again)).rejects.toThrow(
      'already stored',
    );

    expect((await loadEvaluationImportState(programId))!.imports.map((b) => b.id)).toEqual([
      batch.id,
    ]);
    expect(await previewUndoEvaluationImport(batch.id)).toMatchObject({
      ok: true,
      restored: zoeFlex.kind === 'changed' ? 1 : 0,
    });
    expect(await undoEvaluationImport(batch.id)).toMatchObject({ ok: true });
    expect(await everything()).toEqual(before);
    expect((await db.importBatches.get(batch.id))!.undone).toBe(true);
    expect(await undoEvaluationImport(batch.id)).toEqual({
      ok: false,
      message: 'The import of "self-ratings-start-microsoft-forms.xlsx" was already undone.',
    });
  });

  it('merges feedback into the stored record and undo puts the typed answers back', async () => {
    await seed();
    const before = await everything();
    const prep = await prepare('feedback-google-forms.csv', null, [4, 7, 9]);
    const batch = await commitEvaluationImport(programId, 'feedback-google-forms.csv', prep);
    const zoeNow = (await db.feedback.where('participantId').equals(zoe.id).toArray())[0]!;
    expect(zoeNow).toMatchObject({
      id: 'f-old',
      createdAt: storedFeedback.createdAt,
      wouldRecommend: 'yes',
      quoteConsent: 'named',
      answeredOn: '2027-05-20',
    });
    expect(zoeNow.helpedMost).toBe('Having someone outside my department to think out loud with.');
    expect(await db.feedback.count()).toBe(prep.people.length);
    await undoEvaluationImport(batch.id);
    expect(await everything()).toEqual(before);
  });

  it('refuses, writing nothing, when a rating changed while the review was on screen', async () => {
    await seed();
    const prep = await prepare('self-ratings-start-microsoft-forms.xlsx', 'pre', [6, 9]);
    await db.ratings.update('r-old', { value: 5 });
    const before = await everything();
    await expect(commitEvaluationImport(programId, 'f.xlsx', prep)).rejects.toThrow(
      'changed while you were reviewing',
    );
    expect(await everything()).toEqual(before);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('refuses to undo, changing nothing, when an imported answer was edited since, and names the person', async () => {
    await seed();
    const prep = await prepare('self-ratings-start-microsoft-forms.xlsx', 'pre', [6, 9]);
    const batch = await commitEvaluationImport(programId, 'f.xlsx', prep);
    const edited = batch.evaluation!.ratingsAfter.find(
      (r) => r.participantId === demo.participants[2]!.id,
    )!;
    await db.ratings.update(edited.id, { value: edited.value === 5 ? 4 : 5 });
    const before = await everything();
    const result = await undoEvaluationImport(batch.id);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(demo.participants[2]!.name);
    expect(await everything()).toEqual(before);
    expect((await db.importBatches.get(batch.id))!.undone).toBe(false);
  });

  it('refuses to undo an earlier import while a later one that wrote the same answers is in force', async () => {
    await seed();
    const first = await commitEvaluationImport(
      programId,
      'one.xlsx',
      await prepare('self-ratings-start-microsoft-forms.xlsx', 'pre', [6, 9]),
    );
    // The same file read as the end survey writes other records: no clash.
    const second = await commitEvaluationImport(
      programId,
      'two.xlsx',
      await prepare('self-ratings-start-microsoft-forms.xlsx', 'post', [6, 9]),
    );
    expect(await previewUndoEvaluationImport(first.id)).toMatchObject({ ok: true });
    // Changing a start rating by hand and importing the file again: the later import rewrites it.
    const rating = first.evaluation!.ratingsAfter[0]!;
    await db.ratings.update(rating.id, { value: rating.value === 5 ? 4 : 5 });
    const third = await commitEvaluationImport(
      programId,
      'three.xlsx',
      await prepare('self-ratings-start-microsoft-forms.xlsx', 'pre', [6, 9]),
    );
    expect(await previewUndoEvaluationImport(first.id)).toEqual({
      ok: false,
      message:
        'The later import of "three.xlsx" changed some of the same answers. Undo that import first, then this one.',
    });
    expect(await undoEvaluationImport(third.id)).toMatchObject({
      ok: true,
      removed: 0,
      restored: 1,
    });
    expect(await undoEvaluationImport(second.id)).toMatchObject({ ok: true });
  });
});
