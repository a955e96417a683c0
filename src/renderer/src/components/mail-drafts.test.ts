/**
 * The .eml drafts read back by another library (postal-mime), as a mail program would: who it is
 * from and to (names with accents intact), the subject, the body, the attached letter's name and
 * bytes, and the "unsent" mark that makes Outlook, Apple Mail and Thunderbird open it to send.
 */
import fc from 'fast-check';
import PostalMime, { type Email } from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { teamLabel, type DocPerson, type LetterModel } from '../domain/documents/document-models';
import { letterFileName } from '../domain/documents/pair-letters';
import { base64Lines, composeEml } from './eml';
import { draftFileName, NO_SENDER_MESSAGE } from './mail-draft-names';
import { prepareLetterEmails, type LetterToSend, singleDraftEml } from './mail-drafts';

const NOW = new Date('2026-12-06T09:30:00Z');
const CTX = {
  programName: 'Larkfield Peer Mentoring 2026–27',
  coordinatorName: 'Maeve Gallagher',
  coordinatorEmail: 'maeve.gallagher@example.org',
};

function person(firstName: string, lastName: string, email: string): DocPerson {
  return {
    name: `${firstName} ${lastName}`,
    firstName,
    lastName,
    email,
    jobTitle: '',
    department: '',
  };
}

function letter(number: number, kind: 'pair' | 'triad', members: DocPerson[]): LetterModel {
  return {
    team: { number, kind, members, reasons: [], competencies: [], competenciesChosen: false, note: '' },
    schedule: [],
    meetBy: '2027-01-31',
  };
}

/** Bytes that look like nothing in particular, as a .docx would. */
function fileBytes(seed: number, length = 3000): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A team's built letter, named as the app names it ("Pair 07 - Müller & Wiśniewska.docx"). */
function toSend(number: number, kind: 'pair' | 'triad', members: DocPerson[]): LetterToSend {
  const model = letter(number, kind, members);
  return {
    teamId: `t${number}`,
    label: teamLabel(model.team),
    letter: model,
    file: { name: letterFileName(model.team), data: fileBytes(number) },
  };
}

async function parse(data: Uint8Array): Promise<Email> {
  return PostalMime.parse(data);
}

/** Text with every line break as "\n" (mail programs show CRLF and LF alike). */
function lf(text: string | undefined): string {
  return (text ?? '').replace(/\r\n|\r/g, '\n');
}

function header(email: Email, key: string): string | undefined {
  return email.headers.find((h) => h.key === key)?.value;
}

describe('pairing letter e-mails', () => {
  const muller = person('Jörg', 'Müller', 'joerg.mueller@example.org');
  const wisniewska = person('Zofia', 'Wiśniewska', 'zofia.wisniewska@example.org');
  const garcia = person('Inés', 'García', 'ines.garcia@example.org');
  const ortega = person('José', 'Ortega', '');
  const nobody = person('Ana', 'Lopes', ' ');

  const pair = toSend(7, 'pair', [muller, wisniewska]);
  const triad = toSend(8, 'triad', [garcia, muller, wisniewska]);
  const partly = toSend(9, 'pair', [garcia, ortega]);
  const unreachable = toSend(10, 'pair', [ortega, nobody]);

  it('a pair’s draft reads back with both named addresses, the subject, the body and the letter attached byte for byte', async () => {
    const prepared = prepareLetterEmails(CTX, [pair], NOW);
    expect(prepared.files.map((f) => f.name)).toEqual(['Pair 07 - Müller & Wiśniewska.eml']);
    expect(prepared.teamIds).toEqual(['t7']);
    const email = await parse(prepared.files[0]!.data);
    expect(email.from).toEqual({ name: 'Maeve Gallagher', address: 'maeve.gallagher@example.org' });
    expect(email.to).toEqual([
      { name: 'Jörg Müller', address: 'joerg.mueller@example.org' },
      { name: 'Zofia Wiśniewska', address: 'zofia.wisniewska@example.org' },
    ]);
    expect(email.subject).toBe('Larkfield Peer Mentoring 2026–27: your peer mentoring partner');
    expect(email.text).toContain('Dear Jörg and Zofia,');
    expect(email.text).toContain(
      'Your pairing letter is attached (Pair 07 - Müller & Wiśniewska.docx)',
    );
    expect(email.text).toContain('Please meet for the first time by Sunday 31 January 2027.');
    expect(email.text?.trimEnd().endsWith('Maeve Gallagher')).toBe(true);
    expect(header(email, 'x-unsent')).toBe('1');
    expect(email.date).toBe('2026-12-06T09:30:00.000Z');
    expect(email.attachments).toHaveLength(1);
    const [attachment] = email.attachments;
    expect(attachment?.filename).toBe('Pair 07 - Müller & Wiśniewska.docx');
    expect(attachment?.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(attachment?.disposition).toBe('attachment');
    expect(new Uint8Array(attachment?.content as ArrayBuffer)).toEqual(pair.file.data);
  });

  it('a triad’s draft goes to all three and greets all three', async () => {
    const prepared = prepareLetterEmails(CTX, [triad], NOW);
    const email = await parse(prepared.files[0]!.data);
    expect(email.to?.map((a) => a.address)).toEqual([
      'ines.garcia@example.org',
      'joerg.mueller@example.org',
      'zofia.wisniewska@example.org',
    ]);
    expect(email.to?.map((a) => a.name)).toEqual([
      'Inés García',
      'Jörg Müller',
      'Zofia Wiśniewska',
    ]);
    expect(email.subject).toBe('Larkfield Peer Mentoring 2026–27: your peer mentoring triad');
    expect(email.text).toContain('Dear Inés, Jörg and Zofia,');
    expect(email.attachments[0]?.filename).toBe('Triad 08 - García, Müller & Wiśniewska.docx');
    expect(new Uint8Array(email.attachments[0]?.content as ArrayBuffer)).toEqual(triad.file.data);
  });

  it('names a member without an address instead of dropping them silently, and skips a team nobody can be reached in', async () => {
    const prepared = prepareLetterEmails(CTX, [pair, partly, unreachable, triad], NOW);
    expect(prepared.teamIds).toEqual(['t7', 't9', 't8']);
    expect(prepared.files.map((f) => f.name)).toEqual([
      'Pair 07 - Müller & Wiśniewska.eml',
      'Pair 09 - García & Ortega.eml',
      'Triad 08 - García, Müller & Wiśniewska.eml',
    ]);
    expect(prepared.withoutAddress).toEqual([{ label: 'Pair 09', names: ['José Ortega'] }]);
    expect(prepared.nobodyReachable).toEqual([
      { label: 'Pair 10', names: ['José Ortega', 'Ana Lopes'] },
    ]);
    const partial = await parse(prepared.files[1]!.data);
    expect(partial.to).toEqual([{ name: 'Inés García', address: 'ines.garcia@example.org' }]);
    // The letter still greets both: the coordinator forwards it to the one without an address.
    expect(partial.text).toContain('Dear Inés and José,');
  });

  it('refuses without the coordinator’s own address, saying where to add it', () => {
    expect(() => prepareLetterEmails({ ...CTX, coordinatorEmail: ' ' }, [pair], NOW)).toThrow(
      NO_SENDER_MESSAGE,
    );
  });
});

describe('single drafts (reminders, check-in requests)', () => {
  it('reads back with its subject, body, both people and no attachment', async () => {
    const { data, missing } = singleDraftEml(
      CTX,
      [
        { name: 'Łucja Wiśniewska', email: 'lucja@example.org' },
        { name: 'Sean Ó Briain', email: '' },
      ],
      {
        subject: 'How is your peer mentoring going?',
        body: 'Dear Łucja and Seán,\n\n1. How is it going?\n',
      },
      NOW,
    );
    expect(missing).toEqual(['Sean Ó Briain']);
    const email = await parse(data);
    expect(email.to).toEqual([{ name: 'Łucja Wiśniewska', address: 'lucja@example.org' }]);
    expect(email.subject).toBe('How is your peer mentoring going?');
    expect(lf(email.text)).toBe('Dear Łucja and Seán,\n\n1. How is it going?\n');
    expect(email.attachments).toEqual([]);
    expect(header(email, 'x-unsent')).toBe('1');
    expect(draftFileName('Check-in request', 'Pair 03')).toBe('Check-in request - Pair 03.eml');
  });

  it('refuses when nobody has an address, naming them', () => {
    expect(() =>
      singleDraftEml(
        CTX,
        [{ name: 'Sean Ó Briain', email: '' }],
        { subject: 'Hi', body: 'Hello' },
        NOW,
      ),
    ).toThrow('Sean Ó Briain has no e-mail address: add one on Participants first.');
  });
});

describe('composeEml', () => {
  it('round-trips any subject, body, names and attachment bytes, in ASCII lines of at most 998 characters', async () => {
    const name = fc
      .string({ minLength: 1, maxLength: 30 })
      .filter((s) => s.trim() !== '' && !/[\r\n"\\<>,;:@()[\]]/.test(s));
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ minLength: 1, maxLength: 60 })
          .filter((s) => s.trim() === s && !/[\r\n]/.test(s) && s !== ''),
        fc.string({ maxLength: 300 }),
        fc.uniqueArray(name, { minLength: 1, maxLength: 3 }),
        fc.uint8Array({ maxLength: 500 }),
        fc
          .string({ minLength: 1, maxLength: 40 })
          .filter((s) => /^[^\\/:*?"<>|\r\n\t]+$/.test(s) && s.trim() === s),
        async (subject, body, names, bytes, fileName) => {
          const to = names.map((n, i) => ({ name: n, email: `p${i}@example.org` }));
          const data = composeEml({
            from: { name: 'Maeve', email: 'maeve@example.org' },
            to,
            subject,
            body,
            attachments: [
              {
                fileName: `${fileName}.docx`,
                contentType: 'application/octet-stream',
                data: bytes,
              },
            ],
            date: NOW,
          });
          const raw = new TextDecoder().decode(data);
          expect(raw).toMatch(/^[\x00-\x7f]*$/);
          expect(Math.max(...raw.split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(998);
          const email = await parse(data);
          expect(email.subject).toBe(subject);
          expect(lf(email.text)).toBe(lf(body));
          expect(email.to?.map((a) => a.name)).toEqual(names.map((n) => n.trim()));
          expect(email.attachments[0]?.filename).toBe(`${fileName}.docx`);
          expect(new Uint8Array(email.attachments[0]?.content as ArrayBuffer)).toEqual(bytes);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('writes base64 in lines of at most 76 characters', () => {
    const lines = base64Lines(fileBytes(1, 1000)).split('\r\n');
    expect(lines.length).toBe(Math.ceil((Math.ceil(1000 / 3) * 4) / 76));
    expect(lines.every((l) => l.length <= 76)).toBe(true);
  });
});
