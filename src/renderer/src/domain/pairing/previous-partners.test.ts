import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../model';
import { defaultPairingSettings, type PairingSettings, type RuleMode } from './pairing-settings';
import { planPairs } from './plan-pairs';
import { NOT_ALLOWED, buildPairFeatures, createScoringContext, scorePair, scorePairFast, workedTogetherLastYear } from './scoring';
import { makeCatalog, makePerson, settingsArb, settingsWith } from '../../../../../test/support/pairing';
import { feasibleRosterArb, rosterWithPartnersArb } from '../../../../../test/support/previous-partners';

const catalog = makeCatalog(['Skill 0', 'Skill 1', 'Skill 2', 'Skill 3', 'Skill 4', 'Skill 5', 'Skill 6', 'Skill 7']);

function withRule(settings: PairingSettings, mode: RuleMode, weight = settings.rules.previousPartners.weight): PairingSettings {
  return { ...settings, rules: { ...settings.rules, previousPartners: { mode, weight } } };
}

/** Teams of the plan in which two members worked together last year. */
function teamsWithPreviousPartners(people: readonly Participant[], teams: readonly { memberIds: string[] }[]) {
  const byId = new Map(people.map((p) => [p.id, p]));
  return teams.filter((t) =>
    t.memberIds.some((a, i) => t.memberIds.some((b, j) => j > i && workedTogetherLastYear(byId.get(a)!, byId.get(b)!))),
  );
}

describe('previous partners (worked together last year)', () => {
  it('are kept apart by default: the rule is hard unless the coordinator relaxes it', () => {
    const ana = makePerson({ id: 'ana', firstName: 'Ana', offers: ['c0'], wants: ['c1'], previousPartners: ['ben'] });
    const ben = makePerson({ id: 'ben', firstName: 'Ben', offers: ['c1'], wants: ['c0'] });
    const hard = scorePair(ana, ben, createScoringContext(catalog, defaultPairingSettings));
    expect(hard.allowed).toBe(false);
    expect(hard.warnings).toContain('Not allowed: worked together last year');
    const soft = scorePair(ana, ben, createScoringContext(catalog, withRule(defaultPairingSettings, 'soft', 6)));
    expect(soft.allowed).toBe(true);
    expect(soft.reasons).toContain('Worked together last year: \u22126');
    const off = scorePair(ana, ben, createScoringContext(catalog, withRule(defaultPairingSettings, 'off')));
    expect(off.reasons.some((r) => r.startsWith('Worked together'))).toBe(false);
    expect(soft.score).toBe(off.score - 6);
  });

  it('with the rule hard, no matched team ever holds two previous partners', () => {
    fc.assert(
      fc.property(
        rosterWithPartnersArb(10),
        settingsArb().map((s) => withRule({ ...s, rules: { ...s.rules, mutualPreference: { ...s.rules.mutualPreference, mode: 'soft' } } }, 'hard')),
        (roster, settings) => {
          const plan = planPairs({ participants: roster.people, catalog: roster.catalog, settings });
          expect(teamsWithPreviousPartners(roster.people, plan.teams)).toEqual([]);
        },
      ),
    );
  });

  it('with the rule hard, everyone is paired whenever a complete plan keeping previous partners apart exists', () => {
    fc.assert(
      fc.property(feasibleRosterArb(), ({ people }) => {
        const plan = planPairs({ participants: people, catalog, settings: defaultPairingSettings });
        expect(plan.unpaired).toEqual([]);
        expect(plan.teams.reduce((n, t) => n + t.memberIds.length, 0)).toBe(people.length);
        expect(teamsWithPreviousPartners(people, plan.teams)).toEqual([]);
      }),
    );
  });

  it('soft lowers exactly the pairs of previous partners by the weight; the fast and explained scores agree', () => {
    fc.assert(
      fc.property(rosterWithPartnersArb(8), fc.integer({ min: 0, max: 20 }), (roster, weight) => {
        const base = settingsWith({});
        const soft = createScoringContext(roster.catalog, withRule(base, 'soft', weight));
        const off = createScoringContext(roster.catalog, withRule(base, 'off', weight));
        const fastSoft = buildPairFeatures(roster.people, soft);
        const fastOff = buildPairFeatures(roster.people, off);
        roster.people.forEach((a, i) => {
          roster.people.forEach((b, j) => {
            if (j <= i) return;
            const s = scorePair(a, b, soft);
            const o = scorePair(a, b, off);
            const drop = workedTogetherLastYear(a, b) ? weight : 0;
            expect(s.allowed).toBe(o.allowed);
            expect(s.score).toBe(o.score - drop);
            const fs = scorePairFast(fastSoft, i, j);
            const fo = scorePairFast(fastOff, i, j);
            if (fo === NOT_ALLOWED) expect(fs).toBe(NOT_ALLOWED);
            else expect(fs).toBe(fo - drop);
          });
        });
      }),
    );
  });

  it('off changes nothing: the plan is the one made without any previous partners', () => {
    fc.assert(
      fc.property(rosterWithPartnersArb(10), settingsArb(), (roster, settings) => {
        const off = withRule(settings, 'off');
        const withLinks = planPairs({ participants: roster.people, catalog: roster.catalog, settings: off });
        const withoutLinks = planPairs({
          participants: roster.people.map((p) => ({ ...p, previousPartners: [] })),
          catalog: roster.catalog,
          settings: off,
        });
        expect(withLinks.teams).toEqual(withoutLinks.teams);
        expect(withLinks.unpaired).toEqual(withoutLinks.unpaired);
      }),
    );
  });

  it('reads people without the field (older records) as having no previous partners', () => {
    const ana = makePerson({ id: 'ana' });
    const ben = makePerson({ id: 'ben' });
    delete (ana as Partial<Participant>).previousPartners;
    expect(workedTogetherLastYear(ana, ben)).toBe(false);
    expect(workedTogetherLastYear({ ...ana, previousPartners: ['ben'] }, ben)).toBe(true);
    expect(workedTogetherLastYear(ben, { ...ana, previousPartners: ['ben'] })).toBe(true);
  });
});
