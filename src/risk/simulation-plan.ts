import { flowSeries } from "../model/flow-series.js";
import { allocationPlan, type AllocationPlan } from "../graph/allocation-plan.js";
import { elementIndex } from "../model/element-index.js";
import type { Model } from "../model/schema/model.js";
import type { Sampler } from "../stats/sampler.js";
import { modelEstimates, samplerOf, type ModelEstimate } from "./model-estimates.js";

/**
 * Everything a simulation needs, precomputed from a model: each outcome is linear in the estimates' draws (or, for a
 * risk reduction, in the product of a frequency and an impact), so an iteration is a few multiply-adds per estimate
 * plus one pass of cost allocation. Built once per simulation; workers rebuild it from the model.
 */
export interface SimulationPlan {
  horizonYears: number;
  estimates: readonly ModelEstimate[];
  samplers: readonly Sampler[];
  /** Estimates that some outcome uses and that are uncertain: the only ones drawn. */
  drawn: Int32Array;
  allocation: AllocationPlan;
  /** Services whose outcomes are reported (indexes into the model's services). */
  reportedServices: Int32Array;
  /** What each service receives before service-to-service passing when every estimate sits at its fixed value: total and PV. */
  baseTotal: Float64Array;
  basePresentValue: Float64Array;
  /** Per drawn estimate (CSR over `drawn` order): the services its draw feeds, with coefficients for total and PV cost. */
  feedStart: Int32Array;
  feedService: Int32Array;
  feedTotal: Float64Array;
  feedPresentValue: Float64Array;
  /** PV of each service's tangible benefits: a constant part and terms over drawn estimates. */
  benefitConstant: Float64Array;
  benefitTerms: { service: number; estimate: number; coefficient: number }[];
  /** Investments' net value (PV): constant + linear terms + product terms (frequency x impact) over estimates. */
  investmentIds: readonly string[];
  investmentConstant: Float64Array;
  investmentLinear: { investment: number; estimate: number; coefficient: number }[];
  investmentProducts: { investment: number; frequency: number; impact: number; coefficient: number }[];
  /** Per risk: the estimates of its frequency and impact. */
  riskIds: readonly string[];
  riskFrequency: Int32Array;
  riskImpact: Int32Array;
}

/** Which services a simulation reports: all, the top-level ones, or a list of ids. */
export type ServiceSelection = "all" | "top-level" | readonly string[];

/**
 * Build the plan of a simulation for a model (see {@link SimulationPlan}). With `scope: "investments"` only what the
 * investments' net values need is drawn (no service costs, no simulated loss years): the value of information uses it.
 * Draws of the estimates it keeps are the same either way (streams are per estimate).
 */
export function simulationPlan(model: Model, services: ServiceSelection, scope: "all" | "investments" = "all"): SimulationPlan {
  const everything = scope === "all";
  const h = model.horizonYears;
  const discount = Array.from({ length: h }, (_, t) => (1 + model.discountRate) ** -t);
  const estimates = modelEstimates(model);
  const samplers = estimates.map((e) => samplerOf(e.estimate));
  const positionOf = new Map(estimates.map((e, i) => [e.path, i]));
  const allocation = allocationPlan(model);
  const index = elementIndex(model);
  const n = allocation.serviceIds.length;
  const used = new Uint8Array(estimates.length);

  // Sum over the horizon of an entry's yearly pattern per unit of amount, undiscounted and discounted.
  const series = new Array<number>(h);
  const factors = (entry: Parameters<typeof flowSeries>[0]) => {
    series.fill(0);
    flowSeries(entry, h, 1, series);
    let total = 0;
    let presentValue = 0;
    for (let t = 0; t < h; t++) {
      total += series[t]!;
      presentValue += series[t]! * discount[t]!;
    }
    return { total, presentValue };
  };

  const baseTotal = new Float64Array(n);
  const basePresentValue = new Float64Array(n);
  const feeds: { service: number; total: number; presentValue: number }[][] = estimates.map(() => []);
  const investmentIds = model.investments.map((i) => i.id);
  const investmentPosition = new Map(investmentIds.map((id, i) => [id, i]));
  const investmentConstant = new Float64Array(investmentIds.length);
  const investmentLinear: SimulationPlan["investmentLinear"] = [];

  model.costs.forEach((cost, i) => {
    const e = positionOf.get(`costs[${i}].amount`)!;
    const { total, presentValue } = factors(cost);
    const entry = index.byId.get(cost.of)!;
    const uncertain = estimates[e]!.uncertain;
    const mean = estimates[e]!.estimate.mean;
    if (entry.kind === "investment") {
      const inv = investmentPosition.get(cost.of)!;
      if (uncertain) {
        investmentLinear.push({ investment: inv, estimate: e, coefficient: -presentValue });
        used[e] = 1;
      } else investmentConstant[inv]! -= presentValue * mean;
      return;
    }
    // Where one unit of this entry's amount lands among services (before services pass cost on).
    const targets: { service: number; weight: number }[] = [];
    if (entry.kind === "service") targets.push({ service: allocation.servicePosition.get(cost.of)!, weight: 1 });
    else {
      const r = allocation.resourcePosition.get(cost.of)!;
      for (let k = allocation.supportStart[r]!; k < allocation.supportStart[r + 1]!; k++) {
        targets.push({ service: allocation.supportIndex[k]!, weight: allocation.supportFraction[k]! });
      }
    }
    for (const { service, weight } of targets) {
      if (uncertain) feeds[e]!.push({ service, total: weight * total, presentValue: weight * presentValue });
      else {
        baseTotal[service]! += weight * total * mean;
        basePresentValue[service]! += weight * presentValue * mean;
      }
    }
    if (uncertain && targets.length > 0 && everything) used[e] = 1;
  });

  const benefitConstant = new Float64Array(n);
  const benefitTerms: SimulationPlan["benefitTerms"] = [];
  model.benefits.forEach((benefit, i) => {
    const e = positionOf.get(`benefits[${i}].amount`)!;
    const { presentValue } = factors(benefit);
    const uncertain = estimates[e]!.uncertain;
    const mean = estimates[e]!.estimate.mean;
    const kind = index.byId.get(benefit.of)!.kind;
    if (kind === "investment") {
      // Net value of an investment counts tangible and intangible benefits (spec: VOI net).
      const inv = investmentPosition.get(benefit.of)!;
      if (uncertain) {
        investmentLinear.push({ investment: inv, estimate: e, coefficient: presentValue });
        used[e] = 1;
      } else investmentConstant[inv]! += presentValue * mean;
    } else if (kind === "service" && benefit.kind === "tangible") {
      const service = allocation.servicePosition.get(benefit.of)!;
      if (uncertain) {
        benefitTerms.push({ service, estimate: e, coefficient: presentValue });
        if (everything) used[e] = 1;
      } else benefitConstant[service]! += presentValue * mean;
    }
  });

  const riskIds = model.risks.map((r) => r.id);
  const riskFrequency = Int32Array.from(model.risks, (_, i) => positionOf.get(`risks[${i}].frequency`)!);
  const riskImpact = Int32Array.from(model.risks, (_, i) => positionOf.get(`risks[${i}].impact`)!);
  if (everything) {
    riskFrequency.forEach((e, i) => {
      if (estimates[e]!.uncertain) used[e] = 1;
      if (estimates[riskImpact[i]!]!.uncertain) used[riskImpact[i]!] = 1;
    });
  }
  const riskPosition = new Map(riskIds.map((id, i) => [id, i]));
  const investmentProducts: SimulationPlan["investmentProducts"] = [];
  model.investments.forEach((inv, i) => {
    for (const reduction of inv.reduces) {
      const r = riskPosition.get(reduction.risk)!;
      let presentValue = 0;
      for (let t = reduction.fromYear; t < h; t++) presentValue += discount[t]!;
      investmentProducts.push({ investment: i, frequency: riskFrequency[r]!, impact: riskImpact[r]!, coefficient: reduction.by * presentValue });
      for (const e of [riskFrequency[r]!, riskImpact[r]!]) if (estimates[e]!.uncertain) used[e] = 1;
    }
  });

  const drawn = Int32Array.from(estimates.flatMap((e, i) => (used[i] && e.uncertain ? [i] : [])));
  const feedStart = new Int32Array(drawn.length + 1);
  drawn.forEach((e, k) => (feedStart[k + 1] = feedStart[k]! + feeds[e]!.length));
  const feedService = new Int32Array(feedStart[drawn.length]!);
  const feedTotal = new Float64Array(feedService.length);
  const feedPresentValue = new Float64Array(feedService.length);
  drawn.forEach((e, k) =>
    feeds[e]!.forEach((f, j) => {
      feedService[feedStart[k]! + j] = f.service;
      feedTotal[feedStart[k]! + j] = f.total;
      feedPresentValue[feedStart[k]! + j] = f.presentValue;
    }),
  );

  const reportedServices =
    services === "all"
      ? Int32Array.from({ length: n }, (_, i) => i)
      : services === "top-level"
        ? Int32Array.from(allocation.serviceIds.flatMap((_, i) => (allocation.topLevel[i] ? [i] : [])))
        : Int32Array.from(services, (id) => allocation.servicePosition.get(id)!);

  return {
    horizonYears: h,
    estimates,
    samplers,
    drawn,
    allocation,
    reportedServices,
    baseTotal,
    basePresentValue,
    feedStart,
    feedService,
    feedTotal,
    feedPresentValue,
    benefitConstant,
    benefitTerms,
    investmentIds,
    investmentConstant,
    investmentLinear,
    investmentProducts,
    // Loss years are simulated only for a full simulation.
    riskIds: everything ? riskIds : [],
    riskFrequency: everything ? riskFrequency : new Int32Array(0),
    riskImpact: everything ? riskImpact : new Int32Array(0),
  };
}
