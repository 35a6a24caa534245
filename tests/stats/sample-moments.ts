// Shared checks for the sampler tests (not a test file itself).
import { expect } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import type { Sampler } from "../../src/stats/sampler.js";

export interface Moments {
  mean: number;
  variance: number;
  /** Fourth central moment, for the standard error of the variance. */
  m4: number;
}

export function sampleMoments(values: Float64Array): Moments {
  const n = values.length;
  let s = 0;
  for (const v of values) s += v;
  const mean = s / n;
  let m2 = 0;
  let m4 = 0;
  for (const v of values) {
    const d = (v - mean) * (v - mean);
    m2 += d;
    m4 += d * d;
  }
  return { mean, variance: m2 / (n - 1), m4: m4 / n };
}

/** Draw n values (by `fill`) from a fixed stream named after the test. */
export function draws(sampler: Sampler, n: number, key: string): Float64Array {
  return sampler.fill(new Float64Array(n), createRng("tests/stats").fork(key));
}

/**
 * Mean and variance of n draws within 4 standard errors of the sampler's own `mean` and `variance`
 * (SE of the mean sqrt(var / n); SE of the variance sqrt((m4 - var^2) / n) from the sample's fourth moment).
 * 4 SE: a false alarm about once in 16 000 checks, while a wrong formula or sampler misses by far more.
 */
export function expectMomentsMatch(sampler: Sampler, x: Float64Array): void {
  const n = x.length;
  const m = sampleMoments(x);
  const seMean = Math.sqrt(sampler.variance / n);
  const seVar = Math.sqrt(Math.max(m.m4 - m.variance * m.variance, 0) / n);
  expect(Math.abs(m.mean - sampler.mean)).toBeLessThan(4 * seMean);
  expect(Math.abs(m.variance - sampler.variance)).toBeLessThan(4 * seVar);
}

/** Kolmogorov-Smirnov statistic of the sorted sample against an exact CDF. */
export function ksStatistic(sorted: Float64Array, cdf: (x: number) => number): number {
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]!);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** Asymptotic 99.9% critical value of the one-sample KS statistic, 1.94947 / sqrt(n) (Kolmogorov distribution). */
export function ksCritical999(n: number): number {
  return 1.94947 / Math.sqrt(n);
}

/** Share of values in [low, high]. */
export function shareWithin(x: Float64Array, low: number, high: number): number {
  let k = 0;
  for (const v of x) if (v >= low && v <= high) k++;
  return k / x.length;
}

/** Smallest and largest value (spreading 200 000 values into Math.min overflows the stack). */
export function range(x: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of x) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}
