import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signInSheetOrder } from './sign-in-sheet';
import { buildGroupMeetingPackModel } from '../documents/document-models';
import { makeEvent, makePerson } from '../../../../../test/support/running-year';
import { printedNames } from '../participants/printed-names';

const LAST_NAMES = ['Müller', 'Muller', 'Ortega', "O'Connell", 'Ní Bhriain', 'Chen', 'chen', 'Élan', 'Elan', ''];
const FIRST_NAMES = ['Zoë', 'Zoe', 'Ana', 'ana', 'Kwame', ''];

const personArb = fc.record({
  last: fc.constantFrom(...LAST_NAMES),
  first: fc.constantFrom(...FIRST_NAMES),
  withdrawn: fc.boolean(),
});

const crowdArb = fc.array(personArb, { maxLength: 25 }).map((rows) =>
  rows.map((r, i) =>
    makePerson({
      id: `p${String(i).padStart(2, '0')}`,
      firstName: r.first,
      lastName: r.last,
      name: `${r.first} ${r.last}`.trim() || `Person ${i}`,
      status: r.withdrawn ? 'withdrawn' : 'active',
    }),
  ),
);

describe('sign-in sheet order', () => {
  it('lists the active people by last name, then first name, ignoring case and accents', () => {
    const people = [
      makePerson({ id: 'a', firstName: 'Zoë', lastName: 'Hartmann' }),
      makePerson({ id: 'b', firstName: 'José', lastName: 'Ortega' }),
      makePerson({ id: 'c', firstName: 'Amara', lastName: 'Hartmann' }),
      makePerson({ id: 'd', firstName: 'Élodie', lastName: 'Rousseau', status: 'withdrawn' }),
      makePerson({ id: 'e', firstName: 'Lukas', lastName: 'müller' }),
    ];
    expect(signInSheetOrder(people).map((p) => p.id)).toEqual(['c', 'a', 'e', 'b']);
  });

  it('holds exactly the active people, in an order that does not depend on the order records are read in', () => {
    fc.assert(
      fc.property(crowdArb.chain((crowd) => fc.tuple(fc.constant(crowd), fc.shuffledSubarray(crowd, { minLength: crowd.length }))), ([crowd, shuffled]) => {
        const sheet = signInSheetOrder(crowd);
        expect(sheet.map((p) => p.id).sort()).toEqual(crowd.filter((p) => p.status === 'active').map((p) => p.id).sort());
        expect(signInSheetOrder(shuffled).map((p) => p.id)).toEqual(sheet.map((p) => p.id));
        const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
        for (let i = 1; i < sheet.length; i++) {
          expect(collator.compare(printedNames(sheet[i - 1]!).lastName, printedNames(sheet[i]!).lastName)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('is the order of the printed sign-in sheet in the group meeting pack', () => {
    fc.assert(
      fc.property(crowdArb, (crowd) => {
        const event = makeEvent({ id: 'nov', date: '2026-11-10' });
        const pack = buildGroupMeetingPackModel(
          { rules: { minTotal: 3, maxTotal: 6, minPerCategory: 1, maxPerCategory: 2 } },
          event,
          crowd,
          [],
          [],
          [],
          [event],
          false,
        );
        expect(pack.attendees.map((a) => a.name)).toEqual(signInSheetOrder(crowd).map((p) => printedNames(p).name));
      }),
    );
  });
});
