import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { annuityFactor } from "../../../src/economics/cash-flow/annuity-factor.js";

describe("annuityFactor", () => {
  it("is (1 - (1 + r)^-n) / r: 2.7232480293704797 for 5% over 3 periods", () => {
    // 1/1.05 + 1/1.05^2 + 1/1.05^3; mpmath: 2.7232480293704784.
    expect(annuityFactor(0.05, 3)).toBeCloseTo(2.7232480293704784, 14);
  });

  it("is n at rate 0 and its limit near 0, not rounding noise", () => {
    expect(annuityFactor(0, 7)).toBe(7);
    // a(r) = n - n(n + 1) r / 2 + O(r^2): with n = 360, r = 1e-12, 360 - 6.498e-8.
    expect(annuityFactor(1e-12, 360)).toBeCloseTo(360 - (360 * 361 * 1e-12) / 2, 12);
    expect(annuityFactor(-1e-12, 360)).toBeCloseTo(360 + (360 * 361 * 1e-12) / 2, 12);
  });

  it("is NaN for rate <= -1 and non-finite inputs (a ModelError)", () => {
    expect(annuityFactor(-1, 3)).toBeNaN();
    expectInvalidArgument(() => annuityFactor(Number.NaN, 3));
    expectInvalidArgument(() => annuityFactor(0.1, Infinity));
  });
});
