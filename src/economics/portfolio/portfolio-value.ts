import { assertParsedModel } from "../../model/assert-parsed-model.js";
import type { Model } from "../../model/schema/model.js";
import { checkOptionKeys, chosenInvestments, invalidOption } from "./portfolio-arguments.js";
import { portfolioProblem } from "./portfolio-problem.js";
import { createPortfolioState } from "./portfolio-state.js";

/** The result of {@link portfolioValue}: present values of a set of investments taken together, and its cost. */
export interface PortfolioValue {
  /** PV of the tangible benefits (they add up). */
  tangible: number;
  /** PV of the intangible benefits (they add up). */
  intangible: number;
  /** PV of the expected losses the set avoids, reductions of one risk combined: loss x (1 - Π (1 - by)) per year. */
  riskReduction: number;
  /** PV of the costs (they add up). */
  costs: number;
  /** tangible + intangible + riskReduction - costs. */
  net: number;
  /** Undiscounted cost: over the horizon, or in `year` only. What selectPortfolio compares with the budget. */
  cost: number;
}

const FN = "portfolioValue";

/**
 * The value of doing several investments together. Tangible and intangible benefits and costs add up; risk
 * reductions of the same risk combine: per risk and year, the share of the loss left is Π (1 - by) over the
 * investments that reduce it from that year on, so two 50% reductions avoid 75% of the loss, not 100%.
 * With one investment, the numbers are valueOfInvestment's. `year` only changes `cost`.
 * @example
 * portfolioValue(model, ["immutable-backups", "network-segmentation"]).riskReduction
 * // 2,523,747 in the hospital example, not 3,063,794 (the two alone): both reduce ransomware
 */
export function portfolioValue(model: Model, investmentIds: readonly string[], options?: { year?: number }): PortfolioValue {
  assertParsedModel(FN, model);
  checkOptionKeys(FN, options, ["year"]);
  const year = options?.year;
  if (year !== undefined && !(Number.isInteger(year) && year >= 0 && year < model.horizonYears)) {
    invalidOption(FN, "year", `must be a whole year from 0 to ${model.horizonYears - 1}`, year);
  }
  if (!Array.isArray(investmentIds)) invalidOption(FN, "investments", "must be an array of investment ids", investmentIds);
  const problem = portfolioProblem(model, chosenInvestments(FN, model, investmentIds), year);
  const state = createPortfolioState(problem);
  let tangible = 0;
  let intangible = 0;
  let costs = 0;
  let additive = 0;
  for (const c of problem.candidates) {
    state.add(c);
    tangible += c.tangible;
    intangible += c.intangible;
    costs += c.costs;
    additive += c.additive;
  }
  return { tangible, intangible, riskReduction: state.value - additive, costs, net: state.value, cost: state.cost };
}
