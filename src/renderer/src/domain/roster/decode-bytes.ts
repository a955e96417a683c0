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

/**
 * Decode roster bytes. With `encoding` given (the coordinator's choice), decode with it and warn
 * if characters were lost; without it, detect. The byte-order mark is never part of the text.
 */
export function decodeRosterBytes(bytes: Uint8Array, encoding?: string): DecodeResult {
  if (encoding !== undefined && encoding.trim() !== '') {
    const canonical = canonicalEncoding(encoding);
    if (canonical === null) {
      return {
        ok: false,
        message: `"${encoding}" is not a text encoding Peer Mentor Desk knows. Choose one from the list, for example UTF-8 or Windows-1252.`,
      };
    }
    const bom = bomEncoding(bytes);
    // A BOM of the chosen encoding is dropped; any other BOM would show up as junk, which is the
    // visible hint the coordinator needs that the choice is wrong.
    const text = decodeWith(canonical, bytes, bom !== canonical);
    const lost = text.includes('\ufffd');
    return lost
      ? {
          ok: true,
          text,
          encoding: canonical,
          warning: `Some characters could not be read as ${canonical}: they show as "\ufffd". Try another encoding (UTF-8 or Windows-1252 for most Excel files).`,
        }
      : { ok: true, text, encoding: canonical };
  }

  const detected = bomEncoding(bytes) ?? guessBomlessUtf16(bytes);
  if (detected !== null) {
    return { ok: true, text: new TextDecoder(detected).decode(bytes), encoding: detected };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: every byte sequence is valid Windows-1252, the usual Excel "CSV" encoding.
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
