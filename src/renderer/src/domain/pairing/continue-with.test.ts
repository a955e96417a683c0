import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPairingSettings } from './pairing-settings';
import { buildPairFeatures, createScoringContext, scorePair, scorePairFast } from './scoring';
import { makePerson } from '../../../../../test/support/pairing';

describe('continue-with choices from speed mentoring', () => {
  const ctx = createScoringContext([], defaultPairingSettings);

  it('gives mutual choices the mutual-preference bonus, with the reason in words, and one-sided ones nothing', () => {
    const ana = makePerson({ id: 'ana', name: 'Ana Silva', firstName: 'Ana', continueWith: ['ben'] });
    const ben = makePerson({ id: 'ben', name: 'Ben Okoro', firstName: 'Ben', continueWith: ['ana', 'cai'] });
    const cai = makePerson({ id: 'cai', name: 'Cai Wong' });
    const mutual = scorePair(ana, ben, ctx);
    const plain = scorePair({ ...ana, continueWith: [] }, ben, ctx);
    expect(mutual.score - plain.score).toBe(defaultPairingSettings.rules.mutualPreference.weight);
    expect(mutual.reasons.join('\n')).toContain('Ana and Ben both asked to continue together after speed mentoring');
    expect(scorePair(ben, cai, ctx).reasons.join('\n')).not.toContain('continue together');
  });

  it('the fast score equals the explained score whatever the choices', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(5), { maxLength: 3 }), { minLength: 6, maxLength: 6 }), (choices) => {
        const people = choices.map((c, i) => makePerson({ id: `p${i}`, continueWith: c.map((k) => `p${k}`).filter((x) => x !== `p${i}`) }));
        const features = buildPairFeatures(people, ctx);
        for (let i = 0; i < people.length; i++) {
          for (let j = i + 1; j < people.length; j++) {
            expect(scorePairFast(features, i, j)).toBe(scorePair(people[i]!, people[j]!, ctx).score);
          }
        }
      }),
    );
  });
});
