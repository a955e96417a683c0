/**
 * Budget money: amounts are integer hundredths ("cents") so sums are exact. Parsing accepts what
 * people type or paste from spreadsheets in either decimal convention; formatting uses Intl.
 */
import type { BudgetLine } from '../model';

/** Largest amount accepted, in cents (one billion in the main unit, well inside safe integers). */
export const MONEY_MAX_CENTS = 100_000_000_000;

/** Sum of budget lines in cents. */
export function budgetTotal(lines: readonly Pick<BudgetLine, 'amountCents'>[]): number {
  return lines.reduce((sum, line) => sum + line.amountCents, 0);
}

/**
 * Formats cents as money in a locale, e.g. `formatMoney(123450, 'EUR', 'de-DE')` → "1.234,50 €".
 * An unknown currency code or locale falls back to a plain "1234.50 XYZ" rather than throwing,
 * because a typo in settings must not break every screen that shows the budget.
 */
export function formatMoney(cents: number, currency: string, locale: string): string {
  const amount = cents / 100;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    const sign = cents < 0 ? '-' : '';
    const abs = Math.abs(cents);
    return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')} ${currency}`.trim();
  }
}

/** Result of reading a typed amount. */
export type ParsedMoney = { ok: true; cents: number } | { ok: false; message: string };

// A prefix or suffix may hold currency symbols and words ("€", "EUR", "Fr.", "kr."), nothing else.
// Each letter run is maximal (the lookahead) so the pattern cannot backtrack exponentially.
const AFFIX = String.raw`(?:\p{Sc}|\p{L}+(?!\p{L})\.?)*`;
const SHAPE = new RegExp(String.raw`^([-\u2212]?)(${AFFIX})([-\u2212]?)([\d.,'\u2019]*)(${AFFIX})$`, 'u');

function bad(message: string): ParsedMoney {
  return { ok: false, message };
}

/** Checks the grouped integer part: first group 1–3 digits, later groups 2–3 (3 for the last). */
function ungroup(integer: string, separator: string): string | null {
  const groups = integer.split(separator);
  if (groups.length === 1) return integer;
  const [head, ...tail] = groups;
  if (!head || !/^\d{1,3}$/.test(head)) return null;
  for (let i = 0; i < tail.length; i += 1) {
    const g = tail[i] ?? '';
    // Indian grouping (1,23,456) has groups of two before the last group of three.
    const ok = i === tail.length - 1 ? /^\d{3}$/.test(g) : /^\d{2,3}$/.test(g);
    if (!ok) return null;
  }
  return groups.join('');
}

/**
 * Reads an amount such as "1,234.50", "1.234,50", "1234,50", "€ 300", "300 EUR", "CHF 1'234.50"
 * or "-€12.00" into cents. With a single separator followed by exactly three digits ("1,234",
 * "1.234") it is read as a thousands separator, since budgets rarely have three decimals.
 */
export function parseMoney(text: string): ParsedMoney {
  let s = text.normalize('NFKC').replace(/\s+/gu, '');
  if (s.length > 40) return bad('That is too long for an amount. Type just the number, e.g. 1,250.00.');
  if (s === '') return bad('Enter an amount, for example 1250 or 1,250.00.');
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  const m = SHAPE.exec(s);
  if (!m) return bad(`“${text.trim()}” is not an amount. Type digits with an optional currency, e.g. 1,250.00 or € 300.`);
  const [, sign1 = '', , sign2 = '', number = ''] = m;
  if (sign1 && sign2) return bad('Use a single minus sign.');
  if (sign1 || sign2) {
    if (negative) return bad('Use either a minus sign or parentheses for a negative amount, not both.');
    negative = true;
  }
  if (!/\d/.test(number)) return bad('Enter digits for the amount, for example 300 or 300.00.');

  const cleaned = number.replace(/['\u2019]/g, '');
  const lastDot = cleaned.lastIndexOf('.');
  const lastComma = cleaned.lastIndexOf(',');
  let integer = cleaned;
  let fraction = '';
  let groupSep = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalSep = lastDot > lastComma ? '.' : ',';
    groupSep = decimalSep === '.' ? ',' : '.';
    const at = Math.max(lastDot, lastComma);
    integer = cleaned.slice(0, at);
    fraction = cleaned.slice(at + 1);
    if (integer.includes(decimalSep)) return bad(`“${text.trim()}” has more than one decimal separator.`);
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = cleaned.split(sep).length - 1;
    const after = cleaned.slice(cleaned.lastIndexOf(sep) + 1);
    if (count > 1 || after.length === 3) {
      groupSep = sep;
    } else {
      integer = cleaned.slice(0, cleaned.lastIndexOf(sep));
      fraction = after;
    }
  }
  if (fraction.length > 2) return bad('Use at most two decimals (cents), for example 12.50.');
  if (!/^\d*$/.test(fraction)) return bad(`“${text.trim()}” is not an amount.`);
  const digits = groupSep ? ungroup(integer, groupSep) : integer;
  if (digits === null || !/^\d*$/.test(digits)) {
    return bad(`Check the thousands separators in “${text.trim()}” (for example 1,234,567.50).`);
  }
  if (digits === '' && fraction === '') return bad('Enter digits for the amount, for example 300 or 300.00.');
  const cents = Number(digits || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MONEY_MAX_CENTS) {
    return bad('That amount is too large for a program budget. Check for extra digits.');
  }
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents };
}
