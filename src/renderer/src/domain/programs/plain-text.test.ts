import { describe, expect, it } from 'vitest';
import { hasControlCharacters } from './plain-text';

describe('hasControlCharacters', () => {
  it('finds C0 and C1 controls and allows line breaks only when asked', () => {
    expect(hasControlCharacters('Zoë Müller — Ngozi')).toBe(false);
    expect(hasControlCharacters('a\u0000b')).toBe(true);
    expect(hasControlCharacters('a\u0085b')).toBe(true);
    expect(hasControlCharacters('a\u007fb')).toBe(true);
    expect(hasControlCharacters('one\ntwo')).toBe(true);
    expect(hasControlCharacters('one\r\ntwo\tthree', true)).toBe(false);
    expect(hasControlCharacters('bell\u0007', true)).toBe(true);
  });
});
