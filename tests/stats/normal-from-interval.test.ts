import { describe, expect, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import { normalFromInterval } from "../../src/stats/normal-from-interval.js";
import { draws, expectMomentsMatch, shareWithin } from "./sample-moments.js";

describe("normalFromInterval", () => {
  it("centres on the midpoint with sigma = (high - low) / (2 z)", () => {
    // mpmath: sigma = 40 / (2 * 1.6448536269514727) = 12.159136638235379, sigma^2 = 147.84460378727795.
    const s = normalFromInterval(80, 120);
    expect(s.mean).toBe(100);
    expect(s.variance / 147.84460378727795).toBeCloseTo(1, 13);
  });

  it("puts the confidence share of the mass in [low, high]", () => {
    const n = 200_000;
    for (const confidence of [0.9, 0.8]) {
      const s = normalFromInterval(-5, 15, confidence);
      const x = draws(s, n, `normal-interval-${confidence}`);
      expect(Math.abs(shareWithin(x, -5, 15) - confidence)).toBeLessThan(
        4 * Math.sqrt((confidence * (1 - confidence)) / n),
      );
      expectMomentsMatch(s, x);
    }
  });

  it("is a constant for low = high and invalid for low > high or a bad confidence", () => {
    expect(normalFromInterval(2, 2).sample(createRng(1))).toBe(2);
    expect(normalFromInterval(3, 2).valid).toBe(false);
    expect(normalFromInterval(1, 2, 1.5).valid).toBe(false);
  });
});
