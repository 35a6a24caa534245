import { constant } from "./constant.js";
import type { Rng } from "./create-rng.js";
import type { Sampler } from "./sampler.js";
import { standardNormal } from "./standard-normal.js";

/**
 * Lognormal distribution: exp(X) with X normal(mu, sigma); `mu` and `sigma` are in log units (ln of the draw unit).
 * Mean = exp(mu + sigma^2 / 2), variance = (exp(sigma^2) - 1) exp(2 mu + sigma^2).
 * Domain: finite mu, finite sigma >= 0 (sigma = 0 gives the constant exp(mu)).
 * @example lognormal(Math.log(1000), 0.25).mean // 1031.74
 */
export function lognormal(mu: number, sigma: number): Sampler {
  if (!(Number.isFinite(mu) && Number.isFinite(sigma) && sigma >= 0)) return constant(Number.NaN);
  if (sigma === 0) return constant(Math.exp(mu));
  const s2 = sigma * sigma;
  return {
    valid: true,
    mean: Math.exp(mu + s2 / 2),
    variance: Math.expm1(s2) * Math.exp(2 * mu + s2),
    sample: (rng: Rng) => Math.exp(mu + sigma * standardNormal(rng)),
    fill(out: Float64Array, rng: Rng) {
      for (let i = 0; i < out.length; i++) out[i] = Math.exp(mu + sigma * standardNormal(rng));
      return out;
    },
  };
}
