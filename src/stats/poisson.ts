import { constant } from "./constant.js";
import type { Rng } from "./create-rng.js";
import { logGamma } from "./log-gamma.js";
import type { Sampler } from "./sampler.js";

/** Below this mean, draw by inversion (sequential search from 0); at or above it, by PTRS. */
const INVERSION_LIMIT = 10;

/**
 * Poisson distribution with mean `lambda` (events per period): P(k) = lambda^k e^-lambda / k!.
 * For lambda < 10 by inversion, a sequential search of the CDF from k = 0 (Devroye 1986, section X.3.2: one uniform
 * per draw); for lambda >= 10 by W. Hormann's transformed rejection with squeeze, PTRS ("The transformed rejection
 * method for generating Poisson random variables", Insurance: Mathematics and Economics 12(1), 1993).
 * Mean = lambda, variance = lambda. Domain: finite lambda >= 0 (0 gives the constant 0); otherwise an invalid sampler.
 * @example poisson(3).sample(createRng(1)) // a count, mean 3
 */
export function poisson(lambda: number): Sampler {
  if (!(Number.isFinite(lambda) && lambda >= 0)) return constant(Number.NaN);
  if (lambda === 0) return constant(0);
  const draw = lambda < INVERSION_LIMIT ? inversionSampler(lambda) : ptrsSampler(lambda);
  return {
    valid: true,
    mean: lambda,
    variance: lambda,
    sample: draw,
    fill(out: Float64Array, rng: Rng) {
      for (let i = 0; i < out.length; i++) out[i] = draw(rng);
      return out;
    },
  };
}

/**
 * One Poisson draw with mean `lambda`, for callers whose mean changes from draw to draw (a simulated event rate):
 * the same methods as {@link poisson} without building a sampler. A lambda that is not finite and >= 0 counts as 0.
 * @example poissonDraw(0.5, rng) // 0, 1, 2, ... events this year
 */
export function poissonDraw(lambda: number, rng: Rng): number {
  if (!(lambda > 0 && Number.isFinite(lambda))) return 0;
  if (lambda >= INVERSION_LIMIT) return ptrsSampler(lambda)(rng);
  const u = rng.next();
  let k = 0;
  let p = Math.exp(-lambda);
  let cdf = p;
  const maxK = lambda + 40;
  while (u >= cdf && k < maxK) {
    k++;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

function inversionSampler(lambda: number): (rng: Rng) => number {
  const p0 = Math.exp(-lambda);
  // Past this k the remaining tail mass is below 1e-17 for lambda < 10: stop even if rounding kept cdf < u.
  const maxK = Math.ceil(lambda + 40);
  return (rng) => {
    const u = rng.next();
    let k = 0;
    let p = p0;
    let cdf = p0;
    while (u >= cdf && k < maxK) {
      k++;
      p *= lambda / k;
      cdf += p;
    }
    return k;
  };
}

function ptrsSampler(lambda: number): (rng: Rng) => number {
  const sqrtLambda = Math.sqrt(lambda);
  const logLambda = Math.log(lambda);
  const b = 0.931 + 2.53 * sqrtLambda;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  return (rng) => {
    for (;;) {
      const u = rng.next() - 0.5;
      const v = rng.nextOpen();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <= -lambda + k * logLambda - logGamma(k + 1)) {
        return k;
      }
    }
  };
}
