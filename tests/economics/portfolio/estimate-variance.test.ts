import { describe, expect, it } from "vitest";
import { estimateVariance } from "../../../src/economics/portfolio/estimate-variance.js";
import { normaliseEstimate, type Estimate } from "../../../src/model/estimate.js";

const estimate = (input: unknown) => normaliseEstimate(input) as Estimate;
const Z90 = 1.6448536269514722; // standard normal quantile of 0.95

describe("estimateVariance", () => {
  it("is 0 for a plain number", () => {
    expect(estimateVariance(estimate(42))).toBe(0);
  });

  it("gives an interval's normal, lognormal or uniform variance", () => {
    // Normal, 90% in [80, 120]: sigma = 40 / (2 x 1.6449) = 12.159; variance 147.85.
    expect(estimateVariance(estimate({ low: 80, high: 120, distribution: "normal" }))).toBeCloseTo((20 / Z90) ** 2, 9);
    // Uniform whose central 90% is [10, 19]: support width 9 / 0.9 = 10, variance 100 / 12.
    expect(estimateVariance(estimate({ low: 10, high: 19, distribution: "uniform" }))).toBeCloseTo(100 / 12, 9);
    // Lognormal, 90% in [100, 10,000]: mu = ln 1000, sigma = ln 100 / (2 z); variance (e^(s^2) - 1) e^(2 mu + s^2).
    const s = Math.log(100) / (2 * Z90);
    const expected = (Math.exp(s * s) - 1) * Math.exp(2 * Math.log(1000) + s * s);
    expect(estimateVariance(estimate({ low: 100, high: 10_000 }))).toBeCloseTo(expected, 3);
    // An 80% interval is wider for the same numbers: sigma = 20 / 1.2816.
    expect(estimateVariance(estimate({ low: 80, high: 120, confidence: 0.8, distribution: "normal" }))).toBeCloseTo(
      (20 / 1.2815515655446004) ** 2,
      9,
    );
  });

  it("gives PERT and triangular variances", () => {
    // PERT (10, 12, 20): alpha = 1 + 4 x 2/10 = 1.8, beta = 1 + 4 x 8/10 = 4.2;
    // variance = 10^2 x 1.8 x 4.2 / (6^2 x 7) = 756 / 252 = 3.
    expect(estimateVariance(estimate({ low: 10, mode: 12, high: 20 }))).toBeCloseTo(3, 12);
    // Triangular (10, 12, 20): (w^2 + m^2 - w m) / 18 with w = 10, m = 2: 84 / 18.
    expect(estimateVariance(estimate({ low: 10, mode: 12, high: 20, distribution: "triangular" }))).toBeCloseTo(84 / 18, 12);
    expect(estimateVariance(estimate({ low: 5, mode: 5, high: 5 }))).toBe(0);
  });
});
