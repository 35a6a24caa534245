import { describe, expect, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import { lognormalFromInterval } from "../../src/stats/lognormal-from-interval.js";
import { draws, expectMomentsMatch, sampleMoments, shareWithin } from "./sample-moments.js";

describe("lognormalFromInterval", () => {
  it("derives mu and sigma from the interval (z = 1.6448536 for 90%)", () => {
    // mpmath: mu = ln sqrt(800 * 1500), sigma = ln(1500 / 800) / (2 * 1.6448536269514727),
    // mean = exp(mu + sigma^2 / 2) = 1115.6277194762760, variance = 46284.716155870359.
    const s = lognormalFromInterval(800, 1500);
    expect(s.mean).toBeCloseTo(1115.627719476276, 9);
    expect(s.variance / 46284.716155870359).toBeCloseTo(1, 12);
  });

  it("puts the confidence share of the mass in [low, high], split evenly, with the geometric mean as median", () => {
    const n = 200_000;
    for (const confidence of [0.9, 0.8, 0.5]) {
      const s = lognormalFromInterval(800, 1500, confidence);
      const x = draws(s, n, `lognormal-interval-${confidence}`);
      const se = Math.sqrt((confidence * (1 - confidence)) / n);
      expect(Math.abs(shareWithin(x, 800, 1500) - confidence)).toBeLessThan(4 * se);
      const tail = (1 - confidence) / 2;
      expect(Math.abs(shareWithin(x, 0, 800) - tail)).toBeLessThan(4 * Math.sqrt((tail * (1 - tail)) / n));
      expect(Math.abs(shareWithin(x, 0, Math.sqrt(800 * 1500)) - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / n));
      expectMomentsMatch(s, x);
    }
  });

  it("is a constant for low = high and invalid for low <= 0, low > high or a confidence outside (0, 1)", () => {
    expect(lognormalFromInterval(5, 5).sample(createRng(1))).toBe(5);
    for (const s of [
      lognormalFromInterval(0, 10),
      lognormalFromInterval(-1, 10),
      lognormalFromInterval(10, 5),
      lognormalFromInterval(1, 10, 1),
      lognormalFromInterval(1, 10, 0),
      lognormalFromInterval(1, Number.NaN),
    ]) {
      expect(s.valid).toBe(false);
      expect(sampleMoments(s.fill(new Float64Array(2), createRng(1))).mean).toBeNaN();
    }
  });
});
