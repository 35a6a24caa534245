import type { Estimate } from "../../model/estimate.js";
import { assertParsedModel } from "../../model/assert-parsed-model.js";
import { elementIndex } from "../../model/element-index.js";
import { entriesOf } from "../../model/entries-of.js";
import { invalidArgument } from "../../model/errors.js";
import { flowSeries } from "../../model/flow-series.js";
import type { Model } from "../../model/schema/model.js";
import type { Investment } from "../../model/schema/risk.js";
import { npv } from "../cash-flow/npv.js";
import { investmentOrThrow } from "../value-of-investment.js";
import { estimateVariance } from "./estimate-variance.js";

/**
 * The standard deviation of an investment's net value (PV), from the uncertainty of its estimates: how far the net
 * value may plausibly be from the figure computed with the means. Each cost or benefit entry adds
 * (PV of its series per unit of amount)^2 x Var(amount); each reduced risk adds (by x Σ discount factors from
 * fromYear)^2 x Var(frequency x impact), with Var(F I) = Var F Var I + Var F (E I)^2 + Var I (E F)^2.
 * Estimates are taken as independent (as the simulation draws them); 0 when every estimate is a plain number. Throws
 * `ModelError`: `invalid-argument` for a model not from `parseModel` or an investment that is not an object,
 * `not-found` for an investment id not in the model.
 * @example netStandardDeviation(model, mfaRollout) // 358,613 (modern-workplace: net 357,675, phishing loss uncertain)
 */
export function netStandardDeviation(model: Model, investment: Investment): number {
  const fn = "netStandardDeviation";
  assertParsedModel(fn, model);
  if (investment === null || typeof investment !== "object") invalidArgument(fn, "investment must be one of model.investments", investment);
  // The model's own record (not a look-alike), or a not-found error with a suggestion.
  investment = investmentOrThrow(model, investment.id, fn);
  const h = model.horizonYears;
  const rate = model.discountRate;
  let variance = 0;
  for (const entry of [...entriesOf(model, "costs", investment.id), ...entriesOf(model, "benefits", investment.id)]) {
    const v = estimateVariance(entry.amount as Estimate);
    if (v === 0) continue;
    const perUnit = npv(rate, flowSeries(entry, h, 1));
    variance += perUnit * perUnit * v;
  }
  const index = elementIndex(model);
  for (const r of investment.reduces) {
    const risk = model.risks[index.byId.get(r.risk)!.path[1] as number]!;
    const vf = estimateVariance(risk.frequency as Estimate);
    const vi = estimateVariance(risk.impact as Estimate);
    const mf = risk.frequency.mean;
    const mi = risk.impact.mean;
    const lossVariance = vf * vi + vf * mi * mi + vi * mf * mf;
    if (lossVariance === 0) continue;
    const perUnit = r.by * npv(rate, flowSeries({ amount: { mean: 1 }, recurrence: "yearly", startYear: r.fromYear, growth: 0 }, h));
    variance += perUnit * perUnit * lossVariance;
  }
  return Math.sqrt(variance);
}
