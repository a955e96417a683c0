/**
 * Team numbers without gaps: after teams are removed (a break, a re-run around locked teams),
 * the proposals are numbered again from `base + 1` in the order their numbers had, so "Pair 07"
 * is always the seventh and a list of 90 pairs ends at 90.
 */

/**
 * Closes the gaps in `numbers`: the result holds base+1 … base+n, and a team that came before
 * another (smaller number, or the same number earlier in the list) still does.
 */
export function compactNumbers(numbers: readonly number[], base: number): number[] {
  const order = numbers.map((n, i) => ({ n, i })).sort((a, b) => a.n - b.n || a.i - b.i);
  const out: number[] = new Array<number>(numbers.length);
  order.forEach(({ i }, rank) => {
    out[i] = base + rank + 1;
  });
  return out;
}
