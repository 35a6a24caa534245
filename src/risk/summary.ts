import { percentiles } from "../stats/percentiles.js";

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
 * Summarise draws: `sum` is their exact-order sum (so the mean does not depend on how the work was split), `values` are
 * sorted in place.
 */
export function summarise(values: Float64Array, sum: number, withNegative: boolean): Summary {
  values.sort();
  const [p5, p50, p95] = percentiles(values, [5, 50, 95]);
  const summary: Summary = { mean: sum / values.length, p5: p5!, p50: p50!, p95: p95! };
  if (withNegative) {
    let negative = 0;
    while (negative < values.length && values[negative]! < 0) negative++;
    summary.probabilityNegative = negative / values.length;
  }
  return summary;
}

/** The loss exceedance curve of sorted yearly losses: the loss exceeded with each of {@link EXCEEDANCE_PROBABILITIES}. */
export function lossExceedance(sorted: Float64Array): LossExceedance {
  const probability = [...EXCEEDANCE_PROBABILITIES];
  const loss = percentiles(
    sorted,
    probability.map((p) => 100 * (1 - p)),
  );
  return { probability, loss };
}

/** Share of sorted values above 0. */
export function shareAboveZero(sorted: Float64Array): number {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1]! > 0) i--;
  return (sorted.length - i) / sorted.length;
}
