import { describe, expect, it } from "vitest";
import { exponentSumRoots } from "../../../src/economics/cash-flow/exponent-sum-roots.js";

describe("exponentSumRoots", () => {
  it("finds the roots in (0, 1] of a polynomial, ascending", () => {
    const roots = exponentSumRoots([-1, 5, -6], [0, 1, 2]);
    expect(roots).toHaveLength(2);
    expect(roots[0]).toBeCloseTo(1 / 3, 15);
    expect(roots[1]).toBeCloseTo(0.5, 15);
    expect(exponentSumRoots([-1, 1], [0, 1])).toEqual([1]);
    expect(exponentSumRoots([-1, 0.5], [0, 1])).toEqual([]); // root at 2
  });

  it("handles real exponents: x^0.5 - 0.25 x^0 has its root at 1/16", () => {
    expect(exponentSumRoots([-0.25, 1], [0, 0.5])[0]).toBeCloseTo(1 / 16, 15);
    // (x^0.5 - 0.3)(x^0.5 - 0.6) = x - 0.9 x^0.5 + 0.18: roots 0.09 and 0.36.
    const roots = exponentSumRoots([0.18, -0.9, 1], [0, 0.5, 1]);
    expect(roots[0]).toBeCloseTo(0.09, 14);
    expect(roots[1]).toBeCloseTo(0.36, 14);
  });

  it("ignores zero coefficients and shifts the exponents", () => {
    const roots = exponentSumRoots([0, 0, -1, 0, 4], [0, 1, 2, 3, 4]); // x^2 (4 x^2 - 1)
    expect(roots).toEqual([0.5]);
  });
});
