import { constant } from "./constant.js";
import type { Sampler } from "./sampler.js";
import { uniform } from "./uniform.js";

/**
 * Uniform distribution whose central `confidence` share is [low, high], for estimates given in the same
 * "x% sure it is between" form as {@link lognormalFromInterval}. The support is widened symmetrically:
 * [mid - w / 2, mid + w / 2] with mid = (low + high) / 2 and w = (high - low) / confidence.
 * With confidence = 1 the support is exactly [low, high] (or call {@link uniform}).
 * Mean = mid, variance = w^2 / 12, in the unit of low and high.
 * Domain: finite low <= high, 0 < confidence <= 1 (low = high gives a constant); otherwise an invalid sampler.
 * @example uniformFromInterval(10, 19, 0.9) // uniform on [9.5, 19.5]
 */
export function uniformFromInterval(low: number, high: number, confidence = 0.9): Sampler {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low <= high && confidence > 0 && confidence <= 1)) {
    return constant(Number.NaN);
  }
  if (low === high) return constant(low);
  const mid = low / 2 + high / 2;
  const halfWidth = (high - low) / confidence / 2;
  return uniform(mid - halfWidth, mid + halfWidth);
}
