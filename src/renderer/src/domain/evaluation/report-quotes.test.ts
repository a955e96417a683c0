import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFeedback } from '../../../../../test/support/evaluation';
import { person } from '../../../../../test/support/participants';
import { reportQuotes } from './report-quotes';

const departments = ['Finance', 'Nursing', 'Pharmacy'];

const program = fc
  .array(
    fc.record({
      department: fc.constantFrom(...departments, ''),
      quote: fc.oneof(fc.constant(''), fc.constantFrom('It helped.', 'Time was short.', 'Great partner.'), fc.string({ maxLength: 20 })),
      consent: fc.constantFrom('no' as const, 'anonymous' as const, 'named' as const),
      answered: fc.boolean(),
    }),
    { maxLength: 12 },
  )
  .map((rows) => {
    const people = rows.map((r, i) => person({ id: `p${i}`, name: `Person Number${i}`, department: r.department }));
    const feedback = rows.flatMap((r, i) => (r.answered ? [makeFeedback(`p${i}`, { quote: r.quote, quoteConsent: r.consent })] : []));
    return { people, feedback };
  });

describe('quotes in the program report', () => {
  it('prints only quotes people agreed to share, names only those who asked to be named, each quote once', () => {
    fc.assert(
      fc.property(program, ({ people, feedback }) => {
        const quotes = reportQuotes(feedback, people);
        const sizes = new Map(departments.map((d) => [d, people.filter((p) => p.department === d).length]));
        for (const q of quotes) {
          const from = feedback.filter((f) => f.quote.trim().replace(/^["\u201c\u201d]+|["\u201c\u201d]+$/g, '').trim() === q.text);
          expect(from.length).toBeGreaterThan(0);
          expect(from.some((f) => f.quoteConsent !== 'no')).toBe(true);
          if (q.by.startsWith('a participant')) {
            expect(q.by).not.toMatch(/Number/);
            const department = /^a participant in (.+)$/.exec(q.by)?.[1];
            if (department !== undefined) expect(sizes.get(department) ?? 0).toBeGreaterThanOrEqual(3);
          } else {
            expect(from.some((f) => f.quoteConsent === 'named' && q.by.startsWith(people.find((p) => p.id === f.participantId)?.name ?? '?'))).toBe(true);
          }
        }
        expect(new Set(quotes.map((q) => q.text.toLowerCase())).size).toBe(quotes.length);
        const shareable = new Set(
          feedback.filter((f) => f.quoteConsent !== 'no' && f.quote.trim().replace(/^["\u201c\u201d]+|["\u201c\u201d]+$/g, '').trim() !== '').map((f) => f.quote.trim().toLowerCase()),
        );
        expect(quotes.length).toBeLessThanOrEqual(shareable.size);
      }),
    );
  });

  it('says "a participant in Finance" only where three or more people share the department', () => {
    const people = [
      person({ id: 'a', name: 'Ann Lee', department: 'Finance' }),
      person({ id: 'b', name: 'Bo Chen', department: 'Finance' }),
      person({ id: 'c', name: 'Cy Diaz', department: 'Finance' }),
      person({ id: 'd', name: 'Dee Fox', department: 'Legal' }),
    ];
    expect(
      reportQuotes(
        [
          makeFeedback('a', { quote: '“It changed how I plan.”', quoteConsent: 'anonymous' }),
          makeFeedback('d', { quote: 'Worth the time.', quoteConsent: 'anonymous' }),
          makeFeedback('b', { quote: 'Please name me.', quoteConsent: 'named' }),
          makeFeedback('c', { quote: 'Keep this private.', quoteConsent: 'no' }),
        ],
        people,
      ),
    ).toEqual([
      { text: 'Please name me.', by: 'Bo Chen, Finance' },
      { text: 'It changed how I plan.', by: 'a participant in Finance' },
      { text: 'Worth the time.', by: 'a participant' },
    ]);
  });
});
