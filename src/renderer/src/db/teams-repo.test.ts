import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './client';
import { loadDemoProgram, setProgramStatus } from './programs-repo';
import {
  changeTeamCompetencies,
  confirmProposals,
  endTeam,
  loadPairingState,
  pairingPinsKey,
  pairingSettingsKey,
  previousPartnerPairs,
  proposalNumbers,
  proposalRecords,
  proposalsFingerprint,
  readStoredPairingSettings,
  replaceProposals,
  restoreTeamsSnapshot,
  savePairingSettings,
  savePins,
  setTeamLetterNote,
  setTeamLocked,
  stateWithProposals,
  type PairingRunRecord,
  type ProposalDraft,
} from './teams-repo';
import { defaultPairingSettings } from '../domain/pairing/pairing-settings';
import type { Participant } from '../domain/model';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function demo(): Promise<{ programId: string; people: Participant[] }> {
  const program = await loadDemoProgram();
  const people = await db.participants.where('programId').equals(program.id).sortBy('name');
  return { programId: program.id, people };
}

function draft(memberIds: string[], extra: Partial<ProposalDraft> = {}): ProposalDraft {
  return {
    kind: memberIds.length === 2 ? 'pair' : 'triad',
    memberIds,
    locked: false,
    facilitated: false,
    score: 5,
    reasons: ['Because'],
    ...extra,
  };
}

/** Every record of the program's teams, members and pairing meta, in a stable order. */
async function dump(programId: string) {
  const teams = await db.teams.where('programId').equals(programId).sortBy('id');
  const members = await db.teamMembers.where('programId').equals(programId).sortBy('id');
  const meta = (await db.meta.toArray())
    .filter((m) => m.key.endsWith(programId))
    .sort((a, b) => a.key.localeCompare(b.key));
  return { teams, members, meta };
}

async function membersOf(teamId: string): Promise<string[]> {
  return (await db.teamMembers.where('teamId').equals(teamId).toArray())
    .map((m) => m.participantId)
    .sort();
}

describe('teams repository: proposals', () => {
  it('replaces every proposal of the program at once, numbering from 1', async () => {
    const { programId, people } = await demo();
    const ids = people.map((p) => p.id);
    await replaceProposals(programId, [draft([ids[0]!, ids[1]!]), draft([ids[2]!, ids[3]!])]);
    await replaceProposals(programId, [
      draft([ids[4]!, ids[5]!]),
      draft([ids[6]!, ids[7]!, ids[8]!]),
    ]);
    const teams = await db.teams.where('programId').equals(programId).sortBy('number');
    expect(teams.map((t) => [t.status, t.number, t.kind])).toEqual([
      ['proposed', 1, 'pair'],
      ['proposed', 2, 'triad'],
    ]);
    expect(await membersOf(teams[0]!.id)).toEqual([ids[4], ids[5]].sort());
    expect(await membersOf(teams[1]!.id)).toEqual([ids[6], ids[7], ids[8]].sort());
    // The first proposals' members are gone with them.
    expect(await db.teamMembers.where('programId').equals(programId).count()).toBe(5);
  });

  it('saves nothing when a draft is refused (someone twice, a stranger, a lone person)', async () => {
    const { programId, people } = await demo();
    const ids = people.map((p) => p.id);
    await replaceProposals(programId, [draft([ids[0]!, ids[1]!])]);
    const before = await dump(programId);
    const other = await loadDemoProgram();
    const stranger = (await db.participants.where('programId').equals(other.id).first())!.id;
    await expect(
      replaceProposals(programId, [draft([ids[2]!, ids[3]!]), draft([ids[3]!, ids[4]!])]),
    ).rejects.toThrow(/two proposed teams/);
    await expect(replaceProposals(programId, [draft([ids[2]!, stranger])])).rejects.toThrow(
      /not in this program/,
    );
    await expect(replaceProposals(programId, [draft([ids[2]!, ids[2]!])])).rejects.toThrow(
      /two different people/,
    );
    expect(await dump(programId)).toEqual(before);
  });

  it('keeps the id and number of a locked team, fills the gaps, and refuses a stale change', async () => {
    const { programId, people } = await demo();
    const ids = people.map((p) => p.id);
    await replaceProposals(programId, [
      draft([ids[0]!, ids[1]!]),
      draft([ids[2]!, ids[3]!]),
      draft([ids[4]!, ids[5]!]),
    ]);
    const second = (await db.teams.where('programId').equals(programId).toArray()).find(
      (t) => t.number === 2,
    )!;
    await setTeamLocked(second.id, true);
    const state = (await loadPairingState(programId))!;
    const fingerprint = proposalsFingerprint(state.teams, state.members);
    await replaceProposals(
      programId,
      [
        draft([ids[2]!, ids[3]!], { id: second.id, number: 2, locked: true }),
        draft([ids[0]!, ids[5]!]),
        draft([ids[1]!, ids[4]!]),
      ],
      { expectFingerprint: fingerprint },
    );
    const teams = await db.teams.where('programId').equals(programId).sortBy('number');
    expect(teams.map((t) => t.number)).toEqual([1, 2, 3]);
    expect(teams[1]).toMatchObject({ id: second.id, locked: true });
    expect(await membersOf(second.id)).toEqual([ids[2], ids[3]].sort());
    // The same fingerprint no longer matches what is stored.
    await expect(
      replaceProposals(programId, [], { expectFingerprint: fingerprint }),
    ).rejects.toThrow(/changed/);
    expect(await db.teams.where('programId').equals(programId).count()).toBe(3);
  });
});

describe('teams repository: a run shown before it is stored', () => {
  it('previews exactly the state the write stores, for a first run and for a re-run keeping a locked team', async () => {
    const { programId, people } = await demo();
    const ids = people.map((p) => p.id);
    const run: PairingRunRecord = {
      ranAt: '2027-02-20T09:00:00.000Z',
      mode: 'pairs',
      settings: defaultPairingSettings,
      unpaired: [],
      notices: ['One notice'],
      people: ids,
    };
    // First run, then a re-run that keeps the first team locked and pairs the rest differently.
    const runs: ProposalDraft[][] = [
      [draft([ids[0]!, ids[1]!]), draft([ids[2]!, ids[3]!]), draft([ids[4]!, ids[5]!, ids[6]!])],
      [],
    ];
    for (const [i, drafts] of runs.entries()) {
      const before = (await loadPairingState(programId))!;
      const planned =
        i === 0
          ? drafts
          : [
              ...before.teams
                .filter((t) => t.status === 'proposed' && t.number === 1)
                .map((t) => draft([ids[0]!, ids[1]!], { id: t.id, number: t.number, locked: true })),
              draft([ids[3]!, ids[2]!]),
              draft([ids[5]!, ids[4]!]),
            ];
      if (i === 1) await setTeamLocked(before.teams.find((t) => t.number === 1)!.id, true);
      const base = (await loadPairingState(programId))!;
      const pool: string[] = [];
      let n = 0;
      const records = proposalRecords(programId, base, planned, run.ranAt, () => {
        const id = `preview-${i}-${(n += 1).toString().padStart(3, '0')}`;
        pool.push(id);
        return id;
      });
      const preview = stateWithProposals(base, records, run);
      await replaceProposals(programId, planned, {
        expectFingerprint: proposalsFingerprint(base.teams, base.members),
        run,
        ids: pool,
        now: run.ranAt,
      });
      const stored = (await loadPairingState(programId))!;
      expect(preview).toEqual(stored);
      expect(proposalNumbers(stored.teams)).toEqual(proposalNumbers(preview.teams));
    }
    // The re-run kept the locked team's id and number.
    const final = (await loadPairingState(programId))!;
    expect(final.teams.filter((t) => t.status === 'proposed').map((t) => t.number)).toEqual([1, 2, 3]);
    expect(final.teams.find((t) => t.number === 1)?.id.startsWith('preview-0-')).toBe(true);
  });
});

describe('teams repository: confirm and undo', () => {
  it('confirms every proposal with its score, reasons and competencies, and drops pins of confirmed people', async () => {
    const { programId, people } = await demo();
    const ids = people.map((p) => p.id);
    await replaceProposals(programId, [draft([ids[0]!, ids[1]!]), draft([ids[2]!, ids[3]!])]);
    await savePins(programId, [
      [ids[0]!, ids[1]!],
      [ids[6]!, ids[7]!],
    ]);
    const proposals = await db.teams.where('programId').equals(programId).sortBy('number');
    const catalog = await db.competencies.where('programId').equals(programId).sortBy('order');
    await confirmProposals(
      programId,
      proposals.map((t, i) => ({
        teamId: t.id,
        score: 10 + i,
        reasons: [`Reason ${i}`],
        competencyIds: [catalog[i]!.id],
      })),
    );
    const after = await db.teams.where('programId').equals(programId).sortBy('number');
    expect(after.map((t) => [t.status, t.score, t.reasons, t.competencyIds, t.competenciesAgreed])).toEqual([
      // Confirmed with the suggestion: the partners still confirm it together.
      ['confirmed', 10, ['Reason 0'], [catalog[0]!.id], false],
      ['confirmed', 11, ['Reason 1'], [catalog[1]!.id], false],
    ]);
    expect((await db.meta.get(pairingPinsKey(programId)))?.value).toEqual([[ids[6], ids[7]]]);
    // Confirmed people cannot be proposed again, and later proposals number after them.
    await expect(replaceProposals(programId, [draft([ids[0]!, ids[4]!])])).rejects.toThrow(
      /confirmed team/,
    );
    await replaceProposals(programId, [draft([ids[4]!, ids[5]!])]);
    expect(
      (await db.teams.where('programId').equals(programId).toArray()).find(
        (t) => t.status === 'proposed',
      )?.number,
    ).toBe(3);
  });

  it('refuses to confirm when the proposals are not exactly the ones named', async () => {
    const { programId, people } = await demo();
    const ids = people.map((p) => p.id);
    await replaceProposals(programId, [draft([ids[0]!, ids[1]!]), draft([ids[2]!, ids[3]!])]);
    const [first] = await db.teams.where('programId').equals(programId).sortBy('number');
    const before = await dump(programId);
    await expect(
      confirmProposals(programId, [
        { teamId: first!.id, score: 1, reasons: [], competencyIds: [] },
      ]),
    ).rejects.toThrow(/changed/);
    expect(await dump(programId)).toEqual(before);
  });

  it('never confirms a pair made with someone who has withdrawn or whose record is gone', async () => {
    const { programId, people } = await demo();
    const ids = people.map((p) => p.id);
    await replaceProposals(programId, [draft([ids[0]!, ids[1]!]), draft([ids[2]!, ids[3]!])]);
    const proposals = await db.teams.where('programId').equals(programId).sortBy('number');
    const updates = proposals.map((t) => ({
      teamId: t.id,
      score: 1,
      reasons: [],
      competencyIds: [],
    }));
    await db.participants.update(ids[3]!, { status: 'withdrawn' });
    const before = await dump(programId);
    await expect(confirmProposals(programId, updates)).rejects.toThrow(
      /Pair 02 was made with someone who has withdrawn .*Nothing was confirmed/,
    );
    expect(await dump(programId)).toEqual(before);
    await db.participants.update(ids[3]!, { status: 'active' });
    await db.participants.delete(ids[0]!);
    await expect(confirmProposals(programId, updates)).rejects.toThrow(/Pair 01 was made/);
    await db.participants.add(people[0]!);
    await confirmProposals(programId, updates);
  });

  it('numbers proposals without gaps after a team is removed, and confirms those numbers', async () => {
    const { programId, people } = await demo();
    const ids = people.map((p) => p.id);
    await replaceProposals(programId, [
      draft([ids[0]!, ids[1]!]),
      draft([ids[2]!, ids[3]!]),
      draft([ids[4]!, ids[5]!]),
    ]);
    const [first, , third] = await db.teams.where('programId').equals(programId).sortBy('number');
    // Breaking Pair 02 keeps the others' numbers in their order, without a gap.
    await replaceProposals(programId, [
      draft([ids[0]!, ids[1]!], { id: first!.id, number: 1 }),
      draft([ids[4]!, ids[5]!], { id: third!.id, number: 3 }),
    ]);
    expect((await db.teams.get(third!.id))?.number).toBe(2);
    // A team removed behind the board's back (a deleted person) leaves a stored gap: confirming closes it.
    await replaceProposals(programId, [
      draft([ids[0]!, ids[1]!], { id: first!.id, number: 1 }),
      draft([ids[2]!, ids[3]!], { number: 2 }),
      draft([ids[4]!, ids[5]!], { id: third!.id, number: 3 }),
    ]);
    const middle = (await db.teams.where('programId').equals(programId).sortBy('number'))[1]!;
    expect(middle.number).toBe(2);
    await db.teamMembers.where('teamId').equals(middle.id).delete();
    await db.teams.delete(middle.id);
    const state = (await loadPairingState(programId))!;
    expect([...proposalNumbers(state.teams).values()]).toEqual([1, 2]);
    await confirmProposals(
      programId,
      [first!, third!].map((t) => ({ teamId: t.id, score: 1, reasons: [], competencyIds: [] })),
    );
    expect((await db.teams.get(third!.id))?.number).toBe(2);
  });

  it('undo of a confirm restores the exact previous state, in one step', async () => {
    const { programId, people } = await demo();
    const ids = people.map((p) => p.id);
    await replaceProposals(
      programId,
      [draft([ids[0]!, ids[1]!]), draft([ids[2]!, ids[3]!, ids[4]!])],
      {
        pins: [[ids[0]!, ids[1]!]],
        run: {
          ranAt: '2026-01-01T00:00:00.000Z',
          mode: 'pairs',
          settings: defaultPairingSettings,
          unpaired: [],
          notices: ['A notice'],
        },
      },
    );
    const locked = (await db.teams.where('programId').equals(programId).sortBy('number'))[0]!;
    await setTeamLocked(locked.id, true);
    const before = await dump(programId);
    const proposals = await db.teams.where('programId').equals(programId).toArray();
    const snapshot = await confirmProposals(
      programId,
      proposals.map((t) => ({ teamId: t.id, score: 99, reasons: ['Changed'], competencyIds: [] })),
    );
    expect(await dump(programId)).not.toEqual(before);
    await restoreTeamsSnapshot(snapshot);
    expect(await dump(programId)).toEqual(before);
  });

  it('ends only confirmed teams, and keeps both of two quick competency changes', async () => {
    const { programId, people } = await demo();
    const ids = people.map((p) => p.id);
    await replaceProposals(programId, [draft([ids[0]!, ids[1]!])]);
    const [team] = await db.teams.where('programId').equals(programId).toArray();
    await expect(endTeam(team!.id)).rejects.toThrow(/confirmed/);
    await expect(changeTeamCompetencies(team!.id, () => ['x'])).rejects.toThrow(/confirmed/);
    await confirmProposals(programId, [
      { teamId: team!.id, score: 1, reasons: [], competencyIds: [] },
    ]);
    const catalog = await db.competencies.where('programId').equals(programId).sortBy('order');
    await Promise.all([
      changeTeamCompetencies(team!.id, (s) => [...s, catalog[0]!.id]),
      changeTeamCompetencies(team!.id, (s) => [...s, catalog[1]!.id]),
    ]);
    expect((await db.teams.get(team!.id))?.competencyIds.sort()).toEqual(
      [catalog[0]!.id, catalog[1]!.id].sort(),
    );
    // What the coordinator ticks is the team's own choice.
    expect((await db.teams.get(team!.id))?.competenciesAgreed).toBe(true);
    await endTeam(team!.id);
    expect((await db.teams.get(team!.id))?.status).toBe('ended');
    // Ended teams' people can be proposed again.
    await replaceProposals(programId, [draft([ids[0]!, ids[1]!])]);
  });
});

describe('teams repository: a note in one letter', () => {
  it('saves the note on the team at once, clears it when emptied, and refuses one too long', async () => {
    const { programId, people } = await demo();
    await replaceProposals(programId, [draft([people[0]!.id, people[1]!.id]), draft([people[2]!.id, people[3]!.id])]);
    const [one, two] = await db.teams.where('programId').equals(programId).sortBy('number');
    await setTeamLetterNote(one!.id, 'Your first meeting room is booked.');
    expect((await db.teams.get(one!.id))?.letterNote).toBe('Your first meeting room is booked.');
    expect((await db.teams.get(two!.id))?.letterNote).toBeUndefined();
    await expect(setTeamLetterNote(one!.id, 'x'.repeat(4001))).rejects.toThrow(/too long/);
    expect((await db.teams.get(one!.id))?.letterNote).toBe('Your first meeting room is booked.');
    await setTeamLetterNote(one!.id, '');
    expect((await db.teams.get(one!.id))?.letterNote).toBe('');
    await expect(setTeamLetterNote('nobody', 'Hi')).rejects.toThrow(/no longer exists/);
  });
});

describe('teams repository: history and settings', () => {
  it('counts confirmed and ended teams of archived programs only, as email-key pairs', async () => {
    const archived = await demo();
    const active = await demo();
    const a = archived.people;
    await replaceProposals(archived.programId, [
      draft([a[0]!.id, a[1]!.id]),
      draft([a[2]!.id, a[3]!.id, a[4]!.id]),
      draft([a[5]!.id, a[6]!.id]),
    ]);
    const teams = await db.teams.where('programId').equals(archived.programId).sortBy('number');
    await confirmProposals(
      archived.programId,
      teams.map((t) => ({ teamId: t.id, score: 0, reasons: [], competencyIds: [] })),
    );
    await endTeam(teams[2]!.id);
    // A later proposal in the archived program is not a partnership.
    await replaceProposals(archived.programId, [draft([a[7]!.id, a[8]!.id])]);
    // Teams of a program that is still active do not count.
    const b = active.people;
    await replaceProposals(active.programId, [draft([b[9]!.id, b[10]!.id])]);
    const bTeams = await db.teams.where('programId').equals(active.programId).toArray();
    await confirmProposals(
      active.programId,
      bTeams.map((t) => ({ teamId: t.id, score: 0, reasons: [], competencyIds: [] })),
    );

    expect(await previousPartnerPairs()).toEqual([]);
    await setProgramStatus(archived.programId, 'archived');
    const key = (x: Participant, y: Participant) =>
      [x.emailKey, y.emailKey].sort() as [string, string];
    const expected = [
      key(a[0]!, a[1]!),
      key(a[2]!, a[3]!),
      key(a[2]!, a[4]!),
      key(a[3]!, a[4]!),
      key(a[5]!, a[6]!),
    ];
    const pairs = await previousPartnerPairs();
    expect([...pairs].sort()).toEqual([...expected].sort());
    // The active program's board sees them as history.
    expect((await loadPairingState(active.programId))?.previousPartners.length).toBe(5);
  });

  it('saves valid settings with the mode, refuses invalid ones with the reason, and reads defaults for junk', async () => {
    const { programId } = await demo();
    const settings = {
      ...defaultPairingSettings,
      objective: 'raise-weakest' as const,
      groups: { ...defaultPairingSettings.groups, minSize: 4 },
    };
    expect(await savePairingSettings(programId, settings, 'groups')).toBeNull();
    const state = await loadPairingState(programId);
    expect(state?.stored).toEqual({ settings, mode: 'groups' });
    const refused = await savePairingSettings(
      programId,
      { ...settings, groups: { ...settings.groups, minSize: 5, maxSize: 3 } },
      'pairs',
    );
    expect(refused).toMatch(/smallest group size/i);
    expect((await loadPairingState(programId))?.stored).toEqual({ settings, mode: 'groups' });
    await db.meta.put({
      key: pairingSettingsKey(programId),
      value: { pointsPerCoveredWant: 'many' },
    });
    expect(
      readStoredPairingSettings((await db.meta.get(pairingSettingsKey(programId)))?.value),
    ).toEqual({
      settings: defaultPairingSettings,
      mode: 'pairs',
    });
  });
});
