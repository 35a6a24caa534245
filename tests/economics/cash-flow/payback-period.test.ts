import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { paybackPeriod } from "../../../src/economics/cash-flow/payback-period.js";

describe("paybackPeriod", () => {
  it("interpolates within the year the cumulative flow turns non-negative: [-1000, 300, 400, 500] -> 2.6", () => {
    // Cumulative -1000, -700, -300, 200: 300 of year 3's 500 are needed, 2 + 300 / 500.
    expect(paybackPeriod([-1000, 300, 400, 500])).toBeCloseTo(2.6, 15);
  });

  it("counts a later dip: paid back only after the cumulative flow stays non-negative", () => {
    // Cumulative -100, 0, -50, 50: negative last in period 2, so 2 + 50 / 100.
    expect(paybackPeriod([-100, 100, -50, 100])).toBe(2.5);
    // Exactly zero counts as paid back.
    expect(paybackPeriod([-100, 50, 50])).toBe(2);
  });

  it("is 0 with nothing to pay back, undefined when never paid back, NaN for a non-finite flow (a ModelError)", () => {
    expect(paybackPeriod([100, -10, 20])).toBe(0); // cumulative 100, 90, 110
    expect(paybackPeriod([0, 10])).toBe(0);
    expect(paybackPeriod([-1000, 300, 400])).toBeUndefined();
    expect(paybackPeriod([])).toBeUndefined();
    expectInvalidArgument(() => paybackPeriod([-1000, Number.NaN, 2000]));
  });
});
