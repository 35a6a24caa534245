import { describe, expect, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import { lognormal } from "../../src/stats/lognormal.js";
import { normalCdf } from "../../src/stats/normal-cdf.js";
import { draws, expectMomentsMatch, ksCritical999, ksStatistic } from "./sample-moments.js";

describe("lognormal", () => {
  it("has mean exp(mu + sigma^2 / 2) and variance (exp(sigma^2) - 1) exp(2 mu + sigma^2)", () => {
    const s = lognormal(Math.log(1000), 0.25);
    // mpmath: exp(ln 1000 + 0.03125) = 1031.7434074991026, (e^0.0625 - 1) e^(2 ln 1000 + 0.0625) = 68653.994148966887
    expect(s.mean).toBeCloseTo(1031.7434074991027, 9);
    expect(s.variance / 68653.99414896689).toBeCloseTo(1, 12);
    expectMomentsMatch(s, draws(s, 200_000, "lognormal"));
  });

  it("passes a Kolmogorov-Smirnov test against the exact CDF at the 99.9% level", () => {
    const x = draws(lognormal(1, 0.8), 200_000, "lognormal-ks").sort();
    expect(ksStatistic(x, (v) => normalCdf((Math.log(v) - 1) / 0.8))).toBeLessThan(ksCritical999(x.length));
    expect(x[0]).toBeGreaterThan(0);
  });

  it("is the constant exp(mu) for sigma = 0 and invalid for bad parameters", () => {
    expect(lognormal(0, 0).sample(createRng(1))).toBe(1);
    expect(lognormal(0, -0.1).valid).toBe(false);
    expect(lognormal(Infinity, 1).sample(createRng(1))).toBeNaN();
  });
});
