import type { PortfolioCandidate, PortfolioProblem } from "./portfolio-problem.js";

/** One set of investments found by `bestPortfolios`: members in model order, cost undiscounted, net as PV. */
export interface PortfolioSet {
  members: readonly PortfolioCandidate[];
  cost: number;
  net: number;
}

/** Tolerances of a search: nets within `net`, costs within `cost` of each other are equal; costs may pass the budget by `cost`. */
export interface PortfolioTolerance {
  net: number;
  cost: number;
}

/**
 * The tolerances for a problem and budget: 1e-9 relative to the money involved, so that rounding in sums of
 * present values or of costs never decides between two sets, nor whether a set fits (0.1 + 0.2 fits a budget of 0.3).
 */
export function portfolioTolerance(problem: PortfolioProblem, budget: number): PortfolioTolerance {
  let money = 0;
  let spend = 0;
  for (const c of problem.candidates) {
    money += Math.abs(c.tangible) + Math.abs(c.intangible) + Math.abs(c.costs);
    spend += c.cost;
  }
  for (const w of problem.weights) money += w;
  return { net: 1e-9 * Math.max(1, money), cost: 1e-9 * Math.max(1, budget, spend) };
}

/**
 * Order of sets, best first: higher net value; then lower cost; then fewer investments; then the sorted id lists
 * compared lexicographically. Nets and costs within the tolerance count as equal.
 */
export function compareSets(
  a: { net: number; cost: number; ids: readonly string[] },
  b: { net: number; cost: number; ids: readonly string[] },
  tolerance: PortfolioTolerance,
): number {
  if (Math.abs(a.net - b.net) > tolerance.net) return b.net - a.net;
  if (Math.abs(a.cost - b.cost) > tolerance.cost) return a.cost - b.cost;
  if (a.ids.length !== b.ids.length) return a.ids.length - b.ids.length;
  for (let k = 0; k < a.ids.length; k++) {
    if (a.ids[k] !== b.ids[k]) return a.ids[k]! < b.ids[k]! ? -1 : 1;
  }
  return 0;
}
