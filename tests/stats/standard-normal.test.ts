import { describe, expect, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import { normalCdf } from "../../src/stats/normal-cdf.js";
import { standardNormal } from "../../src/stats/standard-normal.js";
import { ksCritical999, ksStatistic, sampleMoments } from "./sample-moments.js";

describe("standardNormal", () => {
  const n = 400_000;
  const rng = createRng("standard-normal");
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = standardNormal(rng);

  it("has mean 0 and variance 1 (within 4 standard errors)", () => {
    const m = sampleMoments(x);
    expect(Math.abs(m.mean)).toBeLessThan(4 / Math.sqrt(n));
    // Var of the sample variance of N(0,1) is 2 / n.
    expect(Math.abs(m.variance - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });

  it("passes a Kolmogorov-Smirnov test against the exact CDF at the 99.9% level", () => {
    const sorted = Float64Array.from(x).sort();
    expect(ksStatistic(sorted, normalCdf)).toBeLessThan(ksCritical999(n));
  });

  it("puts the right mass in the tail beyond the ziggurat base (|z| > 3.4426) and beyond 2", () => {
    // Binomial counts within 4 standard errors of n p, with p = 2 (1 - Phi(t)) from normalCdf.
    for (const t of [2, 3.4426198558966523, 4]) {
      const p = 2 * normalCdf(-t);
      let k = 0;
      for (const v of x) if (Math.abs(v) > t) k++;
      expect(Math.abs(k - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)) + 1);
    }
  });

  it("is symmetric: as many negative as positive draws", () => {
    let negative = 0;
    for (const v of x) if (v < 0) negative++;
    expect(Math.abs(negative - n / 2)).toBeLessThan(4 * Math.sqrt(n / 4));
  });
});
