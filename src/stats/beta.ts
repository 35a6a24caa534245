import { constant } from "./constant.js";
import type { Rng } from "./create-rng.js";
import { standardGammaDraw } from "./gamma.js";
import type { Sampler } from "./sampler.js";

/**
 * Beta distribution on [0, 1] with shape parameters alpha and beta, drawn as X / (X + Y) with X ~ Gamma(alpha),
 * Y ~ Gamma(beta) (Devroye, "Non-Uniform Random Variate Generation", 1986, p. 432).
 * Mean = alpha / (alpha + beta), variance = alpha beta / ((alpha + beta)^2 (alpha + beta + 1)).
 * Domain: finite alpha > 0 and beta > 0; otherwise an invalid sampler.
 * @example beta(2, 5).mean // 0.2857...
 */
export function beta(alpha: number, beta: number): Sampler {
  if (!(Number.isFinite(alpha) && Number.isFinite(beta) && alpha > 0 && beta > 0)) return constant(Number.NaN);
  const sum = alpha + beta;
  const draw = (rng: Rng) => {
    const x = standardGammaDraw(alpha, rng);
    const y = standardGammaDraw(beta, rng);
    return x / (x + y);
  };
  return {
    valid: true,
    mean: alpha / sum,
    variance: (alpha * beta) / (sum * sum * (sum + 1)),
    sample: draw,
    fill(out: Float64Array, rng: Rng) {
      for (let i = 0; i < out.length; i++) out[i] = draw(rng);
      return out;
    },
  };
}
