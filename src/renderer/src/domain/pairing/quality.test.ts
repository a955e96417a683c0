import { describe, expect, it } from 'vitest';
import type { Participant } from '../model';
import { defaultPairingSettings } from './pairing-settings';
import type { PlannedTeam, TeamOrigin, UnpairedPerson } from './plan-model';
import { buildTeam, preparePairing, unpairedEntry } from './prepare';
import { findBlockingPairs, summarisePlan } from './quality';
import { makeCatalog, makePerson } from '../../../../../test/support/pairing';

const catalog = makeCatalog([
  'Strategic thinking',
  'Oral communication',
  'Flexibility',
  'Initiative',
]);

// ana and cleo complement each other (score 7); everyone else scores 0 together, except
// cleo–dev, who score 9 when dev is given what cleo wants.
function people(devFitsCleo: boolean): Participant[] {
  return [
    makePerson({ id: 'ana', offers: ['c0'], wants: ['c1'] }),
    makePerson({ id: 'ben' }),
    makePerson({ id: 'cleo', offers: ['c1'], wants: devFitsCleo ? ['c0', 'c2'] : ['c0'] }),
    makePerson({
      id: 'dev',
      offers: devFitsCleo ? ['c0', 'c2'] : [],
      wants: devFitsCleo ? ['c1'] : [],
    }),
    makePerson({ id: 'eve', offers: ['c1'] }),
  ];
}

function planOf(
  roster: Participant[],
  groups: string[][],
  origin: TeamOrigin = 'matched',
  unpairedIds: string[] = [],
) {
  const prep = preparePairing({ participants: roster, catalog, settings: defaultPairingSettings });
  const teams: PlannedTeam[] = groups.map((ids) =>
    buildTeam(
      prep,
      ids.map((id) => prep.indexById.get(id) as number),
      origin,
    ),
  );
  const unpaired: UnpairedPerson[] = unpairedIds.map((id) =>
    unpairedEntry(prep, prep.indexById.get(id) as number, 'odd-count'),
  );
  return { prep, teams, unpaired };
}

describe('blocking pairs', () => {
  it('finds two people who would both score higher together', () => {
    const { prep, teams } = planOf(people(false).slice(0, 4), [
      ['ana', 'ben'],
      ['cleo', 'dev'],
    ]);
    expect(findBlockingPairs(prep, teams, [])).toEqual([
      { aId: 'ana', bId: 'cleo', pairScore: 7, aCurrent: 0, bCurrent: 0 },
    ]);
  });

  it('finds none when one of the two is better off now', () => {
    const { prep, teams } = planOf(people(true).slice(0, 4), [
      ['ana', 'ben'],
      ['cleo', 'dev'],
    ]);
    expect(findBlockingPairs(prep, teams, [])).toEqual([]);
  });

  it('finds none in the optimal plan of the same people', () => {
    const { prep, teams } = planOf(people(false).slice(0, 4), [
      ['ana', 'cleo'],
      ['ben', 'dev'],
    ]);
    expect(findBlockingPairs(prep, teams, [])).toEqual([]);
  });

  it('counts an unpaired person as wanting any allowed partner', () => {
    const { prep, teams, unpaired } = planOf(
      people(false),
      [
        ['ana', 'cleo'],
        ['ben', 'dev'],
      ],
      'matched',
      ['eve'],
    );
    // eve offers what ana wants: 2 points, more than nothing for eve but less than ana's 7.
    expect(findBlockingPairs(prep, teams, unpaired)).toEqual([]);
    const swapped = planOf(
      people(false),
      [
        ['ana', 'ben'],
        ['cleo', 'dev'],
      ],
      'matched',
      ['eve'],
    );
    expect(findBlockingPairs(swapped.prep, swapped.teams, swapped.unpaired)).toEqual([
      { aId: 'ana', bId: 'cleo', pairScore: 7, aCurrent: 0, bCurrent: 0 },
      { aId: 'ana', bId: 'eve', pairScore: 2, aCurrent: 0, bCurrent: null },
    ]);
  });

  it('ignores locked teams, which the coordinator keeps whatever the scores', () => {
    const { prep, teams } = planOf(
      people(false).slice(0, 4),
      [
        ['ana', 'ben'],
        ['cleo', 'dev'],
      ],
      'locked',
    );
    expect(findBlockingPairs(prep, teams, [])).toEqual([]);
  });
});

describe('summarisePlan', () => {
  it('reports total, wants covered, people with none covered and the weakest teams', () => {
    const weak = planOf(people(false).slice(0, 4), [
      ['ana', 'ben'],
      ['cleo', 'dev'],
    ]);
    const q = summarisePlan(weak.prep, weak.teams, []);
    expect(q.totalScore).toBe(0);
    expect(q.wantsTotal).toBe(2);
    expect(q.wantsCovered).toBe(0);
    expect(q.wantsCoveredPercent).toBe(0);
    expect(q.peopleWithNoWantsCovered).toEqual(['ana', 'cleo']);
    expect(q.blockingPairCount).toBe(1);

    const good = planOf(people(false), [
      ['ana', 'cleo'],
      ['ben', 'dev', 'eve'],
    ]);
    const g = summarisePlan(good.prep, good.teams, []);
    expect(g.totalScore).toBe(7);
    expect(g.wantsCoveredPercent).toBe(100);
    expect(g.peopleWithNoWantsCovered).toEqual([]);
    expect(g.weakestTeams).toEqual([1, 0]);
    expect(g.pairedCount).toBe(5);
  });

  it('counts the wants of people the matching left unpaired as not covered', () => {
    const roster = [...people(false), makePerson({ id: 'fay', wants: ['c2', 'c3'] })];
    const { prep, teams, unpaired } = planOf(roster, [['ana', 'cleo']], 'matched', ['fay']);
    const q = summarisePlan(prep, teams, unpaired);
    expect(q.wantsTotal).toBe(4);
    expect(q.wantsCovered).toBe(2);
    expect(q.wantsCoveredPercent).toBe(50);
    expect(q.unpaired.map((u) => u.participantId)).toEqual(['fay']);
  });
});
