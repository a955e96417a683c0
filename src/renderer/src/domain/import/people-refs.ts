/**
 * Reads the people a roster cell refers to ("Heike Strauß; olusegun.adeyemi@…", "Smith, John")
 * and finds them among the participants, by email first and by name otherwise. Names that match
 * nobody or several people are reported, never guessed.
 */
import { emailKey, fold, quoteForMessage } from './text-normalise';

/** Someone a reference can point at: a stored participant or a row of the file. */
export interface PersonEntry {
  emailKey: string;
  name: string;
  firstName: string;
  lastName: string;
}

/** Looks people up by email key or by name. */
export interface PeopleIndex {
  hasKey(key: string): boolean;
  displayName(key: string): string;
  /** Email keys whose name folds to this text. */
  byName(text: string): string[];
}

/** Build an index; later entries with the same email key replace earlier ones (file over store). */
export function buildPeopleIndex(people: readonly PersonEntry[]): PeopleIndex {
  const byKey = new Map<string, PersonEntry>();
  for (const p of people) if (p.emailKey !== '') byKey.set(p.emailKey, p);
  return peopleIndexOf(byKey);
}

/**
 * An index over people already keyed by email key (no empty key), for a caller that has built
 * that map anyway. The map is read, never changed, and must not change while the index is used.
 */
export function peopleIndexOf(byKey: ReadonlyMap<string, PersonEntry>): PeopleIndex {
  // Names are folded only when a cell first refers to someone by name: most rosters use emails
  // or leave these cells empty, and folding thousands of names would be wasted.
  let names: Map<string, Set<string>> | null = null;
  const nameIndex = (): Map<string, Set<string>> => {
    if (names !== null) return names;
    const built = new Map<string, Set<string>>();
    const add = (text: string, key: string): void => {
      const f = fold(text);
      if (f === '') return;
      const set = built.get(f) ?? new Set<string>();
      set.add(key);
      built.set(f, set);
    };
    for (const p of byKey.values()) {
      add(p.name, p.emailKey);
      if (p.firstName !== '' || p.lastName !== '') {
        add(`${p.firstName} ${p.lastName}`, p.emailKey);
        // "Strauß, Heike" folds to "strauss heike".
        add(`${p.lastName} ${p.firstName}`, p.emailKey);
      }
    }
    names = built;
    return built;
  };
  return {
    hasKey: (key) => byKey.has(key),
    displayName: (key) => byKey.get(key)?.name || key,
    byName: (text) => [...(nameIndex().get(fold(text)) ?? [])],
  };
}

/** One reference read from a cell. `key` is null when it could not be resolved. */
export interface PersonRef {
  text: string;
  key: string | null;
  /** Why it is unresolved (or a note about it), in words for the coordinator. */
  note?: string;
  /** True when `text` was an email address. */
  isEmail: boolean;
}

const EMAIL_IN_TEXT = /[^\s<>,;:"'()[\]]+@[^\s<>,;:"'()[\]]+\.[^\s<>,;:"'()[\]]+/g;
const WHOLE_EMAIL = /^[^\s<>,;:"'()[\]]+@[^\s<>,;:"'()[\]]+\.[^\s<>,;:"'()[\]]+$/;

function resolveName(text: string, index: PeopleIndex): PersonRef {
  const keys = index.byName(text);
  if (keys.length === 1) return { text, key: keys[0] as string, isEmail: false };
  if (keys.length > 1) {
    const who = keys.join(', ');
    return {
      text,
      key: null,
      isEmail: false,
      note: `${quoteForMessage(text)} could be any of ${keys.length} people (${who}). Write the email address of the one you mean.`,
    };
  }
  return {
    text,
    key: null,
    isEmail: false,
    note: `${quoteForMessage(text)} matches nobody on the roster. Write their email address as it is on the roster, or add them to the roster first.`,
  };
}

function emailRef(address: string, index: PeopleIndex): PersonRef {
  const key = emailKey(address.replace(/^mailto:/i, ''));
  return index.hasKey(key)
    ? { text: address, key, isEmail: true }
    : { text: address, key: null, isEmail: true, note: `${quoteForMessage(address)} is not on the roster.` };
}

// "Jane Doe <jane@x.org>": the name only labels the address.
const LABELLED_EMAIL = /[^,<>]*<\s*([^<>\s]+@[^<>\s]+)\s*>/g;

/**
 * Every person a cell names, in cell order. Emails are taken as they are (even when not on the
 * roster: the caller decides); names are looked up, trying a whole piece before splitting it at
 * commas so "Strauß, Heike" stays one person.
 */
export function readPeopleRefs(text: string, index: PeopleIndex): PersonRef[] {
  return readRefs(text, index, true);
}

/** `readPeopleRefs` without the bare-address shortcut: what the shortcut must equal. */
export function readPeopleRefsFully(text: string, index: PeopleIndex): PersonRef[] {
  return readRefs(text, index, false);
}

function readRefs(text: string, index: PeopleIndex, shortcut: boolean): PersonRef[] {
  const refs: PersonRef[] = [];
  for (const raw of text.split(/[;|\n\r]+/)) {
    let piece = raw.trim();
    if (piece === '') continue;
    // A piece that is one bare address (the usual cell) is what the general path below would
    // find in it: no "<" for a label, and the address pattern spans the whole piece.
    if (shortcut && !piece.includes('<') && WHOLE_EMAIL.test(piece)) {
      refs.push(emailRef(piece, index));
      continue;
    }
    const found: { at: number; ref: PersonRef }[] = [];
    if (piece.includes('@')) {
      // Take the addresses out (blanked to commas, so positions keep their order), then read
      // whatever is left as names.
      const blank = (m: string): string => ','.repeat(m.length);
      piece = piece.replace(LABELLED_EMAIL, (m: string, address: string, at: number) => {
        found.push({ at, ref: emailRef(address, index) });
        return blank(m);
      });
      piece = piece.replace(EMAIL_IN_TEXT, (m: string, at: number) => {
        found.push({ at, ref: emailRef(m, index) });
        return blank(m);
      });
    }
    const rest = piece.replace(/^[\s,]+|[\s,]+$/g, '');
    if (rest !== '') {
      const offset = piece.indexOf(rest);
      if (index.byName(rest).length > 0 || !rest.includes(',')) {
        found.push({ at: offset, ref: resolveName(rest, index) });
      } else {
        let at = offset;
        for (const part of rest.split(',')) {
          const name = part.trim();
          if (name !== '') found.push({ at, ref: resolveName(name, index) });
          at += part.length + 1;
        }
      }
    }
    found.sort((a, b) => a.at - b.at);
    for (const f of found) refs.push(f.ref);
  }
  return refs;
}
