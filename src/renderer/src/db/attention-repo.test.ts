import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { attentionFlags, type AttentionFlag } from '../domain/attention/attention-flags';
import { DEFAULT_ATTENTION_RULES } from '../domain/attention/attention-rules';
import { DEFAULT_REMINDER_TEMPLATE } from '../domain/attention/reminder-template';
import { db } from './client';
import {
  loadAttentionSources,
  removeAttentionAction,
  resetReminderTemplate,
  resolveFlag,
  saveAttentionRules,
  saveReminderTemplate,
  snoozeFlag,
} from './attention-repo';
import { deleteProgram, loadDemoProgram } from './programs-repo';
import { confirmProposals, replaceProposals } from './teams-repo';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

/** The demo (cycle from 1 Sep 2026, set here) with two confirmed pairs and no meetings logged. */
async function demoWithPairs() {
  const program = await loadDemoProgram();
  await db.programs.update(program.id, { cycleStart: '2026-09-01', cycleEnd: '2027-05-31' });
  const ids = (await db.participants.where('programId').equals(program.id).sortBy('name')).map((p) => p.id);
  await replaceProposals(
    program.id,
    [0, 2].map((i) => ({ kind: 'pair' as const, memberIds: [ids[i]!, ids[i + 1]!], locked: false, facilitated: false, score: 1, reasons: [] })),
  );
  const proposals = await db.teams.where('programId').equals(program.id).toArray();
  await confirmProposals(program.id, proposals.map((t) => ({ teamId: t.id, score: 1, reasons: [], competencyIds: [] })));
  await db.teams.where('programId').equals(program.id).modify({ confirmedOn: '2026-08-20' });
  return program.id;
}

async function flagsOn(programId: string, today: string): Promise<AttentionFlag[]> {
  const sources = (await loadAttentionSources(programId))!;
  return attentionFlags(sources.input, today, sources.rules);
}

describe('attention repository', () => {
  it('loads what the rules need: two silent pairs are flagged in November', async () => {
    const programId = await demoWithPairs();
    const sources = (await loadAttentionSources(programId))!;
    expect(sources.rules).toEqual(DEFAULT_ATTENTION_RULES);
    expect(sources.reminder).toEqual(DEFAULT_REMINDER_TEMPLATE);
    expect((await flagsOn(programId, '2026-11-12')).map((f) => [f.teamLabel, f.rule])).toEqual([
      ['Pair 01', 'no-meeting'],
      ['Pair 02', 'no-meeting'],
    ]);
    expect(await loadAttentionSources('nope')).toBeNull();
  });

  it('snoozes and resolves a flag, each undoable; bad input saves nothing and says why', async () => {
    const programId = await demoWithPairs();
    const [first, second] = await flagsOn(programId, '2026-11-12');
    const target = (f: AttentionFlag) => ({ programId, teamId: f.teamId, flagKey: f.flagKey });

    expect(await resolveFlag(target(first!), '   ')).toMatch(/^Write a short note/);
    expect(await snoozeFlag(target(second!), '2026-11-12', '', '2026-11-12')).toBe('Pick a day after today for the flag to come back.');
    expect(await resolveFlag({ ...target(first!), teamId: second!.teamId }, 'x')).toBe('This flag is not one the app raised. Nothing was saved.');
    expect(await db.attentionActions.count()).toBe(0);

    const resolved = await resolveFlag(target(first!), 'Talked to both: they meet on Tuesdays now');
    const snoozed = await snoozeFlag(target(second!), '2026-11-19', '', '2026-11-12');
    if (typeof resolved === 'string' || typeof snoozed === 'string') throw new Error('refused');
    expect(snoozed.until).toBe('2026-11-18');
    expect(await flagsOn(programId, '2026-11-18')).toEqual([]);
    expect((await flagsOn(programId, '2026-11-19')).map((f) => f.flagKey)).toEqual([second!.flagKey]);

    await removeAttentionAction(resolved.id);
    expect((await flagsOn(programId, '2026-11-19')).map((f) => f.flagKey)).toEqual([first!.flagKey, second!.flagKey]);
  });

  it('saves valid rules only, and a stricter threshold quiets the flags', async () => {
    const programId = await demoWithPairs();
    expect(await saveAttentionRules(programId, { ...DEFAULT_ATTENTION_RULES, noMeeting: { on: true, weeks: 0 } })).toBe('Enter at least 1 week.');
    expect((await loadAttentionSources(programId))!.rules).toEqual(DEFAULT_ATTENTION_RULES);
    expect(await saveAttentionRules(programId, { ...DEFAULT_ATTENTION_RULES, noMeeting: { on: true, weeks: 12 } })).toBeNull();
    expect(await flagsOn(programId, '2026-11-12')).toEqual([]);
  });

  it('keeps the reminder text as typed, resets it, and deleting the program removes actions and settings', async () => {
    const programId = await demoWithPairs();
    expect(await saveReminderTemplate(programId, { subject: 'Hi {{teem}}', body: 'Hello' })).toBeNull();
    expect((await loadAttentionSources(programId))!.reminder).toEqual({ subject: 'Hi {{teem}}', body: 'Hello' });
    expect(await saveReminderTemplate(programId, { subject: 'x'.repeat(201), body: '' })).toMatch(/subject under 200/);
    await resetReminderTemplate(programId);
    expect((await loadAttentionSources(programId))!.reminder).toEqual(DEFAULT_REMINDER_TEMPLATE);

    await saveReminderTemplate(programId, { subject: 'Hi', body: 'Hello' });
    await saveAttentionRules(programId, DEFAULT_ATTENTION_RULES);
    const [flag] = await flagsOn(programId, '2026-11-12');
    await resolveFlag({ programId, teamId: flag!.teamId, flagKey: flag!.flagKey }, 'Done');
    await deleteProgram(programId);
    expect(await db.attentionActions.count()).toBe(0);
    expect((await db.meta.toArray()).filter((m) => m.key.endsWith(programId))).toEqual([]);
  });
});
