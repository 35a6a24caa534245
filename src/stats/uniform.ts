import { constant } from "./constant.js";
import type { Rng } from "./create-rng.js";
import type { Sampler } from "./sampler.js";

/**
 * Uniform distribution on [low, high].
 * Mean = (low + high) / 2, variance = (high - low)^2 / 12, in the unit of `low` and `high`.
 * Domain: finite low <= high (low = high gives a constant); otherwise an invalid sampler (`valid: false`, NaN draws).
 * @example uniform(10, 20).mean // 15
 */
export function uniform(low: number, high: number): Sampler {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low <= high)) return constant(Number.NaN);
  if (low === high) return constant(low);
  const width = high - low;
  return {
    valid: true,
    mean: low + width / 2,
    variance: (width * width) / 12,
    sample: (rng: Rng) => low + width * rng.next(),
    fill(out: Float64Array, rng: Rng) {
      for (let i = 0; i < out.length; i++) out[i] = low + width * rng.next();
      return out;
    },
  };
}
