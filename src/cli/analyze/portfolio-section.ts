import { rankInvestments } from "../../economics/portfolio/rank-investments.js";
import { selectPortfolio, type DroppedInvestment, type PortfolioAlternative } from "../../economics/portfolio/select-portfolio.js";
import type { Model } from "../../model/schema/model.js";
import { sum } from "../../stats/sum.js";
import { jsonNumber } from "./json-number.js";
import type { VoiRow } from "./voi-section.js";

/** One investment in the ranking by net value (see `rankInvestments`). Money in the model's currency. */
export interface RankingRow {
  id: string;
  /** PV net value. */
  net: number;
  /** Null over zero cost. */
  roi: number | null;
  /** Standard deviation of the net value from the uncertainty of its estimates. */
  netStdDev: number;
  /** net / netStdDev; null when nothing about it is uncertain. */
  valuePerRisk: number | null;
  /** Undiscounted cost over the horizon. */
  undiscountedCost: number;
}

/** The portfolio section of `servicevalue analyze`: the investments ranked, and the best set under a budget. */
export interface PortfolioSection {
  /** Every investment by net value, largest first (ties by id). */
  ranking: RankingRow[];
  /** Money available, compared with undiscounted costs (in `year` only when given). */
  budget: number;
  /** True when no `--budget` was given: the budget is half of `allInvestmentsCost`. */
  budgetIsDefault: boolean;
  /** The year whose costs count against the budget (`--year`), or null: the whole horizon. */
  year: number | null;
  /** The undiscounted cost of every investment together (in `year` only when given). */
  allInvestmentsCost: number;
  /** The best set's investment ids, in model order, its undiscounted cost and its PV net value. */
  selected: string[];
  cost: number;
  net: number;
  /** The runner-up sets, best first. */
  alternatives: PortfolioAlternative[];
  /** The investments left out, the one that would add most first, and why. */
  dropped: DroppedInvestment[];
  /** False when the search stopped at its step limit: `selected` is the best set found, not proven best. */
  exact: boolean;
  /** No set that fits the budget is worth more (equal to `net` when `exact`). */
  upperBound: number;
}

/** Options of {@link portfolioSection}. */
export interface PortfolioSectionOptions {
  budget?: number;
  year?: number;
  /** The search's step limit (`selectPortfolio`'s `maxSteps`). */
  maxSteps?: number;
}

/**
 * The investments ranked by net value (`rankInvestments`, with their value per unit of risk) and the exact best
 * portfolio (`selectPortfolio`) under `budget`, by default half the undiscounted cost of all the
 * investments (of `year` only when given); null when the model has no investments.
 * @example portfolioSection(model, voiSection(model), {}).selected // ["mfa-rollout", "self-service-portal-build"]
 */
export function portfolioSection(model: Model, voi: readonly VoiRow[], options: PortfolioSectionOptions): PortfolioSection | null {
  if (model.investments.length === 0) return null;
  const { year } = options;
  const costOf = (row: VoiRow) => (year === undefined ? sum(row.undiscountedCostByYear) : row.undiscountedCostByYear[year]!);
  const allInvestmentsCost = sum(voi.map(costOf));
  const budget = options.budget ?? allInvestmentsCost / 2;
  const p = selectPortfolio(model, {
    budget,
    ...(year === undefined ? {} : { year }),
    ...(options.maxSteps === undefined ? {} : { maxSteps: options.maxSteps }),
  });
  const ranking = rankInvestments(model).map((r) => ({
    id: r.id,
    net: r.net,
    roi: jsonNumber(r.roi),
    netStdDev: r.netStdDev,
    valuePerRisk: jsonNumber(r.valuePerRisk),
    undiscountedCost: r.undiscountedCost,
  }));
  return {
    ranking,
    budget,
    budgetIsDefault: options.budget === undefined,
    year: year ?? null,
    allInvestmentsCost,
    selected: [...p.selected],
    cost: p.cost,
    net: p.net,
    alternatives: p.alternatives.map((a) => ({ selected: [...a.selected], cost: a.cost, net: a.net, givesUp: a.givesUp })),
    dropped: p.dropped.map((d) => ({
      id: d.id,
      net: d.net,
      cost: d.cost,
      addedNet: d.addedNet,
      overBudgetBy: d.overBudgetBy,
      reason: d.reason,
    })),
    exact: p.exact,
    upperBound: p.upperBound,
  };
}
