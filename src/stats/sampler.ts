import type { Rng } from "./create-rng.js";

/**
 * A probability distribution ready to draw from: one draw at a time with `sample`, or a whole array with `fill`.
 * Factories (`normal`, `pert`, ...) never throw: for parameters outside their documented domain they return a
 * sampler with `valid: false` whose draws, `mean` and `variance` are all `NaN`. Callers validate estimates up front
 * (the model layer does so when it parses a model) and can check `valid` to report which one is wrong.
 * @example
 * const cost = lognormalFromInterval(800, 1500);
 * cost.mean; // 1115.63
 * cost.fill(new Float64Array(10_000), createRng(1).fork("cost"));
 */
export interface Sampler {
  /** `false` when the parameters were outside the distribution's domain; every draw is then `NaN`. */
  readonly valid: boolean;
  /** Expected value, in the unit of the draws. */
  readonly mean: number;
  /** Variance, in the unit of the draws squared. */
  readonly variance: number;
  /** One draw. */
  sample(rng: Rng): number;
  /** Fill `out` with independent draws and return it; the same draws, in order, as `out.length` calls to `sample`. */
  fill(out: Float64Array, rng: Rng): Float64Array;
}
