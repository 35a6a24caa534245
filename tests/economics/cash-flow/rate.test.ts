import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { pmt } from "../../../src/economics/cash-flow/pmt.js";
import { rate } from "../../../src/economics/cash-flow/rate.js";

describe("rate", () => {
  it("matches numpy-financial's test: rate(10, 0, -3500, 10000) = 0.1107", () => {
    // TestRate.test_rate: 0.1107 (4 decimals). Its Decimal test expects 0.1106908537142689, where Newton stopped;
    // the exact root is (10000 / 3500)^(1/10) - 1 = 0.11069085371075281 (mpmath).
    expect(rate(10, 0, -3500, 10000)).toBeCloseTo(0.1107, 4);
    expect(rate(10, 0, -3500, 10000)).toBeCloseTo(0.11069085371075281, 14);
  });

  it("treats `when` like numpy-financial (test_when: 1 = 'begin', 0 = 'end')", () => {
    expect(rate(10, 20, -3500, 10000, 1)).toBe(rate(10, 20, -3500, 10000, "begin"));
    expect(rate(10, 20, -3500, 10000, 0)).toBe(rate(10, 20, -3500, 10000));
  });

  it("recovers the rate of a loan, including 0 exactly and 1e-12", () => {
    expect(rate(360, pmt(0.06 / 12, 360, 250000), 250000)).toBeCloseTo(0.005, 14);
    expect(rate(12, -100, 1200)).toBe(0);
    // The payment differs from -100 by 6.5e-11 relative, so 1e-16 is as close as doubles can pin the rate.
    expect(Math.abs(rate(12, pmt(1e-12, 12, 1200), 1200) - 1e-12)).toBeLessThan(1e-16);
    expect(rate(4, pmt(-0.3, 4, 1000), 1000)).toBeCloseTo(-0.3, 13);
  });

  it("matches numpy-financial's gh-48 values where a root exists (nper 2, pmt 0)", () => {
    // TestRate.test_gh48: [-0.39920185, -0.02305873, -0.41818459, 0.26513414, nan].
    const pvs = [-593.06, -4725.38, -662.05, -428.78, -13.65];
    const fvs = [214.07, 4509.97, 224.11, 686.29, -329.67];
    const expected = [-0.39920185, -0.02305873, -0.41818459, 0.26513414];
    expected.forEach((r, i) => expect(rate(2, 0, pvs[i]!, fvs[i]!)).toBeCloseTo(r, 8));
    expect(rate(2, 0, pvs[4]!, fvs[4]!)).toBeNaN();
  });

  it("is NaN when no rate exists (numpy-financial test_rate_with_infeasible_solution) or inputs are bad (a ModelError)", () => {
    for (const when of [0, 1, "end", "begin"] as const) expect(rate(12, 400, 10000, 5000, when)).toBeNaN();
    expect(rate(0, -100, 1000)).toBeNaN();
    expectInvalidArgument(() => rate(10, Number.NaN, 1000));
  });
});
