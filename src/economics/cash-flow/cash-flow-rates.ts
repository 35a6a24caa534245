import { exponentSumRoots } from "./exponent-sum-roots.js";

/**
 * Every rate r > -1 at which Σ values[i] (1 + r)^-times[i] = 0, ascending (the real IRRs of a cash-flow schedule).
 * `times` (in periods) must be ascending and distinct. The search is split at r = 0 so no power overflows:
 * r >= 0 as roots x in (0, 1] of Σ v_i x^(t_i - t_min), x = 1 / (1 + r), and r < 0 as roots y in (0, 1) of
 * Σ v_i y^(t_max - t_i), y = 1 + r (the same equation multiplied by (1 + r)^t_max). Internal.
 * @example cashFlowRates([0, 1, 2], [-1600, 10000, -10000]) // [0.25, 4] (Lorie and Savage's pump)
 */
export function cashFlowRates(times: ArrayLike<number>, values: ArrayLike<number>): number[] {
  const n = values.length;
  const reversedTimes = new Float64Array(n);
  const reversedValues = new Float64Array(n);
  const tMax = times[n - 1]!;
  for (let i = 0; i < n; i++) {
    reversedTimes[i] = tMax - times[n - 1 - i]!;
    reversedValues[i] = values[n - 1 - i]!;
  }
  const rates: number[] = [];
  // NOTE: a root y below 2^-53 gives y - 1 = -1 in doubles, not a rate above -1: such roots are dropped.
  for (const y of exponentSumRoots(reversedValues, reversedTimes)) if (y < 1 && y - 1 > -1) rates.push(y - 1);
  const above = exponentSumRoots(values, times);
  for (let i = above.length - 1; i >= 0; i--) rates.push(1 / above[i]! - 1);
  // Drop duplicates (a root found from both sides of r = 0, or twice at a tangency).
  return rates.filter((r, i) => i === 0 || r - rates[i - 1]! > 4 * Number.EPSILON * (1 + Math.abs(r)));
}
