import { describe, expect, it } from "vitest";
import { inverseNormalCdf } from "../../src/stats/inverse-normal-cdf.js";
import { normalCdf } from "../../src/stats/normal-cdf.js";

// Reference values computed with mpmath.ncdf at 50 digits.
const cases: [number, number][] = [
  [-30, 4.906713927148187e-198],
  [-20, 2.7536241186062337e-89],
  [-10, 7.619853024160525e-24],
  [-5, 2.8665157187919391e-7],
  [-3.3, 0.0004834241423837775],
  [-2, 0.02275013194817921],
  [-1, 0.15865525393145705],
  [-0.1, 0.460172162722971],
  [0, 0.5],
  [0.7, 0.75803634777692697],
  [2.5, 0.9937903346742238],
  [5, 0.9999997133484281],
];

describe("normalCdf", () => {
  it.each(cases)("normalCdf(%d) = %d", (x, p) => {
    expect(Math.abs(normalCdf(x) - p)).toBeLessThanOrEqual(2e-15 * p);
  });

  it("inverts inverseNormalCdf", () => {
    for (const p of [1e-12, 0.001, 0.05, 0.3, 0.5, 0.9, 0.95]) {
      expect(normalCdf(inverseNormalCdf(p))).toBeCloseTo(p, 15);
    }
  });

  it("saturates in the far tails and passes NaN through", () => {
    expect(normalCdf(-50)).toBe(0);
    expect(normalCdf(50)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});
