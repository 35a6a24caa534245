import { assertParsedModel } from "../model/assert-parsed-model.js";
import { deepFreeze } from "../model/deep-freeze.js";
import { elementIndex } from "../model/element-index.js";
import { idRecord, type IdRecord } from "../model/id-record.js";
import type { Model } from "../model/schema/model.js";
import { allocationPlan, propagateForward, type AllocationPlan } from "../graph/allocation-plan.js";
import { flowSeries } from "../model/flow-series.js";

/** One service's costs per year (index 0 = first year of the horizon), in the model's currency. */
export interface ServiceAllocation {
  /** Its own cost entries. */
  directByYear: number[];
  /** What the resources that support it pass on. */
  fromResourcesByYear: number[];
  /** What the services it consumes (dependsOn, bundles) pass on. */
  fromServicesByYear: number[];
  /** direct + from resources + from services: the basis of its TCO. */
  fullByYear: number[];
  /** What it passes on to the services that consume it (its full cost, unless it is top-level). */
  passedOnByYear: number[];
  /** No other service consumes it: it keeps its full cost. */
  topLevel: boolean;
}

/** The result of {@link allocateCosts}. */
export interface CostAllocation {
  horizonYears: number;
  services: IdRecord<ServiceAllocation>;
  /** Each resource's direct cost, and the part that no service takes (it supports nothing). */
  resources: IdRecord<{ directByYear: number[]; unallocatedByYear: number[] }>;
  /** Ids of the top-level services, in model order. */
  topLevel: string[];
  /** Costs that reach no service: resources that support nothing. Reported, never dropped. */
  unallocatedByYear: number[];
  /** All cost entries except investments' (the conservation total). */
  totalByYear: number[];
  /** Investments' cost entries: not running costs of services, reported apart. */
  investmentsByYear: number[];
}

/**
 * Allocate every cost entry through the model, per year, TBM-style: resources to the services they support (by share),
 * services to the services that consume them (by the consumers' shares), cycles by the reciprocal method.
 * Conservation holds in every year: sum of top-level full costs + unallocated = total (to rounding).
 * The result is frozen and cached per model object.
 * @example
 * const a = allocateCosts(model);
 * a.services["smart-collaboration"].fullByYear // [1750092, 1725644, ...] (examples/modern-workplace.yaml)
 */
export function allocateCosts(model: Model): CostAllocation {
  assertParsedModel("allocateCosts", model);
  let allocation = cache.get(model);
  if (!allocation) {
    allocation = deepFreeze(allocateWithAmounts(model));
    cache.set(model, allocation);
  }
  return allocation;
}

const cache = new WeakMap<Model, CostAllocation>();

/**
 * {@link allocateCosts} with the amount of each cost entry overridden (by entry index), for simulations.
 * @internal
 */
export function allocateWithAmounts(model: Model, amounts?: ArrayLike<number>, plan: AllocationPlan = allocationPlan(model)): CostAllocation {
  const h = model.horizonYears;
  const index = elementIndex(model);
  const n = plan.serviceIds.length;
  const serviceDirect = new Float64Array(n * h);
  const resourceDirect = new Float64Array(plan.resourceIds.length * h);
  const totalByYear = new Array<number>(h).fill(0);
  const investmentsByYear = new Array<number>(h).fill(0);
  const series = new Array<number>(h);
  model.costs.forEach((cost, e) => {
    series.fill(0);
    flowSeries(cost, h, amounts ? amounts[e]! : cost.amount.mean, series);
    const kind = index.byId.get(cost.of)?.kind;
    if (kind === "investment") {
      for (let y = 0; y < h; y++) investmentsByYear[y]! += series[y]!;
      return;
    }
    const target = kind === "service" ? serviceDirect : resourceDirect;
    const position = (kind === "service" ? plan.servicePosition : plan.resourcePosition).get(cost.of)!;
    for (let y = 0; y < h; y++) {
      target[position * h + y]! += series[y]!;
      totalByYear[y]! += series[y]!;
    }
  });

  const fromResources = new Float64Array(n * h);
  const unallocatedByYear = new Array<number>(h).fill(0);
  const resources = idRecord<{ directByYear: number[]; unallocatedByYear: number[] }>();
  plan.resourceIds.forEach((id, r) => {
    const direct = Array.from(resourceDirect.subarray(r * h, (r + 1) * h));
    const start = plan.supportStart[r]!;
    const end = plan.supportStart[r + 1]!;
    if (start === end) {
      for (let y = 0; y < h; y++) unallocatedByYear[y]! += direct[y]!;
      resources[id] = { directByYear: direct, unallocatedByYear: [...direct] };
      return;
    }
    for (let e = start; e < end; e++) {
      const s = plan.supportIndex[e]!;
      const f = plan.supportFraction[e]!;
      for (let y = 0; y < h; y++) fromResources[s * h + y]! += f * direct[y]!;
    }
    resources[id] = { directByYear: direct, unallocatedByYear: new Array<number>(h).fill(0) };
  });

  const base = new Float64Array(n * h);
  for (let i = 0; i < n * h; i++) base[i] = serviceDirect[i]! + fromResources[i]!;
  const full = propagateForward(plan, base, h);

  const services = idRecord<ServiceAllocation>();
  const topLevel: string[] = [];
  plan.serviceIds.forEach((id, s) => {
    const slice = (a: Float64Array) => Array.from(a.subarray(s * h, (s + 1) * h));
    const fullByYear = slice(full);
    const isTop = plan.topLevel[s] === 1;
    if (isTop) topLevel.push(id);
    services[id] = {
      directByYear: slice(serviceDirect),
      fromResourcesByYear: slice(fromResources),
      fromServicesByYear: fullByYear.map((v, y) => v - base[s * h + y]!),
      fullByYear,
      passedOnByYear: isTop ? new Array<number>(h).fill(0) : [...fullByYear],
      topLevel: isTop,
    };
  });
  return { horizonYears: h, services, resources, topLevel, unallocatedByYear, totalByYear, investmentsByYear };
}
