import { assertParsedModel } from "../model/assert-parsed-model.js";
import type { DimensionId } from "../reference/itil4.js";
import { elementIndex } from "../model/element-index.js";
import { invalidArgument, notFound } from "../model/errors.js";
import { idRecord, type IdRecord } from "../model/id-record.js";
import type { Model } from "../model/schema/model.js";
import type { Cost } from "../model/schema/cost.js";
import { closestMatch } from "../model/suggest.js";
import { absorptionInto, allocationPlan, type AllocationPlan } from "../graph/allocation-plan.js";
import { equivalentAnnualCost } from "./cash-flow/equivalent-annual-cost.js";
import { npv } from "./cash-flow/npv.js";
import { flowSeries } from "../model/flow-series.js";

/** The dimension key for costs that come from services' own cost entries, not from a resource. */
export const NO_DIMENSION = "none";

/** The result of {@link totalCostOfOwnership}. Breakdowns are undiscounted totals over the horizon. */
export interface TotalCostOfOwnership {
  /** Full cost summed over the horizon. */
  total: number;
  /** Full cost discounted at the model's rate, year 0 undiscounted. */
  presentValue: number;
  /** Full cost per year. */
  byYear: number[];
  /** By cost pool (`staffing`, `software`, ...). */
  byCategory: Partial<Record<Cost["category"], number>>;
  /** By capex/opex. */
  byType: Partial<Record<Cost["type"], number>>;
  /** By dimension of the resource the cost came from; services' own cost entries under `"none"`. */
  byDimension: Partial<Record<DimensionId | typeof NO_DIMENSION, number>>;
  /** By the element whose cost entry it is (a resource or a service, this one or one it consumes). */
  bySource: IdRecord<number>;
  /**
   * The constant yearly amount, paid in years 0 to n - 1 like the model's flows, with the same present value:
   * PV x r / ((1 - (1 + r)^-n) (1 + r)); PV / n at r = 0. A level cost c has an EAC of c.
   */
  equivalentAnnualCost: number;
}

/**
 * Total cost of ownership of a service over the model's horizon: its full cost (own costs, its resources' costs and
 * what the services it consumes pass on, allocated as in {@link allocateCosts}), with breakdowns by year, cost pool,
 * capex/opex, dimension and source element. Investments' costs are not running costs and are not included.
 * @example
 * const tco = totalCostOfOwnership(model, "smart-collaboration");
 * tco.total; tco.byCategory.software; tco.bySource["mail"]
 */
export function totalCostOfOwnership(model: Model, serviceId: string): TotalCostOfOwnership {
  assertParsedModel("totalCostOfOwnership", model);
  const plan = allocationPlan(model);
  const target = servicePositionOrThrow(plan, serviceId, "totalCostOfOwnership");
  const weights = sourceWeights(model, plan, absorptionInto(plan, target));
  const h = model.horizonYears;
  const byYear = new Array<number>(h).fill(0);
  const byCategory: TotalCostOfOwnership["byCategory"] = {};
  const byType: TotalCostOfOwnership["byType"] = {};
  const byDimension: TotalCostOfOwnership["byDimension"] = {};
  const bySource = idRecord<number>();
  const series = new Array<number>(h);
  const index = elementIndex(model);
  model.costs.forEach((cost) => {
    const w = weights.get(cost.of);
    if (!w) return;
    series.fill(0);
    flowSeries(cost, h, cost.amount.mean, series);
    let sum = 0;
    for (let y = 0; y < h; y++) {
      const v = w * series[y]!;
      byYear[y]! += v;
      sum += v;
    }
    const entry = index.byId.get(cost.of)!;
    const dimension = entry.kind === "resource" ? model.resources[entry.path[1] as number]!.dimension : NO_DIMENSION;
    byCategory[cost.category] = (byCategory[cost.category] ?? 0) + sum;
    byType[cost.type] = (byType[cost.type] ?? 0) + sum;
    byDimension[dimension] = (byDimension[dimension] ?? 0) + sum;
    bySource[cost.of] = (bySource[cost.of] ?? 0) + sum;
  });
  const total = byYear.reduce((s, v) => s + v, 0);
  const presentValue = npv(model.discountRate, byYear);
  return {
    total,
    presentValue,
    byYear,
    byCategory,
    byType,
    byDimension,
    bySource,
    equivalentAnnualCost: equivalentAnnualCost(model.discountRate, presentValue, h, "begin"),
  };
}

/**
 * The share of each service's and resource's direct cost that ends up in one service's full cost, given that
 * service's absorption row over services.
 */
export function sourceWeights(model: Model, plan: AllocationPlan, serviceWeights: Float64Array): Map<string, number> {
  const weights = new Map<string, number>();
  serviceWeights.forEach((w, s) => {
    if (w !== 0) weights.set(plan.serviceIds[s]!, w);
  });
  plan.resourceIds.forEach((id, r) => {
    let w = 0;
    for (let e = plan.supportStart[r]!; e < plan.supportStart[r + 1]!; e++) w += plan.supportFraction[e]! * serviceWeights[plan.supportIndex[e]!]!;
    if (w !== 0) weights.set(id, w);
  });
  return weights;
}

/** The position of a service in the plan, or a `not-found` ModelError with a suggestion. */
export function servicePositionOrThrow(plan: AllocationPlan, serviceId: string, fn: string): number {
  if (typeof serviceId !== "string") invalidArgument(fn, "serviceId must be a service id (a string)", serviceId);
  const position = plan.servicePosition.get(serviceId);
  if (position === undefined) notFound(fn, "service", serviceId, closestMatch(serviceId, plan.serviceIds));
  return position;
}
