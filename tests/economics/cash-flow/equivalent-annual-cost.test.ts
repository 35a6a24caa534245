import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { equivalentAnnualCost } from "../../../src/economics/cash-flow/equivalent-annual-cost.js";

describe("equivalentAnnualCost", () => {
  it("matches Wikipedia's machine A: 50000 over 3 years at 5%, plus 13000 upkeep, is 31360 a year", () => {
    // Wikipedia, "Equivalent annual cost", practical example: EAC(A) = 50000 * A(3, 5%) + 13000 = 31360 $.
    // (Its machine B, 150000 over 8 years + 7500, is printed as 30780; the formula gives 30708.27.)
    // mpmath: 50000 * 0.05 / (1 - 1.05^-3) = 18360.428231562252.
    expect(equivalentAnnualCost(0.05, 50000, 3)).toBeCloseTo(18360.42823156225, 9);
    expect(Math.round(equivalentAnnualCost(0.05, 50000, 3) + 13000)).toBe(31360);
  });

  it("takes flows: the upkeep as yearly flows gives the same total", () => {
    expect(equivalentAnnualCost(0.05, [50000, 13000, 13000, 13000])).toBeCloseTo(31360.42823156225, 9);
  });

  it("is PV / n at rate 0 and continuous at 1e-12", () => {
    expect(equivalentAnnualCost(0, 1200, 12)).toBe(100);
    expect(Math.abs(equivalentAnnualCost(1e-12, 1200, 12) / 100 - 1)).toBeLessThan(1e-9);
  });

  it("is NaN for rate <= -1, years <= 0 or missing, or non-finite inputs (a ModelError)", () => {
    expect(equivalentAnnualCost(-1, 1000, 3)).toBeNaN();
    expect(equivalentAnnualCost(0.05, 1000, 0)).toBeNaN();
    expect(equivalentAnnualCost(0.05, 1000)).toBeNaN();
    expect(equivalentAnnualCost(0.05, [1000])).toBeNaN();
    expectInvalidArgument(() => equivalentAnnualCost(0.05, Number.NaN, 3));
  });
});
