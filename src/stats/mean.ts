import { sum } from "./sum.js";

/**
 * Arithmetic mean, Σ values / n, with a compensated sum so that long simulation outputs stay exact to rounding.
 * Empty input gives NaN.
 * @example mean([1, 2, 3, 4]) // 2.5
 */
export function mean(values: ArrayLike<number>): number {
  return values.length === 0 ? Number.NaN : sum(values) / values.length;
}
