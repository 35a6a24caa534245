import type { Sampler } from "./sampler.js";

/**
 * A distribution that always gives `value` (a point estimate, or a degenerate interval with low = high).
 * Draws use no random numbers. `constant(NaN)` is the invalid sampler the other factories return for bad parameters.
 * Mean = value, variance = 0.
 * @example constant(250).sample(createRng(1)) // 250
 */
export function constant(value: number): Sampler {
  const valid = Number.isFinite(value);
  const v = valid ? value : Number.NaN;
  return {
    valid,
    mean: v,
    variance: valid ? 0 : Number.NaN,
    sample: () => v,
    fill: (out) => out.fill(v),
  };
}

