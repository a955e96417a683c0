/**
 * Test-only arbitraries for last year's partners: rosters whose people carry `previousPartners`
 * (ids in the same roster), and rosters built around a hidden complete plan that avoids them.
 */
import fc from 'fast-check';
import type { Participant } from '../../src/renderer/src/domain/model';
import { makeCatalog, makePerson, rosterArb, type Roster } from './pairing';

/** Gives each person of `people` the partners listed in `links` (index pairs), both ways. */
export function linkPreviousPartners(people: readonly Participant[], links: readonly (readonly [number, number])[]): Participant[] {
  const n = people.length;
  const sets = people.map(() => new Set<string>());
  for (const [x, y] of links) {
    if (n === 0) break;
    const a = x % n;
    const b = y % n;
    if (a === b) continue;
    sets[a]!.add(people[b]!.id);
    sets[b]!.add(people[a]!.id);
  }
  return people.map((p, i) => ({ ...p, previousPartners: [...sets[i]!].sort() }));
}

/** A random roster (nobody registered together) whose people have some previous partners. */
export function rosterWithPartnersArb(maxPeople = 10): fc.Arbitrary<Roster> {
  return fc
    .tuple(
      rosterArb({ maxPeople, registrations: false }),
      fc.array(fc.tuple(fc.nat(99), fc.nat(99)), { maxLength: 12 }),
    )
    .map(([roster, links]) => ({ ...roster, people: linkPreviousPartners(roster.people, links) }));
}

/**
 * An even roster with no hard rule but previous partners, built so that a complete plan avoiding
 * every previous partnership exists: people are paired in a hidden shuffled order, and previous
 * partners are drawn only among people the hidden plan keeps apart.
 */
export function feasibleRosterArb(): fc.Arbitrary<{ people: Participant[]; hidden: [string, string][] }> {
  const catalog = makeCatalog(['Skill 0', 'Skill 1', 'Skill 2', 'Skill 3']);
  const ids = catalog.map((c) => c.id);
  return fc
    .integer({ min: 1, max: 6 })
    .chain((pairs) =>
      fc.tuple(
        fc.shuffledSubarray(
          Array.from({ length: pairs * 2 }, (_, k) => k),
          { minLength: pairs * 2, maxLength: pairs * 2 },
        ),
        fc.array(fc.record({ offers: fc.subarray(ids), wants: fc.subarray(ids) }), {
          minLength: pairs * 2,
          maxLength: pairs * 2,
        }),
        fc.array(fc.tuple(fc.nat(99), fc.nat(99)), { maxLength: pairs * 4 }),
      ),
    )
    .map(([order, skills, links]) => {
      const n = order.length;
      const base = skills.map((s, k) => makePerson({ id: `q${String(k).padStart(2, '0')}`, ...s }));
      const hiddenMate = new Map<number, number>();
      for (let k = 0; k < n; k += 2) {
        hiddenMate.set(order[k]!, order[k + 1]!);
        hiddenMate.set(order[k + 1]!, order[k]!);
      }
      const allowedLinks = links
        .map(([x, y]): [number, number] => [x % n, y % n])
        .filter(([a, b]) => a !== b && hiddenMate.get(a) !== b);
      const people = linkPreviousPartners(base, allowedLinks);
      const hidden: [string, string][] = [];
      for (let k = 0; k < n; k += 2) hidden.push([base[order[k]!]!.id, base[order[k + 1]!]!.id]);
      return { people, hidden };
    });
}

export { makeCatalog };
