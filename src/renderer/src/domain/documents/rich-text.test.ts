import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline, parseRichText, richTextToPlain, serializeRichText, type RichBlock, type TextRun } from './rich-text';

// Words that cannot be read as markup: letters (accents included) and inner punctuation.
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9'’,.!?:;()&@-]{0,9}$/);
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));

/** Runs in the normal form: alternate weights, single spaces, no space at either end of the whole. */
const runsArb: fc.Arbitrary<TextRun[]> = fc
  .record({ parts: fc.array(phrase, { minLength: 1, maxLength: 4 }), startBold: fc.boolean() })
  .map(({ parts, startBold }) =>
    parts.map((text, i) => ({ text: i === parts.length - 1 ? text : `${text} `, bold: (i % 2 === 0) === startBold })),
  );

const blockArb: fc.Arbitrary<RichBlock> = fc.oneof(
  runsArb.map((runs) => ({ kind: 'heading' as const, runs })),
  runsArb.map((runs) => ({ kind: 'paragraph' as const, runs })),
  fc.array(runsArb, { minLength: 1, maxLength: 5 }).map((items) => ({ kind: 'bullets' as const, items })),
  fc.array(runsArb, { minLength: 1, maxLength: 5 }).map((items) => ({ kind: 'numbered' as const, items })),
);

describe('rich text', () => {
  it('reads back what it writes: parse(serialize(blocks)) is the same blocks', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 8 }), (blocks) => {
        expect(parseRichText(serializeRichText(blocks))).toEqual(blocks);
      }),
    );
  });

  it('brings any typed text to one normal form that stays put (serialize ∘ parse is idempotent)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: fc.constantFrom('a', 'B', ' ', '\n', '*', '-', '#', '1', '.', '{', '}', 'é') }), (text) => {
        const once = serializeRichText(parseRichText(text));
        expect(serializeRichText(parseRichText(once))).toBe(once);
      }),
    );
  });

  it('keeps every word typed: the plain text holds the same words as the source, markers aside', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 6 }), (blocks) => {
        const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '');
        const plain = richTextToPlain(blocks).replace(/^(•|\d+\.) /gm, '');
        const source = blocks.flatMap((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? [b.runs] : b.items)).map((runs) => runs.map((r) => r.text).join(''));
        expect(words(plain)).toEqual(words(source.join(' ')));
      }),
    );
  });

  it('reads headings, bullets, numbered items, bold and paragraphs joined across lines', () => {
    expect(parseRichText('## Why join\nYou learn **a lot**\nfrom each other.\n\n- one\n- **two**\n1. first\n2) second')).toEqual([
      { kind: 'heading', runs: [{ text: 'Why join', bold: false }] },
      {
        kind: 'paragraph',
        runs: [
          { text: 'You learn ', bold: false },
          { text: 'a lot', bold: true },
          { text: ' from each other.', bold: false },
        ],
      },
      { kind: 'bullets', items: [[{ text: 'one', bold: false }], [{ text: 'two', bold: true }]] },
      { kind: 'numbered', items: [[{ text: 'first', bold: false }], [{ text: 'second', bold: false }]] },
    ]);
  });

  it('keeps a bold marker that was never closed as typed, so no star disappears', () => {
    expect(parseInline('a **b** c ** d')).toEqual([
      { text: 'a ', bold: false },
      { text: 'b', bold: true },
      { text: ' c ** d', bold: false },
    ]);
  });
});
