/**
 * Exact maximum-weight matching on a general (non-bipartite) graph, used to pair participants.
 *
 * The solver is Edmonds' primal–dual blossom algorithm (see `max-weight-matching-blossom.ts`). Large
 * graphs are solved on a sparse subgraph (each vertex's best candidate edges) and the result is then
 * proved optimal for the whole graph from the dual variables: every edge left out must have a
 * non-negative reduced cost. Edges that violate this are added and the subgraph is solved again, until
 * the dual solution is feasible for every edge. The answer is therefore always the exact optimum, with
 * a certificate, never a heuristic.
 *
 * Input conventions (checked, RangeError otherwise):
 * - `vertexCount` is a non-negative integer; vertices are 0..vertexCount-1.
 * - each edge is `[u, v, weight]` with integer endpoints in range, `u !== v` and a finite weight.
 * - parallel edges between the same pair are allowed: only the largest weight counts.
 * - without `maxCardinality`, edges of weight <= 0 are never matched (a zero-weight edge could be
 *   added to an optimum without changing its weight; it is left out).
 *
 * Arithmetic: when all weights are integers (or dyadic fractions such as 0.5 or 0.125, which are scaled
 * to integers by a power of two) and small enough that every intermediate value stays below 2^53, all
 * computations are exact (roughly: |weight| * n^2 * 64 < 2^53 with `maxCardinality`, |weight| * n * 64
 * < 2^53 without). Other weights (e.g. 0.1, or huge integers) are solved in floating point after an
 * exact power-of-two normalisation; the result is then optimal up to rounding, a relative error far
 * below 1e-9 of the largest weight.
 *
 * With `maxCardinality`, a constant larger than any possible weight difference between matchings of
 * consecutive sizes is added to every edge, so the maximum-weight matching of the shifted weights is a
 * maximum-cardinality matching of maximum weight among those, and the same dual certificate applies.
 */

import { BlossomSolver } from './max-weight-matching-blossom';

/** One candidate pair: endpoints u, v (0-based vertex ids) and its weight (pairing score). */
export type WeightedEdge = readonly [u: number, v: number, weight: number];

/** Options of the matching solvers. */
export interface MatchingOptions {
  /** Maximise the number of pairs first, then the weight among matchings of that size. */
  maxCardinality?: boolean;
}

/** Which way `solveWithCertificate` solves: whole graph, sparse subgraph + certificate, or automatic. */
export type MatchingRoute = 'auto' | 'dense' | 'sparse';

/** Options of `solveWithCertificate`. */
export interface CertifiedMatchingOptions extends MatchingOptions {
  /** 'auto' (default) picks the sparse route for graphs much denser than the candidate lists. */
  route?: MatchingRoute;
  /** Size of each vertex's initial candidate list on the sparse route (default 8). */
  candidatesPerVertex?: number;
}

/** An optimal matching and how it was obtained. */
export interface CertifiedMatching {
  /** Partner of each vertex, -1 when unmatched. */
  mate: Int32Array;
  /** The route actually used. */
  route: 'dense' | 'sparse';
  /** Number of solves until the dual certificate held for every edge (1 on the dense route). */
  rounds: number;
  /** Edges in the last graph handed to the blossom solver. */
  solvedEdges: number;
  /** Distinct edges that could be part of an optimum (parallel edges merged, and without
   * `maxCardinality` edges of weight <= 0 dropped, since an optimum never needs them). */
  usableEdges: number;
  /** True when every computation was exact (integer or dyadic weights of moderate size). */
  exactArithmetic: boolean;
}

const DEFAULT_CANDIDATES = 8;
/** The sparse route pays off once the graph has several times more edges than the candidate lists. */
const SPARSE_DENSITY_FACTOR = 3;
const TWO_POW_53 = 2 ** 53;

interface PreparedGraph {
  n: number;
  /** Smaller endpoint of each distinct edge. */
  eu: Int32Array;
  /** Larger endpoint. */
  ev: Int32Array;
  /** Weight handed to the solver: scaled, and shifted when maximising cardinality. */
  solverWeight: Float64Array;
  exact: boolean;
  /** Allowed rounding error on doubled slacks (0 in exact mode). */
  tolerance: number;
}

/**
 * Maximum-weight matching of a general graph. Returns the partner of each vertex (-1 when unmatched).
 * With `maxCardinality`, the matching has the largest possible number of pairs and, among those, the
 * largest weight. Throws RangeError on invalid input.
 */
export function maxWeightMatching(
  vertexCount: number,
  edges: readonly WeightedEdge[],
  options: MatchingOptions = {},
): Int32Array {
  return solveWithCertificate(vertexCount, edges, options).mate;
}

/**
 * Same optimum as `maxWeightMatching`, with the route used and the number of certificate rounds.
 * The sparse route solves each vertex's best candidate edges, then adds every edge whose reduced cost
 * under the final duals is negative and solves again, until no edge violates dual feasibility.
 */
export function solveWithCertificate(
  vertexCount: number,
  edges: readonly WeightedEdge[],
  options: CertifiedMatchingOptions = {},
): CertifiedMatching {
  const maxCardinality = options.maxCardinality === true;
  const route = options.route ?? 'auto';
  if (route !== 'auto' && route !== 'dense' && route !== 'sparse') {
    throw new RangeError(`route must be 'auto', 'dense' or 'sparse', got ${String(route)}`);
  }
  const k = options.candidatesPerVertex ?? DEFAULT_CANDIDATES;
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`candidatesPerVertex must be a positive integer, got ${String(k)}`);
  }
  const graph = prepareGraph(vertexCount, edges, maxCardinality);
  const n = graph.n;
  const m = graph.eu.length;
  const perVertex = Math.min(k, Math.max(n - 1, 1)); // a vertex has at most n-1 candidate edges
  const useSparse = route === 'sparse' || (route === 'auto' && m > SPARSE_DENSITY_FACTOR * k * n);

  if (!useSparse) {
    const solver = new BlossomSolver(n, graph.eu, graph.ev, graph.solverWeight);
    solver.greedyStart(graph.exact);
    solver.solve();
    const identity = new Int32Array(m);
    for (let i = 0; i < m; i++) identity[i] = i;
    // Every edge was part of the solve, so certify() throws on any violation (an internal error).
    certify(graph, solver, identity, null, perVertex);
    return {
      mate: solver.partners(),
      route: 'dense',
      rounds: 1,
      solvedEdges: m,
      usableEdges: m,
      exactArithmetic: graph.exact,
    };
  }

  const selected = selectCandidates(graph, perVertex);
  // Indices (ascending) of the edges in the current subgraph.
  let subIndex = new Int32Array(m);
  let subCount = 0;
  for (let i = 0; i < m; i++) if (selected[i] === 1) subIndex[subCount++] = i;
  subIndex = subIndex.slice(0, subCount);
  let start: StartState | null = null;
  let rounds = 0;
  for (;;) {
    rounds++;
    const su = new Int32Array(subCount);
    const sv = new Int32Array(subCount);
    const sw = new Float64Array(subCount);
    for (let j = 0; j < subCount; j++) {
      const i = subIndex[j]!;
      su[j] = graph.eu[i]!;
      sv[j] = graph.ev[i]!;
      sw[j] = graph.solverWeight[i]!;
    }
    const solver = new BlossomSolver(n, su, sv, sw);
    if (start === null) solver.greedyStart(graph.exact);
    else solver.setStart(start.dual, start.partner);
    solver.solve();
    const cert = certify(graph, solver, subIndex, selected, perVertex);
    if (cert.violated.length === 0) {
      return {
        mate: solver.partners(),
        route: 'sparse',
        rounds,
        solvedEdges: subCount,
        usableEdges: m,
        exactArithmetic: graph.exact,
      };
    }
    start = warmStart(graph, solver, subIndex, cert);
    // Merge the violated edges (ascending, all new) into the subgraph's index list.
    const added = cert.violated;
    const merged = new Int32Array(subCount + added.length);
    let x = 0;
    let y = 0;
    let z = 0;
    while (x < subCount || y < added.length) {
      if (y >= added.length || (x < subCount && subIndex[x]! < added[y]!))
        merged[z++] = subIndex[x++]!;
      else merged[z++] = added[y++]!;
    }
    for (const e of added) selected[e] = 1;
    subIndex = merged;
    subCount = merged.length;
  }
}

/** Starting point for the next solve of a growing subgraph. */
interface StartState {
  /** Doubled vertex duals, no blossoms. */
  dual: Float64Array;
  partner: Int32Array;
}

/**
 * Turns the last solve's optimum into a valid start for the enlarged subgraph. Blossom duals are
 * folded into the vertex duals (feasibility is kept, every edge's slack can only grow); matched edges
 * that lose tightness that way, i.e. those leaving a positive-dual blossom, are unmatched. Each added
 * edge with negative slack is then repaired by raising one endpoint's dual, preferably a free one,
 * else unmatching the raised vertex. The solver then only needs to settle the few free vertices with
 * positive duals instead of starting over.
 */
function warmStart(
  graph: PreparedGraph,
  solver: BlossomSolver,
  subIndex: Int32Array,
  cert: Certificate,
): StartState {
  const n = graph.n;
  const tol = graph.tolerance;
  const dual = cert.flatDual;
  const partner = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const p = solver.mate[v]!;
    if (p === -1) continue;
    const e = subIndex[p >> 1]!;
    const u = graph.eu[e]!;
    const w = graph.ev[e]!;
    if (u !== v) continue; // visit each matched edge once, from its eu side
    const slack = dual[u]! + dual[w]! - 2 * graph.solverWeight[e]!;
    if (slack <= tol) {
      partner[u] = w;
      partner[w] = u;
    }
  }
  for (const e of cert.violated) {
    const i = graph.eu[e]!;
    const j = graph.ev[e]!;
    const slack = dual[i]! + dual[j]! - 2 * graph.solverWeight[e]!;
    if (slack >= 0) continue;
    let raise = i;
    if (partner[i] !== -1 && partner[j] === -1) raise = j;
    dual[raise] = dual[raise]! - slack;
    const other = partner[raise]!;
    if (other !== -1) {
      partner[other] = -1;
      partner[raise] = -1;
    }
  }
  if (graph.exact) {
    // All free vertices with positive duals must share a parity for the solver to stay in integers.
    for (let v = 0; v < n; v++) if (partner[v] === -1 && dual[v]! % 2 !== 0) dual[v] = dual[v]! + 1;
  }
  return { dual, partner };
}

/**
 * Total weight of a matching: the sum, over matched pairs, of the largest weight among the input edges
 * joining the pair. Throws RangeError when `mate` is not symmetric or pairs vertices without an edge.
 */
export function matchingWeight(edges: readonly WeightedEdge[], mate: ArrayLike<number>): number {
  if (!Array.isArray(edges))
    throw new RangeError('edges must be an array of [u, v, weight] triples');
  const n = mate.length;
  for (let v = 0; v < n; v++) {
    const p = mate[v]!;
    if (p === -1) continue;
    if (!Number.isInteger(p) || p < 0 || p >= n || p === v || mate[p] !== v) {
      throw new RangeError(`mate is not a matching: mate[${v}] = ${String(p)}`);
    }
  }
  // Best weight of the matched pair keyed by its smaller vertex.
  const best = new Float64Array(n).fill(-Infinity);
  for (let i = 0; i < edges.length; i++) {
    const e: unknown = edges[i];
    assertEdge(e, i, n);
    const u = e[0];
    const v = e[1];
    const w = e[2];
    if (mate[u] === v) {
      const lo = u < v ? u : v;
      if (w > best[lo]!) best[lo] = w;
    }
  }
  let total = 0;
  for (let v = 0; v < n; v++) {
    const p = mate[v]!;
    if (p > v) {
      if (best[v] === -Infinity)
        throw new RangeError(`mate pairs ${v} and ${p}, which share no edge`);
      total += best[v]!;
    }
  }
  return total;
}

/** Checks one input edge; throws RangeError with its index when it is malformed. */
function assertEdge(
  e: unknown,
  i: number,
  n: number,
): asserts e is readonly [number, number, number] {
  if (!Array.isArray(e) || e.length < 3) {
    throw new RangeError(`edges[${i}] must be a [u, v, weight] triple`);
  }
  const u = e[0] as unknown;
  const v = e[1] as unknown;
  const w = e[2] as unknown;
  if (typeof u !== 'number' || !Number.isInteger(u) || u < 0 || u >= n) {
    throw new RangeError(
      `edges[${i}]: endpoint u = ${String(u)} is not a vertex id in 0..${n - 1}`,
    );
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= n) {
    throw new RangeError(
      `edges[${i}]: endpoint v = ${String(v)} is not a vertex id in 0..${n - 1}`,
    );
  }
  if (u === v) throw new RangeError(`edges[${i}]: self-loop on vertex ${u}`);
  if (typeof w !== 'number' || !Number.isFinite(w)) {
    throw new RangeError(`edges[${i}]: weight ${String(w)} is not a finite number`);
  }
}

/** Validates, merges parallel edges (keeping the maximum weight), drops useless edges and scales. */
function prepareGraph(
  vertexCount: number,
  edges: readonly WeightedEdge[],
  maxCardinality: boolean,
): PreparedGraph {
  if (typeof vertexCount !== 'number' || !Number.isInteger(vertexCount) || vertexCount < 0) {
    throw new RangeError(`vertexCount must be a non-negative integer, got ${String(vertexCount)}`);
  }
  if (vertexCount > 0x3fffffff) throw new RangeError(`vertexCount ${vertexCount} is too large`);
  if (!Array.isArray(edges)) {
    throw new RangeError('edges must be an array of [u, v, weight] triples');
  }
  const n = vertexCount;
  const input = readEdges(edges, n);
  const merged = mergeParallelEdges(input, n, maxCardinality);
  return chooseArithmetic(n, merged.eu, merged.ev, merged.weight, maxCardinality);
}

interface EdgeArrays {
  eu: Int32Array;
  ev: Int32Array;
  weight: Float64Array;
}

/**
 * One pass over the input objects (the slow part for big inputs): checks each edge and copies it into
 * typed arrays, smaller endpoint first.
 */
function readEdges(edges: readonly WeightedEdge[], n: number): EdgeArrays {
  const m0 = edges.length;
  const eu = new Int32Array(m0);
  const ev = new Int32Array(m0);
  const weight = new Float64Array(m0);
  for (let i = 0; i < m0; i++) {
    const e: unknown = edges[i];
    assertEdge(e, i, n);
    const u = e[0];
    const v = e[1];
    eu[i] = u < v ? u : v;
    ev[i] = u < v ? v : u;
    weight[i] = e[2];
  }
  return { eu, ev, weight };
}

/**
 * Groups edges by smaller endpoint (input order kept inside a group), merges parallel edges to their
 * largest weight, and without maxCardinality drops weights <= 0: an optimum never needs them, and with
 * non-negative duals their reduced cost is never negative, so the certificate covers them too. Reuses
 * the input arrays for the output.
 */
function mergeParallelEdges(input: EdgeArrays, n: number, maxCardinality: boolean): EdgeArrays {
  const m0 = input.eu.length;
  const bucketStart = new Int32Array(n + 1);
  for (let i = 0; i < m0; i++) bucketStart[input.eu[i]! + 1]!++;
  for (let v = 0; v < n; v++) bucketStart[v + 1] = bucketStart[v + 1]! + bucketStart[v]!;
  const fill = bucketStart.slice(0, n);
  const ev = new Int32Array(m0);
  const weight = new Float64Array(m0);
  for (let i = 0; i < m0; i++) {
    const slot = fill[input.eu[i]!]!++;
    ev[slot] = input.ev[i]!;
    weight[slot] = input.weight[i]!;
  }
  // The write position never passes the read position, so merging happens in place; input.eu is no
  // longer needed in input order and receives the smaller endpoints.
  const eu = input.eu;
  const seenIn = new Int32Array(n).fill(-1);
  const seenAt = new Int32Array(n);
  let m = 0;
  for (let a = 0; a < n; a++) {
    for (let s = bucketStart[a]!, end = bucketStart[a + 1]!; s < end; s++) {
      const b = ev[s]!;
      const w = weight[s]!;
      if (seenIn[b] === a) {
        const at = seenAt[b]!;
        if (w > weight[at]!) weight[at] = w;
      } else {
        seenIn[b] = a;
        seenAt[b] = m;
        eu[m] = a;
        ev[m] = b;
        weight[m] = w;
        m++;
      }
    }
  }
  let kept = 0;
  for (let i = 0; i < m; i++) {
    if (maxCardinality || weight[i]! > 0) {
      eu[kept] = eu[i]!;
      ev[kept] = ev[i]!;
      weight[kept] = weight[i]!;
      kept++;
    }
  }
  return { eu: eu.subarray(0, kept), ev: ev.subarray(0, kept), weight: weight.subarray(0, kept) };
}

/**
 * Turns the weights into solver weights, in place: scaled to integers and checked to stay exact if
 * possible, else normalised for floating point; shifted by a large constant with maxCardinality.
 */
function chooseArithmetic(
  n: number,
  eu: Int32Array,
  ev: Int32Array,
  weight: Float64Array,
  maxCardinality: boolean,
): PreparedGraph {
  const m = weight.length;
  let maxAbs = 0;
  let fractionBits = 0;
  for (let i = 0; i < m; i++) {
    const w = weight[i]!;
    const a = Math.abs(w);
    if (a > maxAbs) maxAbs = a;
    if (!Number.isInteger(w)) {
      // Smallest power of two that turns w into an integer (every finite double is dyadic).
      let x = w;
      let bits = 0;
      while (!Number.isInteger(x)) {
        x *= 2;
        bits++;
      }
      if (bits > fractionBits) fractionBits = bits;
    }
  }

  const solverWeight = weight;
  // Exact route: integers after scaling by 2^fractionBits, with all duals and slacks below 2^53. The
  // dual objective never grows during a solve, and a warm start at most about doubles it, which bounds
  // every dual by a small multiple of n times the largest weight; 64·(n+1) leaves ample margin.
  const scale = 2 ** fractionBits;
  const scaledMax = maxAbs * scale;
  const exactShift = maxCardinality ? Math.max(n - 1, 0) * scaledMax + 1 : 0;
  const exact = fractionBits <= 1023 && 64 * (n + 1) * (scaledMax + exactShift) <= TWO_POW_53;
  let tolerance = 0;
  if (exact) {
    if (scale !== 1 || exactShift !== 0) {
      for (let i = 0; i < m; i++) solverWeight[i] = solverWeight[i]! * scale + exactShift;
    }
  } else {
    // Floating-point route: normalise by a power of two (exact) so the largest weight is in (0.5, 1].
    // The factor may exceed the double range for subnormal weights, hence two steps.
    const exponent = maxAbs > 0 ? -Math.ceil(Math.log2(maxAbs)) : 0;
    const firstStep = 2 ** Math.min(exponent, 1000);
    const secondStep = 2 ** (exponent - Math.min(exponent, 1000));
    const normMax = maxAbs * firstStep * secondStep;
    const shift = maxCardinality ? n * normMax + 1 : 0;
    for (let i = 0; i < m; i++) solverWeight[i] = solverWeight[i]! * firstStep * secondStep + shift;
    tolerance = 2 * (normMax + shift) * 2 ** -30;
  }
  return { n, eu, ev, solverWeight, exact, tolerance };
}

/**
 * Per-vertex bounded selection: keeps, for every vertex, the `k` offered items with the largest key
 * (ties: smaller item id). A min-heap per vertex in flat typed arrays.
 */
class TopPerVertex {
  private readonly keys: Float64Array;
  private readonly ids: Int32Array;
  private readonly sizes: Int32Array;
  constructor(
    private readonly n: number,
    private readonly k: number,
  ) {
    this.keys = new Float64Array(n * k);
    this.ids = new Int32Array(n * k);
    this.sizes = new Int32Array(n);
  }

  /** True when (ka, ia) ranks below (kb, ib). */
  private static worse(ka: number, ia: number, kb: number, ib: number): boolean {
    return ka < kb || (ka === kb && ia > ib);
  }

  offer(v: number, key: number, id: number): void {
    const k = this.k;
    const base = v * k;
    const keys = this.keys;
    const ids = this.ids;
    const size = this.sizes[v]!;
    if (size < k) {
      let i = size;
      this.sizes[v] = size + 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopPerVertex.worse(key, id, keys[base + parent]!, ids[base + parent]!)) break;
        keys[base + i] = keys[base + parent]!;
        ids[base + i] = ids[base + parent]!;
        i = parent;
      }
      keys[base + i] = key;
      ids[base + i] = id;
      return;
    }
    if (!TopPerVertex.worse(keys[base]!, ids[base]!, key, id)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= k) break;
      let c = l;
      const r = l + 1;
      if (
        r < k &&
        TopPerVertex.worse(keys[base + r]!, ids[base + r]!, keys[base + l]!, ids[base + l]!)
      )
        c = r;
      if (!TopPerVertex.worse(keys[base + c]!, ids[base + c]!, key, id)) break;
      keys[base + i] = keys[base + c]!;
      ids[base + i] = ids[base + c]!;
      i = c;
    }
    keys[base + i] = key;
    ids[base + i] = id;
  }

  /** Sets `flags[id] = 1` for every kept item. */
  markAll(flags: Uint8Array): void {
    for (let v = 0; v < this.n; v++) {
      const base = v * this.k;
      for (let i = 0, size = this.sizes[v]!; i < size; i++) flags[this.ids[base + i]!] = 1;
    }
  }

  /** The distinct kept item ids, ascending. */
  keptIds(): number[] {
    const all: number[] = [];
    for (let v = 0; v < this.n; v++) {
      const base = v * this.k;
      for (let i = 0, size = this.sizes[v]!; i < size; i++) all.push(this.ids[base + i]!);
    }
    all.sort((x, y) => x - y);
    const out: number[] = [];
    for (const id of all) if (out.length === 0 || out[out.length - 1] !== id) out.push(id);
    return out;
  }
}

/** Initial subgraph: the union of each vertex's k heaviest edges. */
function selectCandidates(graph: PreparedGraph, k: number): Uint8Array {
  const m = graph.eu.length;
  const top = new TopPerVertex(graph.n, k);
  for (let i = 0; i < m; i++) {
    const w = graph.solverWeight[i]!;
    top.offer(graph.eu[i]!, w, i);
    top.offer(graph.ev[i]!, w, i);
  }
  const selected = new Uint8Array(m);
  top.markAll(selected);
  return selected;
}

/** Outcome of a certificate check. */
interface Certificate {
  /** Edges outside the solved subgraph with negative reduced cost (empty: optimal for the whole graph). */
  violated: number[];
  /** Doubled vertex duals with every enclosing blossom's dual folded in. */
  flatDual: Float64Array;
}

/**
 * Checks the solver's primal–dual pair against the whole graph. Complementary slackness (matched edges
 * tight, free vertices at dual zero, positive blossom duals only on full blossoms, duals non-negative)
 * must hold by construction; a failure is an internal error. Returns the edges outside the solved
 * subgraph whose reduced cost is negative (at most k per vertex, the most violated first); an empty
 * result proves the matching optimal for the whole graph.
 */
function certify(
  graph: PreparedGraph,
  solver: BlossomSolver,
  subIndex: Int32Array,
  selected: Uint8Array | null,
  k: number,
): Certificate {
  const n = graph.n;
  const tol = graph.tolerance;
  const { dual, blossomParent, inBlossom, mate } = solver;
  const fail = (what: string): never => {
    throw new Error(`maxWeightMatching: internal error, certificate check failed (${what})`);
  };

  // Depth in the blossom forest, accumulated blossom duals from the top down, and blossom sizes.
  const depth = new Int32Array(2 * n).fill(-1);
  const cumZ = new Float64Array(2 * n);
  const chain: number[] = [];
  const live = (x: number): boolean => x < n || solver.blossomBase[x]! >= 0;
  for (let x = 0; x < 2 * n; x++) {
    if (!live(x) || depth[x] !== -1) continue;
    let y = x;
    while (y !== -1 && depth[y] === -1) {
      chain.push(y);
      y = blossomParent[y]!;
    }
    while (chain.length > 0) {
      const z = chain.pop()!;
      const parent = blossomParent[z]!;
      depth[z] = parent === -1 ? 0 : depth[parent]! + 1;
      cumZ[z] = (z >= n ? dual[z]! : 0) + (parent === -1 ? 0 : cumZ[parent]!);
    }
  }
  const lca = (a: number, b: number): number => {
    let x = a;
    let y = b;
    while (depth[x]! > depth[y]!) x = blossomParent[x]!;
    while (depth[y]! > depth[x]!) y = blossomParent[y]!;
    while (x !== y) {
      x = blossomParent[x]!;
      y = blossomParent[y]!;
    }
    return x;
  };
  const slackOf = (i: number, j: number, w: number): number => {
    let s = dual[i]! + dual[j]! - 2 * w;
    if (inBlossom[i] === inBlossom[j]) s += 2 * cumZ[lca(i, j)]!;
    return s;
  };

  // Complementary slackness.
  const size = new Int32Array(2 * n);
  const pairsInside = new Int32Array(2 * n);
  for (let v = 0; v < n; v++) {
    if (!(dual[v]! >= -tol)) fail(`negative dual at vertex ${v}`);
    for (let b = blossomParent[v]!; b !== -1; b = blossomParent[b]!) size[b]!++;
    const p = mate[v]!;
    if (p === -1) {
      if (!(Math.abs(dual[v]!) <= tol)) fail(`free vertex ${v} has a positive dual`);
      continue;
    }
    const e = subIndex[p >> 1]!;
    const u = graph.eu[e]!;
    const w = graph.ev[e]!;
    if (u !== v && w !== v) fail(`mate of ${v} is not incident`);
    if (v === u) {
      if (!(Math.abs(slackOf(u, w, graph.solverWeight[e]!)) <= tol))
        fail(`matched edge ${u}-${w} not tight`);
      if (inBlossom[u] === inBlossom[w]) {
        for (let b = lca(u, w); b !== -1; b = blossomParent[b]!) pairsInside[b]!++;
      }
    }
  }
  for (let b = n; b < 2 * n; b++) {
    if (!live(b)) continue;
    if (!(dual[b]! >= -tol)) fail(`negative blossom dual`);
    if (dual[b]! > tol && 2 * pairsInside[b]! + 1 !== size[b])
      fail(`blossom with positive dual is not full`);
  }

  // Dual feasibility on every edge; violations outside the subgraph are returned. Blossom duals only
  // add slack, so the common-ancestor sum is needed only when the vertex duals alone fall short.
  const m = graph.eu.length;
  const { eu, ev, solverWeight } = graph;
  const top = new TopPerVertex(n, k);
  let violations = 0;
  for (let e = 0; e < m; e++) {
    const i = eu[e]!;
    const j = ev[e]!;
    let s = dual[i]! + dual[j]! - 2 * solverWeight[e]!;
    if (s >= -tol) continue;
    if (inBlossom[i] === inBlossom[j]) {
      s += 2 * cumZ[lca(i, j)]!;
      if (s >= -tol) continue;
    }
    if (selected === null || selected[e] === 1)
      fail(`edge ${i}-${j} of the solved graph has negative slack`);
    top.offer(i, -s, e);
    top.offer(j, -s, e);
    violations++;
  }
  const flatDual = new Float64Array(n);
  for (let v = 0; v < n; v++) flatDual[v] = dual[v]! + cumZ[v]!;
  return { violated: violations === 0 ? [] : top.keptIds(), flatDual };
}
