import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartSvg, niceMax, textWidth, wrapText, type ChartSpec } from './chart-svg';

const label = fc.string({ minLength: 1, maxLength: 40 });
const value = fc.double({ min: 0, max: 500, noNaN: true });
const bars = fc.array(fc.record({ label, value }), { minLength: 1, maxLength: 12 });
const multi = (series: number) =>
  fc.array(fc.record({ label, values: fc.array(value, { minLength: series, maxLength: series }) }), { minLength: 1, maxLength: 10 });

const spec: fc.Arbitrary<ChartSpec> = fc.oneof(
  fc.record({ kind: fc.constant('bars' as const), orientation: fc.constantFrom('horizontal' as const, 'vertical' as const), bars }),
  fc.record({ kind: fc.constant('stacked' as const), series: fc.constant(['Equal', 'One way', 'Not said']), bars: multi(3) }),
  fc.record({ kind: fc.constant('grouped' as const), series: fc.constant(['Start', 'End']), groups: multi(2), max: fc.constant(5) }),
);

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The text nodes of an SVG, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1] ?? ''));
}

describe('SVG charts', () => {
  it('are well-formed, finite, as wide as asked, and print every value given as text', () => {
    fc.assert(
      fc.property(spec, fc.integer({ min: 400, max: 900 }), (s, width) => {
        const chart = chartSvg(s, width);
        expect(chart.widthPx).toBe(width);
        expect(chart.heightPx).toBeGreaterThan(40);
        expect(chart.svg).not.toMatch(/NaN|Infinity|undefined/);
        // Every element closes: tags balance.
        const opened = (chart.svg.match(/<(svg|text)\b/g) ?? []).length;
        const closed = (chart.svg.match(/<\/(svg|text)>/g) ?? []).length;
        expect(closed).toBe(opened);
        const printed = texts(chart.svg).join('\n');
        const shown = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));
        if (s.kind === 'bars') for (const b of s.bars) expect(printed).toContain(shown(b.value));
        if (s.kind === 'grouped') for (const g of s.groups) for (const v of g.values) expect(printed).toContain(shown(v));
      }),
    );
  });

  it('prints every label that fits whole, on at most three lines', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ label: fc.stringMatching(/^[A-Za-z]{1,10}( [A-Za-z]{1,10}){0,2}$/), value }), { minLength: 1, maxLength: 6 }), fc.constantFrom('horizontal' as const, 'vertical' as const), (data, orientation) => {
        const printed = texts(chartSvg({ kind: 'bars', orientation, bars: data }, 642).svg).join(' ');
        const words = printed.split(/\s+/);
        for (const b of data) for (const w of b.label.split(' ')) expect(words).toContain(w);
      }),
    );
  });

  it('grows with the number of bars, so many bars never overlap', () => {
    const one = chartSvg({ kind: 'bars', orientation: 'horizontal', bars: [{ label: 'A', value: 1 }] }, 642);
    const ten = chartSvg({ kind: 'bars', orientation: 'horizontal', bars: Array.from({ length: 10 }, (_, i) => ({ label: `B${i}`, value: i })) }, 642);
    expect(ten.heightPx).toBeGreaterThan(one.heightPx + 9 * 20);
  });

  it('puts the axis end at a round number at or above the largest value', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), (v) => {
        const max = niceMax(v);
        expect(max).toBeGreaterThanOrEqual(v - 1e-9);
        expect(max).toBeLessThanOrEqual(Math.max(2 * v, 1) + 1e-9);
      }),
    );
    expect([niceMax(28), niceMax(48), niceMax(5), niceMax(0)]).toEqual([30, 50, 5, 1]);
  });

  it('wraps long labels at spaces, within the width, cutting with "…" only what does not fit', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 12 }), fc.integer({ min: 80, max: 300 }), (words, width) => {
        const lines = wrapText(words.join(' '), width, 12, 3);
        expect(lines.length).toBeLessThanOrEqual(3);
        for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
        const joined = lines.join(' ');
        if (joined.endsWith('\u2026')) expect(words.join(' ').startsWith(joined.slice(0, -1).trimEnd())).toBe(true);
        else expect(joined).toBe(words.join(' '));
      }),
    );
  });

  it('cuts a first word wider than the line instead of letting it run out (found by the fuzz run)', () => {
    const lines = wrapText('aawaaamaawaa a', 80, 12, 3);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(80);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('\u2026')).toBe(true);
    expect('aawaaamaawaa'.startsWith(lines[0]!.slice(0, -1))).toBe(true);
  });

  it('escapes text, so a label with markup stays text', () => {
    const { svg } = chartSvg({ kind: 'bars', orientation: 'horizontal', bars: [{ label: 'R&D <lab> "x"', value: 3 }] }, 642);
    expect(svg).toContain('R&amp;D &lt;lab&gt; &quot;x&quot;');
    expect(svg).not.toContain('<lab>');
  });
});
