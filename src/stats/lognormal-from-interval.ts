import { constant } from "./constant.js";
import { inverseNormalCdf } from "./inverse-normal-cdf.js";
import { lognormal } from "./lognormal.js";
import type { Sampler } from "./sampler.js";

/**
 * Lognormal distribution whose central `confidence` share lies in [low, high]: the usual form of a cost or duration
 * estimate ("90% sure it is between 800 and 1500"). The interval is symmetric in log space, so its geometric mean
 * sqrt(low * high) is the median.
 * mu = (ln low + ln high) / 2, sigma = (ln high - ln low) / (2 z), z = inverseNormalCdf((1 + confidence) / 2)
 * (z = 1.6448536... for confidence 0.9). Mean = exp(mu + sigma^2 / 2), in the unit of low and high.
 * Domain: finite 0 < low <= high, 0 < confidence < 1 (low = high gives a constant); otherwise an invalid sampler.
 * @example lognormalFromInterval(800, 1500).mean // 1115.63 (median 1095.45)
 */
export function lognormalFromInterval(low: number, high: number, confidence = 0.9): Sampler {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low > 0 && low <= high && confidence > 0 && confidence < 1)) {
    return constant(Number.NaN);
  }
  if (low === high) return constant(low);
  const z = inverseNormalCdf((1 + confidence) / 2);
  const lnLow = Math.log(low);
  const lnHigh = Math.log(high);
  return lognormal((lnLow + lnHigh) / 2, (lnHigh - lnLow) / (2 * z));
}
