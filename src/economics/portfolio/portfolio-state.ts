import type { PortfolioCandidate, PortfolioProblem } from "./portfolio-problem.js";

/**
 * A set of investments being built up and taken apart (the branch and bound walks a tree of them), with its net value
 * kept exact under combined risk reductions: per risk and year, the share of the expected loss left is the product of
 * (1 - by) over the set's investments that reduce it from that year on, so the set avoids loss x (1 - Π (1 - by)).
 */
export interface PortfolioState {
  /** PV net value of the set: Σ additive + Σ over risks and years of discounted loss x (1 - share left). */
  readonly value: number;
  /** Σ undiscounted cost of the set. */
  readonly cost: number;
  /** Number of investments in the set. */
  readonly size: number;
  /** Add an investment (not already in the set). */
  add(candidate: PortfolioCandidate): void;
  /** Take out the investment added last, restoring the exact previous state. */
  undo(): void;
  /** What adding `candidate` would add to the net value, without adding it. */
  marginal(candidate: PortfolioCandidate): number;
  /** PV of the expected loss of risk `risk` the set leaves from `fromYear` on: the most any further reduction can avoid. */
  remainingLoss(risk: number, fromYear: number): number;
}

/**
 * A new, empty {@link PortfolioState} for a problem.
 * NOTE: the marginal value of an investment is additive + Σ discounted loss x (share left) x by, and the share left
 * is at most 1, so it never exceeds the investment's value alone, and it only shrinks as the set grows.
 */
export function createPortfolioState(problem: PortfolioProblem): PortfolioState {
  const h = problem.horizonYears;
  const weights = problem.weights;
  const left = new Float64Array(weights.length).fill(1);
  const saved: number[] = [];
  const history: { candidate: PortfolioCandidate; value: number; cost: number }[] = [];
  let value = 0;
  let cost = 0;
  return {
    get value() {
      return value;
    },
    get cost() {
      return cost;
    },
    get size() {
      return history.length;
    },
    add(candidate) {
      history.push({ candidate, value, cost });
      let delta = candidate.additive;
      for (const r of candidate.reductions) {
        const base = r.risk * h;
        for (let y = r.fromYear; y < h; y++) {
          const share = left[base + y]!;
          saved.push(share);
          delta += weights[base + y]! * share * r.by;
          left[base + y] = share * (1 - r.by);
        }
      }
      value += delta;
      cost += candidate.cost;
    },
    undo() {
      const last = history.pop();
      if (last === undefined) return;
      const reductions = last.candidate.reductions;
      for (let k = reductions.length - 1; k >= 0; k--) {
        const r = reductions[k]!;
        const base = r.risk * h;
        for (let y = h - 1; y >= r.fromYear; y--) left[base + y] = saved.pop()!;
      }
      // Restored, not subtracted: no rounding drift however deep the search goes.
      value = last.value;
      cost = last.cost;
    },
    marginal(candidate) {
      let delta = candidate.additive;
      for (const r of candidate.reductions) {
        const base = r.risk * h;
        for (let y = r.fromYear; y < h; y++) delta += weights[base + y]! * left[base + y]! * r.by;
      }
      return delta;
    },
    remainingLoss(risk, fromYear) {
      let loss = 0;
      for (let y = fromYear; y < h; y++) loss += weights[risk * h + y]! * left[risk * h + y]!;
      return loss;
    },
  };
}
