import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../model';
import { alternativesFor } from './alternatives';
import { planGroupsPrepared } from './groups';
import { defaultPairingSettings } from './pairing-settings';
import { planPairsPrepared } from './plan-pairs';
import type { PairingPlan } from './plan-model';
import { preparePairing } from './prepare';
import type { ScoringContext } from './scoring';
import { createScoringContext, scorePair, scoreTeam } from './scoring';
import { makeCatalog, makePerson, rosterArb, settingsArb, settingsWith } from '../../../../../test/support/pairing';

function totalOf(teams: readonly (readonly Participant[])[], ctx: ScoringContext): number {
  return teams.reduce((s, t) => s + (t.length >= 2 ? scoreTeam(t, ctx).score : 0), 0);
}

describe('alternativesFor (pairs)', () => {
  const catalog = makeCatalog([
    'Strategic thinking',
    'Oral communication',
    'Flexibility',
    'Initiative',
  ]);

  it('lists the best other partners with the change in total, in words', () => {
    const roster = [
      makePerson({ id: 'ana', firstName: 'Ana', name: 'Ana Diaz', offers: ['c0'], wants: ['c1'] }),
      makePerson({ id: 'ben', firstName: 'Ben', name: 'Ben Ng', offers: ['c2'] }),
      makePerson({
        id: 'cleo',
        firstName: 'Cleo',
        name: 'Cleo Roy',
        offers: ['c1'],
        wants: ['c0'],
      }),
      makePerson({ id: 'dev', firstName: 'Dev', name: 'Dev Rao', wants: ['c2'] }),
    ];
    const prep = preparePairing({
      participants: roster,
      catalog,
      settings: defaultPairingSettings,
    });
    const plan = planPairsPrepared(prep);
    expect(plan.teams.map((t) => t.memberIds)).toEqual([
      ['ana', 'cleo'],
      ['ben', 'dev'],
    ]);
    const alts = alternativesFor(prep, plan, 'ana');
    expect(alts.map((a) => [a.otherId, a.newTeamScore, a.totalChange])).toEqual([
      ['ben', 0, -9],
      ['dev', 0, -9],
    ]);
    expect(alts[0]?.effects).toEqual([
      'Total score \u22129',
      'Cleo Roy and Dev Rao would pair up (score 0)',
    ]);
  });

  it('offers nothing to someone who registered together with their partner: each option would split them', () => {
    const roster = [
      makePerson({ id: 'ana', offers: ['c0'], registeredWithEmail: 'ben@example.org' }),
      makePerson({ id: 'ben', wants: ['c1'] }),
      makePerson({ id: 'cleo', offers: ['c1'], wants: ['c0'] }),
      makePerson({ id: 'dev', wants: ['c0'] }),
    ];
    const prep = preparePairing({
      participants: roster,
      catalog,
      settings: defaultPairingSettings,
    });
    const plan = planPairsPrepared(prep);
    expect(plan.teams.find((t) => t.memberIds.includes('ana'))?.origin).toBe('registered');
    expect(alternativesFor(prep, plan, 'ana')).toEqual([]);
    expect(alternativesFor(prep, plan, 'ben')).toEqual([]);
    // Their partners in matched pairs still get options, none of them in the registered pair.
    const options = alternativesFor(prep, plan, 'cleo');
    expect(options.map((o) => o.otherId)).not.toContain('ana');
    expect(options.map((o) => o.otherId)).not.toContain('ben');
  });

  it('computes the change in total exactly as re-scoring the changed plan would', () => {
    fc.assert(
      fc.property(
        rosterArb({ minPeople: 2, maxPeople: 12 }),
        settingsArb(),
        fc.nat(99),
        (roster, settings, pick) => {
          const prep = preparePairing({
            participants: roster.people,
            catalog: roster.catalog,
            settings,
            previousPartners: roster.previousPartners,
          });
          const plan = planPairsPrepared(prep);
          const ctx = createScoringContext(roster.catalog, settings, roster.previousPartners);
          const people = new Map(roster.people.map((p) => [p.id, p]));
          const x = roster.people[pick % roster.people.length] as Participant;
          const alts = alternativesFor(prep, plan, x.id);
          expect(alts.length).toBeLessThanOrEqual(5);
          const teams = plan.teams.map((t) =>
            t.memberIds.map((id) => people.get(id) as Participant),
          );
          const before = totalOf(teams, ctx);
          for (let k = 1; k < alts.length; k += 1) {
            expect((alts[k - 1]?.newTeamScore ?? 0) >= (alts[k]?.newTeamScore ?? 0)).toBe(true);
          }
          for (const alt of alts) {
            const y = people.get(alt.otherId) as Participant;
            const pair = scorePair(x, y, ctx);
            expect(pair.allowed).toBe(true);
            expect(alt.newTeamScore).toBe(pair.score);
            const ty = plan.teams.find((t) => t.memberIds.includes(y.id));
            if (ty) expect(ty.origin).toBe('matched');
            // Apply the change by hand: x and y pair up; partners left alone pair up when allowed.
            const rest = teams.map((t) => t.filter((m) => m.id !== x.id && m.id !== y.id));
            const changed = rest.filter((t) => t.length >= 2);
            const alone = rest
              .filter((t, k) => t.length === 1 && (teams[k]?.length ?? 0) === 2)
              .map((t) => t[0] as Participant);
            if (alone.length === 2) {
              const [p, q] = alone as [Participant, Participant];
              const r = scorePair(p, q, ctx);
              if (r.allowed && (settings.minPairScore === null || r.score >= settings.minPairScore))
                changed.push([p, q]);
            }
            changed.push([x, y]);
            expect(alt.totalChange).toBe(totalOf(changed, ctx) - before);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('alternativesFor (groups)', () => {
  it('offers swaps with people in other groups, with the exact change in total', () => {
    fc.assert(
      fc.property(rosterArb({ minPeople: 6, maxPeople: 16 }), fc.nat(99), (roster, pick) => {
        const settings = settingsWith({ groups: { minSize: 3, maxSize: 4 } });
        const prep = preparePairing({
          participants: roster.people,
          catalog: roster.catalog,
          settings,
        });
        const plan: PairingPlan = planGroupsPrepared(prep);
        const ctx = createScoringContext(roster.catalog, settings);
        const people = new Map(roster.people.map((p) => [p.id, p]));
        const x = roster.people[pick % roster.people.length] as Participant;
        const alts = alternativesFor(prep, plan, x.id);
        const teams = plan.teams.map((t) => t.memberIds.map((id) => people.get(id) as Participant));
        const before = totalOf(teams, ctx);
        for (const alt of alts) {
          expect(alt.kind).toBe('swap-with');
          const swapped = teams.map((t) =>
            t.map((m) =>
              m.id === x.id
                ? (people.get(alt.otherId) as Participant)
                : m.id === alt.otherId
                  ? x
                  : m,
            ),
          );
          const xTeam = swapped.find((t) => t.some((m) => m.id === x.id)) as Participant[];
          expect(scoreTeam(xTeam, ctx).allowed).toBe(true);
          expect(alt.newTeamScore).toBe(scoreTeam(xTeam, ctx).score);
          expect(alt.totalChange).toBe(totalOf(swapped, ctx) - before);
        }
        for (let k = 1; k < alts.length; k += 1) {
          expect((alts[k - 1]?.totalChange ?? 0) >= (alts[k]?.totalChange ?? 0)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
