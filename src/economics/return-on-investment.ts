import { assertParsedModel } from "../model/assert-parsed-model.js";
import { elementIndex } from "../model/element-index.js";
import { invalidArgument, notFound } from "../model/errors.js";
import type { Model } from "../model/schema/model.js";
import { closestMatch } from "../model/suggest.js";
import { allocateCosts } from "./allocate-costs.js";
import { discountedPaybackPeriod } from "./cash-flow/discounted-payback-period.js";
import { irr } from "./cash-flow/irr.js";
import { npv } from "./cash-flow/npv.js";
import { paybackPeriod } from "./cash-flow/payback-period.js";
import { entriesByYear } from "./entries-by-year.js";
import { valueOfInvestment, type ValueOfInvestment } from "./value-of-investment.js";

/** The result of {@link returnOnInvestment}. Money in the model's currency, rates as fractions. */
export interface ReturnOnInvestment {
  /** (PV gains - PV costs) / PV costs, with tangible gains only; `undefined` when PV costs is 0 (not defined). */
  roi: number | undefined;
  /** The same with intangible benefits counted as gains; `undefined` when PV costs is 0. */
  roiWithIntangible: number | undefined;
  /** NPV of the yearly cash flow (tangible gains - costs). */
  npv: number;
  /** IRR of that cash flow (see `irr`); NaN when no real rate exists, e.g. gains in every year and no cost. */
  irr: number;
  /** Years until the cumulative cash flow turns non-negative for good (interpolated); `undefined` when never. */
  paybackYears: number | undefined;
  /** The same on discounted flows; `undefined` when never. */
  discountedPaybackYears: number | undefined;
  /** PV of the gains (tangible benefits, plus risk reduction for an investment). */
  gains: number;
  /** PV of the intangible benefits, reported apart. */
  intangible: number;
  /** PV of the costs (a service's TCO, or an investment's own costs). */
  costs: number;
  /** The yearly cash flow behind npv, irr and payback: tangible gains - costs. */
  cashFlowByYear: number[];
}

/**
 * Return on a service or an investment (spec "What the numbers mean"). A service: gains are its tangible benefits and
 * costs its TCO (full cost). An investment: gains are its tangible benefits plus risk reduction, costs its own cost
 * entries. ROI = (PV gains - PV costs) / PV costs; NPV, IRR and payback come from the yearly flow gains - costs.
 * NOTE: `roi` counts tangible gains only, so intangible value is never mixed in; `roiWithIntangible` adds it.
 * @example returnOnInvestment(modernWorkplace, "mfa-rollout") // { roi: 2.94, npv: 307993, irr: 2.34, paybackYears: 0.42, ... }
 */
export function returnOnInvestment(model: Model, id: string): ReturnOnInvestment {
  assertParsedModel("returnOnInvestment", model);
  const fn = "returnOnInvestment";
  if (typeof id !== "string") invalidArgument(fn, "the id must be a service or investment id (a string)", id);
  const kind = elementIndex(model).byId.get(id)?.kind;
  const rate = model.discountRate;
  let gainsByYear: number[];
  let intangibleByYear: number[];
  let costsByYear: number[];
  if (kind === "service") {
    gainsByYear = entriesByYear(model, "benefits", id, "tangible");
    intangibleByYear = entriesByYear(model, "benefits", id, "intangible");
    costsByYear = [...allocateCosts(model).services[id]!.fullByYear];
  } else if (kind === "investment") {
    ({ gainsByYear, intangibleByYear, costsByYear } = investmentFlows(valueOfInvestment(model, id)));
  } else {
    const candidates = [...model.services.map((s) => s.id), ...model.investments.map((i) => i.id)];
    return notFound(fn, "service or investment", id, closestMatch(id, candidates));
  }
  const gains = npv(rate, gainsByYear);
  const intangible = npv(rate, intangibleByYear);
  const costs = npv(rate, costsByYear);
  const cashFlowByYear = gainsByYear.map((g, y) => g - costsByYear[y]!);
  return {
    roi: roiOf(gains, costs),
    roiWithIntangible: roiOf(gains + intangible, costs),
    npv: npv(rate, cashFlowByYear),
    irr: irr(cashFlowByYear),
    paybackYears: paybackPeriod(cashFlowByYear),
    discountedPaybackYears: discountedPaybackPeriod(cashFlowByYear, rate),
    gains,
    intangible,
    costs,
    cashFlowByYear,
  };
}

/** An investment's yearly flows as `returnOnInvestment` counts them: gains are tangible benefits plus risk reduction. */
export function investmentFlows(v: ValueOfInvestment): { gainsByYear: number[]; intangibleByYear: number[]; costsByYear: number[] } {
  return {
    gainsByYear: v.byYear.tangible.map((t, y) => t + v.byYear.riskReduction[y]!),
    intangibleByYear: v.byYear.intangible,
    costsByYear: v.byYear.costs,
  };
}

/** ROI = (PV gains - PV costs) / PV costs; undefined over zero cost. */
export function roiOf(gains: number, costs: number): number | undefined {
  return costs !== 0 ? (gains - costs) / costs : undefined;
}
