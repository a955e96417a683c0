/**
 * Primal–dual blossom solver for maximum-weight matching on a general graph (Edmonds' algorithm in
 * the O(n^3) organisation described in Galil's 1986 survey "Efficient algorithms for finding maximum
 * matching in graphs"). Private helper of `max-weight-matching.ts`: it trusts its input (simple graph,
 * no self-loops, endpoints in range, finite weights) and leaves validation, weight scaling and the
 * optimality certificate to the caller. Written from the published description, not from a port.
 *
 * Starting points. The textbook start (every dual at the largest weight, nothing matched) is the
 * default; `greedyStart` and `setStart` begin from any dual-feasible state whose matched edges are
 * tight. Free vertices may then hold different duals, so the search is generalised in the standard
 * way: only free vertices with a positive dual root alternating trees, an augmenting path may also end
 * at a free vertex whose dual is already zero, and the dual step "delta1" stops at the smallest dual
 * of an S-vertex (if that vertex is matched, the even path from its root is flipped so that it becomes
 * the free one). The search ends when no free vertex has a positive dual: then the matching and the
 * duals satisfy complementary slackness, i.e. the matching is optimal on this edge set.
 *
 * Dual representation. Vertex duals are stored doubled: `dual[v] = 2·u_v`, so that every edge slack
 * `dual[i] + dual[j] - 2·w + 2·Σ z_B` (over blossoms B containing both ends) stays an integer when the
 * weights are integers. Blossom duals `dual[b] = z_B` (b >= n) are stored as they are. The LP slack of
 * an edge is half the stored slack; only its sign matters to the algorithm and to the certificate.
 *
 * Graph representation. Edge k has two "endpoints": 2k is its `eu[k]` end, 2k+1 its `ev[k]` end, and
 * `endp[p]` is the vertex at endpoint p. `p ^ 1` is the other end of the same edge. Vertex v's
 * adjacency (CSR) lists the endpoints at the *far* side of each incident edge. `mate[v]` is the far
 * endpoint of v's matched edge (so `endp[mate[v]]` is v's partner), or -1.
 *
 * Blossoms have ids n..2n-1; a "top-level blossom" may also be a single vertex (id < n). A blossom's
 * children form an odd cycle c_0..c_{L-1} starting at the child that holds the base. `blossomEndps[b][i]`
 * is an endpoint e with `endp[e]` in c_i and `endp[e ^ 1]` in c_{i+1 mod L}; the edges with odd i are
 * the matched ones inside b.
 */

const FREE = 0;
const S_LABEL = 1;
const T_LABEL = 2;
/** Temporary mark set on S-blossoms while two tree paths are traced towards their roots. */
const PATH_MARK = 4;

/** Edmonds/Galil primal–dual solver over one fixed edge set; set a start (optional), then `solve()` once. */
export class BlossomSolver {
  readonly n: number;
  readonly m: number;
  private readonly eu: Int32Array;
  private readonly ev: Int32Array;
  /** Twice the solver weight of each edge (the doubled-dual slack subtracts it). */
  private readonly w2: Float64Array;
  private readonly endp: Int32Array;
  private readonly adjStart: Int32Array;
  private readonly adj: Int32Array;

  /** Far endpoint of each vertex's matched edge, or -1. */
  readonly mate: Int32Array;
  /** Doubled vertex duals (0..n-1) and blossom duals z (n..2n-1). */
  readonly dual: Float64Array;
  /** Parent blossom of each vertex/blossom, -1 at top level. */
  readonly blossomParent: Int32Array;
  /** Top-level blossom containing each vertex. */
  readonly inBlossom: Int32Array;
  /** Base vertex of each blossom (vertex ids map to themselves); -1 for unused blossom ids. */
  readonly blossomBase: Int32Array;

  private readonly label: Int8Array;
  private readonly labelEnd: Int32Array;
  private readonly bestEdge: Int32Array;
  private readonly allowEdge: Uint8Array;
  private readonly childs: (Int32Array | null)[];
  private readonly endps: (Int32Array | null)[];
  private readonly bestEdgeList: (Int32Array | null)[];
  private readonly unused: Int32Array;
  private unusedTop: number;
  private readonly queue: Int32Array;
  private queueTop = 0;
  private readonly leafBuf: Int32Array;
  private readonly dfsStack: Int32Array;
  private readonly pathBuf: Int32Array;
  private readonly bestTo: Int32Array;
  private readonly touched: Int32Array;

  /** Number of stages run (augmentations + the final stage). */
  stages = 0;

  /**
   * @param n vertex count
   * @param eu first endpoint of each edge
   * @param ev second endpoint of each edge (never equal to `eu[k]`, no parallel edges)
   * @param weight solver weight of each edge (finite)
   */
  constructor(n: number, eu: Int32Array, ev: Int32Array, weight: Float64Array) {
    const m = eu.length;
    this.n = n;
    this.m = m;
    this.eu = eu;
    this.ev = ev;
    const w2 = new Float64Array(m);
    const endp = new Int32Array(2 * m);
    const degree = new Int32Array(n + 1);
    let maxWeight = 0;
    for (let k = 0; k < m; k++) {
      const wk = weight[k]!;
      w2[k] = 2 * wk;
      if (wk > maxWeight) maxWeight = wk;
      const a = eu[k]!;
      const b = ev[k]!;
      endp[2 * k] = a;
      endp[2 * k + 1] = b;
      degree[a]!++;
      degree[b]!++;
    }
    const adjStart = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) adjStart[v + 1] = adjStart[v]! + degree[v]!;
    const fill = adjStart.slice(0, n);
    const adj = new Int32Array(2 * m);
    for (let k = 0; k < m; k++) {
      adj[fill[eu[k]!]!++] = 2 * k + 1;
      adj[fill[ev[k]!]!++] = 2 * k;
    }
    this.w2 = w2;
    this.endp = endp;
    this.adjStart = adjStart;
    this.adj = adj;

    this.mate = new Int32Array(n).fill(-1);
    this.dual = new Float64Array(2 * n);
    // Every vertex starts at the largest weight (doubled dual = 2·(max/2)): all slacks are >= 0.
    this.dual.fill(maxWeight, 0, n);
    this.blossomParent = new Int32Array(2 * n).fill(-1);
    this.inBlossom = new Int32Array(n);
    this.blossomBase = new Int32Array(2 * n).fill(-1);
    for (let v = 0; v < n; v++) {
      this.inBlossom[v] = v;
      this.blossomBase[v] = v;
    }
    this.label = new Int8Array(2 * n);
    this.labelEnd = new Int32Array(2 * n).fill(-1);
    this.bestEdge = new Int32Array(2 * n).fill(-1);
    this.allowEdge = new Uint8Array(m);
    this.childs = new Array<Int32Array | null>(2 * n).fill(null);
    this.endps = new Array<Int32Array | null>(2 * n).fill(null);
    this.bestEdgeList = new Array<Int32Array | null>(2 * n).fill(null);
    this.unused = new Int32Array(n);
    // Hand out blossom ids in increasing order so runs are reproducible.
    for (let i = 0; i < n; i++) this.unused[i] = 2 * n - 1 - i;
    this.unusedTop = n;
    this.queue = new Int32Array(Math.max(1, 2 * n));
    this.leafBuf = new Int32Array(Math.max(1, n));
    this.dfsStack = new Int32Array(Math.max(1, 2 * n));
    this.pathBuf = new Int32Array(Math.max(1, 2 * n));
    this.bestTo = new Int32Array(Math.max(1, 2 * n)).fill(-1);
    this.touched = new Int32Array(Math.max(1, 2 * n));
  }

  /** Stored (doubled) slack of edge k, ignoring blossom duals: valid between different top-level blossoms. */
  private slack(k: number): number {
    return this.dual[this.eu[k]!]! + this.dual[this.ev[k]!]! - this.w2[k]!;
  }

  /** Writes the vertices inside blossom b into leafBuf; returns how many. */
  private collectLeaves(b: number): number {
    const n = this.n;
    const out = this.leafBuf;
    if (b < n) {
      out[0] = b;
      return 1;
    }
    const stack = this.dfsStack;
    let sp = 0;
    let count = 0;
    stack[sp++] = b;
    while (sp > 0) {
      const x = stack[--sp]!;
      if (x < n) {
        out[count++] = x;
      } else {
        const ch = this.childs[x]!;
        for (let i = ch.length - 1; i >= 0; i--) stack[sp++] = ch[i]!;
      }
    }
    return count;
  }

  /** Labels the top-level blossom containing w (S or T) reached through endpoint p (-1 for roots). */
  private assignLabel(w: number, t: number, p: number): void {
    const b = this.inBlossom[w]!;
    this.label[w] = t;
    this.label[b] = t;
    this.labelEnd[w] = p;
    this.labelEnd[b] = p;
    this.bestEdge[w] = -1;
    this.bestEdge[b] = -1;
    if (t === S_LABEL) {
      // Every vertex of a new S-blossom gets its edges scanned.
      const count = this.collectLeaves(b);
      for (let i = 0; i < count; i++) this.queue[this.queueTop++] = this.leafBuf[i]!;
    } else {
      // A T-blossom's base is matched; its partner's blossom becomes S.
      const base = this.blossomBase[b]!;
      const mb = this.mate[base]!;
      this.assignLabel(this.endp[mb]!, S_LABEL, mb ^ 1);
    }
  }

  /**
   * Traces the alternating-tree paths from S-vertices v and w towards their roots. Returns the base
   * of the first common S-blossom (a new blossom closes there), or -1 when the paths reach two
   * different roots (an augmenting path exists).
   */
  private scanBlossom(vStart: number, wStart: number): number {
    const path = this.pathBuf;
    let pathLen = 0;
    let base = -1;
    let v = vStart;
    let w = wStart;
    while (v !== -1) {
      let b = this.inBlossom[v]!;
      if ((this.label[b]! & PATH_MARK) !== 0) {
        base = this.blossomBase[b]!;
        break;
      }
      path[pathLen++] = b;
      this.label[b] = S_LABEL | PATH_MARK;
      if (this.labelEnd[b] === -1) {
        v = -1; // reached the root of this tree
      } else {
        // Step over the T-blossom to the next S-vertex towards the root.
        v = this.endp[this.labelEnd[b]!]!;
        b = this.inBlossom[v]!;
        v = this.endp[this.labelEnd[b]!]!;
      }
      // Alternate between the two paths while both are still climbing.
      if (w !== -1) {
        const t = v;
        v = w;
        w = t;
      }
    }
    for (let i = 0; i < pathLen; i++) this.label[path[i]!] = S_LABEL;
    return base;
  }

  /** Closes a new S-blossom with the given base through the S–S edge k. */
  private addBlossom(base: number, k: number): void {
    const { inBlossom, blossomParent, labelEnd, endp, label } = this;
    let v = this.eu[k]!;
    let w = this.ev[k]!;
    const bb = inBlossom[base]!;
    let bv = inBlossom[v]!;
    let bw = inBlossom[w]!;
    const b = this.unused[--this.unusedTop]!;
    this.blossomBase[b] = base;
    blossomParent[b] = -1;
    blossomParent[bb] = b;

    // Path from v's side back to the base blossom, collected in reverse.
    const sideChilds: number[] = [];
    const sideEndps: number[] = [];
    while (bv !== bb) {
      blossomParent[bv] = b;
      sideChilds.push(bv);
      sideEndps.push(labelEnd[bv]!);
      v = endp[labelEnd[bv]!]!;
      bv = inBlossom[v]!;
    }
    const childList: number[] = [bb];
    const endpList: number[] = [];
    for (let i = sideChilds.length - 1; i >= 0; i--) {
      childList.push(sideChilds[i]!);
      endpList.push(sideEndps[i]!);
    }
    endpList.push(2 * k);
    // Then from w's side, in order, closing the cycle at the base blossom.
    while (bw !== bb) {
      blossomParent[bw] = b;
      childList.push(bw);
      endpList.push(labelEnd[bw]! ^ 1);
      w = endp[labelEnd[bw]!]!;
      bw = inBlossom[w]!;
    }
    this.childs[b] = Int32Array.from(childList);
    this.endps[b] = Int32Array.from(endpList);

    label[b] = S_LABEL;
    labelEnd[b] = labelEnd[bb]!;
    this.dual[b] = 0;

    // Former T-vertices are now S-vertices and must be scanned.
    const count = this.collectLeaves(b);
    for (let i = 0; i < count; i++) {
      const x = this.leafBuf[i]!;
      if (label[inBlossom[x]!] === T_LABEL) this.queue[this.queueTop++] = x;
      inBlossom[x] = b;
    }

    // Least-slack edge from the new blossom to every other S-blossom (for delta3 in O(n)).
    const bestTo = this.bestTo;
    const touched = this.touched;
    let touchedCount = 0;
    for (const child of childList) {
      const list = this.bestEdgeList[child];
      if (list === null || list === undefined) {
        const leafCount = this.collectLeaves(child);
        for (let i = 0; i < leafCount; i++) {
          const x = this.leafBuf[i]!;
          for (let a = this.adjStart[x]!, end = this.adjStart[x + 1]!; a < end; a++) {
            const p = this.adj[a]!;
            const bj = inBlossom[endp[p]!]!;
            if (bj !== b && label[bj] === S_LABEL) {
              const e = p >> 1;
              const cur = bestTo[bj]!;
              if (cur === -1) {
                bestTo[bj] = e;
                touched[touchedCount++] = bj;
              } else if (this.slack(e) < this.slack(cur)) {
                bestTo[bj] = e;
              }
            }
          }
        }
      } else {
        for (let i = 0; i < list.length; i++) {
          const e = list[i]!;
          let j = this.ev[e]!;
          if (inBlossom[j] === b) j = this.eu[e]!;
          const bj = inBlossom[j]!;
          if (bj !== b && label[bj] === S_LABEL) {
            const cur = bestTo[bj]!;
            if (cur === -1) {
              bestTo[bj] = e;
              touched[touchedCount++] = bj;
            } else if (this.slack(e) < this.slack(cur)) {
              bestTo[bj] = e;
            }
          }
        }
      }
      this.bestEdgeList[child] = null;
      this.bestEdge[child] = -1;
    }
    const merged = new Int32Array(touchedCount);
    let best = -1;
    let bestSlack = 0;
    for (let i = 0; i < touchedCount; i++) {
      const e = bestTo[touched[i]!]!;
      bestTo[touched[i]!] = -1;
      merged[i] = e;
      const s = this.slack(e);
      if (best === -1 || s < bestSlack) {
        best = e;
        bestSlack = s;
      }
    }
    this.bestEdgeList[b] = merged;
    this.bestEdge[b] = best;
  }

  /**
   * Dissolves blossom b into its children. Mid-stage (a T-blossom whose dual reached zero) the
   * children on the even path from the entry child to the base child join the alternating tree;
   * at the end of a stage, S-blossoms with zero dual are dissolved recursively.
   */
  private expandBlossom(b: number, endStage: boolean): void {
    const n = this.n;
    const { inBlossom, blossomParent, label, labelEnd, endp } = this;
    const ch = this.childs[b]!;
    for (let i = 0; i < ch.length; i++) {
      const s = ch[i]!;
      blossomParent[s] = -1;
      if (s < n) {
        inBlossom[s] = s;
      } else if (endStage && this.dual[s] === 0) {
        this.expandBlossom(s, endStage);
      } else {
        const count = this.collectLeaves(s);
        for (let j = 0; j < count; j++) inBlossom[this.leafBuf[j]!] = s;
      }
    }

    if (!endStage && label[b] === T_LABEL) {
      const ep = this.endps[b]!;
      const len = ch.length;
      const p0 = labelEnd[b]!;
      const entryChild = inBlossom[endp[p0 ^ 1]!]!;
      const entryIndex = ch.indexOf(entryChild);
      const forward = (entryIndex & 1) === 1;
      let p = p0;
      let j = entryIndex;
      // Walk the even-length side of the cycle from the entry child to the base child, labelling
      // children T, S, T, ... in turn.
      while (j !== (forward ? len : 0)) {
        this.relabelTChild(p);
        let e: number;
        if (forward) {
          e = ep[j + 1]!;
          p = e;
        } else {
          e = ep[j - 2]!;
          p = e ^ 1;
        }
        this.allowEdge[e >> 1] = 1;
        j += forward ? 2 : -2;
      }
      // The base child becomes T without relabelling its mate, which is already an S-vertex.
      const x = endp[p ^ 1]!;
      const baseChild = ch[0]!;
      label[x] = T_LABEL;
      label[baseChild] = T_LABEL;
      labelEnd[x] = p;
      labelEnd[baseChild] = p;
      this.bestEdge[baseChild] = -1;

      // Children on the odd side stay out of the tree unless one of their vertices was already
      // reached by a tight edge from an S-vertex (its vertex-level T label records the edge).
      let k = forward ? 1 : len - 1;
      while (ch[k] !== entryChild) {
        const bv = ch[k]!;
        if (label[bv] !== S_LABEL) {
          const count = this.collectLeaves(bv);
          let reached = -1;
          for (let i = 0; i < count; i++) {
            const v = this.leafBuf[i]!;
            if (label[v] !== FREE) {
              reached = v;
              break;
            }
          }
          if (reached !== -1) {
            label[reached] = FREE;
            label[endp[this.mate[this.blossomBase[bv]!]!]!] = FREE;
            this.assignLabel(reached, T_LABEL, labelEnd[reached]!);
          }
        }
        k += forward ? 1 : -1;
      }
    }

    // Recycle the blossom id.
    label[b] = FREE;
    labelEnd[b] = -1;
    this.childs[b] = null;
    this.endps[b] = null;
    this.blossomBase[b] = -1;
    this.bestEdgeList[b] = null;
    this.bestEdge[b] = -1;
    this.dual[b] = 0;
    this.unused[this.unusedTop++] = b;
  }

  /** Labels T the child entered through endpoint p (p's vertex is the S-side labeller). */
  private relabelTChild(p: number): void {
    const x = this.endp[p ^ 1]!;
    const bx = this.inBlossom[x]!;
    // Clear vertex-level labels left by earlier scans so the relabelling starts clean.
    this.label[x] = FREE;
    this.label[bx] = FREE;
    const partner = this.endp[this.mate[this.blossomBase[bx]!]!]!;
    this.label[partner] = FREE;
    this.label[this.inBlossom[partner]!] = FREE;
    this.assignLabel(x, T_LABEL, p);
    this.allowEdge[p >> 1] = 1;
  }

  /** Swaps matched and unmatched cycle edges inside blossom b so that vertex v becomes its base. */
  private augmentBlossom(b: number, v: number): void {
    const n = this.n;
    let t = v;
    while (this.blossomParent[t] !== b) t = this.blossomParent[t]!;
    if (t >= n) this.augmentBlossom(t, v);
    const ch = this.childs[b]!;
    const ep = this.endps[b]!;
    const len = ch.length;
    const i = ch.indexOf(t);
    if ((i & 1) === 0) {
      // Even position: flip the path c_i .. c_0 going backwards.
      for (let j = i - 2; j >= 0; j -= 2) this.matchCycleEdge(ch, ep, j, len);
    } else {
      // Odd position: flip the path c_i .. c_{L-1}, c_0 going forwards.
      for (let j = i + 1; j < len; j += 2) this.matchCycleEdge(ch, ep, j, len);
    }
    // Rotate so the child holding v comes first.
    const rotatedChilds = new Int32Array(len);
    const rotatedEndps = new Int32Array(len);
    for (let j = 0; j < len; j++) {
      rotatedChilds[j] = ch[(i + j) % len]!;
      rotatedEndps[j] = ep[(i + j) % len]!;
    }
    this.childs[b] = rotatedChilds;
    this.endps[b] = rotatedEndps;
    this.blossomBase[b] = v;
  }

  /** Makes cycle edge j of a blossom matched, re-basing the two sub-blossoms it touches. */
  private matchCycleEdge(ch: Int32Array, ep: Int32Array, j: number, len: number): void {
    const e = ep[j]!;
    const x = this.endp[e]!;
    const y = this.endp[e ^ 1]!;
    const cx = ch[j]!;
    const cy = ch[(j + 1) % len]!;
    if (cx >= this.n) this.augmentBlossom(cx, x);
    if (cy >= this.n) this.augmentBlossom(cy, y);
    this.mate[x] = e ^ 1;
    this.mate[y] = e;
  }

  /**
   * Re-matches the alternating-tree path from S-vertex s up to its root: s takes far endpoint p as
   * its mate (-1 leaves s free) and every edge on the path flips, so the root ends up matched.
   */
  private augmentFrom(start: number, firstMate: number): void {
    const n = this.n;
    const { inBlossom, labelEnd, endp, mate } = this;
    let s = start;
    let p = firstMate;
    for (;;) {
      const bs = inBlossom[s]!;
      if (bs >= n) this.augmentBlossom(bs, s);
      mate[s] = p;
      if (labelEnd[bs] === -1) return; // reached the tree root, free until now
      const t = endp[labelEnd[bs]!]!;
      const bt = inBlossom[t]!;
      s = endp[labelEnd[bt]!]!;
      const j = endp[labelEnd[bt]! ^ 1]!;
      if (bt >= n) this.augmentBlossom(bt, j);
      mate[j] = labelEnd[bt]!;
      p = labelEnd[bt]! ^ 1;
    }
  }

  /**
   * Sets a starting point other than the default (all duals at the largest weight, nothing matched):
   * doubled vertex duals and partners. The caller guarantees dual feasibility on every edge, tight
   * matched edges, and (for exact arithmetic) the same parity for every free vertex with a positive
   * dual. Free vertices may have different duals; those at zero already satisfy optimality.
   */
  setStart(vertexDual: Float64Array, partner: Int32Array): void {
    const n = this.n;
    for (let v = 0; v < n; v++) {
      this.dual[v] = vertexDual[v]!;
      this.mate[v] = -1;
    }
    for (let v = 0; v < n; v++) {
      const u = partner[v]!;
      if (u < v) continue; // -1, or handled from the smaller side
      let found = -1;
      for (let a = this.adjStart[v]!, end = this.adjStart[v + 1]!; a < end; a++) {
        if (this.endp[this.adj[a]!] === u) {
          found = this.adj[a]!;
          break;
        }
      }
      if (found === -1) throw new Error(`BlossomSolver.setStart: ${v}-${u} is not an edge`);
      this.mate[v] = found;
      this.mate[u] = found ^ 1;
    }
  }

  /**
   * Starting point from the graph alone: each vertex's dual is its heaviest incident weight, and
   * edges that are the heaviest at both ends (hence tight) are matched greedily. Saves many stages
   * over the textbook start while keeping every invariant.
   */
  greedyStart(exactParity: boolean): void {
    const n = this.n;
    const dual = this.dual;
    dual.fill(0, 0, n);
    for (let k = 0; k < this.m; k++) {
      const w = this.w2[k]! / 2;
      if (w > dual[this.eu[k]!]!) dual[this.eu[k]!] = w;
      if (w > dual[this.ev[k]!]!) dual[this.ev[k]!] = w;
    }
    for (let k = 0; k < this.m; k++) {
      const a = this.eu[k]!;
      const b = this.ev[k]!;
      if (this.mate[a] === -1 && this.mate[b] === -1 && this.w2[k]! > 0 && this.slack(k) === 0) {
        this.mate[a] = 2 * k + 1;
        this.mate[b] = 2 * k;
      }
    }
    if (exactParity) {
      // Free vertices start alternating trees together; equal parity keeps every step an integer.
      for (let v = 0; v < n; v++)
        if (this.mate[v] === -1 && dual[v]! % 2 !== 0) dual[v] = dual[v]! + 1;
    }
  }

  /** Runs stages until no free vertex has a positive dual; afterwards the duals certify optimality. */
  solve(): void {
    const n = this.n;
    const { inBlossom, label, bestEdge, allowEdge, endp, dual, blossomParent, blossomBase, mate } =
      this;
    const adjStart = this.adjStart;
    const adj = this.adj;
    const w2 = this.w2;
    const queue = this.queue;

    for (;;) {
      label.fill(FREE);
      bestEdge.fill(-1);
      this.bestEdgeList.fill(null, n);
      allowEdge.fill(0);
      this.queueTop = 0;

      // Every free vertex with a positive dual roots an alternating tree. Free vertices at dual zero
      // already meet complementary slackness and serve as ends of augmenting paths.
      let roots = 0;
      for (let v = 0; v < n; v++) {
        if (mate[v] === -1 && dual[v]! > 0 && label[inBlossom[v]!] === FREE) {
          this.assignLabel(v, S_LABEL, -1);
          roots++;
        }
      }
      if (roots === 0) break;
      this.stages++;

      let progressed = false;
      for (;;) {
        while (this.queueTop > 0 && !progressed) {
          const v = queue[--this.queueTop]!;
          for (let a = adjStart[v]!, end = adjStart[v + 1]!; a < end; a++) {
            const p = adj[a]!;
            const k = p >> 1;
            const w = endp[p]!;
            const bv = inBlossom[v]!;
            const bw = inBlossom[w]!;
            if (bv === bw) continue; // edge inside one blossom
            let kSlack = 0;
            if (allowEdge[k] === 0) {
              kSlack = dual[v]! + dual[w]! - w2[k]!;
              if (kSlack <= 0) allowEdge[k] = 1;
            }
            const lw = label[bw]!;
            if (allowEdge[k] !== 0) {
              if (lw === FREE) {
                if (mate[blossomBase[bw]!] === -1) {
                  // w's blossom has a free base at dual zero: augment root(v) .. v – w.
                  this.augmentFrom(v, p);
                  if (bw >= n) this.augmentBlossom(bw, w);
                  mate[w] = p ^ 1;
                  progressed = true;
                  break;
                }
                // Grow the tree: w's blossom becomes T, its mate's blossom S.
                this.assignLabel(w, T_LABEL, p ^ 1);
              } else if (lw === S_LABEL) {
                const base = this.scanBlossom(v, w);
                if (base >= 0) {
                  this.addBlossom(base, k);
                } else {
                  // Two different trees meet: augment root(v) .. v – w .. root(w).
                  this.augmentFrom(v, p);
                  this.augmentFrom(w, p ^ 1);
                  progressed = true;
                  break;
                }
              } else if (label[w] === FREE) {
                // w sits inside a T-blossom; remember how it was reached for a later expansion.
                label[w] = T_LABEL;
                this.labelEnd[w] = p ^ 1;
              }
            } else if (lw === S_LABEL) {
              const cur = bestEdge[bv]!;
              if (cur === -1 || kSlack < this.slack(cur)) bestEdge[bv] = k;
            } else if (label[w] === FREE) {
              const cur = bestEdge[w]!;
              if (cur === -1 || kSlack < this.slack(cur)) bestEdge[w] = k;
            }
          }
        }
        if (progressed) break;

        // No tight edge left to explore: choose the dual step.
        // delta1: an S-vertex dual reaches zero (duals must stay non-negative).
        let deltaType = 1;
        let delta = Infinity;
        let deltaVertex = -1;
        for (let v = 0; v < n; v++) {
          if (label[inBlossom[v]!] === S_LABEL && dual[v]! < delta) {
            delta = dual[v]!;
            deltaVertex = v;
          }
        }
        let deltaEdge = -1;
        let deltaBlossom = -1;
        // delta2: an edge from an S-vertex to an unlabelled vertex becomes tight.
        for (let v = 0; v < n; v++) {
          if (label[inBlossom[v]!] === FREE && bestEdge[v] !== -1) {
            const d = this.slack(bestEdge[v]!);
            if (d < delta) {
              delta = d;
              deltaType = 2;
              deltaEdge = bestEdge[v]!;
            }
          }
        }
        // delta3: an edge between two S-blossoms becomes tight (both ends move, hence the half).
        for (let b = 0; b < 2 * n; b++) {
          if (blossomParent[b] === -1 && label[b] === S_LABEL && bestEdge[b] !== -1) {
            const d = this.slack(bestEdge[b]!) / 2;
            if (d < delta) {
              delta = d;
              deltaType = 3;
              deltaEdge = bestEdge[b]!;
            }
          }
        }
        // delta4: a T-blossom's dual reaches zero and it can be expanded.
        for (let b = n; b < 2 * n; b++) {
          if (
            blossomBase[b]! >= 0 &&
            blossomParent[b] === -1 &&
            label[b] === T_LABEL &&
            dual[b]! < delta
          ) {
            delta = dual[b]!;
            deltaType = 4;
            deltaBlossom = b;
          }
        }
        if (!(delta >= 0)) delta = 0; // floating-point rounding can produce a tiny negative step

        for (let v = 0; v < n; v++) {
          const l = label[inBlossom[v]!];
          if (l === S_LABEL) dual[v] = dual[v]! - delta;
          else if (l === T_LABEL) dual[v] = dual[v]! + delta;
        }
        for (let b = n; b < 2 * n; b++) {
          if (blossomBase[b]! >= 0 && blossomParent[b] === -1) {
            if (label[b] === S_LABEL) dual[b] = dual[b]! + delta;
            else if (label[b] === T_LABEL) dual[b] = dual[b]! - delta;
          }
        }

        if (deltaType === 1) {
          // deltaVertex is now at dual zero. A root simply stops being one; a matched S-vertex
          // hands its matched edge down the tree path so that it becomes the free end instead.
          dual[deltaVertex] = 0;
          if (mate[deltaVertex] !== -1) this.augmentFrom(deltaVertex, -1);
          progressed = true;
          break;
        }
        if (deltaType === 2) {
          allowEdge[deltaEdge] = 1;
          let i = this.eu[deltaEdge]!;
          if (label[inBlossom[i]!] !== S_LABEL) i = this.ev[deltaEdge]!;
          queue[this.queueTop++] = i;
        } else if (deltaType === 3) {
          allowEdge[deltaEdge] = 1;
          queue[this.queueTop++] = this.eu[deltaEdge]!;
        } else {
          this.expandBlossom(deltaBlossom, false);
        }
      }

      // End of stage: S-blossoms whose dual dropped to zero are no longer needed.
      for (let b = n; b < 2 * n; b++) {
        if (
          blossomParent[b] === -1 &&
          blossomBase[b]! >= 0 &&
          label[b] === S_LABEL &&
          dual[b] === 0
        ) {
          this.expandBlossom(b, true);
        }
      }
    }
  }

  /** Partner vertex of every vertex (-1 when unmatched). */
  partners(): Int32Array {
    const out = new Int32Array(this.n);
    for (let v = 0; v < this.n; v++) {
      const p = this.mate[v]!;
      out[v] = p === -1 ? -1 : this.endp[p]!;
    }
    return out;
  }
}
