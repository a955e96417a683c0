import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../../../test/support/pairing';
import { rosterDrift } from './roster-drift';

describe('roster changes since a proposal', () => {
  const ana = makePerson({ id: 'ana', name: 'Ana Diaz' });
  const ben = makePerson({ id: 'ben', name: 'Ben Ode', status: 'withdrawn' });
  const cy = makePerson({ id: 'cy', name: 'Cy Park' });
  const dee = makePerson({ id: 'dee', name: 'Dee Ray' });

  it('names who was added, who withdrew and whose record is gone', () => {
    const everyone = new Map([ana, ben, cy, dee].map((p) => [p.id, p] as const));
    const drift = rosterDrift(['ana', 'ben', 'gone-id'], [ana, dee, cy], everyone, new Set());
    expect(drift.outOfDate).toBe(true);
    expect(drift.added.map((p) => p.name)).toEqual(['Cy Park', 'Dee Ray']);
    expect(drift.gone).toEqual([
      { id: 'ben', name: 'Ben Ode', why: 'withdrawn' },
      { id: 'gone-id', name: null, why: 'removed' },
    ]);
  });

  it('is out of date exactly when the proposal’s people differ from the people to pair', () => {
    const ids = fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f', 'g'), {
      maxLength: 7,
    });
    fc.assert(
      fc.property(ids, ids, (then, now) => {
        const toPair = now.map((id) => makePerson({ id }));
        const everyone = new Map(toPair.map((p) => [p.id, p] as const));
        const drift = rosterDrift(then, toPair, everyone, new Set());
        const same = then.length === now.length && then.every((id) => now.includes(id));
        expect(drift.outOfDate).toBe(!same);
        // Everyone added is to pair now and was not in the proposal; everyone gone the reverse.
        expect(drift.added.every((p) => now.includes(p.id) && !then.includes(p.id))).toBe(true);
        expect(drift.gone.every((g) => then.includes(g.id) && !now.includes(g.id))).toBe(true);
        expect(drift.added.length + drift.gone.length).toBe(
          now.filter((id) => !then.includes(id)).length +
            then.filter((id) => !now.includes(id)).length,
        );
      }),
    );
  });
});
