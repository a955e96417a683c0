import { DEFAULT_RULES } from '../../domain/programs/program-defaults';
import { buildLetterModels } from '../../domain/documents/document-models';
import { describe, expect, it } from 'vitest';
import type { PairingState } from '../../db/teams-repo';
import { defaultPairingSettings } from '../../domain/pairing/pairing-settings';
import { makeCatalog, makePerson } from '../../../../../test/support/pairing';
import type { Program, Team, TeamMember, TeamStatus } from '../../domain/model';
import { deriveBoard, unpairedOnBoard } from './board-state';
import {
  median,
  memberCoverage,
  scoreTone,
  teamCountLabel,
  teamCoveragePercent,
  teamLabel,
} from './team-view';

const catalog = makeCatalog(['Listening', 'Planning', 'Coaching', 'Writing']);

function teamRecord(id: string, number: number, status: TeamStatus, locked = false): Team {
  return {
    id,
    programId: 'prog',
    kind: 'pair',
    status,
    number,
    locked,
    facilitated: false,
    score: 3,
    reasons: [],
    competencyIds: [],
    letterSentOn: '',
    confirmedOn: '',
    endedOn: '',
    endedReason: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

function membersOf(teamId: string, ids: string[]): TeamMember[] {
  return ids.map((participantId) => ({
    id: `${teamId}-${participantId}`,
    teamId,
    programId: 'prog',
    participantId,
  }));
}

function state(overrides: Partial<PairingState> = {}): PairingState {
  const people = ['ana', 'ben', 'cai', 'dee', 'eve', 'fay', 'gus'].map((id) => makePerson({ id }));
  people.push(makePerson({ id: 'wes', status: 'withdrawn' }));
  return {
    program: { id: 'prog' } as Program,
    participants: people,
    catalog,
    teams: [
      teamRecord('t2', 4, 'proposed', true),
      teamRecord('t1', 1, 'confirmed'),
      teamRecord('t3', 3, 'ended'),
    ],
    members: [
      ...membersOf('t1', ['ana', 'ben']),
      ...membersOf('t2', ['dee', 'cai']),
      ...membersOf('t3', ['eve', 'fay']),
    ],
    stored: { settings: defaultPairingSettings, mode: 'pairs' },
    pins: [
      ['gus', 'eve'],
      ['ana', 'gus'],
    ],
    run: {
      ranAt: '2026-01-01T00:00:00.000Z',
      mode: 'pairs',
      settings: defaultPairingSettings,
      unpaired: [],
      notices: [],
    },
    previousPartners: [],
    ...overrides,
  };
}

describe('the board derived from the stored state', () => {
  it('pairs everyone active who is not in a confirmed team, including people of ended teams', () => {
    const board = deriveBoard(state());
    expect(board.runPeople.map((p) => p.id).sort()).toEqual(['cai', 'dee', 'eve', 'fay', 'gus']);
    expect(board.proposals.map((t) => t.team.id)).toEqual(['t2']);
    expect(board.confirmed.map((t) => t.members.map((m) => m.id))).toEqual([['ana', 'ben']]);
    expect(board.ended).toHaveLength(1);
    expect(board.drafts).toEqual([
      // Partners in the order their memberships are stored, as letters and file names name them.
      { id: 't2', number: 4, memberIds: ['dee', 'cai'], locked: true, facilitated: false },
    ]);
    expect(board.planJob.lockedTeams).toEqual(board.drafts);
    // A pin naming someone already confirmed no longer applies.
    expect(board.evaluateJob.pins).toEqual([['gus', 'eve']]);
  });

  it('names partners in the order letters and file names use (their stored memberships)', () => {
    const s = state();
    const board = deriveBoard(s);
    const letters = buildLetterModels(
      { ...s.program, rules: DEFAULT_RULES } as Program,
      s.teams,
      s.members,
      s.participants,
      s.catalog,
      [],
      '2026-01-02',
    );
    const boardNames = [...board.confirmed, ...board.proposals].map((t) =>
      t.members.map((m) => m.name),
    );
    expect(letters.map((l) => l.team.members.map((m) => m.name))).toEqual(boardNames);
    expect(board.proposals[0]!.members.map((m) => m.id)).toEqual(['dee', 'cai']);
  });

  it('keeps a withdrawn person who is still in a proposal, so the warning shows', () => {
    const s = state({
      members: [...membersOf('t1', ['ana', 'ben']), ...membersOf('t2', ['dee', 'wes'])],
    });
    expect(deriveBoard(s).runPeople.map((p) => p.id)).toContain('wes');
  });

  it('says when the settings changed since the proposals were made', () => {
    expect(deriveBoard(state()).settingsChangedSinceRun).toBe(false);
    const changed = { ...defaultPairingSettings, bothWaysBonus: 9 };
    expect(
      deriveBoard(state({ stored: { settings: changed, mode: 'pairs' } })).settingsChangedSinceRun,
    ).toBe(true);
    expect(
      deriveBoard(state({ stored: { settings: defaultPairingSettings, mode: 'groups' } }))
        .settingsChangedSinceRun,
    ).toBe(true);
  });
});

describe('the board after the roster changed under the proposals', () => {
  const proposals = (): Pick<PairingState, 'teams' | 'members' | 'run'> => ({
    teams: [teamRecord('t5', 5, 'proposed'), teamRecord('t7', 7, 'proposed')],
    members: [...membersOf('t5', ['ana', 'ben']), ...membersOf('t7', ['cai', 'dee'])],
    run: { ...state().run!, people: ['ana', 'ben', 'cai', 'dee', 'eve', 'fay', 'gus'] },
  });

  it('is up to date while the people to pair are the proposal’s, and numbers proposals without gaps', () => {
    const board = deriveBoard(state(proposals()));
    expect(board.drift?.outOfDate).toBe(false);
    expect(board.staleProposals).toEqual([]);
    expect(board.proposals.map((t) => t.team.number)).toEqual([1, 2]);
  });

  it('names who was added and who withdrew, and keeps a pair with a withdrawn person from being confirmed', () => {
    const base = state(proposals());
    const participants = [
      ...base.participants.map((p) =>
        p.id === 'ben' ? { ...p, status: 'withdrawn' as const } : p,
      ),
      makePerson({ id: 'new', name: 'Nia Ward' }),
    ];
    const board = deriveBoard({ ...base, participants });
    expect(board.drift?.added.map((p) => p.id)).toEqual(['new']);
    expect(board.drift?.gone.map((g) => [g.id, g.why])).toEqual([['ben', 'withdrawn']]);
    expect(board.staleProposals.map((t) => t.team.id)).toEqual(['t5']);
  });

  it('does not keep a locked team made with someone who withdrew on the next run', () => {
    const base = state(proposals());
    const teams = base.teams.map((t) => ({ ...t, locked: true }));
    const participants = base.participants.map((p) =>
      p.id === 'ben' ? { ...p, status: 'withdrawn' as const } : p,
    );
    const board = deriveBoard({ ...base, teams, participants });
    expect(board.planJob.lockedTeams.map((t) => t.id)).toEqual(['t7']);
  });

  it('counts a person whose record is gone as missing from their pair', () => {
    const base = state(proposals());
    const board = deriveBoard({
      ...base,
      participants: base.participants.filter((p) => p.id !== 'dee'),
    });
    expect(board.drift?.gone).toEqual([{ id: 'dee', name: null, why: 'removed' }]);
    expect(board.staleProposals.map((t) => [t.team.id, t.missing])).toEqual([['t7', 1]]);
  });

  it('shows the department beside a name two people share', () => {
    const base = state(proposals());
    const participants = [
      ...base.participants,
      makePerson({ id: 'ana2', name: 'ana Test', department: 'Nursing' }),
    ];
    const board = deriveBoard({ ...base, participants });
    expect(board.names.get('ana')).toBe('ana Test (ana@example.org)');
    expect(board.names.get('ana2')).toBe('ana Test (Nursing)');
    expect(board.names.get('ben')).toBe('ben Test');
  });
});

describe('team view helpers', () => {
  it('labels teams as people see them', () => {
    expect(teamLabel('pair', 7)).toBe('Pair 07');
    expect(teamLabel('triad', 12)).toBe('Triad 12');
    expect(teamCountLabel(12, ['pair', 'triad'])).toBe('12 pairs');
    expect(teamCountLabel(1, ['pair'])).toBe('1 pair');
    expect(teamCountLabel(3, ['group', 'group', 'group'])).toBe('3 groups');
    expect(teamCountLabel(2, ['group', 'pair'])).toBe('2 teams');
  });

  it('counts how many of each member’s wants a teammate offers, ignoring retired competencies', () => {
    const retired = catalog.map((c) => (c.id === 'c3' ? { ...c, retired: true } : c));
    const ana = makePerson({ id: 'ana', offers: ['c0'], wants: ['c1', 'c2', 'c3'] });
    const ben = makePerson({ id: 'ben', offers: ['c1', 'c3'], wants: ['c0'] });
    const cov = memberCoverage([ana, ben], retired);
    expect(cov).toEqual([
      { participantId: 'ana', wanted: 2, covered: 1, missing: ['Coaching'] },
      { participantId: 'ben', wanted: 1, covered: 1, missing: [] },
    ]);
    expect(teamCoveragePercent(cov)).toBe(67);
    expect(teamCoveragePercent([])).toBe(100);
  });

  it('tones scores against the plan', () => {
    expect(median([1, 9, 4])).toBe(4);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(scoreTone(10, false, 4)).toBe('not-allowed');
    expect(scoreTone(0, true, 4)).toBe('weak');
    expect(scoreTone(5, true, 4)).toBe('strong');
    expect(scoreTone(4, true, 4)).toBe('fair');
  });
});

describe('who the board lists as not in a team', () => {
  const someone = (id: string) => ({
    participantId: id,
    reason: 'odd-count' as const,
    message: 'Nobody left to pair with.',
  });
  const proposals = { proposals: [{}] } as unknown as Parameters<typeof unpairedOnBoard>[0];
  it('trusts the current evaluation, and until it arrives the run that made the proposals, never an older evaluation', () => {
    const before = {
      plan: { unpaired: [someone('a'), someone('b'), someone('c')] },
      current: false,
    };
    const run = { unpaired: [someone('c')] };
    // Right after a first run: the old evaluation listed everyone; the run says who is left.
    expect(unpairedOnBoard(proposals, run, before)).toEqual([someone('c')]);
    expect(unpairedOnBoard(proposals, run, { ...before, current: true })).toEqual(
      before.plan.unpaired,
    );
    expect(unpairedOnBoard(proposals, null, before)).toEqual(before.plan.unpaired);
    expect(unpairedOnBoard({ proposals: [] }, run, { ...before, current: true })).toEqual([]);
  });
});
