import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../../../test/support/pairing';
import { distinctNames } from './display-names';

describe('names on the board', () => {
  it('adds the department only when two people share a name', () => {
    const names = distinctNames([
      makePerson({ id: 'a', name: 'Alex Kim', department: 'Nursing' }),
      makePerson({ id: 'b', name: 'alex kim', department: 'Finance' }),
      makePerson({ id: 'c', name: 'Sam Lee', department: 'Finance' }),
    ]);
    expect([...names.values()]).toEqual(['Alex Kim (Nursing)', 'alex kim (Finance)', 'Sam Lee']);
  });

  it('falls back to the e-mail when the department does not tell them apart', () => {
    const names = distinctNames([
      makePerson({ id: 'a', name: 'Alex Kim', department: 'IT', email: 'alex.kim@x.org' }),
      makePerson({ id: 'b', name: 'Alex Kim', department: 'IT', email: 'akim@x.org' }),
    ]);
    expect([...names.values()]).toEqual([
      'Alex Kim (IT, alex.kim@x.org)',
      'Alex Kim (IT, akim@x.org)',
    ]);
  });

  it('tells apart everyone with a different e-mail, and leaves unique names alone', () => {
    const person = fc.record({
      name: fc.constantFrom('Alex Kim', 'Sam Lee', 'Jo Park'),
      department: fc.constantFrom('', 'IT', 'Nursing'),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 8 }), (rows) => {
        const people = rows.map((r, i) => makePerson({ id: `p${i}`, ...r }));
        const names = distinctNames(people);
        expect(new Set(names.values()).size).toBe(people.length);
        for (const p of people) {
          const shared = people.some((q) => q.id !== p.id && q.name === p.name);
          if (!shared) expect(names.get(p.id)).toBe(p.name);
          else expect(names.get(p.id)?.startsWith(`${p.name} (`)).toBe(true);
        }
      }),
    );
  });
});
