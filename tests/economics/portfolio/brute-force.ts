import { valueOfInvestment } from "../../../src/economics/value-of-investment.js";
import { meanAnnualLoss } from "../../../src/model/mean-annual-loss.js";
import type { Model } from "../../../src/model/schema/model.js";

/** A set of investments as the brute force sees it. */
export interface BruteSet {
  ids: string[];
  cost: number;
  net: number;
}

/**
 * Every subset of the model's investments (or of `ids`) with its undiscounted cost and its net value, computed
 * independently of src/economics/portfolio: additive parts from valueOfInvestment, and per risk and year the
 * discounted loss x (1 - Π (1 - by)) over the subset's reductions in force that year.
 */
export function allSubsets(model: Model, options: { year?: number; ids?: readonly string[] } = {}): BruteSet[] {
  const investments = model.investments.filter((i) => options.ids === undefined || options.ids.includes(i.id));
  const parts = investments.map((inv) => {
    const v = valueOfInvestment(model, inv.id);
    const cost = options.year === undefined ? v.byYear.costs.reduce((a, b) => a + b, 0) : v.byYear.costs[options.year]!;
    return { id: inv.id, cost, additive: v.tangible + v.intangible - v.costs, reduces: inv.reduces };
  });
  const out: BruteSet[] = [];
  for (let mask = 0; mask < 1 << parts.length; mask++) {
    const members = parts.filter((_, k) => mask & (1 << k));
    let net = 0;
    let cost = 0;
    for (const m of members) {
      net += m.additive;
      cost += m.cost;
    }
    for (const risk of model.risks) {
      for (let y = 0; y < model.horizonYears; y++) {
        let left = 1;
        for (const m of members) {
          for (const r of m.reduces) if (r.risk === risk.id && r.fromYear <= y) left *= 1 - r.by;
        }
        net += (meanAnnualLoss(risk) * (1 - left)) / (1 + model.discountRate) ** y;
      }
    }
    out.push({ ids: members.map((m) => m.id), cost, net });
  }
  return out;
}

/** The spec's order of sets: higher net, then lower cost, then fewer investments, then sorted ids; `tol` relative. */
export function compareBrute(a: BruteSet, b: BruteSet, tol = 1e-9): number {
  const scale = Math.max(1, Math.abs(a.net), Math.abs(b.net));
  if (Math.abs(a.net - b.net) > tol * scale) return b.net - a.net;
  if (Math.abs(a.cost - b.cost) > tol * Math.max(1, a.cost, b.cost)) return a.cost - b.cost;
  if (a.ids.length !== b.ids.length) return a.ids.length - b.ids.length;
  const x = [...a.ids].sort().join(" ");
  const y = [...b.ids].sort().join(" ");
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The feasible subsets, best first. */
export function rankedFeasible(sets: readonly BruteSet[], budget: number): BruteSet[] {
  return sets.filter((s) => s.cost <= budget + 1e-9 * Math.max(1, budget)).sort((a, b) => compareBrute(a, b));
}
