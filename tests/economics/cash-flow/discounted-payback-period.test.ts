import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { discountedPaybackPeriod } from "../../../src/economics/cash-flow/discounted-payback-period.js";
import { paybackPeriod } from "../../../src/economics/cash-flow/payback-period.js";

describe("discountedPaybackPeriod", () => {
  it("interpolates on discounted flows: [-1000, 500, 500, 500] at 10% -> 2.352", () => {
    // Discounted: -1000, 454.545..., 413.223..., 375.657...; cumulative after year 2: -132.231...;
    // 2 + 132.2314... / 375.6574... = 2.352 (mpmath at 30 digits: 2.352).
    expect(discountedPaybackPeriod([-1000, 500, 500, 500], 0.1)).toBeCloseTo(2.352, 12);
  });

  it("equals the plain payback period at rate 0", () => {
    expect(discountedPaybackPeriod([-1000, 300, 400, 500], 0)).toBe(paybackPeriod([-1000, 300, 400, 500]));
  });

  it("is undefined when the NPV at the rate is negative, NaN for rate <= -1", () => {
    expect(discountedPaybackPeriod([-1000, 300, 400, 500], 0.1)).toBeUndefined();
    expect(discountedPaybackPeriod([-1000, 300, 400, 500], -1)).toBeNaN();
    expectInvalidArgument(() => discountedPaybackPeriod([-1000, 300, 400, 500], Number.NaN));
  });
});
