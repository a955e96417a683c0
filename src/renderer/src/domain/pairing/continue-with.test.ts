import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPairingSettings } from './pairing-settings';
import { buildPairFeatures, createScoringContext, scorePair, scorePairFast } from './scoring';
import { preparePairing } from './prepare';
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

describe('people who met at speed mentoring', () => {
  it('says where two people got to know each other, on the pair and through a pairing run, for the score unchanged', () => {
    const ana = makePerson({ id: 'ana', name: 'Ana Silva', firstName: 'Ana', knownWell: ['ben'] });
    const ben = makePerson({ id: 'ben', name: 'Ben Okoro', firstName: 'Ben', knownWell: ['ana'] });
    const note = 'met at speed mentoring on Sat 5 Dec 2026';
    const plain = createScoringContext([], defaultPairingSettings);
    const noted = createScoringContext([], defaultPairingSettings, [], [['ben', 'ana', note]]);
    const withNote = scorePair(ana, ben, noted);
    expect(withNote.reasons.join('\n')).toContain(`Ana and Ben already know each other well (${note})`);
    expect(scorePair(ana, ben, plain).reasons.join('\n')).not.toContain('speed mentoring');
    expect(withNote.score).toBe(scorePair(ana, ben, plain).score);
    const prep = preparePairing({ participants: [ana, ben], catalog: [], settings: defaultPairingSettings, knownNotes: [['ana', 'ben', note]] });
    expect(scorePair(ana, ben, prep.context).reasons.join('\n')).toContain(`(${note})`);
  });
});
