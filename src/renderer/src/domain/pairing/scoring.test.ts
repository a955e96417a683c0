import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPairingSettings } from './pairing-settings';
import {
  NOT_ALLOWED,
  buildPairFeatures,
  createScoringContext,
  scorePair,
  scorePairFast,
  scoreTeam,
} from './scoring';
import { makeCatalog, makePerson, rosterArb, settingsArb, settingsWith } from '../../../../../test/support/pairing';

const catalog = makeCatalog([
  'Strategic thinking',
  'Oral communication',
  'Flexibility',
  'Initiative',
  'Thoroughness',
]);
const [strategic, oral, flexibility, initiative] = catalog.map((c) => c.id) as [
  string,
  string,
  string,
  string,
];

describe('scorePair wording', () => {
  it('names what each offers that the other wants, and the both-ways bonus', () => {
    const ana = makePerson({ id: 'ana', firstName: 'Ana', offers: [strategic], wants: [oral] });
    const ben = makePerson({ id: 'ben', firstName: 'Ben', offers: [oral], wants: [strategic] });
    const ctx = createScoringContext(catalog, defaultPairingSettings);
    const result = scorePair(ana, ben, ctx);
    expect(result.reasons).toEqual([
      'Ana offers Strategic thinking, which Ben wants to develop',
      'Ben offers Oral communication, which Ana wants to develop',
      'Complementary both ways: +3',
    ]);
    expect(result.score).toBe(2 + 2 + 3);
    expect(result.allowed).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('lists several competencies in catalog order and shows penalties with a minus sign', () => {
    const ana = makePerson({
      id: 'ana',
      firstName: 'Ana',
      offers: [initiative, strategic, flexibility],
      department: 'Finance',
    });
    const ben = makePerson({
      id: 'ben',
      firstName: 'Ben',
      wants: [flexibility, initiative, strategic],
      department: ' finance',
    });
    const ctx = createScoringContext(catalog, defaultPairingSettings);
    const result = scorePair(ana, ben, ctx);
    expect(result.reasons).toEqual([
      'Ana offers Strategic thinking, Flexibility and Initiative, which Ben wants to develop',
      'Same department (Finance): \u22122',
    ]);
    expect(result.score).toBe(3 * 2 - 2);
    expect(result.warnings).toEqual(["One way only: nothing Ben offers is on Ana's wants list"]);
  });

  it('explains soft rules and preferences', () => {
    const ana = makePerson({
      id: 'ana',
      firstName: 'Ana',
      manager: 'Kim',
      knownWell: ['ben'],
      careerStage: 'mid',
      location: 'Leeds',
      preferredPartnerEmail: 'ben@example.org',
    });
    const ben = makePerson({
      id: 'ben',
      firstName: 'Ben',
      manager: 'Kim',
      careerStage: 'mid',
      location: 'leeds',
      preferredPartnerEmail: 'ana@example.org',
    });
    const ctx = createScoringContext(catalog, settingsWith({ rules: { previousPartners: { mode: 'soft' } } }), [
      ['ben@example.org', 'ana@example.org'],
    ]);
    const result = scorePair(ana, ben, ctx);
    expect(result.reasons).toEqual([
      'Same manager (Kim): \u22124',
      'Ana and Ben already know each other well: \u22123',
      'Partners in an earlier program: \u22126',
      'Both mid career (peers): +1',
      'Same location (Leeds): +1',
      'Each asked for the other as partner: +10',
    ]);
    expect(result.score).toBe(-4 - 3 - 6 + 1 + 1 + 10);
    expect(result.warnings).toEqual(['Neither offers anything the other wants to develop']);
  });

  it('forbids do-not-pair and hard rules and says why', () => {
    const ana = makePerson({ id: 'ana', firstName: 'Ana', doNotPair: ['ben'], department: 'IT' });
    const ben = makePerson({ id: 'ben', firstName: 'Ben', department: 'IT' });
    const settings = settingsWith({ rules: { sameDepartment: { mode: 'hard' } } });
    const result = scorePair(ana, ben, createScoringContext(catalog, settings));
    expect(result.allowed).toBe(false);
    expect(result.warnings).toContain(
      'Not allowed: do-not-pair list (Ana asked not to be paired with Ben)',
    );
    expect(result.warnings).toContain('Not allowed: same department (IT)');
  });

  it('uses full names when first names clash', () => {
    const a = makePerson({ id: 'a', firstName: 'Sam', name: 'Sam Ortiz', offers: [oral] });
    const b = makePerson({ id: 'b', firstName: 'Sam', name: 'Sam Berg', wants: [oral] });
    const result = scorePair(a, b, createScoringContext(catalog, defaultPairingSettings));
    expect(result.reasons[0]).toBe(
      'Sam Ortiz offers Oral communication, which Sam Berg wants to develop',
    );
  });

  it('does not count retired or unknown competencies', () => {
    const withRetired = catalog.map((c) => (c.id === oral ? { ...c, retired: true } : c));
    const ana = makePerson({ id: 'ana', offers: [oral, 'gone'], wants: [] });
    const ben = makePerson({ id: 'ben', wants: [oral, 'gone'] });
    const result = scorePair(ana, ben, createScoringContext(withRetired, defaultPairingSettings));
    expect(result.score).toBe(0);
    expect(result.reasons).toEqual([]);
  });

  it('prefixes rule lines with the two names inside a triad', () => {
    const ana = makePerson({ id: 'ana', firstName: 'Ana', department: 'IT', offers: [oral] });
    const ben = makePerson({ id: 'ben', firstName: 'Ben', department: 'IT', wants: [oral] });
    const cleo = makePerson({ id: 'cleo', firstName: 'Cleo', wants: [strategic] });
    const team = scoreTeam([ana, ben, cleo], createScoringContext(catalog, defaultPairingSettings));
    expect(team.reasons).toEqual([
      'Ana offers Oral communication, which Ben wants to develop',
      'Ana & Ben: same department (IT): \u22122',
    ]);
    expect(team.warnings).toEqual(['Nobody else in this team offers what Cleo wants to develop']);
    expect(team.score).toBe(2 - 2);
  });
});

describe('scorePairFast', () => {
  it('agrees with scorePair on every pair, for any settings and history', () => {
    fc.assert(
      fc.property(rosterArb({ maxPeople: 9 }), settingsArb(), (roster, settings) => {
        const ctx = createScoringContext(roster.catalog, settings, roster.previousPartners);
        const features = buildPairFeatures(roster.people, ctx);
        roster.people.forEach((a, i) => {
          roster.people.forEach((b, j) => {
            if (i === j) return;
            const slow = scorePair(a, b, ctx);
            expect(scorePairFast(features, i, j)).toBe(slow.allowed ? slow.score : NOT_ALLOWED);
          });
        });
      }),
      { numRuns: 150 },
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(rosterArb({ minPeople: 2, maxPeople: 8 }), settingsArb(), (roster, settings) => {
        const features = buildPairFeatures(
          roster.people,
          createScoringContext(roster.catalog, settings, roster.previousPartners),
        );
        for (let i = 0; i < roster.people.length; i += 1) {
          for (let j = 0; j < roster.people.length; j += 1) {
            expect(scorePairFast(features, i, j)).toBe(scorePairFast(features, j, i));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('handles catalogs larger than one 32-bit word', () => {
    const big = makeCatalog(Array.from({ length: 70 }, (_, i) => `Skill ${i}`));
    const a = makePerson({ id: 'a', offers: ['c1', 'c40', 'c69'], wants: ['c33'] });
    const b = makePerson({ id: 'b', offers: ['c33'], wants: ['c1', 'c40', 'c69'] });
    const ctx = createScoringContext(big, defaultPairingSettings);
    const f = buildPairFeatures([a, b], ctx);
    expect(scorePairFast(f, 0, 1)).toBe(4 * 2 + 3);
    expect(scorePair(a, b, ctx).score).toBe(4 * 2 + 3);
  });
});
