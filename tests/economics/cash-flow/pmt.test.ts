import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { pmt } from "../../../src/economics/cash-flow/pmt.js";
import { ModelError } from "../../../src/model/errors.js";

describe("pmt", () => {
  it("matches numpy-financial's docstring: pmt(0.075/12, 12*15, 200000) = -1854.0247200054619", () => {
    // mpmath at 40 digits with the double 0.075/12: -1854.0247200054761768 (the docstring's float result is
    // 8e-15 relative away).
    expect(pmt(0.075 / 12, 12 * 15, 200000) / -1854.0247200054619).toBeCloseTo(1, 13);
    expect(pmt(0.075 / 12, 12 * 15, 200000)).toBeCloseTo(-1854.0247200054762, 10);
  });

  it("matches numpy-financial's tests: -304.145914 (test_pmt_simple), -250 at rate 0, and the broadcast table", () => {
    // TestPmt: test_pmt_decimal_simple Decimal('-304.1459143262052370338701494'); test_pmt_zero_rate -250;
    // test_pmt_broadcast [[-166.66667, -19311.258], [-626.90814, -19311.258]] (Decimal values to 28 digits).
    expect(pmt(0.08 / 12, 5 * 12, 15000)).toBeCloseTo(-304.14591432620523, 10);
    expect(pmt(0, 5 * 12, 15000)).toBe(-250);
    expect(pmt(0, 12, 2000)).toBeCloseTo(-166.66666666666666, 12);
    expect(pmt(0.8, 3, 20000)).toBeCloseTo(-19311.258278145695, 9);
    expect(pmt(0.3, 12, 2000)).toBeCloseTo(-626.9081401700759, 10);
  });

  it("takes payments at the beginning of periods", () => {
    // An annuity due pays one period earlier: pmt_begin = pmt_end / (1 + r).
    expect(pmt(0.08 / 12, 60, 15000, 0, "begin")).toBeCloseTo(-304.14591432620523 / (1 + 0.08 / 12), 10);
    expect(pmt(0.08 / 12, 60, 15000, 0, 1)).toBe(pmt(0.08 / 12, 60, 15000, 0, "begin"));
    expect(pmt(0.08 / 12, 60, 15000, 0, 0)).toBe(pmt(0.08 / 12, 60, 15000));
  });

  it("is exact at rate 0 and continuous at 1e-12", () => {
    expect(pmt(0, 10, 1000, -50)).toBe(-95);
    expect(Math.abs(pmt(1e-12, 10, 1000) / -100 - 1)).toBeLessThan(1e-9);
  });

  it("is NaN for rate <= -1, nper = 0 or non-finite inputs (a ModelError); a ModelError for a bad `when`", () => {
    expect(pmt(-1, 10, 1000)).toBeNaN();
    expect(pmt(-1.5, 10, 1000)).toBeNaN();
    expect(pmt(0.1, 0, 1000)).toBeNaN();
    expect(pmt(0, 0, 1000)).toBeNaN();
    expectInvalidArgument(() => pmt(Number.NaN, 10, 1000));
    expectInvalidArgument(() => pmt(0.1, 10, Infinity));
    expect(() => pmt(0.1, 10, 1000, 0, "middle" as never)).toThrow(ModelError);
    expect(() => pmt(0.1, 10, 1000, 0, "middle" as never)).toThrow(/^pmt: when must be/);
  });
});
