import { describe, expect, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import { logGamma } from "../../src/stats/log-gamma.js";
import { poisson } from "../../src/stats/poisson.js";
import { draws, expectMomentsMatch } from "./sample-moments.js";

describe("poisson", () => {
  // Both methods: inversion below lambda = 10, PTRS from 10 up.
  it.each([0.05, 0.5, 3, 9.99, 10, 47.5, 1e4, 1e9])("has mean and variance lambda = %d", (lambda) => {
    const s = poisson(lambda);
    expect([s.mean, s.variance]).toEqual([lambda, lambda]);
    const x = draws(s, 200_000, `poisson-${lambda}`);
    expectMomentsMatch(s, x);
    expect(x.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
  });

  it.each([4, 15, 120])("draws each count with its probability lambda^k e^-lambda / k! (lambda %d)", (lambda) => {
    const n = 200_000;
    const x = draws(poisson(lambda), n, `poisson-pmf-${lambda}`);
    const counts = new Map<number, number>();
    for (const k of x) counts.set(k, (counts.get(k) ?? 0) + 1);
    // Every count within 3 sd of the mean, each observed frequency within 4.5 standard errors of n P(k)
    // (about 2 * 3 * sqrt(lambda) checks; 4.5 keeps the family-wise false-alarm rate below 1e-3).
    const sd = Math.sqrt(lambda);
    for (let k = Math.max(0, Math.ceil(lambda - 3 * sd)); k <= lambda + 3 * sd; k++) {
      const p = Math.exp(-lambda + k * Math.log(lambda) - logGamma(k + 1));
      expect(Math.abs((counts.get(k) ?? 0) - n * p)).toBeLessThan(4.5 * Math.sqrt(n * p * (1 - p)));
    }
  });

  it("is the constant 0 for lambda = 0 and invalid for negative or non-finite lambda", () => {
    expect(poisson(0).sample(createRng(1))).toBe(0);
    expect(poisson(-1).valid).toBe(false);
    expect(poisson(Infinity).sample(createRng(1))).toBeNaN();
  });
});

describe("poissonDraw", () => {
  it("draws counts with the mean and variance of the Poisson law, for small and large means", async () => {
    const { poissonDraw } = await import("../../src/stats/poisson.js");
    const { createRng } = await import("../../src/stats/create-rng.js");
    for (const lambda of [0.3, 4, 25]) {
      const rng = createRng("poisson-draw").fork(lambda);
      const n = 100_000;
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        const k = poissonDraw(lambda, rng);
        expect(Number.isInteger(k) && k >= 0).toBe(true);
        s += k;
        s2 += k * k;
      }
      const m = s / n;
      const v = s2 / n - m * m;
      // Within 5 standard errors of the mean (sd of the mean = sqrt(lambda / n)).
      expect(Math.abs(m - lambda)).toBeLessThan(5 * Math.sqrt(lambda / n));
      expect(Math.abs(v - lambda) / lambda).toBeLessThan(0.05);
    }
  });

  it("gives 0 for a mean that is 0, negative or not finite", async () => {
    const { poissonDraw } = await import("../../src/stats/poisson.js");
    const { createRng } = await import("../../src/stats/create-rng.js");
    const rng = createRng(1);
    for (const lambda of [0, -1, Number.NaN, Infinity]) expect(poissonDraw(lambda, rng)).toBe(0);
  });
});
