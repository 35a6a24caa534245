import { constant } from "./constant.js";
import type { Rng } from "./create-rng.js";
import type { Sampler } from "./sampler.js";
import { standardNormal } from "./standard-normal.js";

/**
 * Normal (Gaussian) distribution with mean `mu` and standard deviation `sigma`, in the unit of the draws.
 * Draws mu + sigma * z with z from {@link standardNormal} (ziggurat), so changing mu or sigma keeps the same z sequence.
 * Mean = mu, variance = sigma^2. Domain: finite mu, finite sigma >= 0 (sigma = 0 gives a constant).
 * @example normal(100, 15).fill(new Float64Array(1000), createRng(7))
 */
export function normal(mu: number, sigma: number): Sampler {
  if (!(Number.isFinite(mu) && Number.isFinite(sigma) && sigma >= 0)) return constant(Number.NaN);
  if (sigma === 0) return constant(mu);
  return {
    valid: true,
    mean: mu,
    variance: sigma * sigma,
    sample: (rng: Rng) => mu + sigma * standardNormal(rng),
    fill(out: Float64Array, rng: Rng) {
      for (let i = 0; i < out.length; i++) out[i] = mu + sigma * standardNormal(rng);
      return out;
    },
  };
}
