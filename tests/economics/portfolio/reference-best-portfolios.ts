import { standaloneValue } from "../../../src/economics/portfolio/best-portfolios.js";
import {
  compareSets,
  portfolioTolerance,
  type PortfolioSet,
  type PortfolioTolerance,
} from "../../../src/economics/portfolio/compare-sets.js";
import type { PortfolioCandidate, PortfolioProblem } from "../../../src/economics/portfolio/portfolio-problem.js";
import { createPortfolioState } from "../../../src/economics/portfolio/portfolio-state.js";

// NOTE: the branch and bound that bestPortfolios was before it split the investments into groups that share no risk
// (kept verbatim as a reference: exact, but 17-80 s on many investments compounding on few risks).
/**
 * The `count` best sets of investments whose cost fits `budget`, best first (order of {@link compareSets}), exactly.
 *
 * Branch and bound over the investments sorted by standalone net value per unit of cost, taking each in or out,
 * in first. The bound of a node is its set's exact value plus the fractional-knapsack (Dantzig) bound of the
 * remaining investments at their marginal values given the node's set, with the budget left. It is a valid upper
 * bound because an investment's marginal value only shrinks as the set grows (see `createPortfolioState`): combined
 * reductions never avoid more than the sum of the separate ones. (At the root the marginal values are the standalone
 * ones: the additive relaxation.) A second bound caps the risk part by the loss still left. A subtree is cut when its
 * bound is below the `count`-th best net found so far by more than the tolerance (so ties are still compared on cost,
 * size and ids).
 *
 * Left out up front, and never part of a listed set:
 * - investments with standalone net <= 0. Their marginal value given any set is <= their standalone value <= 0 and
 *   their cost is >= 0 (amounts and growth factors are never negative), so a set with one is never better than the
 *   same set without it: not as good (it costs at least as much, has more members) even when the net is the same.
 * - a twin (same cost, same additive value, same reductions) taken without a twin with a smaller id: swapping the two
 *   gives the same net and cost with lexicographically smaller ids. Twins are thus taken in id order, which also keeps
 *   the search from trying every equal-valued mix of identical investments.
 */
export function referenceBestPortfolios(
  problem: PortfolioProblem,
  budget: number,
  count: number,
  tolerance: PortfolioTolerance = portfolioTolerance(problem, budget),
): PortfolioSet[] {
  const limit = budget + tolerance.cost;
  const items = problem.candidates
    .filter((c) => standaloneValue(problem, c) > 0 && c.cost <= limit)
    .map((c) => ({ c, value: standaloneValue(problem, c) }))
    .sort((a, b) => ratio(b) - ratio(a) || a.c.cost - b.c.cost || (a.c.id < b.c.id ? -1 : 1));
  const n = items.length;
  const twinBefore = twinLinks(items.map((it) => it.c));
  const suffixMinCost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  for (let j = n - 1; j >= 0; j--) suffixMinCost[j] = Math.min(items[j]!.c.cost, suffixMinCost[j + 1]!);

  const state = createPortfolioState(problem);
  const taken = new Uint8Array(n);
  const top: { net: number; cost: number; ids: string[]; members: PortfolioCandidate[] }[] = [];

  // Scratch space of the bound, reused at every node.
  const fitting: number[] = [];
  const marginals = new Float64Array(n);
  const inFitting = new Uint8Array(n);
  const byAdditive = items
    .map((_, j) => j)
    .sort((a, b) => ratioOf(items[b]!.c.additive, items[b]!.c.cost) - ratioOf(items[a]!.c.additive, items[a]!.c.cost) || a - b);
  const earliest = new Int32Array(problem.riskIds.length);

  // The most the items from `from` on can add to the current set S with `room` left to spend. Only items that fit
  // and whose marginal value m given S is > 0 count: dropping the others from any completion T never lowers its value
  // (each one's marginal given S plus the rest of T is <= its m <= 0). For the rest T+ of a completion, two bounds:
  // Σ m over T+ (marginals only shrink as the set grows), at most Dantzig's bound on the m; and Σ additive parts of
  // T+ plus all the loss S leaves on the risks T+ could reduce, at most Dantzig's bound on the positive additive
  // parts plus that loss. The smaller one is returned.
  const bound = (from: number, room: number): number => {
    fitting.length = 0;
    for (let j = from; j < n; j++) {
      const c = items[j]!.c;
      inFitting[j] = 0;
      if (c.cost > room) continue;
      const m = state.marginal(c);
      if (m <= 0) continue;
      marginals[j] = m;
      inFitting[j] = 1;
      fitting.push(j);
    }
    fitting.sort((a, b) => ratioOf(marginals[b]!, items[b]!.c.cost) - ratioOf(marginals[a]!, items[a]!.c.cost) || a - b);
    const byMarginal = dantzig(fitting, (j) => marginals[j]!, room);
    earliest.fill(-1);
    for (const j of fitting) {
      for (const r of items[j]!.c.reductions) {
        if (earliest[r.risk] === -1 || r.fromYear < earliest[r.risk]!) earliest[r.risk] = r.fromYear;
      }
    }
    let lossLeft = 0;
    earliest.forEach((y, r) => {
      if (y >= 0) lossLeft += state.remainingLoss(r, y);
    });
    if (lossLeft >= byMarginal) return byMarginal;
    const order = byAdditive.filter((j) => j >= from && inFitting[j] === 1 && items[j]!.c.additive > 0);
    return Math.min(byMarginal, dantzig(order, (j) => items[j]!.c.additive, room) + lossLeft);
  };

  // Dantzig's bound: items in order of value per cost, the first that does not fit taken fractionally.
  const dantzig = (order: readonly number[], valueOf: (j: number) => number, room: number): number => {
    let extra = 0;
    for (const j of order) {
      const cost = items[j]!.c.cost;
      if (cost <= room) {
        extra += valueOf(j);
        room -= cost;
      } else {
        extra += (valueOf(j) * room) / cost;
        break;
      }
    }
    return extra;
  };

  const record = () => {
    const full = top.length === count;
    if (full && state.value < top[count - 1]!.net - tolerance.net) return;
    const members: PortfolioCandidate[] = [];
    for (let j = 0; j < n; j++) if (taken[j]) members.push(items[j]!.c);
    const entry = { net: state.value, cost: state.cost, ids: members.map((m) => m.id).sort(), members };
    let at = top.length;
    while (at > 0 && compareSets(entry, top[at - 1]!, tolerance) < 0) at--;
    if (at >= count) return;
    top.splice(at, 0, entry);
    if (top.length > count) top.pop();
  };

  const visit = (j: number): void => {
    const room = limit - state.cost;
    if (top.length === count && state.value + bound(j, room) < top[count - 1]!.net - tolerance.net) return;
    if (j === n || suffixMinCost[j]! > room) {
      record();
      return;
    }
    const it = items[j]!;
    const twin = twinBefore[j]!;
    if (it.c.cost <= room && (twin < 0 || taken[twin] === 1)) {
      state.add(it.c);
      taken[j] = 1;
      visit(j + 1);
      taken[j] = 0;
      state.undo();
    }
    visit(j + 1);
  };
  if (count > 0) visit(0);
  return top.map((t) => ({ members: [...t.members].sort((a, b) => a.order - b.order), cost: t.cost, net: t.net }));
}

/** Net per unit of cost; a free investment (cost 0) first. */
function ratio(it: { c: PortfolioCandidate; value: number }): number {
  return ratioOf(it.value, it.c.cost);
}

/** Value per unit of cost, +∞ at cost 0 (free and worth something: taken first). */
function ratioOf(value: number, cost: number): number {
  return cost > 0 ? value / cost : value > 0 ? Number.POSITIVE_INFINITY : 0;
}

/** For each item, the index of the previous item with identical cost, additive value and reductions, or -1. */
function twinLinks(items: readonly PortfolioCandidate[]): Int32Array {
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
