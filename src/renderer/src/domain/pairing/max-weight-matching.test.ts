import type blossomPort from 'edmonds-blossom';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  matchingWeight,
  maxWeightMatching,
  solveWithCertificate,
  type WeightedEdge,
} from './max-weight-matching';

type Edge = [number, number, number];
type BlossomPort = typeof blossomPort;

/** Exhaustive optimum over all matchings (bitmask DP), for up to ~12 vertices. */
function bruteForce(
  n: number,
  edges: readonly WeightedEdge[],
  maxCardinality: boolean,
): { weight: number; size: number } {
  const w: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(Number.NaN));
  for (const [u, v, x] of edges) {
    const cur = w[u]![v]!;
    if (Number.isNaN(cur) || x > cur) {
      w[u]![v] = x;
      w[v]![u] = x;
    }
  }
  const memoW = new Float64Array(1 << n);
  const memoS = new Int32Array(1 << n);
  const done = new Uint8Array(1 << n);
  const better = (s1: number, w1: number, s2: number, w2: number): boolean =>
    maxCardinality ? s1 > s2 || (s1 === s2 && w1 > w2) : w1 > w2;
  const solve = (mask: number): void => {
    if (done[mask] === 1) return;
    done[mask] = 1;
    if (mask === 0) return;
    let i = 0;
    while ((mask & (1 << i)) === 0) i++;
    const rest = mask & ~(1 << i);
    solve(rest);
    let bw = memoW[rest]!;
    let bs = memoS[rest]!;
    for (let j = i + 1; j < n; j++) {
      const x = w[i]![j]!;
      if ((rest & (1 << j)) === 0 || Number.isNaN(x)) continue;
      const sub = rest & ~(1 << j);
      solve(sub);
      const cw = memoW[sub]! + x;
      const cs = memoS[sub]! + 1;
      if (better(cs, cw, bs, bw)) {
        bw = cw;
        bs = cs;
      }
    }
    memoW[mask] = bw;
    memoS[mask] = bs;
  };
  const all = (1 << n) - 1;
  solve(all);
  return { weight: memoW[all]!, size: memoS[all]! };
}

function pairCount(mate: ArrayLike<number>): number {
  let count = 0;
  for (let v = 0; v < mate.length; v++) if (mate[v]! > v) count++;
  return count;
}

/** Asserts the shape of a matching: symmetric, only input edges, -1 elsewhere. */
function expectValidMatching(n: number, edges: readonly WeightedEdge[], mate: Int32Array): void {
  expect(mate).toBeInstanceOf(Int32Array);
  expect(mate.length).toBe(n);
  const pairs = new Set(edges.map(([u, v]) => (u < v ? u * n + v : v * n + u)));
  for (let v = 0; v < n; v++) {
    const p = mate[v]!;
    if (p === -1) continue;
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThan(n);
    expect(mate[p]).toBe(v);
    expect(pairs.has(v < p ? v * n + p : p * n + v)).toBe(true);
  }
}

/** Tolerance for float weights: rounding only, relative to the weights involved. */
function closeTo(a: number, b: number, edges: readonly WeightedEdge[]): boolean {
  let scale = 1;
  for (const e of edges) scale += Math.abs(e[2]);
  return Math.abs(a - b) <= 1e-9 * scale;
}

function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Model = 'uniform' | 'ties' | 'hubs' | 'negative' | 'sparse';

/**
 * Medium graphs for route comparisons. 'hubs' is adversarial for the sparse route: every vertex's
 * heaviest edges go to a few hubs, so the edges an optimum needs are in nobody's candidate list.
 */
function mediumGraph(n: number, model: Model, seed: number): Edge[] {
  const rnd = mulberry32(seed);
  const hubs = 6;
  const edges: Edge[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let w: number;
      switch (model) {
        case 'uniform':
          w = Math.floor(rnd() * 81) - 20;
          break;
        case 'ties':
          w = Math.floor(rnd() * 3) * 10;
          break;
        case 'hubs':
          if (i < hubs && j < hubs) w = Math.floor(rnd() * 5);
          else if (i < hubs) w = 100 + Math.floor(rnd() * 20);
          else w = 30 + Math.floor(rnd() * 20);
          break;
        case 'negative':
          w = i < hubs ? 50 + Math.floor(rnd() * 10) : -Math.floor(rnd() * 30) - 1;
          break;
        case 'sparse':
          if (rnd() > 0.05) continue;
          w = Math.floor(rnd() * 100);
          break;
      }
      edges.push(rnd() < 0.5 ? [i, j, w] : [j, i, w]);
    }
  }
  return edges;
}

const weightModels = {
  small: fc.integer({ min: -10, max: 10 }),
  ties: fc.constantFrom(0, 1, 2, 2, 3),
  positive: fc.integer({ min: 1, max: 1000 }),
  dyadic: fc.integer({ min: -64, max: 64 }).map((x) => x / 8),
  float: fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }),
} as const;

/** Random graph up to 12 vertices: arbitrary edge lists (parallel edges allowed) or complete graphs. */
function smallGraph(weight: fc.Arbitrary<number>): fc.Arbitrary<{ n: number; edges: Edge[] }> {
  const listed = fc.integer({ min: 0, max: 12 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges:
        n < 2
          ? fc.constant<Edge[]>([])
          : fc
              .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), weight), {
                maxLength: (n * (n - 1)) / 2 + 4,
              })
              .map((es) => es.filter(([u, v]) => u !== v)),
    }),
  );
  const complete = fc.integer({ min: 2, max: 12 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc
        .array(weight, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
        .map((ws) => {
          const es: Edge[] = [];
          let k = 0;
          for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) es.push([i, j, ws[k++]!]);
          return es;
        }),
    }),
  );
  return fc.oneof(listed, complete);
}

describe('maxWeightMatching against exhaustive search', () => {
  for (const [name, weight] of Object.entries(weightModels)) {
    const exact = name !== 'float';
    for (const maxCardinality of [false, true]) {
      it(`${name} weights, maxCardinality=${maxCardinality}`, () => {
        fc.assert(
          fc.property(smallGraph(weight), ({ n, edges }) => {
            const mate = maxWeightMatching(n, edges, { maxCardinality });
            expectValidMatching(n, edges, mate);
            const best = bruteForce(n, edges, maxCardinality);
            const got = matchingWeight(edges, mate);
            if (exact) expect(got).toBe(best.weight);
            else expect(closeTo(got, best.weight, edges)).toBe(true);
            if (maxCardinality) expect(pairCount(mate)).toBe(best.size);
          }),
          { numRuns: name === 'float' ? 300 : 450 },
        );
      });
    }
  }

  it('never uses a negative edge without maxCardinality, and matches them when cardinality asks', () => {
    const edges: Edge[] = [
      [0, 1, -5],
      [1, 2, -1],
      [2, 3, -7],
    ];
    expect(Array.from(maxWeightMatching(4, edges))).toEqual([-1, -1, -1, -1]);
    const mate = maxWeightMatching(4, edges, { maxCardinality: true });
    expect(Array.from(mate)).toEqual([1, 0, 3, 2]);
    expect(matchingWeight(edges, mate)).toBe(-12);
  });

  it('keeps the largest weight of parallel edges', () => {
    const edges: Edge[] = [
      [0, 1, 1],
      [1, 0, 9],
      [1, 2, 5],
      [2, 3, 5],
      [0, 1, 3],
    ];
    const mate = maxWeightMatching(4, edges);
    expect(Array.from(mate)).toEqual([1, 0, 3, 2]);
    expect(matchingWeight(edges, mate)).toBe(14);
  });

  it('handles empty inputs', () => {
    expect(maxWeightMatching(0, [])).toEqual(new Int32Array(0));
    expect(Array.from(maxWeightMatching(3, []))).toEqual([-1, -1, -1]);
    expect(Array.from(maxWeightMatching(3, [], { maxCardinality: true }))).toEqual([-1, -1, -1]);
  });

  it('is exact with integer and dyadic weights, and says when it is not', () => {
    expect(solveWithCertificate(3, [[0, 1, 3]]).exactArithmetic).toBe(true);
    expect(solveWithCertificate(3, [[0, 1, 0.375]]).exactArithmetic).toBe(true);
    expect(solveWithCertificate(3, [[0, 1, 0.1]]).exactArithmetic).toBe(false);
  });

  it('stays correct with weights too large for exact arithmetic', () => {
    fc.assert(
      fc.property(
        smallGraph(fc.integer({ min: -1000, max: 1000 }).map((x) => x * 1e13)),
        ({ n, edges }) => {
          for (const maxCardinality of [false, true]) {
            const mate = maxWeightMatching(n, edges, { maxCardinality });
            const best = bruteForce(n, edges, maxCardinality);
            expect(closeTo(matchingWeight(edges, mate), best.weight, edges)).toBe(true);
            if (maxCardinality) expect(pairCount(mate)).toBe(best.size);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('maxWeightMatching invariants', () => {
  const anyGraph = fc.oneof(smallGraph(weightModels.small), smallGraph(weightModels.float));

  it('returns a valid matching on medium graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 13, max: 80 }),
        fc.constantFrom<Model>('uniform', 'ties', 'hubs', 'negative', 'sparse'),
        fc.integer(),
        fc.boolean(),
        (n, model, seed, maxCardinality) => {
          const edges = mediumGraph(n, model, seed);
          expectValidMatching(n, edges, maxWeightMatching(n, edges, { maxCardinality }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyGraph, fc.boolean(), ({ n, edges }, maxCardinality) => {
        const a = maxWeightMatching(n, edges, { maxCardinality });
        const b = maxWeightMatching(
          n,
          edges.map((e): Edge => [e[0], e[1], e[2]]),
          { maxCardinality },
        );
        expect(Array.from(b)).toEqual(Array.from(a));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same total weight whatever the edge order and orientation', () => {
    fc.assert(
      fc.property(
        smallGraph(weightModels.ties).chain(({ n, edges }) =>
          fc.record({
            n: fc.constant(n),
            edges: fc.constant(edges),
            shuffled: fc.shuffledSubarray(edges, { minLength: edges.length }),
            flips: fc.array(fc.boolean(), { minLength: edges.length, maxLength: edges.length }),
          }),
        ),
        fc.boolean(),
        ({ n, edges, shuffled, flips }, maxCardinality) => {
          const permuted = shuffled.map((e, i): Edge => (flips[i] ? [e[1], e[0], e[2]] : e));
          const a = maxWeightMatching(n, edges, { maxCardinality });
          const b = maxWeightMatching(n, permuted, { maxCardinality });
          expect(matchingWeight(permuted, b)).toBe(matchingWeight(edges, a));
          // Optima may tie with different sizes unless cardinality comes first.
          if (maxCardinality) expect(pairCount(b)).toBe(pairCount(a));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('sparse route with dual certificate', () => {
  it('equals the dense route on graphs of 50 to 300 vertices', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 300 }),
        fc.constantFrom<Model>('uniform', 'ties', 'hubs', 'negative', 'sparse'),
        fc.integer(),
        fc.boolean(),
        fc.integer({ min: 1, max: 6 }),
        (n, model, seed, maxCardinality, candidatesPerVertex) => {
          const edges = mediumGraph(n, model, seed);
          const dense = solveWithCertificate(n, edges, { maxCardinality, route: 'dense' });
          const sparse = solveWithCertificate(n, edges, {
            maxCardinality,
            route: 'sparse',
            candidatesPerVertex,
          });
          expect(dense.route).toBe('dense');
          expect(sparse.route).toBe('sparse');
          expectValidMatching(n, edges, sparse.mate);
          expect(matchingWeight(edges, sparse.mate)).toBe(matchingWeight(edges, dense.mate));
          if (maxCardinality) expect(pairCount(sparse.mate)).toBe(pairCount(dense.mate));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('needs extra rounds when the optimum uses edges outside every candidate list, and still finds it', () => {
    for (const maxCardinality of [false, true]) {
      const n = 120;
      const edges = mediumGraph(n, maxCardinality ? 'negative' : 'hubs', 7);
      const sparse = solveWithCertificate(n, edges, {
        maxCardinality,
        route: 'sparse',
        candidatesPerVertex: 4,
      });
      const dense = solveWithCertificate(n, edges, { maxCardinality, route: 'dense' });
      expect(sparse.rounds).toBeGreaterThan(1);
      expect(sparse.solvedEdges).toBeLessThan(sparse.usableEdges);
      expect(matchingWeight(edges, sparse.mate)).toBe(matchingWeight(edges, dense.mate));
      expect(pairCount(sparse.mate)).toBe(n / 2);
    }
  });

  it('picks the sparse route by itself for dense graphs and the dense route for sparse ones', () => {
    const complete = mediumGraph(200, 'uniform', 3);
    expect(solveWithCertificate(200, complete).route).toBe('sparse');
    const thin = mediumGraph(200, 'sparse', 3);
    expect(solveWithCertificate(200, thin).route).toBe('dense');
  });
});

describe('agreement with edmonds-blossom-fixed', () => {
  let port: BlossomPort;
  beforeAll(async () => {
    // Imported by name at run time: the package ships no types of its own (its API is the one
    // described by @types/edmonds-blossom).
    const name = 'edmonds-blossom-fixed';
    port = ((await import(/* @vite-ignore */ name)) as { default: BlossomPort }).default;
  });

  const portMate = (n: number, edges: Edge[], maxCardinality: boolean): number[] => {
    const raw = port(edges, maxCardinality);
    return Array.from({ length: n }, (_, v) => raw[v] ?? -1);
  };

  it('same total weight on small random graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.integer(),
        fc.boolean(),
        fc.boolean(),
        (n, density, seed, maxCardinality, floats) => {
          const rnd = mulberry32(seed);
          const edges: Edge[] = [];
          for (let i = 0; i < n; i++) {
            for (let j = i + 1; j < n; j++) {
              if (rnd() >= density) continue;
              const w = floats ? rnd() * 60 - 10 : Math.floor(rnd() * 41) - 10;
              edges.push([i, j, w]);
            }
          }
          const ours = maxWeightMatching(n, edges, { maxCardinality });
          const theirs = portMate(n, edges, maxCardinality);
          expect(closeTo(matchingWeight(edges, ours), matchingWeight(edges, theirs), edges)).toBe(
            true,
          );
          if (maxCardinality) expect(pairCount(ours)).toBe(pairCount(theirs));
        },
      ),
      { numRuns: 250 },
    );
  });

  it('same total weight on graphs up to 300 vertices', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 300 }),
        fc.constantFrom<Model>('uniform', 'ties', 'hubs'),
        fc.integer(),
        fc.boolean(),
        (n, model, seed, maxCardinality) => {
          const edges = mediumGraph(n, model, seed);
          const ours = maxWeightMatching(n, edges, { maxCardinality });
          const theirs = portMate(n, edges, maxCardinality);
          expect(matchingWeight(edges, ours)).toBe(matchingWeight(edges, theirs));
          if (maxCardinality) expect(pairCount(ours)).toBe(pairCount(theirs));
        },
      ),
      { numRuns: 4 },
    );
  });
});

describe('input checks', () => {
  const bad: [string, () => unknown][] = [
    ['negative vertex count', () => maxWeightMatching(-1, [])],
    ['fractional vertex count', () => maxWeightMatching(2.5, [])],
    ['NaN vertex count', () => maxWeightMatching(Number.NaN, [])],
    ['string vertex count', () => maxWeightMatching('3' as unknown as number, [])],
    ['edges not an array', () => maxWeightMatching(3, null as unknown as Edge[])],
    ['edge not a triple', () => maxWeightMatching(3, [[0, 1] as unknown as Edge])],
    ['endpoint out of range', () => maxWeightMatching(3, [[0, 3, 1]])],
    ['negative endpoint', () => maxWeightMatching(3, [[-1, 2, 1]])],
    ['fractional endpoint', () => maxWeightMatching(3, [[0.5, 2, 1]])],
    ['self-loop', () => maxWeightMatching(3, [[1, 1, 1]])],
    ['NaN weight', () => maxWeightMatching(3, [[0, 1, Number.NaN]])],
    ['infinite weight', () => maxWeightMatching(3, [[0, 1, Number.POSITIVE_INFINITY]])],
    ['string weight', () => maxWeightMatching(3, [[0, 1, '4' as unknown as number]])],
    ['bad candidate count', () => solveWithCertificate(3, [], { candidatesPerVertex: 0 })],
    ['bad route', () => solveWithCertificate(3, [], { route: 'fast' as unknown as 'auto' })],
    ['asymmetric mate', () => matchingWeight([[0, 1, 1]], [1, -1])],
    ['mate pair without an edge', () => matchingWeight([[0, 1, 1]], [2, -1, 0])],
  ];
  for (const [what, call] of bad) {
    it(`rejects ${what} with a RangeError`, () => {
      expect(call).toThrow(RangeError);
    });
  }

  it('names the offending edge', () => {
    expect(() =>
      maxWeightMatching(4, [
        [0, 1, 1],
        [2, 9, 1],
      ]),
    ).toThrow(/edges\[1\]/);
  });
});
