/**
 * `mailto:` links that open the coordinator's mail program with the addresses, a subject and a
 * short body filled in (RFC 6068). Everything is percent-encoded as UTF-8 — "+" and "&" too, so
 * "Zoë & José" never turns into "Zoë " or "Zoë  José" — and line breaks are sent as CRLF.
 */
import { formatLongDate, isIsoDate } from '../domain/schedule/iso-dates';
import { joinNames, teamLabel, type LetterModel } from '../domain/documents/document-models';

/** What a composed email holds. */
export interface MailDraft {
  to: readonly string[];
  subject: string;
  body: string;
}

/** Encodes one address: everything but the "@" is escaped, so "+" or "&" in it survive. */
function encodeAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, '@');
}

/** Encodes a header value; line breaks become CRLF as RFC 6068 asks. */
function encodeHeader(value: string): string {
  return encodeURIComponent(value.replace(/\r\n|\r|\n/g, '\r\n'));
}

/**
 * The `mailto:` URL for a draft: recipients (trimmed, empty and repeated ones left out)
 * separated by commas, then subject and body. Contains only ASCII, no spaces.
 */
export function buildMailtoUrl(draft: MailDraft): string {
  const seen = new Set<string>();
  const to: string[] = [];
  for (const raw of draft.to) {
    const address = raw.trim();
    const key = address.toLowerCase();
    if (address === '' || seen.has(key)) continue;
    seen.add(key);
    to.push(address);
  }
  const query: string[] = [];
  if (draft.subject !== '') query.push(`subject=${encodeHeader(draft.subject)}`);
  if (draft.body !== '') query.push(`body=${encodeHeader(draft.body)}`);
  return `mailto:${to.map(encodeAddress).join(',')}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** Addresses as people paste them into a mail program's "To" field. */
export function addressLine(addresses: readonly string[]): string {
  return addresses
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .join('; ');
}

/** Who sends the pairing emails and for which program. */
export interface LetterMailContext {
  programName: string;
  coordinatorName: string;
  /** The coordinator's role for the sign-off, as the letter gives it (empty: no role line). */
  coordinatorRole?: string;
}

/**
 * The email that goes with a pairing letter: to every member, naming the attached file so the
 * coordinator attaches the right one, and the date to have met by.
 */
export function letterMailDraft(
  ctx: LetterMailContext,
  letter: LetterModel,
  fileName: string,
): MailDraft {
  const { team } = letter;
  const firstNames = joinNames(team.members.map((m) => m.firstName));
  const partners =
    team.kind === 'pair' ? 'peer mentoring partners' : `a peer mentoring ${team.kind}`;
  const meetBy = isIsoDate(letter.meetBy) ? formatLongDate(letter.meetBy) : '';
  const lines = [
    `Dear ${firstNames},`,
    '',
    `You are ${partners} in ${ctx.programName} (${teamLabel(team)}). Your pairing letter is attached (${fileName}): it says why you were paired, what you could work on together and when the group meetings are.`,
    '',
    ...(meetBy === '' ? [] : [`Please meet for the first time by ${meetBy}.`, '']),
    'Kind regards,',
    ctx.coordinatorName,
    ...(ctx.coordinatorRole?.trim() ? [ctx.coordinatorRole.trim()] : []),
  ];
  return {
    to: team.members.map((m) => m.email),
    subject: `${ctx.programName}: your peer mentoring ${team.kind === 'pair' ? 'partner' : team.kind}`,
    body: lines.join('\n'),
  };
}
