import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Feedback, FeedbackAnswer, Participant } from '../domain/model';
import { planPairs } from '../domain/pairing/plan-pairs';
import { workedTogetherLastYear } from '../domain/pairing/scoring';
import { ArchivedProgramError } from './archived-guard';
import { db } from './client';
import { scheduleDefaultsKey } from './events-repo';
import { startNextYear, undoStartNextYear } from './next-year-repo';
import { loadDemoProgram } from './programs-repo';
import { CURRENT_PROGRAM_KEY } from './settings-repo';
import { loadPairingState, pairingPinsKey, pairingSettingsKey } from './teams-repo';
import { runWrite } from './write-guard';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every table, each sorted by key: the whole database as text. */
async function wholeDatabase(): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const name of db.tableNames) {
    const rows = (await db.table(name).toArray()) as { id?: string; key?: string }[];
    out[name] = rows.sort((a, b) => ((a.id ?? a.key ?? '') < (b.id ?? b.key ?? '') ? -1 : 1));
  }
  return JSON.stringify(out);
}

/** The old program's records (its own record with the status blanked). */
async function programRecords(programId: string): Promise<string> {
  const program = await db.programs.get(programId);
  const parts: unknown[] = [{ ...program, status: '' }];
  for (const name of db.tableNames) {
    if (name === 'programs' || name === 'meta') continue;
    parts.push(await db.table(name).where('programId').equals(programId).sortBy('id'));
  }
  parts.push(await db.meta.filter((m) => m.key.endsWith(`:${programId}`)).sortBy('key'));
  return JSON.stringify(parts);
}

async function demoWithFeedback() {
  const demo = await loadDemoProgram('year-in-progress');
  const people = await db.participants.where('programId').equals(demo.id).sortBy('id');
  const answers: (FeedbackAnswer | null)[] = ['yes', 'yes', 'yes', 'no', 'not-sure', null];
  const feedback: Feedback[] = people.map((p: Participant, i) => ({
    id: `fb-${i}`,
    programId: demo.id,
    participantId: p.id,
    satisfaction: 4,
    wouldRecommend: 'yes',
    helpedMost: '',
    barriers: '',
    pastBarriers: '',
    bothRoles: '',
    wouldJoinAgain: answers[i % answers.length] ?? null,
    quote: '',
    quoteConsent: 'no',
    answeredOn: '2027-05-20',
    createdAt: '2027-05-20T10:00:00.000Z',
    updatedAt: '2027-05-20T10:00:00.000Z',
  }));
  await runWrite(db, [db.feedback, db.meta], async () => {
    await db.feedback.bulkAdd(feedback);
    await db.meta.put({ key: pairingSettingsKey(demo.id), value: { objective: 'total' } });
    await db.meta.put({ key: pairingPinsKey(demo.id), value: [] });
  });
  return { demo, people, chosen: people.filter((_, i) => i % answers.length < 3).map((p) => p.id) };
}

const choice = (ids: string[]) => ({ name: 'Larkfield Health — Peer Mentoring next', cycleStart: '2027-09-01', carryOverIds: ids });

describe('starting next year’s program', () => {
  it('writes the new program and opens it; the old one is byte-identical except its status, now archived', async () => {
    const { demo, chosen } = await demoWithFeedback();
    const before = await programRecords(demo.id);
    const started = await startNextYear(demo.id, choice(chosen));
    const id = started.plan.program.id;
    expect((await db.programs.get(demo.id))?.status).toBe('archived');
    expect(await programRecords(demo.id)).toBe(before);
    expect((await db.meta.get(CURRENT_PROGRAM_KEY))?.value).toBe(id);
    expect(await db.participants.where('programId').equals(id).count()).toBe(chosen.length);
    expect(await db.competencies.where('programId').equals(id).count()).toBe(31);
    expect(await db.events.where('programId').equals(id).count()).toBe(9);
    expect(await db.teams.where('programId').equals(id).count()).toBe(0);
    expect(await db.feedback.where('programId').equals(id).count()).toBe(0);
    expect(await db.meta.get(pairingSettingsKey(id))).toBeDefined();
    expect(await db.meta.get(scheduleDefaultsKey(id))).toBeDefined();
    expect(await db.meta.get(pairingPinsKey(id))).toBeUndefined();
    // Some of the carried-over people worked together this year.
    const carried = await db.participants.where('programId').equals(id).toArray();
    expect(carried.some((p) => (p.previousPartners ?? []).length > 0)).toBe(true);
  });

  it('pairs the carried-over people without putting last year’s partners together', async () => {
    const { demo, people } = await demoWithFeedback();
    const started = await startNextYear(demo.id, choice(people.map((p) => p.id)));
    const state = (await loadPairingState(started.plan.program.id))!;
    expect(state.stored.settings.rules.previousPartners.mode).toBe('hard');
    const plan = planPairs({ participants: state.participants, catalog: state.catalog, settings: state.stored.settings, previousPartners: state.previousPartners });
    expect(plan.teams.length).toBeGreaterThanOrEqual(11);
    const byId = new Map(state.participants.map((p) => [p.id, p]));
    for (const team of plan.teams) {
      for (const a of team.memberIds) for (const b of team.memberIds) if (a !== b) expect(workedTogetherLastYear(byId.get(a)!, byId.get(b)!)).toBe(false);
    }
  });

  it('writes nothing when a step fails halfway', async () => {
    const { demo, chosen } = await demoWithFeedback();
    const before = await wholeDatabase();
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValueOnce(new Error('the disk is full'));
    await expect(startNextYear(demo.id, choice(chosen))).rejects.toThrow(/Nothing was saved/);
    expect(await wholeDatabase()).toBe(before);
  });

  it('refuses a choice it cannot use, changing nothing', async () => {
    const { demo, chosen } = await demoWithFeedback();
    const before = await wholeDatabase();
    await expect(startNextYear(demo.id, { ...choice(chosen), name: demo.name })).rejects.toThrow(/name of its own/);
    await expect(startNextYear(demo.id, { ...choice(chosen), cycleStart: '2020-09-01' })).rejects.toThrow(/start after/);
    expect(await wholeDatabase()).toBe(before);
  });

  it('leaves the archived program read-only: a write to it is refused', async () => {
    const { demo, people } = await demoWithFeedback();
    await startNextYear(demo.id, choice([]));
    await expect(
      runWrite(db, [db.participants], () => db.participants.update(people[0]!.id, { notes: 'late edit' })),
    ).rejects.toBeInstanceOf(ArchivedProgramError);
    await expect(startNextYear(demo.id, choice([]))).rejects.toThrow(/already archived/);
  });

  it('undo puts the whole database back as it was', async () => {
    const { demo, chosen } = await demoWithFeedback();
    const before = await wholeDatabase();
    const started = await startNextYear(demo.id, choice(chosen));
    await undoStartNextYear(started);
    expect(await wholeDatabase()).toBe(before);
  });

  it('undo is refused, changing nothing, once the new program was changed', async () => {
    const { demo, chosen } = await demoWithFeedback();
    const started = await startNextYear(demo.id, choice(chosen));
    const someone = started.plan.participants[0]!;
    await runWrite(db, [db.participants], () => db.participants.update(someone.id, { notes: 'Prefers mornings' }));
    const after = await wholeDatabase();
    await expect(undoStartNextYear(started)).rejects.toThrow(/changed since it was started/);
    expect(await wholeDatabase()).toBe(after);
  });
});
