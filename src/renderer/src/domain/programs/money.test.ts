import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetTotal, formatMoney, parseMoney } from './money';

function cents(text: string): number {
  const r = parseMoney(text);
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.cents;
}

describe('parseMoney', () => {
  it('reads both decimal conventions, currency signs and codes', () => {
    expect(cents('1,234.50')).toBe(123450);
    expect(cents('1.234,50')).toBe(123450);
    expect(cents('1234,50')).toBe(123450);
    expect(cents('1234.5')).toBe(123450);
    expect(cents('€ 300')).toBe(30000);
    expect(cents('300 EUR')).toBe(30000);
    expect(cents('$1,250')).toBe(125000);
    expect(cents("CHF 1'234.50")).toBe(123450);
    expect(cents('1 234,50 €')).toBe(123450);
    expect(cents('1\u202f234,50\u00a0€')).toBe(123450);
    expect(cents('Fr. 12.05')).toBe(1205);
    expect(cents('1.234,50 kr.')).toBe(123450);
    expect(cents('1,234,567.89')).toBe(123456789);
    expect(cents('₹1,23,456.50')).toBe(12345650);
    expect(cents('.50')).toBe(50);
    expect(cents('300.')).toBe(30000);
    expect(cents('0')).toBe(0);
  });

  it('reads a lone separator before three digits as thousands', () => {
    expect(cents('1,234')).toBe(123400);
    expect(cents('1.234')).toBe(123400);
  });

  it('reads negative amounts', () => {
    expect(cents('-12.00')).toBe(-1200);
    expect(cents('-€12.00')).toBe(-1200);
    expect(cents('€-12')).toBe(-1200);
    expect(cents('(45.10)')).toBe(-4510);
    expect(cents('−3')).toBe(-300);
  });

  it('refuses what is not an amount, with a hint', () => {
    for (const text of ['', '   ', 'abc', '12abc34', '1.2.3', '1,2345', '12.345,678', '1,23.45.6', '--5', '(-5)', '€', '1.2,3', '9'.repeat(45)]) {
      const r = parseMoney(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
    }
    const decimals = parseMoney('12.345');
    expect(decimals.ok).toBe(true); // three digits after a lone separator: thousands
    const three = parseMoney('1,234.567');
    expect(three).toMatchObject({ ok: false, message: expect.stringMatching(/two decimals/) });
    expect(parseMoney('99999999999')).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
  });
});

describe('formatMoney', () => {
  it('formats cents in the locale and currency', () => {
    expect(formatMoney(123450, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(123450, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('1.234,50 €');
    expect(formatMoney(-500, 'GBP', 'en-GB')).toBe('-£5.00');
  });

  it('falls back to a plain amount for an unknown currency or locale', () => {
    expect(formatMoney(123405, 'NOT-A-CODE', 'en')).toBe('1234.05 NOT-A-CODE');
    expect(formatMoney(-5, '€€', 'en')).toBe('-0.05 €€');
  });

  it('round-trips through parseMoney in common locales (property)', () => {
    const locales = ['en-US', 'en-GB', 'en-IE', 'de-DE', 'fr-FR', 'nl-NL', 'es-ES', 'it-IT', 'de-CH', 'sv-SE', 'en-IN', 'pt-BR'];
    const currencies = ['EUR', 'USD', 'GBP', 'CHF', 'SEK'];
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }),
        fc.constantFrom(...currencies),
        fc.constantFrom(...locales),
        (amount, currency, locale) => {
          const text = formatMoney(amount, currency, locale);
          expect(parseMoney(text), text).toEqual({ ok: true, cents: amount });
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('budgetTotal', () => {
  it('sums cents exactly where floating point would not', () => {
    const lines = Array.from({ length: 10 }, (_, i) => ({ id: String(i), item: 'x', amountCents: 10 }));
    expect(budgetTotal(lines)).toBe(100);
    expect(budgetTotal([])).toBe(0);
    expect(budgetTotal([{ amountCents: 125000 }, { amountCents: 24050 }, { amountCents: -50 }])).toBe(149000);
  });
});
