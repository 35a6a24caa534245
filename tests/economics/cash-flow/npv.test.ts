import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { npv } from "../../../src/economics/cash-flow/npv.js";
import { sum } from "../../../src/stats/sum.js";

describe("npv", () => {
  it("matches numpy-financial's test-suite: npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000]) = 122.894854950942692", () => {
    // numpy-financial tests/test_financial.py, TestNpv.test_npv_decimal: Decimal('122.894854950942692161628715').
    // (The brief's "-2146.3" was wrong; old numpy.npv, which discounted from t = 1, gave 117.04.)
    expect(npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000])).toBeCloseTo(122.89485495094269, 10);
  });

  it("matches numpy-financial's docstring and the style guide: npv(0.08, [-40000, 5000, 8000, 12000, 30000]) = 3065.22267", () => {
    // numpy-financial npv docstring: np.round(npf.npv(0.08, cashflows), 5) -> 3065.22267;
    // mpmath at 40 digits: 3065.2226681795345109.
    expect(npv(0.08, [-40000, 5000, 8000, 12000, 30000])).toBeCloseTo(3065.2226681795346, 9);
  });

  it("is exactly the compensated sum at rate 0, and continuous at 1e-12", () => {
    const values = [-1e6, 0.1, 250000.3, 1e-3, 400000, 350000.7];
    expect(npv(0, values)).toBe(sum(values));
    expect(npv(0, [1, 1e100, 1, -1e100])).toBe(2);
    // d npv / d rate at 0 is -Σ t v_t: npv(1e-12) = npv(0) - 1e-12 Σ t v_t to first order.
    const slope = values.reduce((acc, v, t) => acc - t * v, 0);
    expect(Math.abs(npv(1e-12, values) - (sum(values) + 1e-12 * slope))).toBeLessThan(1e-9 * Math.abs(sum(values)));
  });

  it("handles 1000 flows and negative rates above -1", () => {
    const values = Array.from({ length: 1000 }, (_, t) => (t === 0 ? -5000 : 10));
    // -5000 + 10 (1 - 1.01^-999) / 0.01; mpmath at 40 digits: -4000.0481889641669438.
    expect(npv(0.01, values)).toBeCloseTo(-4000.048188964167, 9);
    expect(npv(-0.5, [1, 1, 1])).toBe(7);
  });

  it("is NaN for rate <= -1 or non-finite inputs (a ModelError), 0 for no flows", () => {
    expect(npv(-1, [1, 2])).toBeNaN();
    expect(npv(-2, [1, 2])).toBeNaN();
    expectInvalidArgument(() => npv(Number.NaN, [1, 2]));
    expectInvalidArgument(() => npv(Infinity, [1, 2]));
    expectInvalidArgument(() => npv(0.1, [1, Number.NaN]));
    expectInvalidArgument(() => npv(0.1, [1, Infinity]));
    expect(npv(0.1, [])).toBe(0);
  });
});
