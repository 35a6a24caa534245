import { portfolioTolerance, type PortfolioSet, type PortfolioTolerance } from "./compare-sets.js";
import { groupChoices, type GroupChoices } from "./group-choices.js";
import { portfolioGroups, twinLinks } from "./portfolio-groups.js";
import type { PortfolioCandidate, PortfolioProblem } from "./portfolio-problem.js";
import { ratioOf, searchPortfolios, type SearchOutcome } from "./search-portfolios.js";
import { createTopSets } from "./top-sets.js";

/**
 * The most subsets of one group listed one by one (2^16: a group of 16 investments, fewer when twins or the budget
 * rule some out). A larger group is searched investment by investment instead (see `searchPortfolios`). Listing
 * 2^16 subsets and sorting them takes some tens of milliseconds.
 */
export const MAX_GROUP_SETS = 1 << 16;

/** The sets found by {@link bestPortfolios}, and whether the search finished. */
export interface BestPortfolios extends SearchOutcome {
  /** Best first (order of compareSets), members in model order; at least the empty set. */
  sets: PortfolioSet[];
}

/**
 * The `count` best sets of investments whose cost fits `budget`, best first (order of compareSets), exactly unless
 * the search takes more than `maxSteps` steps (see `searchPortfolios`; the listing of small groups is not counted:
 * it is at most {@link MAX_GROUP_SETS} subsets per group). `maxGroupSets` (tests only) moves the line between
 * listing a group and searching it.
 *
 * The net value is separable across groups of investments that share no risk (`portfolioGroups`): a set's value and
 * cost are the sums of those of its parts in each group. So:
 * 1. each group with at most {@link MAX_GROUP_SETS} subsets that fit is listed whole with the exact value of every
 *    subset (combined reductions), less the subsets that `count` cheaper-or-equal better ones of the same group
 *    always beat (`groupChoices` proves that none of the `count` best sets overall has such a part);
 * 2. a branch and bound (`searchPortfolios`) takes the investments of the larger groups in or out one by one, as
 *    before groups were listed, then chooses one kept subset in each listed group (a multiple-choice knapsack), with
 *    the linear relaxation over the groups' concave envelopes as bound (`choiceBounds`). Every set made of kept
 *    subsets is reachable and cut only when its bound is below the `count`-th best net found by more than the
 *    tolerance, so the `count` best sets are all offered, and compared on net, cost, size and ids (`createTopSets`).
 * Many investments compounding on few risks (40 on 5 risks) are fast this way: each group's compounding is computed
 * exactly once per subset instead of being bounded loosely at every node of one search over all 40.
 *
 * Left out up front, and never part of a listed set:
 * - investments with standalone net <= 0. Their marginal value given any set is <= their standalone value <= 0 and
 *   their cost is >= 0 (amounts and growth factors are never negative), so a set with one is never better than the
 *   same set without it: not as good (it costs at least as much, has more members) even when the net is the same.
 * - a twin (same cost, same additive value, same reductions) taken without a twin with a smaller id: swapping the two
 *   gives the same net and cost with lexicographically smaller ids. Twins are thus taken in id order (they are kept in
 *   one group), which also keeps the search from trying every equal-valued mix of identical investments.
 */
export function bestPortfolios(
  problem: PortfolioProblem,
  budget: number,
  count: number,
  tolerance: PortfolioTolerance = portfolioTolerance(problem, budget),
  maxGroupSets = MAX_GROUP_SETS,
  maxSteps = Number.POSITIVE_INFINITY,
): BestPortfolios {
  if (count <= 0) return { sets: [], exact: true, upperBound: Number.POSITIVE_INFINITY };
  const limit = budget + tolerance.cost;
  const candidates = problem.candidates
    .map((c) => ({ c, value: standaloneValue(problem, c) }))
    .filter((it) => it.value > 0 && it.c.cost <= limit);
  const value = new Map(candidates.map((it) => [it.c, it.value]));
  const all = candidates.map((it) => it.c);
  const stages: GroupChoices[] = [];
  const searched: { c: PortfolioCandidate; value: number }[] = [];
  for (const group of portfolioGroups(all, twinLinks(all))) {
    const choices = groupChoices(problem, group, limit, count, tolerance, maxGroupSets);
    if (choices === undefined) searched.push(...group.map((c) => ({ c, value: value.get(c)! })));
    else stages.push(choices);
  }
  // Groups with the steepest first envelope segment first, like items by value per cost in a knapsack search.
  const steepest = (g: GroupChoices) => (g.segments.length === 0 ? 0 : g.segments[0]!.value / g.segments[0]!.cost);
  stages.sort((a, b) => steepest(b) - steepest(a));
  searched.sort((a, b) => ratioOf(b.value, b.c.cost) - ratioOf(a.value, a.c.cost) || a.c.cost - b.c.cost || (a.c.id < b.c.id ? -1 : 1));
  const top = createTopSets(count, tolerance);
  const outcome = searchPortfolios(problem, searched, stages, limit, top, maxSteps);
  return { sets: top.sets(), ...outcome };
}

/** An investment's net value on its own: its additive part plus the PV of its reductions alone. */
export function standaloneValue(problem: PortfolioProblem, c: PortfolioCandidate): number {
  const h = problem.horizonYears;
  let value = c.additive;
  for (const r of c.reductions) {
    for (let y = r.fromYear; y < h; y++) value += problem.weights[r.risk * h + y]! * r.by;
  }
  return value;
}
