import { describe, expect, it } from 'vitest';
import { canonicalEncoding, decodeRosterBytes, decodeWindows1252 } from './decode-bytes';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let o = 0;
  if (bom) {
    out[o++] = littleEndian ? 0xff : 0xfe;
    out[o++] = littleEndian ? 0xfe : 0xff;
  }
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out[o++] = littleEndian ? u & 0xff : u >> 8;
    out[o++] = littleEndian ? u >> 8 : u & 0xff;
  }
  return out;
}

function decoded(bytes: Uint8Array, encoding?: string): { text: string; encoding: string; warning?: string } {
  const r = decodeRosterBytes(bytes, encoding);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('decodeRosterBytes', () => {
  it('reads UTF-8 with a BOM and leaves the BOM out of the text', () => {
    const r = decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Name,Email\nRenée,r@x.org')]));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('Name,Email\nRenée,r@x.org');
  });

  it('reads UTF-8 without a BOM', () => {
    const r = decoded(utf8('Müller,Zoë'));
    expect(r).toMatchObject({ encoding: 'utf-8', text: 'Müller,Zoë' });
  });

  it('reads UTF-16LE and UTF-16BE by their BOM', () => {
    expect(decoded(utf16('Name\tÉquipe', true, true))).toMatchObject({ encoding: 'utf-16le', text: 'Name\tÉquipe' });
    expect(decoded(utf16('Name\tÉquipe', false, true))).toMatchObject({ encoding: 'utf-16be', text: 'Name\tÉquipe' });
  });

  it('recognises UTF-16 written without a BOM from its zero bytes', () => {
    expect(decoded(utf16('Name\tEmail\r\nAda\ta@x.org', true, false))).toMatchObject({ encoding: 'utf-16le', text: 'Name\tEmail\r\nAda\ta@x.org' });
    expect(decoded(utf16('Name\tEmail\r\nAda\ta@x.org', false, false)).encoding).toBe('utf-16be');
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8, including the curly apostrophe 0x92', () => {
    // "O’Brien;Strauß;Peña;é" in Windows-1252.
    const bytes = new Uint8Array([0x4f, 0x92, 0x42, 0x72, 0x69, 0x65, 0x6e, 0x3b, 0x53, 0x74, 0x72, 0x61, 0x75, 0xdf, 0x3b, 0x50, 0x65, 0xf1, 0x61, 0x3b, 0xe9]);
    const r = decoded(bytes);
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('O\u2019Brien;Strauß;Peña;é');
  });

  it('uses the encoding the coordinator picks, and warns when characters are lost', () => {
    const latin = new Uint8Array([0x43, 0x61, 0x66, 0xe9]); // "Café" in Windows-1252
    expect(decoded(latin, 'latin1')).toMatchObject({ encoding: 'windows-1252', text: 'Café' });
    const asUtf8 = decoded(latin, 'utf-8');
    expect(asUtf8.text).toBe('Caf\ufffd');
    expect(asUtf8.warning).toMatch(/could not be read as utf-8/);
  });

  it('refuses an unknown encoding label with a message', () => {
    const r = decodeRosterBytes(utf8('a'), 'klingon-8');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('"klingon-8" is not a text encoding');
  });
});

describe('decodeWindows1252', () => {
  it('maps the 0x80–0x9F block to the characters Excel means', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x85]))).toBe('€‘’“”–—…');
  });
  it('maps every other byte to the same code point', () => {
    const bytes = new Uint8Array(256);
    for (let i = 0; i < 256; i++) bytes[i] = i;
    const text = decodeWindows1252(bytes);
    expect(text.length).toBe(256);
    for (const i of [0x41, 0xa0, 0xdf, 0xe9, 0xff]) expect(text.charCodeAt(i)).toBe(i);
  });
});

describe('canonicalEncoding', () => {
  it('gives WHATWG names for labels and null for unknown ones', () => {
    expect(canonicalEncoding('UTF8')).toBe('utf-8');
    expect(canonicalEncoding('cp1252')).toBe('windows-1252');
    expect(canonicalEncoding('unicode')).toBe('utf-16le');
    expect(canonicalEncoding('nope')).toBeNull();
  });
});
