/**
 * Registering someone by hand (they phoned or e-mailed): one person, or a team of two who
 * register together. Worked out before anything is written: the new records, and the colleague
 * already on the roster who gets linked, or the first problem (with the field it belongs to).
 * People who register together carry each other's e-mail in `registeredWithEmail`, so pairing
 * keeps them together.
 */
import type { Competency, Participant, ProgramEvent } from '../model';
import { withStatus } from './opt-in';
import { applyParticipantChange, cleanLineText, createParticipant, emailKeyOf } from './participant-rules';

/** With whom the person registers. */
export type RegisterPartner =
  | { kind: 'none' }
  | { kind: 'new'; name: string; email: string }
  | { kind: 'existing'; participantId: string };

export interface RegistrationInput {
  name: string;
  email: string;
  department: string;
  offers: string[];
  wants: string[];
  partner: RegisterPartner;
  /** New people start interested, or opted in today. */
  status: 'interested' | 'opted-in';
}

export type RegistrationField = 'name' | 'email' | 'department' | 'offers' | 'wants' | 'partnerName' | 'partnerEmail' | 'partner';

export type RegistrationPlan =
  | { ok: true; added: Participant[]; linked: { before: Participant; after: Participant } | null }
  | { ok: false; field: RegistrationField; message: string };

export interface RegistrationContext {
  catalog: readonly Competency[];
  /** Everyone in the program (any status). */
  people: readonly Participant[];
  events: readonly Pick<ProgramEvent, 'kind' | 'date'>[];
}

const EMPTY_DETAILS = { firstName: '', lastName: '', jobTitle: '', careerStage: null, location: '', manager: '' };

type Refusal = { ok: false; field: RegistrationField; message: string };

function fail(field: RegistrationField, message: string): Refusal {
  return { ok: false, field, message };
}

/** The checked records of a registration, or the first problem; nothing is written here. */
export function planRegistration(
  input: RegistrationInput,
  meta: { ids: readonly [string, string]; programId: string; now: string; today: string },
  context: RegistrationContext,
): RegistrationPlan {
  const holders = context.people.filter((p) => p.programId === meta.programId);
  const base = { catalog: context.catalog, emailHolders: holders, people: new Map<string, Participant>() };
  const make = (
    id: string,
    name: string,
    email: string,
    department: string,
    field: 'main' | 'partner',
  ): { ok: true; participant: Participant } | Refusal => {
    const created = createParticipant(
      { ...EMPTY_DETAILS, name, email, department },
      { id, programId: meta.programId, now: meta.now },
      base,
    );
    if (created.ok) return created;
    if (field === 'main') return fail(created.field === 'email' ? 'email' : created.field === 'department' ? 'department' : 'name', created.message);
    return fail(created.field === 'email' ? 'partnerEmail' : 'partnerName', `The colleague: ${created.message}`);
  };

  const main = make(meta.ids[0], input.name, input.email, input.department, 'main');
  if (!main.ok) return main;
  const withChoices = applyParticipantChange(main.participant, { offers: input.offers, wants: input.wants }, base);
  if (!withChoices.ok) return fail(withChoices.field === 'wants' ? 'wants' : 'offers', withChoices.message);
  let person = withStatus(withChoices.next, input.status, meta.today, context.events);

  const partner = input.partner;
  if (partner.kind === 'none') return { ok: true, added: [person], linked: null };

  if (partner.kind === 'new') {
    if (emailKeyOf(cleanLineText(partner.email)) === person.emailKey)
      return fail('partnerEmail', 'The colleague needs their own e-mail address, not the same one. Type theirs.');
    const other = make(meta.ids[1], partner.name, partner.email, '', 'partner');
    if (!other.ok) return other;
    const colleague = { ...withStatus(other.participant, input.status, meta.today, context.events), registeredWithEmail: person.emailKey };
    person = { ...person, registeredWithEmail: colleague.emailKey };
    return { ok: true, added: [person, colleague], linked: null };
  }

  const existing = holders.find((p) => p.id === partner.participantId);
  if (!existing) return fail('partner', 'That colleague is no longer in this program. Choose again.');
  if (existing.status === 'withdrawn')
    return fail('partner', `${existing.name} has withdrawn. Set them back on their page first, or choose someone else.`);
  const theirs = existing.registeredWithEmail;
  if (theirs !== '' && theirs !== person.emailKey) {
    const with_ = holders.find((p) => p.emailKey === theirs);
    return fail(
      'partner',
      `${existing.name} already registered with ${with_?.name ?? theirs}. Change that on ${existing.name}’s page first, or choose someone else.`,
    );
  }
  person = { ...person, registeredWithEmail: existing.emailKey };
  const after = { ...existing, registeredWithEmail: person.emailKey, updatedAt: meta.now };
  return { ok: true, added: [person], linked: { before: existing, after } };
}
