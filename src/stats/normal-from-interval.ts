import { constant } from "./constant.js";
import { inverseNormalCdf } from "./inverse-normal-cdf.js";
import { normal } from "./normal.js";
import type { Sampler } from "./sampler.js";

/**
 * Normal distribution whose central `confidence` share lies in [low, high] (a "90% sure it is between" estimate).
 * mu = (low + high) / 2, sigma = (high - low) / (2 z) with z = inverseNormalCdf((1 + confidence) / 2)
 * (z = 1.6448536... for confidence 0.9). Mean = mu, variance = sigma^2, in the unit of low and high.
 * Domain: finite low <= high, 0 < confidence < 1 (low = high gives a constant); otherwise an invalid sampler.
 * @example normalFromInterval(80, 120).variance // 147.8... (sigma 12.16)
 */
export function normalFromInterval(low: number, high: number, confidence = 0.9): Sampler {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low <= high && confidence > 0 && confidence < 1)) {
    return constant(Number.NaN);
  }
  if (low === high) return constant(low);
  const z = inverseNormalCdf((1 + confidence) / 2);
  return normal(low / 2 + high / 2, (high - low) / (2 * z));
}
