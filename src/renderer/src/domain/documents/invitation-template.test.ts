import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INVITATION,
  INVITATION_PLACEHOLDERS,
  invitationValues,
  readInvitation,
  renderInvitation,
  validateInvitation,
  type InvitationPlaceholder,
} from './invitation-template';

const program = {
  name: 'Finance Peer Mentoring',
  organisation: 'Northwind Health',
  coordinatorName: 'Inès Laurent',
  coordinatorEmail: 'ines@northwind.example',
  cycleStart: '2027-09-14',
  cycleEnd: '2028-05-30',
  registrationDeadline: '2027-08-31',
};
const session = { kind: 'awareness' as const, date: '2027-08-24', startTime: '12:00', minutes: 60, place: 'Room 4.12' };
const values = invitationValues(program, [session], '2027-08-01');

const literal = fc.string({ maxLength: 20 }).map((s) => s.replace(/[{}]/g, ''));
const placeholder = fc.constantFrom(...INVITATION_PLACEHOLDERS);

describe('invitation template', () => {
  it('fills the default with the program’s real names and dates, nothing left unfilled', () => {
    expect(validateInvitation(DEFAULT_INVITATION)).toEqual([]);
    const filled = renderInvitation(DEFAULT_INVITATION, values);
    expect(filled.missing).toEqual([]);
    expect(filled.subject).toBe('Join Finance Peer Mentoring: learn from a colleague, and share what you know');
    for (const text of ['Finance Peer Mentoring, a peer mentoring program', 'Tuesday 31 August 2027', 'Tuesday 14 September 2027', 'Tuesday 30 May 2028', 'Inès Laurent', 'Room 4.12']) {
      expect(filled.body).toContain(text);
    }
    expect(filled.body).toContain('Tuesday 24 August 2027, 12:00');
    expect(filled.body).not.toMatch(/[{}]/);
  });

  it('says what to set when a placeholder has no value yet', () => {
    const noDeadline = invitationValues({ ...program, registrationDeadline: '' }, [], '2027-08-01');
    const filled = renderInvitation(DEFAULT_INVITATION, noDeadline);
    expect(filled.missing).toEqual([
      { placeholder: 'awarenessSession', fix: 'Set an awareness session on Schedule (today or later).' },
      { placeholder: 'registrationDeadline', fix: 'Set the registration deadline in Program setup.' },
    ]);
  });

  it('names an unknown placeholder with the one meant, and braces that do not close', () => {
    expect(validateInvitation({ subject: 'Join {programNme}', body: 'Hi {coordinator\nBye}' })).toEqual([
      { part: 'subject', line: 1, message: 'Subject: unknown placeholder {programNme}. Did you mean {programName}?' },
      { part: 'body', line: 1, message: 'Line 1: "{" is not closed with "}" on the same line.' },
      { part: 'body', line: 2, message: 'Line 2: "}" has no matching "{" before it.' },
    ]);
    expect(validateInvitation({ subject: ' ', body: '' }).map((p) => p.message)).toEqual([
      'The subject is empty: write one.',
      'The invitation text is empty: write it.',
    ]);
  });

  it('accepts any text made of known placeholders and leaves no brace when filled (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(literal, placeholder), { minLength: 1, maxLength: 6 }), literal, (parts, tail) => {
        const body = `${parts.map(([text, name]) => `${text}{${name}}`).join('')}${tail}`;
        const template = { subject: 'Join us', body };
        if (body.trim() === '') return;
        expect(validateInvitation(template)).toEqual([]);
        const filled = renderInvitation(template, values);
        expect(filled.body).not.toMatch(/[{}]/);
        expect(filled.missing).toEqual([]);
        for (const [, name] of parts) expect(filled.body).toContain(values[name]);
      }),
    );
  });

  it('flags every unknown placeholder and never prints it (property)', () => {
    const unknown = fc
      .stringMatching(/^[a-zA-Z]{1,12}$/)
      .filter((name) => !(INVITATION_PLACEHOLDERS as readonly string[]).includes(name));
    fc.assert(
      fc.property(literal, unknown, literal, (before, name, after) => {
        const template = { subject: 'Join us', body: `${before}{${name}}${after}x` };
        const problems = validateInvitation(template);
        expect(problems.some((p) => p.message.includes(`unknown placeholder {${name}}`))).toBe(true);
        expect(renderInvitation(template, values).body).toBe(`${before}${after}x`.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });

  it('reads a damaged stored value back as the default', () => {
    expect(readInvitation(null)).toEqual(DEFAULT_INVITATION);
    expect(readInvitation({ subject: 3, body: 'Hi', to: 'all@x.org' })).toEqual({ subject: DEFAULT_INVITATION.subject, body: 'Hi', to: 'all@x.org' });
    const names: InvitationPlaceholder[] = [...INVITATION_PLACEHOLDERS];
    expect(names).toContain('registrationDeadline');
  });
});
