import { elementIndex } from "../../model/element-index.js";
import { meanAnnualLoss } from "../../model/mean-annual-loss.js";
import type { Model } from "../../model/schema/model.js";
import type { Investment } from "../../model/schema/risk.js";
import { sum } from "../../stats/sum.js";
import { npv } from "../cash-flow/npv.js";
import { entriesByYear } from "../entries-by-year.js";

/** One investment as the portfolio search sees it. Money in the model's currency. */
export interface PortfolioCandidate {
  id: string;
  /** Its position in `model.investments`: results list investments in model order. */
  order: number;
  /** Undiscounted cost that counts against the budget: all its cost entries over the horizon, or in one year. */
  cost: number;
  /** PV of its tangible benefits. */
  tangible: number;
  /** PV of its intangible benefits. */
  intangible: number;
  /** PV of its costs. */
  costs: number;
  /** tangible + intangible - costs: the part of its net value that simply adds up across investments. */
  additive: number;
  /** Its risk reductions; `risk` indexes {@link PortfolioProblem.riskIds}. */
  reductions: readonly { risk: number; by: number; fromYear: number }[];
}

/** The data of a portfolio choice: candidates and, per reduced risk and year, the discounted expected loss. */
export interface PortfolioProblem {
  candidates: readonly PortfolioCandidate[];
  horizonYears: number;
  /** Ids of the risks the candidates reduce. */
  riskIds: readonly string[];
  /** `weights[r * horizonYears + y]` = expected annual loss of risk r / (1 + discountRate)^y. */
  weights: Float64Array;
}

/**
 * The portfolio problem for these investments: each one's undiscounted cost (over the horizon, or in `year` only), the
 * present values that add up (tangible, intangible, costs), and its risk reductions against a shared table of
 * discounted expected losses, so that reductions of one risk by several investments can be combined.
 */
export function portfolioProblem(model: Model, investments: readonly Investment[], year?: number): PortfolioProblem {
  const horizonYears = model.horizonYears;
  const rate = model.discountRate;
  const index = elementIndex(model);
  const order = new Map(model.investments.map((inv, i) => [inv.id, i]));
  const riskIds: string[] = [];
  const riskSlot = new Map<string, number>();
  const losses: number[] = [];
  const candidates = investments.map((inv): PortfolioCandidate => {
    const tangible = entriesByYear(model, "benefits", inv.id, "tangible");
    const intangible = entriesByYear(model, "benefits", inv.id, "intangible");
    const costs = entriesByYear(model, "costs", inv.id);
    const reductions = inv.reduces.map((r) => {
      let slot = riskSlot.get(r.risk);
      if (slot === undefined) {
        slot = riskIds.length;
        riskSlot.set(r.risk, slot);
        riskIds.push(r.risk);
        losses.push(meanAnnualLoss(model.risks[index.byId.get(r.risk)!.path[1] as number]!));
      }
      return { risk: slot, by: r.by, fromYear: r.fromYear };
    });
    const pv = { tangible: npv(rate, tangible), intangible: npv(rate, intangible), costs: npv(rate, costs) };
    return {
      id: inv.id,
      order: order.get(inv.id)!,
      cost: year === undefined ? sum(costs) : costs[year]!,
      ...pv,
      additive: npv(rate, tangible.map((t, y) => t + intangible[y]! - costs[y]!)),
      reductions,
    };
  });
  const weights = new Float64Array(riskIds.length * horizonYears);
  const logGrowth = Math.log1p(rate);
  losses.forEach((loss, r) => {
    // The same discount factor as npv: exp(-t log1p(rate)), exact at rate 0.
    for (let y = 0; y < horizonYears; y++) weights[r * horizonYears + y] = loss * Math.exp(-y * logGrowth);
  });
  return { candidates, horizonYears, riskIds, weights };
}
