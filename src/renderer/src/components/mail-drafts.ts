/**
 * Ready-to-send e-mail drafts (.eml) for the coordinator's mail program: one per team with its
 * pairing letter attached (Send letters), and single reminders and check-in requests. The words
 * are the same as "Compose" puts in a `mailto:` link (`letterMailDraft`, the reminder text, the
 * check-in questions); only the recipients gain their names. A member without an e-mail address
 * is never dropped silently: the result names them so the screen can say who to reach another way.
 */
import type { LetterModel } from '../domain/documents/document-models';
import { composeEml, DOCX_TYPE, emlFileName, reachable, type EmlAddress } from './eml';
import { letterMailDraft, type LetterMailContext, type MailDraft } from './mailto';
import { NO_SENDER_MESSAGE } from './mail-draft-names';

/** Who the drafts come from. */
export interface Sender {
  coordinatorName: string;
  coordinatorEmail: string;
}

/** A team's letter, built, ready to attach. */
export interface LetterToSend {
  teamId: string;
  /** "Pair 07". */
  label: string;
  letter: LetterModel;
  /** The letter's .docx file. */
  file: { name: string; data: Uint8Array };
}

/** Someone an e-mail cannot reach. */
export interface NotReached {
  label: string;
  names: string[];
}

/** What preparing the letter e-mails gave. */
export interface PreparedLetterEmails {
  /** One .eml per team that has at least one address. */
  files: { name: string; data: Uint8Array }[];
  /** Teams with a draft, in the order given. */
  teamIds: string[];
  /** Members left off a draft because they have no address (their team still got one). */
  withoutAddress: NotReached[];
  /** Teams where nobody has an address: no draft. */
  nobodyReachable: NotReached[];
}

function sender(from: Sender): EmlAddress {
  if (from.coordinatorEmail.trim() === '') throw new Error(NO_SENDER_MESSAGE);
  return { name: from.coordinatorName, email: from.coordinatorEmail };
}

/** One draft per team with its letter attached; `now` is the drafts' date. */
export function prepareLetterEmails(
  ctx: LetterMailContext & Sender,
  letters: readonly LetterToSend[],
  now: Date,
): PreparedLetterEmails {
  const from = sender(ctx);
  const out: PreparedLetterEmails = {
    files: [],
    teamIds: [],
    withoutAddress: [],
    nobodyReachable: [],
  };
  for (const item of letters) {
    const { to, missing } = reachable(item.letter.team.members);
    if (to.length === 0) {
      out.nobodyReachable.push({ label: item.label, names: missing });
      continue;
    }
    if (missing.length > 0) out.withoutAddress.push({ label: item.label, names: missing });
    const draft = letterMailDraft(ctx, item.letter, item.file.name);
    out.files.push({
      name: emlFileName(item.file.name),
      data: composeEml({
        from,
        to,
        subject: draft.subject,
        body: draft.body,
        attachments: [{ fileName: item.file.name, contentType: DOCX_TYPE, data: item.file.data }],
        date: now,
      }),
    });
    out.teamIds.push(item.teamId);
  }
  return out;
}

/**
 * A single draft (a reminder, a check-in request) to named people. Refused, naming who, when
 * nobody has an address; `missing` names those left off.
 */
export function singleDraftEml(
  from: Sender,
  people: readonly { name: string; email: string }[],
  draft: Pick<MailDraft, 'subject' | 'body'>,
  now: Date,
): { data: Uint8Array; missing: string[] } {
  const address = sender(from);
  const { to, missing } = reachable(people);
  if (to.length === 0)
    throw new Error(
      `${missing.join(' and ')} ${missing.length === 1 ? 'has' : 'have'} no e-mail address: add one on Participants first.`,
    );
  return {
    data: composeEml({ from: address, to, subject: draft.subject, body: draft.body, date: now }),
    missing,
  };
}
