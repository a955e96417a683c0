import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../model';
import { emailKey as importEmailKey } from '../import/text-normalise';
import {
  applyParticipantChange,
  createParticipant,
  emailKeyOf,
  keepOnOneSide,
  offeredAndWanted,
  type ParticipantChange,
  type ParticipantContext,
} from './participant-rules';
import { catalogOf, person } from '../../../../../test/support/participants';

const catalog = catalogOf(['Flexibility', 'Analytical thinking', 'Oral communication']).map((c) =>
  c.id === 'c1' ? { ...c, retired: true } : c,
);
const zoe = person({ id: 'zoe', name: 'Zoë Hartmann', email: 'zoe.hartmann@example.org', offers: ['c1'] });
const jose = person({ id: 'jose', name: 'José Ortega', email: 'Jose.Ortega@example.org' });
const elsewhere = person({ id: 'far', name: 'Far Away', programId: 'other' });
const everyone = [zoe, jose, elsewhere];

const context: ParticipantContext = {
  catalog,
  emailHolders: everyone,
  people: new Map(everyone.map((p) => [p.id, p])),
};

function apply(stored: Participant, change: ParticipantChange) {
  return applyParticipantChange(stored, change, context);
}

function refused(stored: Participant, change: ParticipantChange): { field: string; message: string } {
  const result = apply(stored, change);
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

describe('emailKeyOf', () => {
  it('is the same merge key the roster import computes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        expect(emailKeyOf(s)).toBe(importEmailKey(s));
      }),
      { numRuns: 300 },
    );
  });
});

describe('applyParticipantChange', () => {
  it('requires a name and cleans it', () => {
    expect(refused(zoe, { name: '   ' })).toMatchObject({ field: 'name' });
    const result = apply(zoe, { name: '  Zoë   Hartmann-Lee \n' });
    expect(result).toMatchObject({ ok: true, changed: true, next: { name: 'Zoë Hartmann-Lee' } });
  });

  it('refuses an email another participant of the program already uses, whatever its case or form', () => {
    const dup = refused(zoe, { email: ' JOSE.ortega@EXAMPLE.org ' });
    expect(dup.field).toBe('email');
    expect(dup.message).toContain('José Ortega');
    // Composed and decomposed accents are the same address.
    const accented = person({ id: 'ines', name: 'Inès', email: 'in\u00e8s@example.org' });
    const ctx = { ...context, emailHolders: [...everyone, accented] };
    const clash = applyParticipantChange(zoe, { email: 'ine\u0300s@example.org' }, ctx);
    expect(clash.ok).toBe(false);
  });

  it('accepts an email used only in another program, and updates the merge key', () => {
    const result = apply(zoe, { email: 'Far@example.org' });
    expect(result).toMatchObject({ ok: true, next: { email: 'Far@example.org', emailKey: 'far@example.org' } });
  });

  it('refuses an empty or malformed email with the reason', () => {
    expect(refused(zoe, { email: '' }).message).toMatch(/email address/);
    expect(refused(zoe, { email: 'zoe at example' }).message).toMatch(/not an email address/);
  });

  it('lets a person keep their own address in another case', () => {
    const result = apply(zoe, { email: 'ZOE.Hartmann@example.org' });
    expect(result).toMatchObject({ ok: true, next: { emailKey: 'zoe.hartmann@example.org' } });
  });

  it('offers only competencies in use for new choices, but keeps retired ones already chosen', () => {
    expect(refused(jose, { offers: ['c1'] }).message).toMatch(/Analytical thinking is retired/);
    expect(apply(zoe, { offers: ['c1', 'c2', 'c2'] })).toMatchObject({ ok: true, next: { offers: ['c1', 'c2'] } });
    expect(refused(zoe, { wants: ['nope'] }).field).toBe('wants');
  });

  it('links only to other people of the same program', () => {
    expect(refused(zoe, { doNotPair: ['zoe'] }).message).toMatch(/own list/);
    expect(refused(zoe, { knownWell: ['far'] }).field).toBe('knownWell');
    expect(apply(zoe, { knownWell: ['jose', 'jose'] })).toMatchObject({ ok: true, next: { knownWell: ['jose'] } });
  });

  it('stores partner emails as merge keys and refuses the person’s own', () => {
    expect(apply(zoe, { preferredPartnerEmail: ' Jose.Ortega@Example.org ' })).toMatchObject({
      ok: true,
      next: { preferredPartnerEmail: 'jose.ortega@example.org' },
    });
    expect(refused(zoe, { registeredWithEmail: 'ZOE.hartmann@example.org' }).field).toBe('registeredWithEmail');
    expect(refused(zoe, { registeredWithEmail: 'not an address' }).field).toBe('registeredWithEmail');
  });

  it('says nothing changed when the cleaned value equals the stored one', () => {
    expect(apply(zoe, { department: '' })).toMatchObject({ ok: true, changed: false });
    expect(apply(zoe, { name: ' Zoë Hartmann ' })).toMatchObject({ ok: true, changed: false });
  });

  it('keeps line breaks in notes and removes control characters', () => {
    expect(apply(zoe, { notes: 'Line one\r\nLine\u0007 two ' })).toMatchObject({
      ok: true,
      next: { notes: 'Line one\nLine two' },
    });
  });

  it('refuses an unknown career stage or status', () => {
    expect(refused(zoe, { careerStage: 'senior' as never }).field).toBe('careerStage');
    expect(refused(zoe, { status: 'gone' as never }).field).toBe('status');
  });
});

describe('createParticipant', () => {
  const blank = {
    name: '',
    firstName: '',
    lastName: '',
    email: '',
    department: '',
    jobTitle: '',
    careerStage: null,
    location: '',
    manager: '',
  };
  const meta = { id: 'new', programId: 'prog', now: '2026-03-01T10:00:00.000Z' };

  it('makes the display name from first and last names when left blank', () => {
    const result = createParticipant(
      { ...blank, firstName: ' Amara ', lastName: 'Nwosu', email: 'amara@example.org', careerStage: 'early' },
      meta,
      context,
    );
    expect(result).toMatchObject({
      ok: true,
      participant: { id: 'new', name: 'Amara Nwosu', emailKey: 'amara@example.org', status: 'active', careerStage: 'early' },
    });
  });

  it('refuses a person without a name or with an address already in use', () => {
    expect(createParticipant({ ...blank, email: 'x@example.org' }, meta, context)).toMatchObject({ ok: false, field: 'name' });
    expect(createParticipant({ ...blank, name: 'Zed', email: 'zoe.hartmann@example.org' }, meta, context)).toMatchObject({
      ok: false,
      field: 'email',
    });
  });
});

describe('offered and wanted', () => {
  const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
  it('lists exactly the competencies on both sides, and keeping one side leaves no overlap for it', () => {
    fc.assert(
      fc.property(ids, ids, (offers, wants) => {
        const both = offeredAndWanted({ offers, wants });
        expect(both).toEqual(offers.filter((id) => wants.includes(id)));
        for (const id of both) {
          const asOffer = { offers, wants, ...keepOnOneSide({ offers, wants }, id, 'offers') };
          expect(asOffer.offers).toContain(id);
          expect(asOffer.wants).not.toContain(id);
          const asWant = { offers, wants, ...keepOnOneSide({ offers, wants }, id, 'wants') };
          expect(asWant.wants).toContain(id);
          expect(asWant.offers).not.toContain(id);
          // Nothing else moves.
          expect(offeredAndWanted(asOffer)).toEqual(both.filter((x) => x !== id));
        }
      }),
    );
  });
});
