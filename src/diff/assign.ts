/**
 * The pairing of the most alike elements of two lists taken as one best assignment: the pairs whose
 * summed weights are greatest, not the single best pair first. Greedy order pairs A with B because
 * A–B scores 0.70, and leaves A′ (0.68 to B, its only likeness) unpaired; the assignment weighs both.
 */

/** A candidate pair: old index, new index, and how much pairing them is worth (> 0). */
export interface WeightedPair {
  o: number;
  n: number;
  weight: number;
}

/** Components up to this many elements a side are solved exactly; larger ones greedily (rare). */
const EXACT_LIMIT = 60;

/** The chosen pairs among the candidates: no element twice, the summed weight greatest. */
export function bestAssignment(candidates: readonly WeightedPair[]): WeightedPair[] {
  const chosen: WeightedPair[] = [];
  for (const component of components(candidates)) {
    const olds = [...new Set(component.map((c) => c.o))];
    const news = [...new Set(component.map((c) => c.n))];
    if (component.length === 1 || Math.max(olds.length, news.length) > EXACT_LIMIT) chosen.push(...greedy(component));
    else chosen.push(...hungarian(component, olds, news));
  }
  return chosen;
}

/** Candidates split into groups that share no element: each group is assigned on its own. */
function components(candidates: readonly WeightedPair[]): WeightedPair[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    let at = x;
    while (at !== root) {
      const next = parent.get(at) as string;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const c of candidates) {
    for (const key of [`o${c.o}`, `n${c.n}`]) if (!parent.has(key)) parent.set(key, key);
    const a = find(`o${c.o}`);
    const b = find(`n${c.n}`);
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, WeightedPair[]>();
  for (const c of candidates) {
    const root = find(`o${c.o}`);
    const list = groups.get(root);
    if (list) list.push(c);
    else groups.set(root, [c]);
  }
  return [...groups.values()];
}

function greedy(candidates: readonly WeightedPair[]): WeightedPair[] {
  const usedO = new Set<number>();
  const usedN = new Set<number>();
  const out: WeightedPair[] = [];
  for (const c of [...candidates].sort((a, b) => b.weight - a.weight || a.n - b.n || a.o - b.o)) {
    if (usedO.has(c.o) || usedN.has(c.n)) continue;
    usedO.add(c.o);
    usedN.add(c.n);
    out.push(c);
  }
  return out;
}

/**
 * The Hungarian method on the square matrix of the component (missing pairs weigh 0, so leaving
 * an element unpaired costs nothing): O(k³) for k elements a side, k ≤ EXACT_LIMIT.
 */
function hungarian(candidates: readonly WeightedPair[], olds: readonly number[], news: readonly number[]): WeightedPair[] {
  const size = Math.max(olds.length, news.length);
  const row = new Map(olds.map((o, k) => [o, k]));
  const col = new Map(news.map((n, k) => [n, k]));
  const cost: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const pick: Array<Array<WeightedPair | undefined>> = Array.from({ length: size }, () => new Array<WeightedPair | undefined>(size));
  for (const c of candidates) {
    const r = row.get(c.o) as number;
    const k = col.get(c.n) as number;
    if (-c.weight < (cost[r] as number[])[k]!) {
      (cost[r] as number[])[k] = -c.weight;
      (pick[r] as Array<WeightedPair | undefined>)[k] = c;
    }
  }
  // Potentials u (rows), v (columns); way[j]: the column before j on the augmenting path. 1-based.
  const u = new Array<number>(size + 1).fill(0);
  const v = new Array<number>(size + 1).fill(0);
  const match = new Array<number>(size + 1).fill(0);
  const way = new Array<number>(size + 1).fill(0);
  for (let i = 1; i <= size; i++) {
    match[0] = i;
    let j0 = 0;
    const minv = new Array<number>(size + 1).fill(Infinity);
    const used = new Array<boolean>(size + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = match[j0] as number;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= size; j++) {
        if (used[j]) continue;
        const cur = (cost[i0 - 1] as number[])[j - 1]! - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= size; j++) {
        if (used[j]) {
          u[match[j] as number] = (u[match[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else minv[j] = (minv[j] as number) - delta;
      }
      j0 = j1;
    } while (match[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      match[j0] = match[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out: WeightedPair[] = [];
  for (let j = 1; j <= size; j++) {
    const r = (match[j] as number) - 1;
    const chosen = (pick[r] as Array<WeightedPair | undefined>)[j - 1];
    if (chosen) out.push(chosen);
  }
  return out;
}
