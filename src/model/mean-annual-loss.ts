import type { Risk } from "./schema/risk.js";

/**
 * A risk's expected annual loss from its estimates' means (spec): mean(frequency, events per year) x mean(impact, money
 * per event). Here, in the model layer, because both the economics (value of risk reduction) and the risk layer need it.
 * @example meanAnnualLoss(risk) // 0.5 events/year x 40,000 per event = 20,000 per year
 */
export function meanAnnualLoss(risk: Pick<Risk, "frequency" | "impact">): number {
  return risk.frequency.mean * risk.impact.mean;
}
