/**
 * E-mail drafts saved as .eml files: the coordinator opens one in Outlook, Apple Mail or
 * Thunderbird and it opens as a new message ready to send (`X-Unsent: 1`), with the addresses,
 * subject, body and attachments in place. The message is put together by `mimetext` (its
 * browser entry, which is plain JavaScript and runs in Node's tests too); this module only
 * chooses the encodings so that names like "Müller" and file names like "García & Wiśniewski"
 * arrive intact: the body and attachments in base64 (lines of 76), attachment names both as an
 * RFC 2047 word (what Outlook reads) and an RFC 2231 parameter (what the standard says).
 */
import { createMimeMessage } from 'mimetext/browser';

/** Someone the message is from or to. */
export interface EmlAddress {
  name: string;
  email: string;
}

/** A file sent with the message. */
export interface EmlAttachment {
  fileName: string;
  contentType: string;
  data: Uint8Array;
}

/** Everything a draft holds. */
export interface EmlMessage {
  from: EmlAddress;
  to: readonly EmlAddress[];
  subject: string;
  /** Plain text; line breaks are sent as CRLF. */
  body: string;
  attachments?: readonly EmlAttachment[];
  /** When the draft was prepared: its Date header (mail programs replace it when sending). */
  date: Date;
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Base64 of some bytes in lines of at most 76 characters (RFC 2045). */
export function base64Lines(data: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < data.length; i += chunk) {
    binary += String.fromCharCode(...data.subarray(i, i + chunk));
  }
  const encoded = btoa(binary);
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76) lines.push(encoded.slice(i, i + 76));
  return lines.join('\r\n');
}

const utf8 = new TextEncoder();

/** True when a header parameter can go as it is inside quotes. */
function plainParameter(value: string): boolean {
  return /^[\x20-\x7e]*$/.test(value) && !/["\\]/.test(value);
}

/** An RFC 2047 encoded word ("=?UTF-8?B?…?="). */
function encodedWord(value: string): string {
  return `=?UTF-8?B?${base64Lines(utf8.encode(value)).replace(/\r\n/g, '')}?=`;
}

/** An RFC 2231 extended parameter value ("UTF-8''Pair%2007…"). */
function extendedValue(value: string): string {
  const encoded = encodeURIComponent(value).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `UTF-8''${encoded}`;
}

/** Addresses with usable e-mail, each once (ignoring case), in the order given. */
function uniqueAddresses(to: readonly EmlAddress[]): EmlAddress[] {
  const seen = new Set<string>();
  const out: EmlAddress[] = [];
  for (const a of to) {
    const email = a.email.trim();
    const key = email.toLowerCase();
    if (email === '' || seen.has(key)) continue;
    seen.add(key);
    out.push({ name: a.name.trim().replace(/[\r\n"]+/g, ' '), email });
  }
  return out;
}

/** The .eml file of an unsent draft, as bytes (ASCII, CRLF line breaks). */
export function composeEml(message: EmlMessage): Uint8Array {
  const to = uniqueAddresses(message.to);
  if (to.length === 0) throw new Error('An e-mail needs at least one address to send to.');
  const from = message.from.email.trim();
  if (from === '') throw new Error('An e-mail needs the address it is sent from.');

  const msg = createMimeMessage();
  const fromName = message.from.name.trim();
  msg.setSender(fromName === '' ? { addr: from } : { name: fromName, addr: from });
  msg.setTo(to.map((a) => (a.name === '' ? { addr: a.email } : { name: a.name, addr: a.email })));
  msg.setSubject(message.subject.replace(/[\r\n]+/g, ' '));
  msg.setHeader('Date', message.date.toUTCString().replace(/GMT$/, '+0000'));
  msg.setHeader('X-Unsent', '1');
  msg.addMessage({
    contentType: 'text/plain',
    charset: 'UTF-8',
    encoding: 'base64',
    data: base64Lines(utf8.encode(message.body.replace(/\r\n|\r|\n/g, '\r\n'))),
  });
  for (const file of message.attachments ?? []) {
    const part = msg.addAttachment({
      filename: 'attachment',
      contentType: file.contentType,
      data: base64Lines(file.data),
    });
    const name = file.fileName;
    if (plainParameter(name)) {
      part.setHeader('Content-Type', `${file.contentType}; name="${name}"`);
      part.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    } else {
      part.setHeader('Content-Type', `${file.contentType}; name="${encodedWord(name)}"`);
      part.setHeader(
        'Content-Disposition',
        `attachment; filename="${encodedWord(name)}"; filename*=${extendedValue(name)}`,
      );
    }
  }
  return utf8.encode(msg.asRaw());
}

/** People of a team split into those an e-mail reaches and those without an address. */
export function reachable<T extends { name: string; email: string }>(
  members: readonly T[],
): { to: EmlAddress[]; missing: string[] } {
  const to: EmlAddress[] = [];
  const missing: string[] = [];
  for (const m of members) {
    if (m.email.trim() === '') missing.push(m.name.trim() || 'Someone without a name');
    else to.push({ name: m.name, email: m.email.trim() });
  }
  return { to, missing };
}

/** "Pair 07 - García & Müller.docx" → "Pair 07 - García & Müller.eml". */
export function emlFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]+$/, '')}.eml`;
}
