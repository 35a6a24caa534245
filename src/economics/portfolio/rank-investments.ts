import { assertParsedModel } from "../../model/assert-parsed-model.js";
import type { Model } from "../../model/schema/model.js";
import { sum } from "../../stats/sum.js";
import { npv } from "../cash-flow/npv.js";
import { investmentFlows, roiOf } from "../return-on-investment.js";
import { valueOfInvestment } from "../value-of-investment.js";
import { netStandardDeviation } from "./net-standard-deviation.js";
import { checkOptionKeys, chosenInvestments, invalidOption } from "./portfolio-arguments.js";
import { closestMatch } from "../../model/suggest.js";

/** What {@link rankInvestments} sorts by. */
export const RANK_INVESTMENTS_BY = ["net", "roi", "valuePerRisk"] as const;

/** Options of {@link rankInvestments}. */
export interface RankInvestmentsOptions {
  /** Sort by net value (default), ROI or value per risk, largest first; ties by id. */
  by?: (typeof RANK_INVESTMENTS_BY)[number];
  /** The investment ids to rank; default: every investment of the model. */
  investments?: readonly string[];
}

/** One row of {@link rankInvestments}. Money in the model's currency; PV at the model's discount rate. */
export interface InvestmentRank {
  id: string;
  name: string;
  /** PV net value: tangible + intangible + riskReduction - costs (valueOfInvestment). */
  net: number;
  /** PV of the tangible benefits. */
  tangible: number;
  /** PV of the intangible benefits, apart from tangible. */
  intangible: number;
  /** PV of the expected losses it avoids. */
  riskReduction: number;
  /** PV of its costs. */
  costs: number;
  /** (PV tangible gains + risk reduction - PV costs) / PV costs (returnOnInvestment); `undefined` over zero cost. */
  roi: number | undefined;
  /** Standard deviation of the net value from the uncertainty of its estimates (see netStandardDeviation). */
  netStdDev: number;
  /**
   * Value per unit of risk: net / netStdDev, how many standard deviations of its own uncertainty the expected net
   * value stands above zero (a signal-to-noise, or Sharpe-like, ratio). Above 2: a loss is unlikely; below 1: the
   * estimates are too wide to be sure it pays. `undefined` when nothing about it is uncertain (netStdDev = 0).
   */
  valuePerRisk: number | undefined;
  /** Its undiscounted cost over the horizon: what a budget is compared with. */
  undiscountedCost: number;
  /** Its undiscounted cost per year. */
  undiscountedCostByYear: number[];
}

const FN = "rankInvestments";

/**
 * Every investment with its value (VOI), ROI, value per risk and undiscounted cost, sorted by `by` ("net" by default,
 * "roi" or "valuePerRisk"), largest first, ties broken by id. A ratio that is not defined (ROI over zero cost, value
 * per risk of a certain net value) ranks as +∞ or -∞ by the sign of its numerator (a certain gain first, a certain
 * loss last), or as 0 when that is 0; the row still reports it as `undefined`.
 * @example
 * rankInvestments(model, { by: "valuePerRisk" }).map((r) => [r.id, r.valuePerRisk])
 * // modern-workplace: [["self-service-portal-build", 6.97], ["mail-archive-migration", 1.72],
 * //   ["network-upgrade", 1.27], ["mfa-rollout", 1.0]]: MFA nets the most, but rests on a very uncertain phishing loss
 */
export function rankInvestments(model: Model, options?: RankInvestmentsOptions): InvestmentRank[] {
  assertParsedModel(FN, model);
  checkOptionKeys(FN, options, ["by", "investments"]);
  const by = options?.by ?? "net";
  if (!(RANK_INVESTMENTS_BY as readonly unknown[]).includes(by)) {
    const suggestion = typeof by === "string" ? closestMatch(by, RANK_INVESTMENTS_BY) : undefined;
    invalidOption(FN, "by", `must be one of ${RANK_INVESTMENTS_BY.join(", ")}`, by, suggestion);
  }
  const rows = chosenInvestments(FN, model, options?.investments).map((inv) => {
    const v = valueOfInvestment(model, inv.id);
    // ROI as returnOnInvestment computes it, without its IRR and payback periods.
    const flows = investmentFlows(v);
    const gains = npv(model.discountRate, flows.gainsByYear);
    const costs = npv(model.discountRate, flows.costsByYear);
    const roi = roiOf(gains, costs);
    const netStdDev = netStandardDeviation(model, inv);
    const row: InvestmentRank = {
      id: inv.id,
      name: inv.name,
      net: v.net,
      tangible: v.tangible,
      intangible: v.intangible,
      riskReduction: v.riskReduction,
      costs: v.costs,
      roi,
      netStdDev,
      valuePerRisk: netStdDev > 0 ? v.net / netStdDev : undefined,
      undiscountedCost: sum(v.byYear.costs),
      undiscountedCostByYear: [...v.byYear.costs],
    };
    const key =
      by === "net" ? v.net : by === "roi" ? (roi ?? signOf(gains - costs)) : (row.valuePerRisk ?? signOf(v.net));
    return { row, key };
  });
  rows.sort((a, b) => (a.key !== b.key ? (b.key > a.key ? 1 : -1) : a.row.id < b.row.id ? -1 : 1));
  return rows.map((r) => r.row);
}

/** An undefined ratio's place in the ranking: +∞, -∞ or 0 by the sign of its numerator. */
function signOf(numerator: number): number {
  return numerator > 0 ? Number.POSITIVE_INFINITY : numerator < 0 ? Number.NEGATIVE_INFINITY : 0;
}
