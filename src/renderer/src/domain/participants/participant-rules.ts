/**
 * What a participant record must satisfy when the coordinator adds or edits one by hand: a name,
 * a well-formed email no one else in the program uses, competencies from the program's catalog
 * (retired ones only where already chosen), and people links to other participants. Text is
 * cleaned the way imports clean it (NFC, no control characters, single spaces).
 */
import type { CareerStage, Competency, Participant } from '../model';
import { PARTICIPANT_STATUSES } from '../model';
import { isIsoDate } from '../schedule/iso-dates';

/** Longest name part. */
export const NAME_MAX = 200;
/** Longest single-line field. */
export const FIELD_MAX = 500;
/** Longest notes. */
export const NOTES_MAX = 5000;
/** Longest email address (RFC 5321 path limit). */
export const EMAIL_MAX = 254;

/** Fields the coordinator may change on a participant. */
export type EditableField =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'department'
  | 'jobTitle'
  | 'careerStage'
  | 'location'
  | 'manager'
  | 'offers'
  | 'wants'
  | 'knownWell'
  | 'doNotPair'
  | 'preferredPartnerEmail'
  | 'registeredWithEmail'
  | 'notes'
  | 'custom'
  | 'status'
  | 'optedInOn'
  | 'trialEndsOn';

/** A change to some editable fields. */
export type ParticipantChange = Partial<Pick<Participant, EditableField>>;

/** A refused change: which field and why, in words for the coordinator. */
export interface ParticipantProblem {
  ok: false;
  field: EditableField;
  message: string;
}

/** What the checks need to know beyond the record itself. */
export interface ParticipantContext {
  /** The program's whole catalog (retired included). */
  catalog: readonly Competency[];
  /** Participants who may hold the email key being saved (any status); others are ignored. */
  emailHolders: readonly Pick<Participant, 'id' | 'name' | 'programId' | 'emailKey'>[];
  /** Participants the record links to (knownWell, doNotPair), looked up by id. */
  people: ReadonlyMap<string, Pick<Participant, 'id' | 'name' | 'programId'>>;
}

/** The merge key of an email address: trimmed, NFC, lower case (as imports compute it). */
export function emailKeyOf(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u2028\u2029\ufeff]/g;

/** A single-line value as stored: NFC, no control characters, tabs/breaks as spaces, trimmed. */
export function cleanLineText(value: string): string {
  return value
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Notes as stored: NFC, line breaks kept as `\n`, other control characters removed, trimmed. */
export function cleanNotesText(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(/\t/g, ' ').trim();
}

// Local part: anything but spaces and list separators; domain: dotted labels ending in letters.
const EMAIL_PATTERN =
  /^[^\s@<>()[\]\\,;:"]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$/u;

/** True for something that looks like name@example.org. */
export function isEmailAddress(value: string): boolean {
  return value.length <= EMAIL_MAX && EMAIL_PATTERN.test(value);
}

const LINE_FIELDS = ['department', 'jobTitle', 'location', 'manager'] as const;
const LINE_LABELS: Record<(typeof LINE_FIELDS)[number], string> = {
  department: 'Department',
  jobTitle: 'Job title',
  location: 'Location',
  manager: 'Manager',
};
const STAGES: readonly CareerStage[] = ['early', 'mid', 'late'];

function problem(field: EditableField, message: string): ParticipantProblem {
  return { ok: false, field, message };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function checkCompetencies(
  field: 'offers' | 'wants',
  ids: readonly string[],
  before: readonly string[],
  catalog: ReadonlyMap<string, Competency>,
): string[] | ParticipantProblem {
  const list = unique(ids);
  for (const id of list) {
    const c = catalog.get(id);
    if (!c) return problem(field, 'One of the chosen competencies is not in this program’s catalog. Reload and choose again.');
    if (c.retired && !before.includes(id)) {
      return problem(field, `${c.name} is retired and can no longer be chosen. Pick a competency in use.`);
    }
  }
  return list;
}

function checkPeople(
  field: 'knownWell' | 'doNotPair',
  ids: readonly string[],
  self: Pick<Participant, 'id' | 'programId'>,
  people: ParticipantContext['people'],
): string[] | ParticipantProblem {
  const list = unique(ids);
  for (const id of list) {
    if (id === self.id) return problem(field, 'A person cannot be on their own list.');
    const other = people.get(id);
    if (!other || other.programId !== self.programId) {
      return problem(field, 'One of the chosen people is no longer in this program. Reload and choose again.');
    }
  }
  return list;
}

function checkPartnerEmail(
  field: 'preferredPartnerEmail' | 'registeredWithEmail',
  value: string,
  ownKey: string,
): string | ParticipantProblem {
  const key = emailKeyOf(cleanLineText(value));
  if (key === '') return '';
  if (!isEmailAddress(key)) return problem(field, `${value.trim()} is not an email address. Use one like name@example.org.`);
  if (key === ownKey) return problem(field, 'This is the person’s own email address. Choose someone else.');
  return key;
}

/**
 * The stored record with `change` applied and checked. Returns the next record (same
 * `updatedAt`; the caller stamps it) and whether anything differs, or the first problem.
 */
export function applyParticipantChange(
  stored: Participant,
  change: ParticipantChange,
  context: ParticipantContext,
): { ok: true; next: Participant; changed: boolean } | ParticipantProblem {
  const next: Participant = { ...stored };
  const catalog = new Map(context.catalog.map((c) => [c.id, c]));

  if (change.name !== undefined) {
    const name = cleanLineText(change.name);
    if (name === '') return problem('name', 'Enter the person’s name: it is how they appear on lists and letters.');
    if (name.length > NAME_MAX) return problem('name', `Keep the name under ${NAME_MAX} characters.`);
    next.name = name;
  }
  for (const field of ['firstName', 'lastName'] as const) {
    const value = change[field];
    if (value === undefined) continue;
    const clean = cleanLineText(value);
    if (clean.length > NAME_MAX) return problem(field, `Keep it under ${NAME_MAX} characters.`);
    next[field] = clean;
  }
  if (change.email !== undefined) {
    const email = cleanLineText(change.email);
    if (email === '') return problem('email', 'Enter the person’s email address: letters go to it and imports recognise people by it.');
    if (!isEmailAddress(email)) return problem('email', `${email} is not an email address. Use one like name@example.org.`);
    const key = emailKeyOf(email);
    const holder = context.emailHolders.find(
      (h) => h.id !== stored.id && h.programId === stored.programId && h.emailKey === key,
    );
    if (holder) {
      return problem('email', `${email} is already the address of ${holder.name}. Each person needs their own email address.`);
    }
    next.email = email;
    next.emailKey = key;
  }
  for (const field of LINE_FIELDS) {
    const value = change[field];
    if (value === undefined) continue;
    const clean = cleanLineText(value);
    if (clean.length > FIELD_MAX) return problem(field, `${LINE_LABELS[field]}: keep it under ${FIELD_MAX} characters.`);
    next[field] = clean;
  }
  if (change.careerStage !== undefined) {
    if (change.careerStage !== null && !STAGES.includes(change.careerStage)) {
      return problem('careerStage', 'Choose early, mid or late career, or leave it empty.');
    }
    next.careerStage = change.careerStage;
  }
  for (const field of ['offers', 'wants'] as const) {
    const value = change[field];
    if (value === undefined) continue;
    const checked = checkCompetencies(field, value, stored[field], catalog);
    if (!Array.isArray(checked)) return checked;
    next[field] = checked;
  }
  for (const field of ['knownWell', 'doNotPair'] as const) {
    const value = change[field];
    if (value === undefined) continue;
    const checked = checkPeople(field, value, stored, context.people);
    if (!Array.isArray(checked)) return checked;
    next[field] = checked;
  }
  for (const field of ['preferredPartnerEmail', 'registeredWithEmail'] as const) {
    const value = change[field];
    if (value === undefined) continue;
    const checked = checkPartnerEmail(field, value, next.emailKey);
    if (typeof checked !== 'string') return checked;
    next[field] = checked;
  }
  if (change.notes !== undefined) {
    const notes = cleanNotesText(change.notes);
    if (notes.length > NOTES_MAX) return problem('notes', `Keep notes under ${NOTES_MAX} characters.`);
    next.notes = notes;
  }
  if (change.custom !== undefined) {
    const custom: Record<string, string> = {};
    for (const [key, value] of Object.entries(change.custom)) {
      const clean = cleanLineText(value);
      if (clean.length > FIELD_MAX) return problem('custom', `${key}: keep it under ${FIELD_MAX} characters.`);
      custom[key] = clean;
    }
    next.custom = custom;
  }
  if (change.status !== undefined) {
    if (!PARTICIPANT_STATUSES.includes(change.status))
      return problem('status', 'Choose interested, opted in, active or withdrawn.');
    next.status = change.status;
  }
  for (const field of ['optedInOn', 'trialEndsOn'] as const) {
    const value = change[field];
    if (value === undefined) continue;
    const clean = value.trim();
    if (clean !== '' && !isIsoDate(clean)) return problem(field, 'Pick a day from the calendar, or leave it empty.');
    next[field] = clean;
  }
  if ((next.optedInOn ?? '') !== '' && (next.trialEndsOn ?? '') !== '' && (next.trialEndsOn ?? '') < (next.optedInOn ?? '')) {
    return problem('trialEndsOn', 'The trial period cannot end before the person opted in. Pick a later day.');
  }
  return { ok: true, next, changed: JSON.stringify(next) !== JSON.stringify(stored) };
}

/** What the add-participant form asks for. */
export interface NewParticipantInput {
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  department: string;
  jobTitle: string;
  careerStage: CareerStage | null;
  location: string;
  manager: string;
}

/**
 * A new, checked participant from the form. A blank display name is made from the first and last
 * names; first and last names are not guessed from the display name.
 */
export function createParticipant(
  input: NewParticipantInput,
  meta: { id: string; programId: string; now: string },
  context: ParticipantContext,
): { ok: true; participant: Participant } | ParticipantProblem {
  const first = cleanLineText(input.firstName);
  const last = cleanLineText(input.lastName);
  const name = cleanLineText(input.name) || [first, last].filter((s) => s !== '').join(' ');
  const blank: Participant = {
    id: meta.id,
    programId: meta.programId,
    emailKey: '',
    email: '',
    firstName: '',
    lastName: '',
    name: '',
    department: '',
    jobTitle: '',
    careerStage: null,
    location: '',
    manager: '',
    offers: [],
    wants: [],
    knownWell: [],
    doNotPair: [],
    preferredPartnerEmail: '',
    registeredWithEmail: '',
    notes: '',
    custom: {},
    status: 'active',
    createdAt: meta.now,
    updatedAt: meta.now,
  };
  const result = applyParticipantChange(
    blank,
    {
      name,
      firstName: first,
      lastName: last,
      email: input.email,
      department: input.department,
      jobTitle: input.jobTitle,
      careerStage: input.careerStage,
      location: input.location,
      manager: input.manager,
    },
    context,
  );
  if (!result.ok) return result;
  return { ok: true, participant: result.next };
}

/**
 * Competencies a person both offers and wants, in the order of their offers: usually a slip
 * when the inventory was filled in, so the screen asks which it is.
 */
export function offeredAndWanted(p: Pick<Participant, 'offers' | 'wants'>): string[] {
  const wants = new Set(p.wants);
  return [...new Set(p.offers)].filter((id) => wants.has(id));
}

/** The change that keeps `competencyId` on one side only. */
export function keepOnOneSide(p: Pick<Participant, 'offers' | 'wants'>, competencyId: string, side: 'offers' | 'wants'): ParticipantChange {
  return side === 'offers' ? { wants: p.wants.filter((id) => id !== competencyId) } : { offers: p.offers.filter((id) => id !== competencyId) };
}
