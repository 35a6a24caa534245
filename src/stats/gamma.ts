import { constant } from "./constant.js";
import type { Rng } from "./create-rng.js";
import type { Sampler } from "./sampler.js";
import { standardNormal } from "./standard-normal.js";

/**
 * One draw from the gamma distribution with the given shape and scale 1, by Marsaglia and Tsang's method
 * ("A simple method for generating gamma variables", ACM TOMS 26(3), 2000); for shape < 1 the boost
 * G(shape) = G(shape + 1) * U^(1 / shape) from the same paper. Shape must be > 0 (not checked here: the building
 * block of {@link gamma} and {@link beta}, which validate).
 * @example standardGammaDraw(2.5, createRng(1)) // a draw with mean 2.5
 */
export function standardGammaDraw(shape: number, rng: Rng): number {
  if (shape < 1) return standardGammaDraw(shape + 1, rng) * Math.pow(rng.nextOpen(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.nextOpen();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Gamma distribution with `shape` k and `scale` theta (density x^(k-1) e^(-x/theta) / (Gamma(k) theta^k), x > 0),
 * drawn by Marsaglia and Tsang's method (2000). Mean = k theta, variance = k theta^2, in the unit of `scale`.
 * Domain: finite shape > 0 and scale > 0; otherwise an invalid sampler. For shape below about 1e-3 draws can
 * underflow to 0.
 * @example gamma(2, 500).mean // 1000
 */
export function gamma(shape: number, scale = 1): Sampler {
  if (!(Number.isFinite(shape) && Number.isFinite(scale) && shape > 0 && scale > 0)) return constant(Number.NaN);
  return {
    valid: true,
    mean: shape * scale,
    variance: shape * scale * scale,
    sample: (rng: Rng) => scale * standardGammaDraw(shape, rng),
    fill(out: Float64Array, rng: Rng) {
      for (let i = 0; i < out.length; i++) out[i] = scale * standardGammaDraw(shape, rng);
      return out;
    },
  };
}
