/**
 * The names a participant is printed and listed by. A record may carry only a display name
 * (imports without first/last columns), so first and last names fall back to its words.
 */
import type { Participant } from '../model';

export interface PrintedNames {
  /** Display name as the person writes it. */
  name: string;
  firstName: string;
  lastName: string;
}

/** Display, first and last name, each filled in from the others when missing. */
export function printedNames(p: Pick<Participant, 'name' | 'firstName' | 'lastName'>): PrintedNames {
  const name = p.name.trim() !== '' ? p.name.trim() : `${p.firstName} ${p.lastName}`.trim();
  return {
    name,
    firstName: p.firstName.trim() !== '' ? p.firstName.trim() : (name.split(/\s+/)[0] ?? ''),
    lastName:
      p.lastName.trim() !== ''
        ? p.lastName.trim()
        : name.split(/\s+/).slice(1).join(' ') || name,
  };
}
