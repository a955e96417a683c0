import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './client';
import {
  clearFeedback,
  loadEvaluationState,
  loadProgramFeedback,
  loadProgramRatings,
  saveFeedback,
  saveRatingGrid,
  setRating,
  switchFeedbackChanges,
  switchRatingChanges,
} from './evaluation-repo';
import { createProgram, deleteProgram, loadDemoProgram } from './programs-repo';
import { createBackup, restoreBackup } from './backup';
import { readBackup } from './backup-format';
import { programDraftSchema } from '../domain/programs/program-defaults';
import { EMPTY_FEEDBACK } from '../domain/evaluation/feedback-answers';
import { makePerson } from '../../../../test/support/running-year';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function setUp() {
  const program = await createProgram(programDraftSchema.parse({ name: 'Peer mentoring', coordinatorName: 'Maeve', cycleStart: '2026-09-01', cycleEnd: '2027-05-31' }));
  const pid = program.id;
  await db.participants.bulkAdd([
    makePerson({ id: 'ana', firstName: 'Ana', lastName: 'García', programId: pid }),
    makePerson({ id: 'ben', firstName: 'Ben', lastName: 'Okafor', programId: pid }),
  ]);
  const [c1, c2, c3] = (await db.competencies.where('programId').equals(pid).toArray()).map((c) => c.id) as [string, string, string];
  return { pid, c1, c2, c3 };
}

const cells = async (pid: string) =>
  (await loadProgramRatings(pid)).map((r) => `${r.participantId}/${r.competencyId}/${r.phase}=${r.value}`).sort();

describe('self-ratings', () => {
  it('keeps one rating per person, competency and phase: a second value replaces the first', async () => {
    const { pid, c1 } = await setUp();
    await setRating(pid, 'ana', c1, 'pre', 2);
    await setRating(pid, 'ana', c1, 'pre', 4);
    await setRating(pid, 'ana', c1, 'post', 5);
    expect(await cells(pid)).toEqual([`ana/${c1}/post=5`, `ana/${c1}/pre=4`]);
  });

  it('clears a rating with null and reports no change when there was none', async () => {
    const { pid, c1 } = await setUp();
    await setRating(pid, 'ana', c1, 'pre', 3);
    expect(await setRating(pid, 'ana', c1, 'pre', null)).toMatchObject({ after: null });
    expect(await setRating(pid, 'ana', c1, 'pre', null)).toBeNull();
    expect(await cells(pid)).toEqual([]);
  });

  it('refuses anything but a whole number from 1 to 5 and saves nothing', async () => {
    const { pid, c1 } = await setUp();
    for (const bad of [0, 6, 2.5, Number.NaN]) {
      await expect(setRating(pid, 'ana', c1, 'pre', bad)).rejects.toThrow(/1 to 5/);
    }
    expect(await cells(pid)).toEqual([]);
  });

  it('refuses a person of another program or an unknown competency', async () => {
    const { pid, c1 } = await setUp();
    await expect(setRating(pid, 'nobody', c1, 'pre', 3)).rejects.toThrow(/no longer in this program/);
    await expect(setRating(pid, 'ana', 'not-a-competency', 'pre', 3)).rejects.toThrow(/no longer in the catalog/);
  });

  it('removes a duplicate left by older data when the cell is set', async () => {
    const { pid, c1 } = await setUp();
    const base = { programId: pid, participantId: 'ana', competencyId: c1, phase: 'pre' as const };
    await db.ratings.bulkAdd([
      { ...base, id: 'old', value: 1, createdAt: '2026-09-01T10:00:00.000Z' },
      { ...base, id: 'new', value: 2, createdAt: '2026-09-02T10:00:00.000Z' },
    ]);
    await setRating(pid, 'ana', c1, 'pre', 3);
    expect((await loadProgramRatings(pid)).map((r) => [r.id, r.value])).toEqual([['new', 3]]);
  });

  it('saves a whole column in one transaction, or nothing when one value is bad', async () => {
    const { pid, c1, c2, c3 } = await setUp();
    await expect(saveRatingGrid(pid, 'ben', 'pre', { [c1]: 2, [c2]: 9 })).rejects.toThrow(/9 is not a rating/);
    expect(await cells(pid)).toEqual([]);
    await expect(saveRatingGrid(pid, 'ben', 'pre', { [c1]: 2, unknown: 3 })).rejects.toThrow(/catalog/);
    expect(await cells(pid)).toEqual([]);
    const changes = await saveRatingGrid(pid, 'ben', 'pre', { [c1]: 2, [c2]: 3, [c3]: null });
    expect(changes).toHaveLength(2);
    expect(await cells(pid)).toEqual([`ben/${c1}/pre=2`, `ben/${c2}/pre=3`].sort());
  });

  it('undoes and redoes a change, and refuses when the rating changed since', async () => {
    const { pid, c1 } = await setUp();
    await setRating(pid, 'ana', c1, 'pre', 2);
    const change = (await setRating(pid, 'ana', c1, 'pre', 4))!;
    await switchRatingChanges([change], 'back');
    expect(await cells(pid)).toEqual([`ana/${c1}/pre=2`]);
    await switchRatingChanges([change], 'forward');
    expect(await cells(pid)).toEqual([`ana/${c1}/pre=4`]);
    await setRating(pid, 'ana', c1, 'pre', 5);
    await expect(switchRatingChanges([change], 'back')).rejects.toThrow(/changed since/);
    expect(await cells(pid)).toEqual([`ana/${c1}/pre=5`]);
  });

  it('undoes a whole column as one step', async () => {
    const { pid, c1, c2 } = await setUp();
    const changes = await saveRatingGrid(pid, 'ana', 'post', { [c1]: 4, [c2]: 5 });
    await switchRatingChanges(changes, 'back');
    expect(await cells(pid)).toEqual([]);
  });
});

describe('feedback', () => {
  const answers = { ...EMPTY_FEEDBACK, satisfaction: 4, wouldRecommend: 'yes' as const, helpedMost: 'Regular meetings' };

  it('keeps one record per person and program, updated in place', async () => {
    const { pid } = await setUp();
    const first = (await saveFeedback(pid, 'ana', answers))!;
    const second = (await saveFeedback(pid, 'ana', { ...answers, quote: 'It helped.', quoteConsent: 'named' }))!;
    expect(second.after!.id).toBe(first.after!.id);
    expect(second.after!.createdAt).toBe(first.after!.createdAt);
    const stored = await loadProgramFeedback(pid);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ participantId: 'ana', satisfaction: 4, quote: 'It helped.', quoteConsent: 'named' });
  });

  it('reports no change when the answers are the same', async () => {
    const { pid } = await setUp();
    await saveFeedback(pid, 'ana', answers);
    expect(await saveFeedback(pid, 'ana', answers)).toBeNull();
  });

  it('removes the record when every answer is emptied, and clears on request', async () => {
    const { pid } = await setUp();
    await saveFeedback(pid, 'ana', answers);
    await saveFeedback(pid, 'ana', EMPTY_FEEDBACK);
    expect(await loadProgramFeedback(pid)).toEqual([]);
    await saveFeedback(pid, 'ben', answers);
    expect(await clearFeedback(pid, 'ben')).toMatchObject({ after: null });
    expect(await clearFeedback(pid, 'ben')).toBeNull();
    expect(await loadProgramFeedback(pid)).toEqual([]);
  });

  it('refuses a satisfaction outside 1–5 naming the question, and saves nothing', async () => {
    const { pid } = await setUp();
    await expect(saveFeedback(pid, 'ana', { ...answers, satisfaction: 7 })).rejects.toThrow(/Overall satisfaction: choose a number from 1 to 5/);
    expect(await loadProgramFeedback(pid)).toEqual([]);
  });

  it('undoes and redoes a save, refusing when the answers changed since', async () => {
    const { pid } = await setUp();
    const made = (await saveFeedback(pid, 'ana', answers))!;
    const edited = (await saveFeedback(pid, 'ana', { ...answers, satisfaction: 5 }))!;
    await switchFeedbackChanges([edited], 'back');
    expect((await loadProgramFeedback(pid))[0]?.satisfaction).toBe(4);
    await switchFeedbackChanges([made], 'back');
    expect(await loadProgramFeedback(pid)).toEqual([]);
    await switchFeedbackChanges([made], 'forward');
    await saveFeedback(pid, 'ana', { ...answers, satisfaction: 1 });
    await expect(switchFeedbackChanges([made], 'back')).rejects.toThrow(/changed since/);
    expect((await loadProgramFeedback(pid))[0]?.satisfaction).toBe(1);
  });
});

describe('program-wide', () => {
  it('deleting a program removes its ratings and feedback, and nobody else’s', async () => {
    const { pid, c1 } = await setUp();
    await setRating(pid, 'ana', c1, 'pre', 3);
    await saveFeedback(pid, 'ana', { ...EMPTY_FEEDBACK, satisfaction: 5 });
    await db.ratings.add({ id: 'other', programId: 'other-program', participantId: 'x', competencyId: 'y', phase: 'pre', value: 2, createdAt: '2026-01-01T00:00:00.000Z' });
    await deleteProgram(pid);
    expect(await db.ratings.toArray()).toHaveLength(1);
    expect(await db.feedback.count()).toBe(0);
  });

  it('a backup carries ratings and feedback and restores them', async () => {
    const { pid, c1 } = await setUp();
    await setRating(pid, 'ben', c1, 'post', 4);
    await saveFeedback(pid, 'ben', { ...EMPTY_FEEDBACK, quote: 'Worth it.', quoteConsent: 'anonymous' });
    const backup = await createBackup(db, { appVersion: '0.1.0', now: '2027-06-01T10:00:00.000Z' });
    const check = readBackup(JSON.stringify(backup));
    if (!check.ok) throw new Error('The backup did not read back');
    await Promise.all(db.tables.map((t) => t.clear()));
    await restoreBackup(db, check.backup);
    const state = (await loadEvaluationState(pid))!;
    expect(state.ratings.map((r) => r.value)).toEqual([4]);
    expect(state.feedback.map((f) => [f.quote, f.quoteConsent])).toEqual([['Worth it.', 'anonymous']]);
  });

  it('the demo of an ended year brings its ratings and feedback, under its own program only', async () => {
    const before = await loadDemoProgram('year-in-progress');
    const demo = await loadDemoProgram('year-ended');
    const state = (await loadEvaluationState(demo.id))!;
    expect(state.ratings.length).toBeGreaterThan(100);
    expect(state.feedback).toHaveLength(21);
    expect(await loadProgramRatings(before.id)).toEqual([]);
    expect(state.participants.filter((p) => p.status === 'withdrawn')).toHaveLength(2);
  });
});
