import { percentile } from "./percentile.js";

/**
 * Several percentiles of values already sorted ascending, by {@link percentile}'s linear interpolation
 * (numpy.percentile's default method). `percents` are in percent, 0 to 100; one result per entry, in order.
 * @example percentiles([1, 2, 3, 4], [5, 50, 95]) // [1.15, 2.5, 3.85]
 */
export function percentiles(sorted: ArrayLike<number>, percents: readonly number[]): number[] {
  return percents.map((p) => percentile(sorted, p));
}
