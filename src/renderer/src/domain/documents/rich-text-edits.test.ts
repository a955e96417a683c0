import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRichText, richTextToPlain } from './rich-text';
import { toggleBold, toggleLineFormat, type LineFormat } from './rich-text-edits';

const selectionArb = fc
  .record({ text: fc.string({ maxLength: 60, unit: fc.constantFrom('a', 'b', ' ', '\n', 'é') }), a: fc.nat(), b: fc.nat() })
  .map(({ text, a, b }) => {
    const x = a % (text.length + 1);
    const y = b % (text.length + 1);
    return { text, start: Math.min(x, y), end: Math.max(x, y) };
  });

describe('formatting buttons', () => {
  it('bold wraps the selected words and a second press takes the stars away again', () => {
    const once = toggleBold({ text: 'Be available when you say', start: 3, end: 12 });
    expect(once).toEqual({ text: 'Be **available** when you say', start: 5, end: 14 });
    expect(toggleBold(once)).toEqual({ text: 'Be available when you say', start: 3, end: 12 });
  });

  it('bold with nothing selected inserts a bold word, selected so typing replaces it', () => {
    expect(toggleBold({ text: 'Hi ', start: 3, end: 3 })).toEqual({ text: 'Hi **bold text**', start: 5, end: 14 });
  });

  it('bold always leaves the words as they were, now in one bold run', () => {
    fc.assert(
      fc.property(selectionArb, (sel) => {
        const next = toggleBold(sel);
        expect(next.text.replace(/\*\*(bold text)?\*\*|\*\*/g, '')).toBe(sel.text.replace(/\*\*/g, ''));
        expect(next.start).toBeLessThanOrEqual(next.end);
      }),
    );
  });

  it('lists and headings switch every selected line, numbered from 1, and back', () => {
    const text = 'Intro\nfirst\nsecond\n\nthird';
    const numbered = toggleLineFormat({ text, start: 7, end: text.length }, 'numbered');
    expect(numbered.text).toBe('Intro\n1. first\n2. second\n\n3. third');
    expect(toggleLineFormat(numbered, 'numbered').text).toBe(text);
    expect(toggleLineFormat({ text: numbered.text, start: 7, end: 9 }, 'bullets').text).toBe('Intro\n- first\n2. second\n\n3. third');
    expect(toggleLineFormat({ text: 'Title', start: 0, end: 0 }, 'heading').text).toBe('## Title');
  });

  it('a line format keeps every word and gives the parsed text the chosen kind of block', () => {
    fc.assert(
      fc.property(selectionArb, fc.constantFrom<LineFormat>('heading', 'bullets', 'numbered'), (sel, format) => {
        const next = toggleLineFormat(sel, format);
        const words = (s: string): string[] => richTextToPlain(parseRichText(s)).replace(/^(•|\d+\.) /gm, '').split(/\s+/).filter((w) => w !== '');
        expect(words(next.text)).toEqual(words(sel.text));
      }),
    );
  });
});
