import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactNumbers } from './numbering';

describe('team numbers without gaps', () => {
  it('closes the gaps a break leaves, keeping the order', () => {
    expect(compactNumbers([1, 2, 4, 5], 0)).toEqual([1, 2, 3, 4]);
    expect(compactNumbers([14, 12, 17], 10)).toEqual([12, 11, 13]);
  });

  it('numbers base+1 … base+n with no gaps and keeps every relative order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 40 }),
        fc.nat(50),
        (numbers, base) => {
          const out = compactNumbers(numbers, base);
          expect([...out].sort((a, b) => a - b)).toEqual(numbers.map((_, i) => base + i + 1));
          for (let i = 0; i < numbers.length; i += 1)
            for (let j = 0; j < numbers.length; j += 1) {
              const before = numbers[i]! < numbers[j]! || (numbers[i] === numbers[j] && i < j);
              if (before) expect(out[i]!).toBeLessThan(out[j]!);
            }
        },
      ),
    );
  });
});
