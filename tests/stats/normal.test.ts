import { describe, expect, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import { normal } from "../../src/stats/normal.js";
import { normalCdf } from "../../src/stats/normal-cdf.js";
import { draws, expectMomentsMatch, ksCritical999, ksStatistic } from "./sample-moments.js";

describe("normal", () => {
  it("has mean mu and variance sigma^2", () => {
    const s = normal(100, 15);
    expect([s.mean, s.variance]).toEqual([100, 225]);
    expectMomentsMatch(s, draws(s, 200_000, "normal"));
  });

  it("passes a Kolmogorov-Smirnov test against the exact CDF at the 99.9% level", () => {
    const x = draws(normal(-2, 0.5), 200_000, "normal-ks").sort();
    expect(ksStatistic(x, (v) => normalCdf((v + 2) / 0.5))).toBeLessThan(ksCritical999(x.length));
  });

  it("keeps the same standard draws when mu or sigma change (common random numbers)", () => {
    const a = normal(0, 1).fill(new Float64Array(4), createRng(5));
    const b = normal(10, 2).fill(new Float64Array(4), createRng(5));
    for (let i = 0; i < 4; i++) expect(b[i]).toBeCloseTo(10 + 2 * a[i]!, 12);
  });

  it("is a constant for sigma = 0 and invalid for sigma < 0 or non-finite parameters", () => {
    expect(normal(3, 0).sample(createRng(1))).toBe(3);
    for (const s of [normal(0, -1), normal(Number.NaN, 1), normal(0, Infinity)]) {
      expect(s.valid).toBe(false);
      expect(s.sample(createRng(1))).toBeNaN();
    }
  });
});
