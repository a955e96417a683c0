import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './client';
import { loadDemoProgram } from './programs-repo';
import { rematchTeam, undoRematch } from './rematch-repo';
import { confirmProposals, loadPairingState, replaceProposals, type ProposalDraft } from './teams-repo';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const draft = (memberIds: string[]): ProposalDraft => ({
  kind: 'pair',
  memberIds,
  locked: false,
  facilitated: false,
  score: 5,
  reasons: ['Because'],
});

/** The demo with its first eight people in four confirmed pairs. */
async function confirmedDemo() {
  const program = await loadDemoProgram();
  const ids = (await db.participants.where('programId').equals(program.id).sortBy('name')).map((p) => p.id);
  await replaceProposals(program.id, [0, 2, 4, 6].map((i) => draft([ids[i]!, ids[i + 1]!])));
  const proposals = await db.teams.where('programId').equals(program.id).toArray();
  await confirmProposals(
    program.id,
    proposals.map((t) => ({ teamId: t.id, score: t.score, reasons: t.reasons, competencyIds: [] })),
  );
  const teams = await db.teams.where('programId').equals(program.id).sortBy('number');
  return { programId: program.id, ids, teams };
}

async function dump(programId: string) {
  const teams = await db.teams.where('programId').equals(programId).sortBy('id');
  const members = await db.teamMembers.where('programId').equals(programId).sortBy('id');
  const people = (await db.participants.where('programId').equals(programId).sortBy('id')).map(({ updatedAt: _, ...p }) => p);
  return { teams: teams.map(({ updatedAt: _, ...t }) => t), members, people };
}

describe('no-fault rematch in storage', () => {
  it('ends one team with its reason, marks its two people, puts them back to pair, and leaves every other team as it was', async () => {
    const { programId, ids, teams } = await confirmedDemo();
    const target = teams[1]!;
    const before = await dump(programId);
    const result = await rematchTeam(target.id, 'Our schedules never matched', '2026-11-12');
    expect(result.ok).toBe(true);

    const after = await dump(programId);
    expect(after.teams.find((t) => t.id === target.id)).toMatchObject({
      status: 'ended',
      endedOn: '2026-11-12',
      endedReason: 'Our schedules never matched',
    });
    expect(after.teams.filter((t) => t.id !== target.id)).toEqual(before.teams.filter((t) => t.id !== target.id));
    expect(after.members).toEqual(before.members);
    const [a, b] = [ids[2]!, ids[3]!];
    expect(after.people.find((p) => p.id === a)!.doNotPair).toContain(b);
    expect(after.people.find((p) => p.id === b)!.doNotPair).toContain(a);
    expect(after.people.filter((p) => p.id !== a && p.id !== b)).toEqual(before.people.filter((p) => p.id !== a && p.id !== b));

    // The board offers them again: a proposal may now name them (with other partners).
    const state = (await loadPairingState(programId))!;
    expect(state.teams.filter((t) => t.status === 'confirmed')).toHaveLength(3);
    await replaceProposals(programId, [draft([a, ids[8]!]), draft([b, ids[9]!])]);
    expect(await db.teams.where('programId').equals(programId).filter((t) => t.status === 'proposed').count()).toBe(2);
  });

  it('undo is refused while one of them is in a proposal, then puts everything back exactly', async () => {
    const { programId, ids, teams } = await confirmedDemo();
    const before = await dump(programId);
    const result = await rematchTeam(teams[0]!.id, 'Moved to another site', '2026-11-12');
    if (!result.ok) throw new Error(result.message);
    await replaceProposals(programId, [draft([ids[0]!, ids[8]!])]);
    await expect(undoRematch(result.record)).rejects.toThrow(/is already in a proposed team \(Pair 05\)/);
    await replaceProposals(programId, []);
    await undoRematch(result.record);
    expect(await dump(programId)).toEqual(before);
  });

  it('saves nothing when refused: no reason, a proposal, a team already ended', async () => {
    const { programId, teams } = await confirmedDemo();
    const before = await dump(programId);
    expect(await rematchTeam(teams[0]!.id, '  ', '2026-11-12')).toMatchObject({ ok: false, message: expect.stringMatching(/^Write why/) });
    expect(await dump(programId)).toEqual(before);
    await rematchTeam(teams[0]!.id, 'Reason', '2026-11-12');
    const ended = await dump(programId);
    expect(await rematchTeam(teams[0]!.id, 'Again', '2026-11-13')).toEqual({ ok: false, message: 'Pair 01 has already ended. Nothing was changed.' });
    expect(await dump(programId)).toEqual(ended);
  });
});
