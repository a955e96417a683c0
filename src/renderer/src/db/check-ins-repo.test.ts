import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSurveyFixture, pairedDemo } from '../../../../test/support/check-ins';
import { blankCheckInEntry, checkCheckInEntry, type CheckInEntry } from '../domain/check-ins/check-in-entry';
import { checkInCadenceKey } from '../domain/check-ins/check-in-schedule';
import { prepareSurveyImport } from '../domain/check-ins/survey-import';
import { suggestSurveyMapping } from '../domain/check-ins/survey-mapping';
import { readRoster } from '../domain/import';
import {
  addCheckIn,
  checkInImportsKey,
  checkInSurveyMappingsKey,
  commitSurveyImport,
  deleteCheckIn,
  loadCheckInsState,
  previewUndoCheckInImport,
  restoreCheckIn,
  saveCheckInCadence,
  undoCheckInImport,
  updateCheckIn,
} from './check-ins-repo';
import { db } from './client';
import { listImportBatches, previewUndoImport } from './import-repo';
import { deleteProgram } from './programs-repo';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const demo = pairedDemo();
const programId = demo.program.id;

async function seed(): Promise<void> {
  await db.programs.add(demo.program);
  await db.competencies.bulkAdd(demo.catalog);
  await db.participants.bulkAdd(demo.participants);
  await db.teams.bulkAdd(demo.teams);
  await db.teamMembers.bulkAdd(demo.members);
}

function clean(fields: Partial<CheckInEntry>) {
  const result = checkCheckInEntry({ ...blankCheckInEntry('2026-10-14'), status: 'on-track', ...fields }, {
    memberIds: demo.participants.map((p) => p.id),
  });
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result.value;
}

async function prepareFixture(importedKeys: Iterable<string> = []) {
  const read = await readRoster(loadSurveyFixture('check-ins-microsoft-forms.csv'), 'check-ins-microsoft-forms.csv');
  const mapping = suggestSurveyMapping(read.headers, demo.catalog);
  const prep = prepareSurveyImport(
    read,
    mapping,
    { programId, teams: demo.teams, members: demo.members, participants: demo.participants, catalog: demo.catalog, importedKeys: new Set(importedKeys) },
    { excludeRows: [5, 7] },
  );
  return { mapping, prep };
}

describe('typed check-ins', () => {
  it('are saved in one write, edited and deleted, and each change can be put back', async () => {
    await seed();
    const team = demo.teams[0]!;
    const giver = demo.members.find((m) => m.teamId === team.id)!.participantId;
    const saved = await addCheckIn(programId, team.id, clean({ balance: 'mostly-one-way', givesMoreId: giver, nextStep: 'Meet on Tuesday.' }));
    expect(await db.checkIns.get(saved.id)).toEqual(saved);
    expect(saved).toMatchObject({ source: 'typed', respondentEmail: '', importBatchId: '', givesMoreId: giver });

    const before = await updateCheckIn(saved.id, clean({ status: 'stalled' }));
    expect(before).toEqual(saved);
    expect(await db.checkIns.get(saved.id)).toMatchObject({ status: 'stalled', givesMoreId: '', createdAt: saved.createdAt });
    await restoreCheckIn(before);
    expect(await db.checkIns.get(saved.id)).toEqual(saved);

    const fromPaper = await addCheckIn(programId, team.id, clean({}), 'paper');
    expect(fromPaper.source).toBe('paper');
    await deleteCheckIn(fromPaper.id);

    const deleted = await deleteCheckIn(saved.id);
    expect(await db.checkIns.get(saved.id)).toBeUndefined();
    await restoreCheckIn(deleted);
    expect(await db.checkIns.get(saved.id)).toEqual(saved);
  });

  it('refuse someone outside the team as the one who gives more, and proposed teams, saving nothing', async () => {
    await seed();
    const [first, second] = demo.teams;
    const stranger = demo.members.find((m) => m.teamId === second!.id)!.participantId;
    await expect(addCheckIn(programId, first!.id, clean({ balance: 'mostly-one-way', givesMoreId: stranger }))).rejects.toThrow(
      '“Who gives more” must be one of the team’s members.',
    );
    await db.teams.update(first!.id, { status: 'proposed' });
    await expect(addCheckIn(programId, first!.id, clean({}))).rejects.toThrow('Check-ins are for confirmed teams');
    expect(await db.checkIns.count()).toBe(0);
  });

  it('follow the cadence the coordinator sets, refusing a number of weeks out of range', async () => {
    await seed();
    expect((await loadCheckInsState(programId))?.cadence).toEqual({ mode: 'pair-months' });
    expect(await saveCheckInCadence(programId, { mode: 'every-weeks', weeks: 0 })).toBe('Choose a whole number of weeks from 1 to 26.');
    expect(await saveCheckInCadence(programId, { mode: 'every-weeks', weeks: 6 })).toBeNull();
    expect((await loadCheckInsState(programId))?.cadence).toEqual({ mode: 'every-weeks', weeks: 6 });
  });
});

describe('survey imports', () => {
  it('write the check-ins, their batch and their keys in one transaction, and a second commit of the same responses is refused', async () => {
    await seed();
    const { mapping, prep } = await prepareFixture();
    const batch = await commitSurveyImport(programId, 'check-ins-microsoft-forms.csv', prep.responses, mapping);
    expect(batch).toMatchObject({ kind: 'check-ins', undone: false, updatedBefore: [], withdrawnBefore: [] });
    expect(batch.added).toHaveLength(8);
    const stored = await db.checkIns.bulkGet(batch.added);
    expect(stored.every((c) => c?.importBatchId === batch.id && c.source === 'survey')).toBe(true);
    expect(stored.map((c) => c?.respondentEmail)).toEqual(prep.responses.map((r) => r.checkIn.respondentEmail));

    const state = await loadCheckInsState(programId);
    expect([...(state?.importedKeys ?? [])].sort()).toEqual(prep.responses.map((r) => r.key).sort());
    expect(state?.imports.map((b) => b.id)).toEqual([batch.id]);
    expect(state?.surveyMappings[0]?.signature).toBe(mapping.signature);
    // The roster's import history does not list it, and roster undo leaves it alone.
    expect(await listImportBatches(programId)).toEqual([]);
    expect(await previewUndoImport(batch.id)).toEqual({
      ok: false,
      message: 'That import brought check-in responses: undo it on the Check-ins screen.',
    });

    await expect(commitSurveyImport(programId, 'again.csv', prep.responses, mapping)).rejects.toThrow(
      'Nothing was imported: 8 responses were imported meanwhile.',
    );
    expect(await db.checkIns.count()).toBe(8);
    // Prepared against what is stored, the same export now brings nothing.
    const again = await prepareFixture(state?.importedKeys);
    expect(again.prep.responses).toEqual([]);
  });

  it('undo removes exactly the check-ins the import added, and lets the same export be imported again', async () => {
    await seed();
    const typed = await addCheckIn(programId, demo.teams[0]!.id, clean({}));
    const { mapping, prep } = await prepareFixture();
    const batch = await commitSurveyImport(programId, 'forms.csv', prep.responses, mapping);
    await deleteCheckIn(batch.added[0]!);
    expect(await previewUndoCheckInImport(batch.id)).toMatchObject({ ok: true, removed: 7, deletedSince: 1 });
    expect(await undoCheckInImport(batch.id)).toMatchObject({ ok: true, removed: 7 });
    expect((await db.checkIns.toArray()).map((c) => c.id)).toEqual([typed.id]);
    expect((await db.importBatches.get(batch.id))?.undone).toBe(true);
    expect(await previewUndoCheckInImport(batch.id)).toEqual({ ok: false, reason: 'other', message: 'The import of "forms.csv" was already undone.' });
    const state = await loadCheckInsState(programId);
    expect(state?.importedKeys.size).toBe(0);
    await commitSurveyImport(programId, 'forms.csv', prep.responses, mapping);
    expect(await db.checkIns.count()).toBe(9);
  });

  it('undo is refused, changing nothing, when an imported check-in was edited since', async () => {
    await seed();
    const { mapping, prep } = await prepareFixture();
    const batch = await commitSurveyImport(programId, 'forms.csv', prep.responses, mapping);
    const edited = (await db.checkIns.get(batch.added[2]!))!;
    await updateCheckIn(edited.id, clean({ date: edited.date, status: edited.status, coordinatorNote: 'Called Ngozi.' }));
    const preview = await previewUndoCheckInImport(batch.id);
    expect(preview).toMatchObject({ ok: false, reason: 'edited' });
    expect(preview.ok === false && preview.reason === 'edited' && preview.edited.map((c) => c.id)).toEqual([edited.id]);
    expect(await undoCheckInImport(batch.id)).toMatchObject({ ok: false, reason: 'edited' });
    expect(await db.checkIns.count()).toBe(8);
    expect((await db.importBatches.get(batch.id))?.undone).toBe(false);
  });

  it('are deleted with their program, with the cadence, keys and remembered mappings', async () => {
    await seed();
    await saveCheckInCadence(programId, { mode: 'off' });
    const { mapping, prep } = await prepareFixture();
    await commitSurveyImport(programId, 'forms.csv', prep.responses, mapping);
    await deleteProgram(programId);
    expect(await db.checkIns.count()).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
    for (const key of [checkInCadenceKey(programId), checkInImportsKey(programId), checkInSurveyMappingsKey(programId)]) {
      expect(await db.meta.get(key)).toBeUndefined();
    }
  });
});
