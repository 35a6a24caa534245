import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { irrAll } from "../../../src/economics/cash-flow/irr-all.js";

describe("irrAll", () => {
  it("finds both rates of the pump problem: 25% and 400%", () => {
    // J. H. Lorie, L. J. Savage, "Three problems in rationing capital", J. Business 28(4), 1955:
    // -1600, +10000, -10000 has IRRs of 25% and 400%.
    const [a, b] = irrAll([-1600, 10000, -10000]);
    expect(a).toBeCloseTo(0.25, 14);
    expect(b).toBeCloseTo(4, 13);
  });

  it("finds -1 + 5x - 6x^2 = -(2x - 1)(3x - 1): x = 1/2, 1/3, so r = 1 and 2", () => {
    const roots = irrAll([-1, 5, -6]);
    expect(roots).toHaveLength(2);
    expect(roots[0]).toBeCloseTo(1, 14);
    expect(roots[1]).toBeCloseTo(2, 14);
  });

  it("finds the three roots of numpy-financial's [-5, 10.5, 1, -8, 1], ascending", () => {
    // mpmath.polyroots at 40 digits: -0.87020124748474118, 0.088598338527755346, 0.70955952768618357.
    const roots = irrAll([-5, 10.5, 1, -8, 1]);
    expect(roots).toHaveLength(3);
    [-0.8702012474847411, 0.08859833852775535, 0.7095595276861836].forEach((r, i) =>
      expect(roots[i]).toBeCloseTo(r, 12),
    );
  });

  it("reports a double root once: [-1, 2, -1] = -(1 - x)^2 touches 0 at r = 0", () => {
    expect(irrAll([-1, 2, -1])).toEqual([0]);
    // (x - 1/2)^2 (x - 3/4) = x^3 - 1.75 x^2 + x - 0.1875: a double root at r = 1 and a simple one at r = 1/3.
    const roots = irrAll([-0.1875, 1, -1.75, 1]);
    expect(roots).toHaveLength(2);
    expect(roots[0]).toBeCloseTo(1 / 3, 14);
    expect(roots[1]).toBeCloseTo(1, 7); // a double root is only defined to about sqrt(eps)
  });

  it("separates close roots that a grid would miss", () => {
    // Roots at r = 0.1 and 0.1001: flows are the coefficients of (1 - 1.1 x)(1 - 1.1001 x).
    const roots = irrAll([1, -(1.1 + 1.1001), 1.1 * 1.1001]);
    expect(roots).toHaveLength(2);
    expect(roots[0]).toBeCloseTo(0.1, 10);
    expect(roots[1]).toBeCloseTo(0.1001, 10);
  });

  it("is empty with no root, all-zero flows or a non-finite flow (a ModelError)", () => {
    expect(irrAll([1, 2, 3])).toEqual([]);
    expect(irrAll([0, 0])).toEqual([]);
    expect(irrAll([5])).toEqual([]);
    expectInvalidArgument(() => irrAll([-1, Infinity]));
  });
});
