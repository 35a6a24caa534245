import { percentilesUnsorted } from "../stats/percentiles-unsorted.js";

/** A distribution in a few numbers: mean and the 5th, 50th and 95th percentiles (linear interpolation, numpy's default). */
export interface Summary {
  mean: number;
  p5: number;
  p50: number;
  p95: number;
  /** Share of iterations below 0 (a loss), for net values. */
  probabilityNegative?: number;
}

/** Points of a loss exceedance curve: `probability[i]` is the chance that a year's loss exceeds `loss[i]`. */
export interface LossExceedance {
  probability: number[];
  loss: number[];
}

/** The exceedance probabilities a loss exceedance curve reports (1 in 2 years ... 1 in 1,000 years). */
export const EXCEEDANCE_PROBABILITIES = [0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001] as const;

/**
 * Summarise draws: `sum` is their sum taken in a fixed order (so the mean does not depend on how the work was split).
 * Reorders `values` (percentiles by selection, not a full sort).
 */
export function summarise(values: Float64Array, sum: number, withNegative: boolean): Summary {
  const summary: Summary = { mean: sum / values.length, p5: 0, p50: 0, p95: 0 };
  if (withNegative) {
    let negative = 0;
    for (let i = 0; i < values.length; i++) if (values[i]! < 0) negative++;
    summary.probabilityNegative = negative / values.length;
  }
  [summary.p5, summary.p50, summary.p95] = percentilesUnsorted(values, [5, 50, 95]) as [number, number, number];
  return summary;
}

/**
 * Summary and loss exceedance curve of yearly losses in one selection pass: the loss exceeded with each of
 * {@link EXCEEDANCE_PROBABILITIES}. Reorders `values`.
 */
export function summariseLosses(values: Float64Array, sum: number): { annualLoss: Summary; exceedance: LossExceedance; probabilityOfLoss: number } {
  const probability = [...EXCEEDANCE_PROBABILITIES];
  const probabilityOfLoss = shareAboveZero(values);
  const [p5, p50, p95, ...loss] = percentilesUnsorted(values, [5, 50, 95, ...probability.map((p) => 100 * (1 - p))]) as number[];
  return {
    annualLoss: { mean: sum / values.length, p5: p5!, p50: p50!, p95: p95! },
    exceedance: { probability, loss },
    probabilityOfLoss,
  };
}

/** Share of values above 0. */
export function shareAboveZero(values: Float64Array): number {
  let above = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > 0) above++;
  return above / values.length;
}
