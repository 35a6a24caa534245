import type { PortfolioCandidate } from "./portfolio-problem.js";

/**
 * The investments split into groups whose net values simply add up: the connected components of the graph "two
 * investments reduce a common risk" (an investment that reduces no risk is a group of its own), twins (see
 * {@link twinLinks}) kept in one group too. Each group lists its investments by id (the order of the id tie-break);
 * groups come in the order of their first investment in `items`.
 *
 * Why the values add up: a set's net value is Σ additive parts + Σ over risks of a term that depends only on the set's
 * investments that reduce that risk, and every such investment lies in the risk's group. So the net value of a set is
 * the sum of the net values of its parts in each group, and so is its cost.
 * @example portfolioGroups([a, b, c], twinLinks([a, b, c])) // [[a, c], [b]] when a and c both reduce "outage"
 */
export function portfolioGroups(items: readonly PortfolioCandidate[], twins: Int32Array): PortfolioCandidate[][] {
  const parent = items.map((_, j) => j);
  const root = (j: number): number => {
    while (parent[j] !== j) {
      parent[j] = parent[parent[j]!]!;
      j = parent[j]!;
    }
    return j;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstOnRisk = new Map<number, number>();
  items.forEach((c, j) => {
    for (const r of c.reductions) {
      const first = firstOnRisk.get(r.risk);
      if (first === undefined) firstOnRisk.set(r.risk, j);
      else join(first, j);
    }
    if (twins[j]! >= 0) join(twins[j]!, j);
  });
  const groups = new Map<number, PortfolioCandidate[]>();
  items.forEach((c, j) => {
    const r = root(j);
    const group = groups.get(r);
    if (group === undefined) groups.set(r, [c]);
    else group.push(c);
  });
  // Roots are each group's smallest index (join keeps the smaller), so Map order is the order of first investments.
  return [...groups.values()].map((g) => g.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/**
 * For each item, the index of the previous item with identical cost, additive value and reductions (a twin), or -1.
 * Twins are interchangeable in every set, so only sets that take them in the order of `items` are listed.
 */
export function twinLinks(items: readonly PortfolioCandidate[]): Int32Array {
  const last = new Map<string, number>();
  const out = new Int32Array(items.length).fill(-1);
  items.forEach((c, j) => {
    const reductions = c.reductions.map((r) => `${r.risk}/${r.by}/${r.fromYear}`).sort();
    const key = `${c.cost}|${c.additive}|${reductions.join(",")}`;
    out[j] = last.get(key) ?? -1;
    last.set(key, j);
  });
  return out;
}
