import { constant } from "./constant.js";
import type { Rng } from "./create-rng.js";
import type { Sampler } from "./sampler.js";

/**
 * Triangular distribution on [low, high] with its peak at `mode`, drawn by inverting the CDF
 * (u < c: low + sqrt(u (high - low)(mode - low)); else high - sqrt((1 - u)(high - low)(high - mode)),
 * c = (mode - low) / (high - low)).
 * Mean = (low + mode + high) / 3, variance = (w^2 + m^2 - w m) / 18 with w = high - low, m = mode - low.
 * Domain: finite low <= mode <= high (low = high gives a constant); otherwise an invalid sampler.
 * @example triangular(2, 3, 7).mean // 4
 */
export function triangular(low: number, mode: number, high: number): Sampler {
  if (!(Number.isFinite(low) && Number.isFinite(mode) && Number.isFinite(high) && low <= mode && mode <= high)) {
    return constant(Number.NaN);
  }
  if (low === high) return constant(low);
  const width = high - low;
  const c = (mode - low) / width;
  const left = width * (mode - low);
  const right = width * (high - mode);
  const draw = (u: number) =>
    // Clamped because rounding in the square root can step a hair outside [low, high].
    Math.min(high, Math.max(low, u < c ? low + Math.sqrt(u * left) : high - Math.sqrt((1 - u) * right)));
  return {
    valid: true,
    mean: (low + mode + high) / 3,
    // Shifted to low = 0: the textbook form a^2 + b^2 + c^2 - ab - ac - bc cancels badly far from zero.
    variance: (width * width + (mode - low) * (mode - low) - width * (mode - low)) / 18,
    sample: (rng: Rng) => draw(rng.next()),
    fill(out: Float64Array, rng: Rng) {
      for (let i = 0; i < out.length; i++) out[i] = draw(rng.next());
      return out;
    },
  };
}
