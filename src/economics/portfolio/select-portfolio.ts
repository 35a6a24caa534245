import { assertParsedModel } from "../../model/assert-parsed-model.js";
import { invalidArgument } from "../../model/errors.js";
import type { Model } from "../../model/schema/model.js";
import { bestPortfolios } from "./best-portfolios.js";
import { compareSets, portfolioTolerance } from "./compare-sets.js";
import { checkOptionKeys, chosenInvestments, invalidOption } from "./portfolio-arguments.js";
import { portfolioProblem, type PortfolioCandidate, type PortfolioProblem } from "./portfolio-problem.js";
import { createPortfolioState } from "./portfolio-state.js";

/** Options of {@link selectPortfolio}. */
export interface SelectPortfolioOptions {
  /** Money available, in the model's currency: a finite number >= 0, compared with undiscounted costs. */
  budget: number;
  /** Count only the costs of this year (0 .. horizonYears - 1) against the budget; default: the whole horizon. */
  year?: number;
  /** The investment ids to choose from; default: every investment of the model. */
  investments?: readonly string[];
  /** How many runner-up sets to list (an integer >= 0); default 3. */
  alternatives?: number;
  /**
   * How many steps (nodes) the search may take before it stops with the best sets found so far (`exact: false`):
   * a whole number >= 1, or `Infinity` to always search to the end; default {@link DEFAULT_PORTFOLIO_STEPS}.
   */
  maxSteps?: number;
}

/**
 * The default `maxSteps` of {@link selectPortfolio}: about a second of search on a laptop core. Every bench case, and any
 * set of investments whose groups sharing risks are small, finishes in far fewer.
 */
export const DEFAULT_PORTFOLIO_STEPS = 500_000;

/** A runner-up set of investments. */
export interface PortfolioAlternative {
  /** Investment ids, in model order. */
  selected: string[];
  /** Undiscounted cost counted against the budget. */
  cost: number;
  /** PV net value of the set, reductions of a shared risk combined. */
  net: number;
  /** How much net value it gives up against the best set: best net - net (>= 0). */
  givesUp: number;
}

/** An investment left out of the best set, and why. */
export interface DroppedInvestment {
  id: string;
  /** Its net value on its own (valueOfInvestment's `net`, PV). */
  net: number;
  /** Its undiscounted cost counted against the budget. */
  cost: number;
  /** What adding it to the best set would add: net(best + it) - net(best); <= 0 when it fits. */
  addedNet: number;
  /** How far the best set plus it would pass the budget; 0 when it would fit (it then adds nothing or harms). */
  overBudgetBy: number;
  /** `over-budget`: it would add value but does not fit; `no-gain`: it would add nothing or lower the net value. */
  reason: "over-budget" | "no-gain";
}

/** The result of {@link selectPortfolio}. Money in the model's currency. */
export interface Portfolio {
  /** The best set's investment ids, in model order. */
  selected: string[];
  /** Its undiscounted cost (in `year` only when given): at most the budget. */
  cost: number;
  /** Its PV net value: tangible + intangible benefits - costs, plus the risk reduction of the set as a whole. */
  net: number;
  /** The next best sets, best first. */
  alternatives: PortfolioAlternative[];
  /** Every considered investment not selected, the one that would add most first. */
  dropped: DroppedInvestment[];
  /**
   * True when the search finished: `selected` is the best set and `alternatives` the next best. False when it stopped
   * after `maxSteps`: they are the best sets found, and no set that fits is worth more than `upperBound`.
   */
  exact: boolean;
  /** No set that fits the budget has a net value above this; equal to `net` when `exact`. */
  upperBound: number;
}

const FN = "selectPortfolio";
const OPTION_KEYS = ["budget", "year", "investments", "alternatives", "maxSteps"] as const;

/**
 * The best set of investments that fits a budget: the largest total net value (PV) among the sets whose undiscounted
 * cost (the sum of their cost entries over the horizon, or in `year` only) is at most `budget`. Exact, not greedy.
 *
 * Net value of a set = Σ (tangible + intangible - costs) + Σ over risks and years of discounted expected loss x
 * (1 - Π (1 - by)) over the set's investments that reduce the risk from that year on: two 50% reductions of one risk
 * avoid 75% of its loss, not 100%. Ties: lower cost, then fewer investments, then lexicographically smaller ids.
 * Investments whose net value alone is <= 0 never help (adding one never raises a set's value) and are never
 * selected; of twin investments (same costs, values and reductions) the ones with smaller ids are taken first.
 * Investments that share no risk are valued apart: each group of up to 16 investments sharing risks is listed whole,
 * then a branch and bound picks one set per group (see `bestPortfolios`). Fast for tens of candidates whose groups
 * hold at most 16 investments (40 compounding on 1 to 20 risks: milliseconds). The problem is NP-hard: a connected
 * group of more than 16 investments (say 40 chaining 5 risks) is searched investment by investment and can take far
 * longer, as can hundreds of candidates with nearly equal value per cost: after `maxSteps` steps (default 500,000,
 * about a second) the search stops with the best sets found, `exact: false` and an `upperBound` on the best net value.
 * @example
 * const p = selectPortfolio(model, { budget: 450_000 });
 * p.selected // ["mfa-rollout", "self-service-portal-build"]
 * p.alternatives[0] // { selected: [...], cost, net, givesUp }
 * p.net // 613,363 (modern-workplace example; greedy by net per euro would take MFA and the network: 580,805)
 * p.dropped[0] // { id: "network-upgrade", addedNet: 223129, overBudgetBy: 219130, reason: "over-budget", ... }
 */
export function selectPortfolio(model: Model, options: SelectPortfolioOptions): Portfolio {
  assertParsedModel(FN, model);
  checkOptionKeys(FN, options, OPTION_KEYS);
  if (options === undefined) invalidArgument(FN, "options with a budget are required", options);
  const { budget, year, alternatives = 3, maxSteps = DEFAULT_PORTFOLIO_STEPS } = options;
  if (typeof budget !== "number" || !Number.isFinite(budget) || budget < 0) {
    invalidOption(FN, "budget", "must be a finite number >= 0 (money, in the model's currency)", budget);
  }
  if (year !== undefined && !(Number.isInteger(year) && year >= 0 && year < model.horizonYears)) {
    invalidOption(FN, "year", `must be a whole year from 0 to ${model.horizonYears - 1}`, year);
  }
  if (!(Number.isInteger(alternatives) && alternatives >= 0)) {
    invalidOption(FN, "alternatives", "must be a whole number >= 0", alternatives);
  }
  if (!((Number.isInteger(maxSteps) && maxSteps >= 1) || maxSteps === Number.POSITIVE_INFINITY)) {
    invalidOption(FN, "maxSteps", "must be a whole number >= 1, or Infinity to search to the end", maxSteps);
  }
  const investments = chosenInvestments(FN, model, options.investments);
  const problem = portfolioProblem(model, investments, year);
  const tolerance = portfolioTolerance(problem, budget);
  const search = bestPortfolios(problem, budget, alternatives + 1, tolerance, undefined, maxSteps);
  const found = search.sets
    .map((set) => ({ ...evaluate(problem, set.members), ids: set.members.map((m) => m.id).sort(), members: set.members }))
    .sort((a, b) => compareSets(a, b, tolerance));
  // The empty set always fits, so the search returns at least it.
  const best = found[0]!;
  const state = createPortfolioState(problem);
  for (const m of best.members) state.add(m);
  const inBest = new Set(best.members);
  const dropped = problem.candidates
    .filter((c) => !inBest.has(c))
    .map((c): DroppedInvestment => {
      const addedNet = state.marginal(c);
      const over = best.cost + c.cost - budget;
      const overBudgetBy = over > tolerance.cost ? over : 0;
      return {
        id: c.id,
        net: evaluate(problem, [c]).net,
        cost: c.cost,
        addedNet,
        overBudgetBy,
        reason: addedNet > tolerance.net && overBudgetBy > 0 ? "over-budget" : "no-gain",
      };
    })
    .sort((a, b) => b.addedNet - a.addedNet || (a.id < b.id ? -1 : 1));
  return {
    selected: best.members.map((m) => m.id),
    cost: best.cost,
    net: best.net,
    alternatives: found.slice(1).map((set) => ({
      selected: set.members.map((m) => m.id),
      cost: set.cost,
      net: set.net,
      givesUp: best.net - set.net,
    })),
    dropped,
    exact: search.exact,
    upperBound: search.exact ? best.net : Math.max(best.net, search.upperBound),
  };
}

/** A set's cost and net value, computed afresh with the members added in model order (the same set, the same digits). */
function evaluate(problem: PortfolioProblem, members: readonly PortfolioCandidate[]): { cost: number; net: number } {
  const state = createPortfolioState(problem);
  for (const m of [...members].sort((a, b) => a.order - b.order)) state.add(m);
  return { cost: state.cost, net: state.value };
}
