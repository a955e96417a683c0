import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../main/security';
import type { LetterModel } from '../domain/documents/document-models';
import { addressLine, buildMailtoUrl, letterMailDraft } from './mailto';

/** What a mail program reads back out of the link. */
function readBack(url: string): { to: string[]; subject: string | null; body: string | null } {
  const parsed = new URL(url);
  expect(parsed.protocol).toBe('mailto:');
  const to = parsed.pathname === '' ? [] : parsed.pathname.split(',').map(decodeURIComponent);
  return { to, subject: parsed.searchParams.get('subject'), body: parsed.searchParams.get('body') };
}

describe('mailto links', () => {
  it('keeps accents, "&" and "+" in names and subjects exactly', () => {
    const url = buildMailtoUrl({
      to: ['zoe.hartmann@example.org', 'jose+mentoring@example.org'],
      subject: 'Zoë & José + Mei: 100% pairing',
      body: 'Dear Zoë and José,\nsee you at 12:00 — Room #4?',
    });
    expect(readBack(url)).toEqual({
      to: ['zoe.hartmann@example.org', 'jose+mentoring@example.org'],
      subject: 'Zoë & José + Mei: 100% pairing',
      body: 'Dear Zoë and José,\r\nsee you at 12:00 — Room #4?',
    });
    // "+" must be escaped: many mail programs read a bare "+" in a query as a space.
    expect(url).not.toContain('+');
    expect(url).toContain('jose%2Bmentoring@example.org');
  });

  it('lists several recipients separated by commas, without empty or repeated ones', () => {
    const url = buildMailtoUrl({
      to: [' a@example.org ', '', 'B@example.org', 'a@EXAMPLE.org', 'c@example.org'],
      subject: 'Hi',
      body: '',
    });
    expect(url).toBe('mailto:a@example.org,B@example.org,c@example.org?subject=Hi');
  });

  it('round-trips any recipients, subject and body, stays ASCII without spaces, and passes the desktop link policy', () => {
    const address = fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.domain())
      .map(([local, domain]) => `${local.replace(/[,@\s]/g, 'x')}@${domain}`)
      .filter((a) => a.trim() === a);
    fc.assert(
      fc.property(
        fc.uniqueArray(address, { minLength: 1, maxLength: 3, selector: (a) => a.toLowerCase() }),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 80 }),
        (to, subject, body) => {
          const url = buildMailtoUrl({ to, subject, body });
          const back = readBack(url);
          expect(back.to).toEqual(to);
          expect(back.subject ?? '').toBe(subject.replace(/\r\n|\r|\n/g, '\r\n'));
          expect(back.body ?? '').toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
          expect(url).toMatch(/^[\x21-\x7e]+$/);
          expect(isAllowedExternalUrl(url)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('joins addresses for pasting into a mail program', () => {
    expect(addressLine(['a@example.org', ' ', 'b@example.org '])).toBe(
      'a@example.org; b@example.org',
    );
  });
});

describe('the email that goes with a pairing letter', () => {
  const letter: LetterModel = {
    team: {
      number: 7,
      kind: 'pair',
      members: [
        {
          name: 'Zoë Hartmann',
          firstName: 'Zoë',
          lastName: 'Hartmann',
          email: 'zoe@example.org',
          jobTitle: '',
          department: '',
        },
        {
          name: 'José Ortega',
          firstName: 'José',
          lastName: 'Ortega',
          email: 'jose@example.org',
          jobTitle: '',
          department: '',
        },
      ],
      reasons: [],
      competencies: [],
      competenciesChosen: false,
      note: '',
    },
    schedule: [],
    meetBy: '2026-10-31',
  };

  it('goes to both partners, names the file to attach and the date to meet by', () => {
    const draft = letterMailDraft(
      { programName: 'R&D Peer Mentoring', coordinatorName: 'Maeve Gallagher' },
      letter,
      'Pair 07 - Hartmann & Ortega.docx',
    );
    expect(draft.to).toEqual(['zoe@example.org', 'jose@example.org']);
    expect(draft.subject).toBe('R&D Peer Mentoring: your peer mentoring partner');
    expect(draft.body).toContain('Dear Zoë and José,');
    expect(draft.body).toContain('(Pair 07 - Hartmann & Ortega.docx)');
    expect(draft.body).toContain('Saturday 31 October 2026');
    expect(draft.body).toContain('Maeve Gallagher');
    // The sign-off gives the role, as the letter does.
    const signed = letterMailDraft(
      { programName: 'R&D Peer Mentoring', coordinatorName: 'Maeve Gallagher', coordinatorRole: 'Learning & Development Partner' },
      letter,
      'Pair 07 - Hartmann & Ortega.docx',
    );
    expect(signed.body.endsWith('Kind regards,\nMaeve Gallagher\nLearning & Development Partner')).toBe(true);
    const back = readBack(buildMailtoUrl(draft));
    expect(back.subject).toBe('R&D Peer Mentoring: your peer mentoring partner');
    expect(back.body).toContain('Pair 07 - Hartmann & Ortega.docx');
  });
});
