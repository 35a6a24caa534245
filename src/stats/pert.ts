import { beta } from "./beta.js";
import { constant } from "./constant.js";
import type { Rng } from "./create-rng.js";
import type { Sampler } from "./sampler.js";

/**
 * Modified PERT distribution: low + (high - low) * Beta(alpha, beta) with
 * alpha = 1 + lambda (mode - low) / (high - low), beta = 1 + lambda (high - mode) / (high - low)
 * (D. Vose, "Risk Analysis", 3rd ed., 2008, section 9.1.4; lambda = 4 is classic PERT).
 * Mean = (low + lambda mode + high) / (lambda + 2), so (low + 4 mode + high) / 6 by default;
 * variance = (high - low)^2 alpha beta / ((alpha + beta)^2 (alpha + beta + 1)). Units of low, mode and high.
 * Domain: finite low <= mode <= high, finite lambda >= 0 (low = high gives a constant); otherwise an invalid sampler.
 * @example pert(10, 12, 20).mean // 13
 */
export function pert(low: number, mode: number, high: number, lambda = 4): Sampler {
  if (
    !(Number.isFinite(low) && Number.isFinite(mode) && Number.isFinite(high) && Number.isFinite(lambda)) ||
    !(low <= mode && mode <= high && lambda >= 0)
  ) {
    return constant(Number.NaN);
  }
  if (low === high) return constant(low);
  const width = high - low;
  // lambda times a share in [0, 1], so a huge lambda cannot overflow where lambda * (mode - low) would.
  const b = beta(1 + lambda * ((mode - low) / width), 1 + lambda * ((high - mode) / width));
  if (!b.valid) return constant(Number.NaN);
  // Clamped: a draw of exactly 1 from the beta must not land a hair above `high` through rounding.
  const scaled = (x: number) => Math.min(high, low + width * x);
  return {
    valid: true,
    mean: low + width * b.mean,
    variance: width * width * b.variance,
    sample: (rng: Rng) => scaled(b.sample(rng)),
    fill(out: Float64Array, rng: Rng) {
      b.fill(out, rng);
      for (let i = 0; i < out.length; i++) out[i] = scaled(out[i]!);
      return out;
    },
  };
}
