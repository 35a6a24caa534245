import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { mirr } from "../../../src/economics/cash-flow/mirr.js";

describe("mirr", () => {
  // numpy-financial tests/test_financial.py, TestMirr.test_mirr_decimal (Decimal results, 27 digits).
  it.each([
    [[-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000], 0.08, 0.055, 0.06659717503155355],
    [[-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12, 0.12609413036590514],
    [[100, 200, -50, 300, -200], 0.05, 0.06, 0.34282338784217664],
  ])("numpy-financial: mirr(%j, %d, %d) = %d", (values, finance, reinvest, expected) => {
    expect(mirr(values, finance, reinvest)).toBeCloseTo(expected, 14);
  });

  it("matches Excel's MIRR help example: 13%, -5% after three years, 13% at a 14% reinvestment rate", () => {
    // Microsoft, "MIRR function"; mpmath: 0.12609413036590515, -0.048044655249980820, 0.13475911082831485.
    const values = [-120000, 39000, 30000, 21000, 37000, 46000];
    expect(mirr(values, 0.1, 0.12)).toBeCloseTo(0.13, 2);
    expect(mirr(values.slice(0, 4), 0.1, 0.12)).toBeCloseTo(-0.04804465524998082, 14);
    expect(mirr(values, 0.1, 0.14)).toBeCloseTo(0.13475911082831485, 14);
  });

  it("is exact at rates of 0", () => {
    // (200 / 100)^(1/2) - 1
    expect(mirr([-100, 0, 200], 0, 0)).toBeCloseTo(Math.SQRT2 - 1, 15);
  });

  it("is NaN without both signs, for a rate <= -1 or non-finite inputs (a ModelError)", () => {
    expect(mirr([39000, 30000, 21000, 37000, 46000], 0.1, 0.12)).toBeNaN();
    expect(mirr([-1, -2], 0.1, 0.12)).toBeNaN();
    expect(mirr([-1, 2], -1, 0.12)).toBeNaN();
    expectInvalidArgument(() => mirr([-1, 2], 0.1, Number.NaN));
    expectInvalidArgument(() => mirr([-1, Infinity], 0.1, 0.1));
  });
});
