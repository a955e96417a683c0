/**
 * Turns the bytes of a text roster (CSV, TSV, Excel "Unicode Text") into a string, choosing the
 * encoding the way spreadsheet programs write them: a byte-order mark wins; otherwise strict
 * UTF-8; otherwise Windows-1252, which is what Excel on Windows calls "CSV" in Western locales.
 */

/** A decoded text file, or the reason it could not be decoded. */
export type DecodeResult =
  | { ok: true; text: string; encoding: string; warning?: string }
  | { ok: false; message: string };

/** The canonical WHATWG name for an encoding label, or null if the label is unknown. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

// Windows-1252 bytes 0x80–0x9F (curly quotes, dashes, euro…); every other byte is its own code
// point. Decoded by hand because some runtimes (Node's TextDecoder among them) treat the label as
// Latin-1 and turn ’ (0x92) into an invisible control character.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decode Windows-1252 exactly as the WHATWG Encoding Standard defines it. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunk = 8192;
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(chunk, bytes.length));
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(start + chunk, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      units[i - start] = b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as number) : b;
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}

function decodeWith(encoding: string, bytes: Uint8Array, ignoreBOM = false): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { ignoreBOM }).decode(bytes);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 written without a byte-order mark still betrays itself: text in Latin scripts has a zero
 * byte in every other position. Looks at the first 512 bytes only.
 */
function guessBomlessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd / pairs > 0.6 && zeroEven / pairs < 0.05) return 'utf-16le';
  if (zeroEven / pairs > 0.6 && zeroOdd / pairs < 0.05) return 'utf-16be';
  return null;
}

// How a file is to be decoded: an encoding (the coordinator's or a byte-order mark's), or
// `null` for "strict UTF-8, else Windows-1252".
type DecodePlan =
  | { ok: false; message: string }
  | { ok: true; encoding: string | null; chosen: boolean; ignoreBOM: boolean };

function planDecoding(bytes: Uint8Array, encoding: string | undefined): DecodePlan {
  if (encoding !== undefined && encoding.trim() !== '') {
    const canonical = canonicalEncoding(encoding);
    if (canonical === null) {
      return {
        ok: false,
        message: `"${encoding}" is not a text encoding Peer Mentor Desk knows. Choose one from the list, for example UTF-8 or Windows-1252.`,
      };
    }
    // A BOM of the chosen encoding is dropped; any other BOM would show up as junk, which is the
    // visible hint the coordinator needs that the choice is wrong.
    return { ok: true, encoding: canonical, chosen: true, ignoreBOM: bomEncoding(bytes) !== canonical };
  }
  return { ok: true, encoding: bomEncoding(bytes) ?? guessBomlessUtf16(bytes), chosen: false, ignoreBOM: false };
}

/** Decode with a plan; `bytes` may be the whole file or (for sniffing) its beginning. */
function decodePlanned(
  plan: Extract<DecodePlan, { ok: true }>,
  bytes: Uint8Array,
  strict: boolean,
): { text: string; encoding: string } {
  if (plan.encoding !== null) return { text: decodeWith(plan.encoding, bytes, plan.ignoreBOM), encoding: plan.encoding };
  if (!strict) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: every byte sequence is valid Windows-1252, the usual Excel "CSV" encoding.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function lostWarning(text: string, encoding: string): string | undefined {
  return text.includes('\ufffd')
    ? `Some characters could not be read as ${encoding}: they show as "\ufffd". Try another encoding (UTF-8 or Windows-1252 for most Excel files).`
    : undefined;
}

/**
 * Decode roster bytes. With `encoding` given (the coordinator's choice), decode with it and warn
 * if characters were lost; without it, detect. The byte-order mark is never part of the text.
 */
export function decodeRosterBytes(bytes: Uint8Array, encoding?: string): DecodeResult {
  const plan = planDecoding(bytes, encoding);
  if (!plan.ok) return plan;
  const { text, encoding: used } = decodePlanned(plan, bytes, true);
  const warning = plan.chosen ? lostWarning(text, used) : undefined;
  return warning === undefined ? { ok: true, text, encoding: used } : { ok: true, text, encoding: used, warning };
}

/**
 * A decoded text file with every line break as LF, plus what the read step looks at before
 * parsing, taken from the text as decoded (line breaks untouched): its first 65,536 UTF-16 units
 * (`head`), and whether its line breaks were all alike (all CRLF, or no CR at all).
 */
export type DecodeLinesResult =
  | { ok: true; text: string; head: string; uniformBreaks: boolean; encoding: string; warning?: string }
  | { ok: false; message: string };

/** How much of `head` the read step looks at. */
export const HEAD_UNITS = 65_536;

// Encodings in which the bytes 13 and 10 only ever mean CR and LF (never part of a longer
// character), so line breaks can be rewritten on the bytes before decoding.
const ASCII_BREAK_ENCODINGS: readonly (string | null)[] = [null, 'utf-8', 'windows-1252'];

/**
 * CRLF → LF and lone CR → LF on the bytes, counting CR, CRLF and LF as found. Only for encodings
 * in ASCII_BREAK_ENCODINGS: there, decoding the result gives the same text as decoding the bytes
 * and then rewriting the line breaks, and the same verdict on whether the bytes are valid UTF-8
 * (a CR is replaced by, or dropped before, another ASCII byte, which ends a multi-byte sequence
 * just as the CR did).
 */
function breaksToLineFeeds(bytes: Uint8Array): { bytes: Uint8Array; cr: number; crlf: number } {
  let next = bytes.indexOf(13);
  if (next === -1) return { bytes, cr: 0, crlf: 0 };
  const out = bytes.slice();
  let write = next;
  let cr = 0;
  let crlf = 0;
  while (next !== -1) {
    cr++;
    let read = next + 1;
    if (bytes[read] === 10) crlf++;
    else out[write++] = 10;
    const after = bytes.indexOf(13, read);
    const end = after === -1 ? bytes.length : after;
    // Bytes up to the next CR move down as one block; `out` before `write` is already final.
    if (end > read) {
      out.copyWithin(write, read, end);
      write += end - read;
    }
    read = end;
    next = after;
  }
  return { bytes: out.subarray(0, write), cr, crlf };
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/** True when every line break of the text is CRLF, or there is no CR at all. */
function uniformBreaksIn(text: string): boolean {
  let cr = 0;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 10) return false;
    cr++;
  }
  return cr === 0 || cr === countOf(text, '\n');
}

/**
 * Decode roster bytes as `decodeRosterBytes` does, with every line break turned into LF. For
 * UTF-8 and Windows-1252 (nearly every CSV) the line breaks are rewritten on the bytes, which
 * is far cheaper than rewriting a long string; UTF-16 and other chosen encodings are rewritten
 * after decoding.
 */
export function decodeRosterLines(bytes: Uint8Array, encoding?: string): DecodeLinesResult {
  const plan = planDecoding(bytes, encoding);
  if (!plan.ok) return plan;
  let text: string;
  let used: string;
  let head: string;
  let uniformBreaks: boolean;
  if (ASCII_BREAK_ENCODINGS.includes(plan.encoding)) {
    const lines = breaksToLineFeeds(bytes);
    ({ text, encoding: used } = decodePlanned(plan, lines.bytes, true));
    if (lines.cr === 0) {
      head = text.slice(0, HEAD_UNITS);
      uniformBreaks = true;
    } else {
      // The head as decoded before the rewrite. No UTF-8 character takes more than three bytes
      // per UTF-16 unit, so this many bytes (after a BOM) give at least HEAD_UNITS units.
      const prefix = bytes.subarray(0, Math.min(bytes.length, 3 * HEAD_UNITS + 8));
      head = decodePlanned({ ...plan, encoding: plan.encoding ?? used }, prefix, false).text.slice(0, HEAD_UNITS);
      // All CRLF: no lone CR, and every LF of the rewritten text (which holds one per CRLF, per
      // lone CR and per LF) came from a CRLF.
      uniformBreaks = lines.cr === lines.crlf && lines.crlf === countOf(text, '\n');
    }
  } else {
    const decoded = decodePlanned(plan, bytes, true);
    used = decoded.encoding;
    head = decoded.text.slice(0, HEAD_UNITS);
    uniformBreaks = uniformBreaksIn(decoded.text);
    text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
  }
  const warning = plan.chosen ? lostWarning(text, used) : undefined;
  return warning === undefined
    ? { ok: true, text, head, uniformBreaks, encoding: used }
    : { ok: true, text, head, uniformBreaks, encoding: used, warning };
}
