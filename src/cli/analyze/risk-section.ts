import { elementIndex } from "../../model/element-index.js";
import type { Model } from "../../model/schema/model.js";
import { expectedAnnualLoss } from "../../risk/expected-annual-loss.js";
import { riskExposure } from "../../risk/risk-exposure.js";
import { elementName } from "../../model/element-name.js";

/** One risk's expected annual loss = mean frequency x mean impact. Money in the model's currency. */
export interface RiskRow {
  id: string;
  name: string;
  /** Mean loss events per year. */
  frequency: number;
  /** Mean loss per event. */
  impact: number;
  /** Per year. */
  expectedAnnualLoss: number;
  /** The elements it affects directly. */
  affects: string[];
}

/** One element's exposure: the expected annual losses of every risk that reaches it, directly or through what it needs. */
export interface ExposureRow {
  id: string;
  kind: string;
  name: string;
  /** Per year. Exposures overlap across elements: they do not add up. */
  exposure: number;
  /**
   * How many risks reach it. NOTE: a count, not the list: on a large model the lists hold millions of ids (every risk
   * on a shared service reaches thousands of elements); `riskExposure(model, { listRisks: true }).risksByElement` has them.
   */
  riskCount: number;
}

/** The risk section of `servicevalue analyze`. */
export interface RiskSection {
  /** Sum of every risk's expected annual loss, per year. */
  total: number;
  /** Largest expected annual loss first. */
  risks: RiskRow[];
  /** Every exposed element, most exposed first (ties by id). */
  exposure: ExposureRow[];
}

/**
 * Expected annual loss per risk (`expectedAnnualLoss`) and the exposure of every element (`riskExposure`, rolled up
 * along dependencies), largest first.
 * @example riskSection(model).risks[0] // { id: "phishing-compromise", expectedAnnualLoss: 149480.47, ... }
 */
export function riskSection(model: Model): RiskSection {
  const exposure = riskExposure(model);
  const index = elementIndex(model);
  const risks = model.risks
    .map((r) => ({
      id: r.id,
      name: r.name,
      frequency: r.frequency.mean,
      impact: r.impact.mean,
      expectedAnnualLoss: expectedAnnualLoss(model, r.id),
      affects: [...r.affects],
    }))
    .sort((a, b) => b.expectedAnnualLoss - a.expectedAnnualLoss);
  const elements = Object.entries(exposure.byElement)
    .map(([id, value]) => ({
      id,
      kind: index.byId.get(id)?.kind ?? "element",
      name: elementName(model, id),
      exposure: value,
      riskCount: exposure.countByElement[id]!,
    }))
    .sort((a, b) => b.exposure - a.exposure || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { total: exposure.total, risks, exposure: elements };
}
