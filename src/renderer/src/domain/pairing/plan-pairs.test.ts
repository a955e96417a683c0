import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../model';
import { defaultPairingSettings } from './pairing-settings';
import type { PairingSettings } from './pairing-settings';
import { chooseMatching, planPairs } from './plan-pairs';
import type { PairingInput, PairingPlan } from './plan-model';
import { MATCHABLE_UNPAIRED } from './quality';
import { takesPart } from '../participants/opt-in';
import { createScoringContext, scorePair, scoreTeam } from './scoring';
import type { Roster } from '../../../../../test/support/pairing';
import {
  allMatchings,
  makeCatalog,
  makePerson,
  rosterArb,
  settingsArb,
  settingsWith,
} from '../../../../../test/support/pairing';

const POOL_REASONS = new Set([...MATCHABLE_UNPAIRED, 'no-allowed-partner', 'below-minimum']);

function inputOf(
  roster: Roster,
  settings: PairingSettings,
  extra: Partial<PairingInput> = {},
): PairingInput {
  return {
    participants: roster.people,
    catalog: roster.catalog,
    settings,
    previousPartners: roster.previousPartners,
    ...extra,
  };
}

function byId(people: readonly Participant[]): Map<string, Participant> {
  return new Map(people.map((p) => [p.id, p]));
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Random disjoint teams of two among the first people, to lock. */
const lockArb = fc.array(fc.tuple(fc.nat(99), fc.nat(99)), { maxLength: 2 });

function lockedFrom(roster: Roster, picks: readonly [number, number][]): string[][] {
  const used = new Set<string>();
  const teams: string[][] = [];
  const n = roster.people.length;
  if (n < 2) return teams;
  for (const [a, b] of picks) {
    const x = roster.people[a % n]?.id ?? '';
    const y = roster.people[b % n]?.id ?? '';
    if (x === y || used.has(x) || used.has(y)) continue;
    used.add(x);
    used.add(y);
    teams.push([x, y]);
  }
  return teams;
}

function poolSize(plan: PairingPlan): number {
  let count = 0;
  for (const t of plan.teams) if (t.origin === 'matched') count += t.memberIds.length;
  for (const u of plan.unpaired) if (POOL_REASONS.has(u.reason)) count += 1;
  return count;
}

describe('planPairs invariants', () => {
  it('accounts for every person exactly once, and never breaks hard rules in matched teams', () => {
    fc.assert(
      fc.property(
        rosterArb({ maxPeople: 14 }),
        settingsArb(),
        lockArb,
        fc.array(fc.nat(99), { maxLength: 2 }),
        (roster, settings, picks, excl) => {
          const lockedTeams = lockedFrom(roster, picks);
          const n = roster.people.length;
          const excludedIds =
            n === 0 ? [] : excl.map((k) => (roster.people[k % n] as Participant).id);
          const plan = planPairs(inputOf(roster, settings, { lockedTeams, excludedIds }));
          const ctx = createScoringContext(roster.catalog, settings, roster.previousPartners);
          const people = byId(roster.people);
          const seen = new Map<string, number>();
          for (const t of plan.teams)
            for (const id of t.memberIds) seen.set(id, (seen.get(id) ?? 0) + 1);
          for (const u of plan.unpaired) {
            seen.set(u.participantId, (seen.get(u.participantId) ?? 0) + 1);
            expect(u.message.length).toBeGreaterThan(0);
          }
          expect([...seen.keys()].sort()).toEqual(roster.people.map((p) => p.id).sort());
          expect([...seen.values()].every((c) => c === 1)).toBe(true);
          const lockedIds = new Set(lockedTeams.flat());
          for (const t of plan.teams) {
            const members = t.memberIds.map((id) => people.get(id) as Participant);
            if (t.origin !== 'locked') {
              expect(
                members.every((m) => m.status === 'active' && !excludedIds.includes(m.id)),
              ).toBe(true);
            }
            for (let a = 0; a < members.length; a += 1) {
              for (let b = a + 1; b < members.length; b += 1) {
                const x = members[a] as Participant;
                const y = members[b] as Participant;
                if (t.origin === 'matched') expect(scorePair(x, y, ctx).allowed).toBe(true);
                if (t.origin !== 'locked')
                  expect(x.doNotPair.includes(y.id) || y.doNotPair.includes(x.id)).toBe(false);
              }
            }
          }
          for (const p of roster.people) {
            const u = plan.unpaired.find((x) => x.participantId === p.id);
            if (p.status === 'withdrawn' && !lockedIds.has(p.id))
              expect(u?.reason).toBe('withdrawn');
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps locked teams exactly as they are', () => {
    fc.assert(
      fc.property(
        rosterArb({ minPeople: 2, maxPeople: 12 }),
        settingsArb(),
        lockArb,
        (roster, settings, picks) => {
          const lockedTeams = lockedFrom(roster, picks);
          const plan = planPairs(inputOf(roster, settings, { lockedTeams }));
          const locked = plan.teams
            .filter((t) => t.origin === 'locked')
            .map((t) => [...t.memberIds].sort());
          expect(locked.sort()).toEqual(lockedTeams.map((t) => [...t].sort()).sort());
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps pairs that registered together', () => {
    fc.assert(
      fc.property(rosterArb({ minPeople: 2, maxPeople: 12 }), settingsArb(), (roster, settings) => {
        const plan = planPairs(inputOf(roster, settings));
        const teamOf = new Map<string, number>();
        plan.teams.forEach((t, k) => t.memberIds.forEach((id) => teamOf.set(id, k)));
        const named = (email: string): Participant[] =>
          roster.people.filter((p) => p.registeredWithEmail === email);
        for (const p of roster.people) {
          const q = roster.people.find((x) => x.emailKey === p.registeredWithEmail);
          if (!q || q.id === p.id || q.registeredWithEmail !== p.emailKey) continue;
          if (!takesPart(p) || !takesPart(q)) continue;
          if (p.doNotPair.includes(q.id) || q.doNotPair.includes(p.id)) continue;
          // Only clean registrations: nobody else registered with either of them.
          if (named(p.emailKey).length !== 1 || named(q.emailKey).length !== 1) continue;
          expect(teamOf.get(p.id)).toBeDefined();
          expect(teamOf.get(p.id)).toBe(teamOf.get(q.id));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('places only people who opted in (opted in or active), and says why the interested wait', () => {
    fc.assert(
      fc.property(rosterArb({ minPeople: 2, maxPeople: 12 }), settingsArb(), fc.array(fc.constantFrom('opted-in' as const, 'interested' as const, null), { maxLength: 12 }), (drawn, settings, statuses) => {
        // Some people are still interested or opted in for the trial instead of active.
        const roster = {
          ...drawn,
          people: drawn.people.map((p, i) => (p.status === 'active' && statuses[i] ? { ...p, status: statuses[i] } : p)),
        };
        const plan = planPairs(inputOf(roster, settings));
        const people = byId(roster.people);
        for (const t of plan.teams) for (const id of t.memberIds) expect(takesPart(people.get(id) as Participant)).toBe(true);
        for (const p of roster.people.filter((x) => x.status === 'interested')) {
          expect(plan.unpaired.find((u) => u.participantId === p.id)?.reason).toBe('not-opted-in');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps two people who registered together and both opted in as one team', () => {
    const catalog = makeCatalog(['Listening', 'Budgeting', 'Planning', 'Delegating']);
    const ana = makePerson({ id: 'ana', status: 'opted-in', registeredWithEmail: 'ben@example.org', offers: [catalog[0]?.id ?? ''] });
    const ben = makePerson({ id: 'ben', status: 'opted-in', registeredWithEmail: 'ana@example.org', wants: [catalog[0]?.id ?? ''] });
    const others = ['cy', 'di'].map((id) => makePerson({ id, offers: [catalog[1]?.id ?? ''], wants: [catalog[0]?.id ?? ''] }));
    const waiting = makePerson({ id: 'eve', status: 'interested', offers: [catalog[0]?.id ?? ''] });
    const plan = planPairs({ participants: [ana, ben, ...others, waiting], catalog, settings: settingsWith({}), previousPartners: [] });
    const team = plan.teams.find((t) => t.memberIds.includes('ana'));
    expect(team?.memberIds).toEqual(['ana', 'ben']);
    expect(team?.origin).toBe('registered');
    expect(plan.teams.some((t) => t.memberIds.includes('eve'))).toBe(false);
  });

  it('gives the same plan whatever order the roster arrives in', () => {
    fc.assert(
      fc.property(
        rosterArb({ maxPeople: 14 }),
        settingsArb(),
        fc.integer(),
        (roster, settings, seed) => {
          const a = planPairs(inputOf(roster, settings));
          const b = planPairs(
            inputOf({ ...roster, people: shuffle(roster.people, seed) }, settings),
          );
          expect(b).toEqual(a);
          expect(planPairs(inputOf(roster, settings))).toEqual(a);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('forms a triad only when the pool is odd and the settings allow it', () => {
    fc.assert(
      fc.property(rosterArb({ maxPeople: 13 }), settingsArb(), (roster, settings) => {
        const plan = planPairs(inputOf(roster, settings));
        const triads = plan.teams.filter((t) => t.origin === 'matched' && t.kind === 'triad');
        expect(triads.length).toBeLessThanOrEqual(1);
        if (triads.length === 1) {
          expect(settings.oddPerson).toBe('triad');
          expect(poolSize(plan) % 2).toBe(1);
        }
        for (const t of plan.teams) {
          if (t.origin === 'matched')
            expect(t.memberIds.length === 2 || t.kind === 'triad').toBe(true);
        }
        if (settings.oddPerson === 'leave-out') {
          expect(plan.unpaired.filter((u) => u.reason === 'odd-count').length).toBeLessThanOrEqual(
            1,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it("totals the teams' scores, each the sum of its members' pair scores", () => {
    fc.assert(
      fc.property(
        rosterArb({ maxPeople: 12 }),
        settingsArb(),
        lockArb,
        (roster, settings, picks) => {
          const plan = planPairs(
            inputOf(roster, settings, { lockedTeams: lockedFrom(roster, picks) }),
          );
          const ctx = createScoringContext(roster.catalog, settings, roster.previousPartners);
          const people = byId(roster.people);
          let total = 0;
          for (const t of plan.teams) {
            const members = t.memberIds.map((id) => people.get(id) as Participant);
            let sum = 0;
            for (let a = 0; a < members.length; a += 1) {
              for (let b = a + 1; b < members.length; b += 1)
                sum += scorePair(members[a] as Participant, members[b] as Participant, ctx).score;
            }
            expect(t.score).toBe(sum);
            expect(t.score).toBe(scoreTeam(members, ctx).score);
            total += sum;
          }
          expect(plan.quality.totalScore).toBe(total);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('planPairs optimality (brute force over every matching, n ≤ 9)', () => {
  const noFixed = (s: PairingSettings): PairingSettings => ({
    ...s,
    oddPerson: 'leave-out',
    rules: {
      ...s.rules,
      mutualPreference: {
        ...s.rules.mutualPreference,
        mode: s.rules.mutualPreference.mode === 'hard' ? 'soft' : s.rules.mutualPreference.mode,
      },
    },
  });

  function bruteForce(
    roster: Roster,
    settings: PairingSettings,
  ): { card: number; min: number; total: number }[] {
    const ctx = createScoringContext(roster.catalog, settings, roster.previousPartners);
    const pool = roster.people.filter((p) => p.status === 'active');
    const score = (i: number, j: number): number =>
      scorePair(pool[i] as Participant, pool[j] as Participant, ctx).score;
    const eligible = (i: number, j: number): boolean => {
      const r = scorePair(pool[i] as Participant, pool[j] as Participant, ctx);
      return r.allowed && (settings.minPairScore === null || r.score >= settings.minPairScore);
    };
    return allMatchings(pool.length, eligible).map((mate) => {
      let card = 0;
      let min = Number.POSITIVE_INFINITY;
      let total = 0;
      mate.forEach((m, i) => {
        if (m > i) {
          card += 1;
          const s = score(i, m);
          total += s;
          min = Math.min(min, s);
        }
      });
      return { card, min, total };
    });
  }

  function planFigures(plan: PairingPlan): { card: number; min: number; total: number } {
    const matched = plan.teams.filter((t) => t.origin === 'matched');
    return {
      card: matched.length,
      min: matched.reduce((m, t) => Math.min(m, t.score), Number.POSITIVE_INFINITY),
      total: matched.reduce((s, t) => s + t.score, 0),
    };
  }

  it('pairs as many as possible, then reaches the best total', () => {
    fc.assert(
      fc.property(
        rosterArb({ maxPeople: 9, registrations: false }),
        settingsArb({ objective: 'total' }),
        (roster, raw) => {
          const settings = noFixed(raw);
          const got = planFigures(planPairs(inputOf(roster, settings)));
          const all = bruteForce(roster, settings);
          const card = Math.max(...all.map((x) => x.card));
          const best = Math.max(...all.filter((x) => x.card === card).map((x) => x.total));
          expect(got.card).toBe(card);
          expect(got.total).toBe(best);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('in "raise the weakest pair" mode, maximises the weakest pair, then the total', () => {
    fc.assert(
      fc.property(
        rosterArb({ maxPeople: 9, registrations: false }),
        settingsArb({ objective: 'raise-weakest' }),
        (roster, raw) => {
          const settings = noFixed(raw);
          const got = planFigures(planPairs(inputOf(roster, settings)));
          const all = bruteForce(roster, settings);
          const card = Math.max(...all.map((x) => x.card));
          const sized = all.filter((x) => x.card === card);
          const min = Math.max(...sized.map((x) => x.min));
          const best = Math.max(...sized.filter((x) => x.min === min).map((x) => x.total));
          expect(got.card).toBe(card);
          if (card > 0) expect(got.min).toBe(min);
          expect(got.total).toBe(best);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('without "pair as many as possible", reaches the best total over matchings of any size', () => {
    fc.assert(
      fc.property(
        rosterArb({ maxPeople: 9, registrations: false }),
        settingsArb({ objective: 'total' }),
        (roster, raw) => {
          const settings = { ...noFixed(raw), pairAsManyAsPossible: false };
          const plan = planPairs(inputOf(roster, settings));
          const got = planFigures(plan);
          const best = Math.max(...bruteForce(roster, settings).map((x) => x.total));
          expect(got.total).toBe(best);
          // Nobody is paired at a loss when pairing is optional.
          for (const t of plan.teams)
            if (t.origin === 'matched' && t.kind === 'pair') expect(t.score).toBeGreaterThan(0);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('beats or equals any random valid matching with as many pairs (n up to 40)', () => {
    fc.assert(
      fc.property(
        rosterArb({ minPeople: 10, maxPeople: 40, registrations: false }),
        settingsArb({ objective: 'total' }),
        fc.integer(),
        (roster, raw, seed) => {
          const settings = noFixed(raw);
          const got = planFigures(planPairs(inputOf(roster, settings)));
          const ctx = createScoringContext(roster.catalog, settings, roster.previousPartners);
          const pool = shuffle(
            roster.people.filter((p) => p.status === 'active'),
            seed,
          );
          // A random greedy matching: walk people in random order, pair each with the first allowed one left.
          const used = new Set<number>();
          let card = 0;
          let total = 0;
          pool.forEach((p, i) => {
            if (used.has(i)) return;
            for (let j = i + 1; j < pool.length; j += 1) {
              if (used.has(j)) continue;
              const r = scorePair(p, pool[j] as Participant, ctx);
              if (!r.allowed || (settings.minPairScore !== null && r.score < settings.minPairScore))
                continue;
              used.add(i);
              used.add(j);
              card += 1;
              total += r.score;
              break;
            }
          });
          expect(got.card).toBeGreaterThanOrEqual(card);
          if (got.card === card) expect(got.total).toBeGreaterThanOrEqual(total);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('chooseMatching', () => {
  it('raises the weakest pair at the cost of the total when asked', () => {
    // a–b is excellent, c–d poor; a–c and b–d are both decent.
    const edges: [number, number, number][] = [
      [0, 1, 10],
      [2, 3, 0],
      [0, 2, 4],
      [1, 3, 4],
    ];
    const total = chooseMatching(4, edges, { objective: 'total', pairAsManyAsPossible: true });
    expect([...total]).toEqual([1, 0, 3, 2]);
    const weakest = chooseMatching(4, edges, {
      objective: 'raise-weakest',
      pairAsManyAsPossible: true,
    });
    expect([...weakest]).toEqual([2, 3, 0, 1]);
  });

  it('pairs everyone even through negative scores, unless told to pair only when it helps', () => {
    const edges: [number, number, number][] = [
      [0, 1, -3],
      [2, 3, 5],
    ];
    expect([
      ...chooseMatching(4, edges, { objective: 'total', pairAsManyAsPossible: true }),
    ]).toEqual([1, 0, 3, 2]);
    expect([
      ...chooseMatching(4, edges, { objective: 'total', pairAsManyAsPossible: false }),
    ]).toEqual([-1, -1, 3, 2]);
  });
});

describe('planPairs examples', () => {
  const catalog = makeCatalog([
    'Strategic thinking',
    'Oral communication',
    'Flexibility',
    'Initiative',
  ]);
  const [s, o, f, i] = catalog.map((c) => c.id) as [string, string, string, string];

  it('puts the odd person into the pair they add most to', () => {
    const people = [
      makePerson({ id: 'ana', offers: [s], wants: [o] }),
      makePerson({ id: 'ben', offers: [o], wants: [s] }),
      makePerson({ id: 'cleo', offers: [f], wants: [i] }),
      makePerson({ id: 'dev', offers: [i], wants: [f, s] }),
      makePerson({ id: 'eve', offers: [s, f], wants: [i] }),
    ];
    const plan = planPairs({ participants: people, catalog, settings: defaultPairingSettings });
    expect(plan.unpaired).toEqual([]);
    const triad = plan.teams.find((t) => t.kind === 'triad');
    expect(triad).toBeDefined();
    expect(triad?.memberIds.length).toBe(3);
    expect(plan.teams.reduce((n, t) => n + t.memberIds.length, 0)).toBe(5);
    // dev pairs best with cleo or eve; whoever is left joins the pair with dev, where they add most.
    expect(triad?.memberIds).toContain('dev');
  });

  it('leaves the odd person out for now when the coordinator chooses so', () => {
    const people = ['ana', 'ben', 'cleo'].map((id) => makePerson({ id }));
    const plan = planPairs({
      participants: people,
      catalog,
      settings: settingsWith({ oddPerson: 'leave-out' }),
    });
    expect(plan.teams.length).toBe(1);
    expect(plan.unpaired.map((u) => [u.reason, u.message])).toEqual([
      ['odd-count', 'Left out for now (odd count)'],
    ]);
  });

  it('says why each unpaired person is unpaired', () => {
    const people = [
      makePerson({ id: 'ana', offers: [s], wants: [o] }),
      makePerson({ id: 'ben', offers: [o], wants: [s] }),
      makePerson({ id: 'cleo', doNotPair: ['ana', 'ben', 'dev'] }),
      makePerson({ id: 'dev', status: 'withdrawn' }),
      makePerson({ id: 'eve' }),
    ];
    const plan = planPairs({
      participants: people,
      catalog,
      settings: defaultPairingSettings,
      excludedIds: ['eve'],
    });
    expect(plan.teams.map((t) => t.memberIds)).toEqual([['ana', 'ben']]);
    expect(plan.unpaired.map((u) => [u.participantId, u.message])).toEqual([
      ['cleo', 'Hard rules exclude every available partner'],
      ['dev', 'Withdrawn from the program'],
      ['eve', 'Left out of this run by the coordinator'],
    ]);
  });

  it('respects a minimum pair score', () => {
    const people = [
      makePerson({ id: 'ana', offers: [s], wants: [o] }),
      makePerson({ id: 'ben', offers: [o], wants: [s] }),
      makePerson({ id: 'cleo' }),
      makePerson({ id: 'dev' }),
    ];
    const plan = planPairs({
      participants: people,
      catalog,
      settings: settingsWith({ minPairScore: 1 }),
    });
    expect(plan.teams.map((t) => t.memberIds)).toEqual([['ana', 'ben']]);
    expect(plan.unpaired.map((u) => u.reason)).toEqual(['below-minimum', 'below-minimum']);
  });

  it('follows pins, and skips a pin that a do-not-pair list forbids, with a notice', () => {
    const people = [
      makePerson({ id: 'ana', offers: [s], wants: [o] }),
      makePerson({ id: 'ben', offers: [o], wants: [s] }),
      makePerson({ id: 'cleo', doNotPair: ['dev'] }),
      makePerson({ id: 'dev' }),
    ];
    const plan = planPairs({
      participants: people,
      catalog,
      settings: defaultPairingSettings,
      pins: [
        ['ana', 'cleo'],
        ['cleo', 'dev'],
      ],
    });
    const pinned = plan.teams.find((t) => t.origin === 'pinned');
    expect(pinned?.memberIds).toEqual(['ana', 'cleo']);
    expect(plan.teams.find((t) => t.origin === 'matched')?.memberIds).toEqual(['ben', 'dev']);
    expect(plan.notices).toEqual([
      'Pin cleo Test – dev Test was not followed: cleo Test and dev Test are on a do-not-pair list',
    ]);
  });

  it('pairs mutual preferences when the rule is hard, even against a soft penalty', () => {
    const people = [
      makePerson({ id: 'ana', offers: [s], wants: [o], preferredPartnerEmail: 'cleo@example.org' }),
      makePerson({ id: 'ben', offers: [o], wants: [s] }),
      makePerson({ id: 'cleo', preferredPartnerEmail: 'ana@example.org' }),
      makePerson({ id: 'dev' }),
    ];
    const plan = planPairs({
      participants: people,
      catalog,
      settings: settingsWith({ rules: { mutualPreference: { mode: 'hard' } } }),
    });
    expect(plan.teams.find((t) => t.origin === 'preferred')?.memberIds).toEqual(['ana', 'cleo']);
  });
});
