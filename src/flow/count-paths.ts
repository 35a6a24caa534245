import type { StepGraph } from "./step-graph.js";

/**
 * The number of paths from an entry to an end of a step graph, exactly (a BigInt: a 1,000-step stream can have more
 * paths than a double counts exactly), by dynamic programming: paths(v) = 1 for an end, else the sum of paths(w)
 * over v's successors w; the total is the sum over the entries. Time O(steps + edges).
 * @example countPaths(diamond) // 2n
 */
export function countPaths(graph: StepGraph): bigint {
  const { n, succStart, succ, order, entries } = graph;
  const paths = new Array<bigint>(n).fill(0n);
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i]!;
    const s0 = succStart[v]!;
    const s1 = succStart[v + 1]!;
    if (s0 === s1) {
      paths[v] = 1n;
      continue;
    }
    let total = 0n;
    for (let e = s0; e < s1; e++) total += paths[succ[e]!]!;
    paths[v] = total;
  }
  return entries.reduce((total, v) => total + paths[v]!, 0n);
}
