import { assertParsedModel } from "../model/assert-parsed-model.js";
import { elementIndex } from "../model/element-index.js";
import { invalidArgument, notFound } from "../model/errors.js";
import { meanAnnualLoss } from "../model/mean-annual-loss.js";
import type { Investment } from "../model/schema/risk.js";
import type { Model } from "../model/schema/model.js";
import { closestMatch } from "../model/suggest.js";
import { npv } from "./cash-flow/npv.js";
import { entriesByYear } from "./entries-by-year.js";

/** The result of {@link valueOfInvestment}: present values, and the yearly series they come from. */
export interface ValueOfInvestment {
  /** PV of the tangible benefits (cash or cash-like savings). */
  tangible: number;
  /** PV of the intangible benefits (valued in money, but not cash): reported apart, never inside `tangible`. */
  intangible: number;
  /** PV of the expected losses avoided: by x expected annual loss of each reduced risk, from `fromYear` on. */
  riskReduction: number;
  /** PV of the investment's own cost entries. */
  costs: number;
  /** tangible + intangible + riskReduction - costs. */
  net: number;
  /** The same, per year (undiscounted). */
  byYear: { tangible: number[]; intangible: number[]; riskReduction: number[]; costs: number[]; net: number[] };
}

/**
 * Value of an investment (VOI, spec "What the numbers mean"): the present values of its tangible benefits, intangible
 * benefits and risk reduction, of its costs, and the net value. Its costs and benefits are the entries whose `of` is
 * the investment; they are not running costs of services. A risk reduction is worth `by` x the risk's expected annual
 * loss in each year from `fromYear` to the last year.
 * @example
 * const v = valueOfInvestment(model, "mfa-rollout");
 * v.net; v.intangible; v.byYear.riskReduction
 */
export function valueOfInvestment(model: Model, investmentId: string): ValueOfInvestment {
  assertParsedModel("valueOfInvestment", model);
  const investment = investmentOrThrow(model, investmentId, "valueOfInvestment");
  const rate = model.discountRate;
  const tangible = entriesByYear(model, "benefits", investment.id, "tangible");
  const intangible = entriesByYear(model, "benefits", investment.id, "intangible");
  const costs = entriesByYear(model, "costs", investment.id);
  const riskReduction = riskReductionByYear(model, investment);
  const net = tangible.map((v, y) => v + intangible[y]! + riskReduction[y]! - costs[y]!);
  return {
    tangible: npv(rate, tangible),
    intangible: npv(rate, intangible),
    riskReduction: npv(rate, riskReduction),
    costs: npv(rate, costs),
    net: npv(rate, net),
    byYear: { tangible, intangible, riskReduction, costs, net },
  };
}

/** The expected losses an investment avoids per year: sum over its reductions of by x expected annual loss, from fromYear. */
export function riskReductionByYear(model: Model, investment: Investment): number[] {
  const out = new Array<number>(model.horizonYears).fill(0);
  const index = elementIndex(model);
  for (const reduction of investment.reduces) {
    const risk = model.risks[index.byId.get(reduction.risk)!.path[1] as number]!;
    const avoided = reduction.by * meanAnnualLoss(risk);
    for (let y = reduction.fromYear; y < model.horizonYears; y++) out[y]! += avoided;
  }
  return out;
}

/** The investment with this id, or a `not-found` ModelError with a suggestion. */
export function investmentOrThrow(model: Model, investmentId: string, fn: string): Investment {
  if (typeof investmentId !== "string") invalidArgument(fn, "the id must be an investment id (a string)", investmentId);
  const entry = elementIndex(model).byId.get(investmentId);
  if (!entry || entry.kind !== "investment") {
    notFound(fn, "investment", investmentId, closestMatch(investmentId, model.investments.map((i) => i.id)));
  }
  return model.investments[entry.path[1] as number]!;
}
