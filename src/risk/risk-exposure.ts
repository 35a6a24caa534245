import { dependentsOf } from "../graph/dependents-of.js";
import { idRecord, type IdRecord } from "../model/id-record.js";
import { meanAnnualLoss } from "../model/mean-annual-loss.js";
import type { Model } from "../model/schema/model.js";

/** The result of {@link riskExposure}: expected annual losses, in the model's currency per year. */
export interface RiskExposure {
  /** Each risk's expected annual loss. */
  byRisk: IdRecord<number>;
  /**
   * Per element, the sum of the expected annual losses of the risks that reach it: risks that affect it, and risks that
   * affect anything it needs, directly or transitively (a value stream sees the risks of the services under its steps).
   * Each risk counts once per element, however many paths lead to it. An element exposed to nothing is absent.
   * NOTE: exposures overlap (a risk on the network also shows on every service that needs the network), so
   * they do not add up across elements; the portfolio total is `total`.
   */
  byElement: IdRecord<number>;
  /** The risks reaching each element (same keys as `byElement`), in model order. */
  risksByElement: IdRecord<string[]>;
  /** Sum of every risk's expected annual loss. */
  total: number;
}

/**
 * Exposure of every element to the model's risks, rolled up along dependencies: a risk that affects an element also
 * exposes everything that needs that element (`dependentsOf`, transitive).
 * @example riskExposure(model).byElement["onboard-employee"] // risks of the services its steps use, summed
 */
export function riskExposure(model: Model): RiskExposure {
  const byRisk = idRecord<number>();
  const byElement = idRecord<number>();
  const risksByElement = idRecord<string[]>();
  let total = 0;
  for (const risk of model.risks) {
    const loss = meanAnnualLoss(risk);
    byRisk[risk.id] = loss;
    total += loss;
    const reached = new Set<string>();
    for (const id of risk.affects) {
      reached.add(id);
      for (const dependent of dependentsOf(model, id, { transitive: true })) reached.add(dependent);
    }
    for (const id of reached) {
      byElement[id] = (byElement[id] ?? 0) + loss;
      (risksByElement[id] ??= []).push(risk.id);
    }
  }
  return { byRisk, byElement, risksByElement, total };
}
