import { elementName } from "../model/element-name.js";
import { allocateCosts, type CostAllocation } from "../economics/allocate-costs.js";
import { npv } from "../economics/cash-flow/npv.js";
import { rankInvestments, type InvestmentRank } from "../economics/portfolio/rank-investments.js";
import { lintModel } from "../flow/lint/lint-model.js";
import type { LintFinding } from "../flow/lint/lint-rule.js";
import { meanAnnualLoss } from "../model/mean-annual-loss.js";
import type { Model } from "../model/schema/model.js";
import { riskExposure, type RiskExposure } from "../risk/risk-exposure.js";
import { sum } from "../stats/sum.js";
import { diagramLines, type ReportDiagramRequest } from "./report-diagrams.js";
import type { ReportSettings } from "./report-options.js";

/** A yearly series with its sum and present value (year 0 undiscounted), in the model's currency. */
export interface YearlyTotal {
  total: number;
  presentValue: number;
}

/**
 * What every section of a report reads: the model, the checked options, element names, the diagram source, and the
 * numbers more than one section needs, each computed once and only when a section asks for it.
 */
export interface ReportContext {
  /** The name of the public function, for error messages. */
  fn: string;
  model: Model;
  settings: ReportSettings;
  /** The name of an element (as written: escape it), or its id when it has none. */
  name: (id: string) => string;
  /** The lines of a diagram (caption, mermaid block, notes), or none when the caller has no such diagram. */
  diagram: (request: ReportDiagramRequest, caption: string) => string[];
  /** `allocateCosts`. */
  allocation: () => CostAllocation;
  /** A service's TCO over the horizon: its full cost from the allocation, the same numbers as `totalCostOfOwnership`. */
  tco: (serviceId: string) => YearlyTotal;
  /** A yearly series summed and discounted at the model's rate. */
  yearly: (byYear: readonly number[]) => YearlyTotal;
  /** `riskExposure`. */
  exposure: () => RiskExposure;
  /** Each risk's expected annual loss (`expectedAnnualLoss`), largest first (ties in model order). */
  risksByLoss: () => readonly { id: string; loss: number }[];
  /** `rankInvestments`, by net value. */
  ranking: () => readonly InvestmentRank[];
  /** `lintModel` with the report's lint options. */
  findings: () => readonly LintFinding[];
}

/** The context of one report. */
export function createReportContext(fn: string, model: Model, settings: ReportSettings): ReportContext {
  const yearly = (byYear: readonly number[]): YearlyTotal => ({ total: sum(byYear), presentValue: npv(model.discountRate, byYear) });
  const allocation = once(() => allocateCosts(model));
  const tcoCache = new Map<string, YearlyTotal>();
  return {
    fn,
    model,
    settings,
    name: (id) => elementName(model, id),
    diagram: (request, caption) => diagramLines(fn, settings.diagrams, request, caption),
    allocation,
    tco: (id) => {
      let tco = tcoCache.get(id);
      if (!tco) {
        tco = yearly(allocation().services[id]!.fullByYear);
        tcoCache.set(id, tco);
      }
      return tco;
    },
    yearly,
    exposure: once(() => riskExposure(model)),
    risksByLoss: once(() => model.risks.map((r) => ({ id: r.id, loss: meanAnnualLoss(r) })).sort((a, b) => b.loss - a.loss)),
    ranking: once(() => rankInvestments(model)),
    findings: once(() => lintModel(model, settings.lint)),
  };
}

/** A function that computes its value on the first call and returns it after. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
