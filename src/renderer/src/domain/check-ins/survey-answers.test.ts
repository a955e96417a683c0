import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../schedule/iso-dates';
import {
  dateOrderEvidence,
  readBalanceAnswer,
  readGivesMoreAnswer,
  readRatingAnswer,
  readResponseTime,
  readStatusAnswer,
} from './survey-answers';

describe('ratings', () => {
  it('read a whole number from 1 to 5, alone or followed by words', () => {
    const suffixes = ['', ' - OK', ' – some progress', '/5', ' out of 5', ' (halfway)', ': good', '. Real progress', ' good'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.constantFrom(...suffixes), fc.constantFrom('', ' '), (n, suffix, pad) => {
        expect(readRatingAnswer(`${pad}${n}${suffix}${pad}`)).toBe(n);
      }),
    );
  });

  it('refuse other numbers, decimals and words that are not on the scale; an empty cell is no rating', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }).filter((n) => n < 1 || n > 5), (n) => {
        expect(readRatingAnswer(String(n))).toBe('invalid');
      }),
    );
    for (const text of ['2.5', '3,5', '35', 'three', 'Very good', 'N/A', '0 - none']) expect(readRatingAnswer(text)).toBe('invalid');
    expect(readRatingAnswer('  ')).toBeNull();
  });

  it('read the scale words the printed form uses', () => {
    expect(readRatingAnswer('Not started')).toBe(1);
    expect(readRatingAnswer('some progress')).toBe(3);
    expect(readRatingAnswer('Real progress!')).toBe(5);
  });
});

describe('answers in words', () => {
  it('read the three statuses however they are cased or punctuated', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['On track', 'on-track'], ['Some concerns', 'some-concerns'], ['Stalled', 'stalled']),
        fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => ` ${s.replace(' ', '-')}. `),
        ([label, status], change) => {
          expect(readStatusAnswer(change(label!))).toBe(status);
        },
      ),
    );
    expect(readStatusAnswer('Brilliant')).toBeNull();
    expect(readStatusAnswer('')).toBeNull();
  });

  it('read whether contributions are equal, with a hint of who gives more when the words say it', () => {
    expect(readBalanceAnswer('Equal, both ways')).toEqual({ balance: 'equal', hint: null });
    expect(readBalanceAnswer('Mostly one way')).toEqual({ balance: 'mostly-one-way', hint: null });
    expect(readBalanceAnswer('Mostly me')).toEqual({ balance: 'mostly-one-way', hint: 'respondent' });
    expect(readBalanceAnswer('Mostly my partner')).toEqual({ balance: 'mostly-one-way', hint: 'partner' });
    expect(readBalanceAnswer('')).toEqual({ balance: 'unknown', hint: null });
    expect(readBalanceAnswer('Sort of')).toBeNull();
  });

  it('find who gives more among the team by name, first name, email, “me” or “my partner”', () => {
    const members = [
      { id: 'z', name: 'Zoë Hartmann', firstName: 'Zoë', emailKey: 'zoe.hartmann@example.org' },
      { id: 'l', name: 'Lukas Müller', firstName: 'Lukas', emailKey: 'lukas.mueller@example.org' },
    ];
    expect(readGivesMoreAnswer('zoe hartmann', members, 'l')).toBe('z');
    expect(readGivesMoreAnswer('Lukas', members, 'z')).toBe('l');
    expect(readGivesMoreAnswer('Lukas.Mueller@example.org', members, 'z')).toBe('l');
    expect(readGivesMoreAnswer('me', members, 'z')).toBe('z');
    expect(readGivesMoreAnswer('My partner', members, 'z')).toBe('l');
    expect(readGivesMoreAnswer('', members, 'z')).toBe('');
    expect(readGivesMoreAnswer('José', members, 'z')).toBeNull();
  });
});

describe('response times', () => {
  const pad = (n: number) => String(n).padStart(2, '0');

  it('read every way Forms and spreadsheets write them to the same day and moment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        (offset, h, m, s) => {
          const day = addDays('2024-01-01', offset);
          const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
          const moment = `${day}T${pad(h)}:${pad(m)}:${pad(s)}`;
          const h12 = h % 12 === 0 ? 12 : h % 12;
          const ampm = h < 12 ? 'AM' : 'PM';
          expect(readResponseTime(`${day} ${pad(h)}:${pad(m)}:${pad(s)}`, 'mdy')).toEqual({ day, moment });
          expect(readResponseTime(`${moment}.000Z`, 'dmy')).toEqual({ day, moment });
          expect(readResponseTime(`${y}/${pad(mo)}/${pad(d)} ${h12}:${pad(m)}:${pad(s)} ${ampm} GMT+1`, 'dmy')).toEqual({ day, moment });
          expect(readResponseTime(`${mo}/${d}/${y} ${h}:${pad(m)}:${pad(s)}`, 'mdy')).toEqual({ day, moment });
          expect(readResponseTime(`${pad(d)}/${pad(mo)}/${String(y).slice(2)} ${pad(h)}:${pad(m)}:${pad(s)}`, 'dmy')).toEqual({ day, moment });
          expect(readResponseTime(`${d}.${mo}.${y}`, 'dmy')).toEqual({ day, moment: day });
        },
      ),
    );
  });

  it('refuse what is not a real date and time', () => {
    for (const text of ['yesterday', '2026-02-30 10:00', '13/13/2026', '2026-10-14 25:00', '10/14/2026 13:00 PM']) {
      expect(readResponseTime(text, 'mdy')).toBeNull();
    }
  });

  it('tell from the data whether slashed dates are day or month first', () => {
    expect(dateOrderEvidence(['10/6/2026 12:09', '10/20/2026 16:52'])).toBe('mdy');
    expect(dateOrderEvidence(['06/10/2026 12:09', '20/10/2026 16:52'])).toBe('dmy');
    expect(dateOrderEvidence(['06/10/2026', '07/10/2026'])).toBe('ambiguous');
    expect(dateOrderEvidence(['20/10/2026', '10/20/2026'])).toBe('mixed');
    expect(dateOrderEvidence(['2026-10-06 12:09', ''])).toBe('none');
  });
});
