import { allocateCosts } from "../../economics/allocate-costs.js";
import { equivalentAnnualCost } from "../../economics/cash-flow/equivalent-annual-cost.js";
import { npv } from "../../economics/cash-flow/npv.js";
import { totalCostOfOwnership } from "../../economics/total-cost-of-ownership.js";
import { elementIndex } from "../../model/element-index.js";
import type { Model } from "../../model/schema/model.js";
import { elementName } from "../../model/element-name.js";

/** One service's TCO: money in the model's currency, undiscounted over the horizon unless named present value. */
export interface TcoRow {
  id: string;
  name: string;
  /** No other service consumes it, so it keeps its full cost (otherwise it passes it on). */
  topLevel: boolean;
  total: number;
  presentValue: number;
  /** The constant yearly amount with the same present value. */
  equivalentAnnualCost: number;
  byYear: number[];
}

/** One line of a breakdown: a cost pool, capex/opex, a dimension (`none`: services' own costs) or a source element. */
export interface BreakdownLine {
  key: string;
  amount: number;
}

/** A service's TCO split four ways (undiscounted totals over the horizon), largest first. */
export interface TcoBreakdown {
  byCategory: BreakdownLine[];
  byType: BreakdownLine[];
  byDimension: BreakdownLine[];
  /** By the resource or service whose cost entry it is; `kind` says which. */
  bySource: (BreakdownLine & { kind: string })[];
}

/** A yearly series, its sum and its present value. */
export interface YearlyAmount {
  total: number;
  presentValue: number;
  byYear: number[];
}

/**
 * A yearly series with its sum and present value at `rate` (year 0 undiscounted).
 * @example yearlyAmount([100, 100], 0.1) // { total: 200, presentValue: 190.909..., byYear: [100, 100] }
 */
export function yearlyAmount(byYear: readonly number[], rate: number): YearlyAmount {
  return { total: byYear.reduce((s, v) => s + v, 0), presentValue: npv(rate, byYear), byYear: [...byYear] };
}

/** The TCO section of `servicevalue analyze`. */
export interface TcoSection {
  /** The top-level services, largest TCO first; with `--service`, that one service. */
  services: TcoRow[];
  /** With `--service`: its breakdowns; otherwise null. */
  breakdown: TcoBreakdown | null;
  /** Costs of resources that support no service: reported, never dropped. */
  unallocated: YearlyAmount;
  /** Every cost entry except investments': top-level TCOs + unallocated add up to it (conservation). */
  runningCosts: YearlyAmount;
  /** Investments' cost entries, apart from running costs. */
  investmentCosts: YearlyAmount;
}

/**
 * The TCO section: each top-level service's full cost (from `allocateCosts`, the same numbers as
 * `totalCostOfOwnership`), or with `serviceId` that service's `totalCostOfOwnership` with its breakdowns; plus the
 * unallocated, running and investment costs that complete the picture.
 * @example tcoSection(model).services[0] // { id: "smart-collaboration", total: 8880522.36, ... }
 */
export function tcoSection(model: Model, serviceId?: string): TcoSection {
  const allocation = allocateCosts(model);
  const rate = model.discountRate;
  const h = model.horizonYears;
  const yearly = (byYear: readonly number[]) => yearlyAmount(byYear, rate);
  let services: TcoRow[];
  let breakdown: TcoBreakdown | null = null;
  if (serviceId !== undefined) {
    const tco = totalCostOfOwnership(model, serviceId);
    services = [
      {
        id: serviceId,
        name: elementName(model, serviceId),
        topLevel: allocation.services[serviceId]!.topLevel,
        total: tco.total,
        presentValue: tco.presentValue,
        equivalentAnnualCost: tco.equivalentAnnualCost,
        byYear: [...tco.byYear],
      },
    ];
    const index = elementIndex(model);
    breakdown = {
      byCategory: lines(tco.byCategory),
      byType: lines(tco.byType),
      byDimension: lines(tco.byDimension),
      bySource: lines(tco.bySource).map((l) => ({ ...l, kind: index.byId.get(l.key)?.kind ?? "service" })),
    };
  } else {
    services = allocation.topLevel.map((id) => {
      const { total, presentValue, byYear } = yearly(allocation.services[id]!.fullByYear);
      return {
        id,
        name: elementName(model, id),
        topLevel: true,
        total,
        presentValue,
        equivalentAnnualCost: equivalentAnnualCost(rate, presentValue, h, "begin"),
        byYear,
      };
    });
    // Largest first; the sort is stable, so equal totals keep the model's order.
    services.sort((a, b) => b.total - a.total);
  }
  return {
    services,
    breakdown,
    unallocated: yearly(allocation.unallocatedByYear),
    runningCosts: yearly(allocation.totalByYear),
    investmentCosts: yearly(allocation.investmentsByYear),
  };
}

/** A breakdown record as lines, largest first, ties by key. */
function lines(record: Readonly<Record<string, number | undefined>>): BreakdownLine[] {
  return Object.entries(record)
    .filter((e): e is [string, number] => e[1] !== undefined)
    .map(([key, amount]) => ({ key, amount }))
    .sort((a, b) => b.amount - a.amount || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
