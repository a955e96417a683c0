/**
 * Who is on a group meeting's sign-in sheet, and in which order. The printed sheet (group meeting
 * pack) and the roll call on screen both use this one function, so line 14 on paper is line 14
 * on screen and the coordinator can copy the signatures down without searching.
 */
import type { Participant } from '../model';
import { printedNames } from '../participants/printed-names';
import { takesPart } from '../participants/opt-in';

/** What the ordering reads of a participant. */
export type SheetPerson = Pick<Participant, 'id' | 'status' | 'name' | 'firstName' | 'lastName'>;

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * The active participants in sign-in sheet order: last name, then first name (ignoring case and
 * accents), then display name and id so that equal names still come out the same way whatever
 * order the records were read in.
 */
export function signInSheetOrder<T extends SheetPerson>(participants: readonly T[]): T[] {
  return participants
    .filter((p) => takesPart(p))
    .map((p) => ({ p, names: printedNames(p) }))
    .sort(
      (a, b) =>
        collator.compare(a.names.lastName, b.names.lastName) ||
        collator.compare(a.names.firstName, b.names.firstName) ||
        (a.names.name < b.names.name ? -1 : a.names.name > b.names.name ? 1 : 0) ||
        (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0),
    )
    .map(({ p }) => p);
}
