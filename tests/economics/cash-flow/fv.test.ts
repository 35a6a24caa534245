import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { fv } from "../../../src/economics/cash-flow/fv.js";

describe("fv", () => {
  it("matches numpy-financial's docstring: fv(0.05/12, 10*12, -100, -100) = 15692.928894335748", () => {
    // mpmath at 40 digits: 15692.928894335821 (the docstring's float result is 5e-15 relative away).
    expect(fv(0.05 / 12, 10 * 12, -100, -100)).toBeCloseTo(15692.928894335821, 9);
    expect(fv(0.05 / 12, 10 * 12, -100, -100) / 15692.928894335748).toBeCloseTo(1, 13);
  });

  it("matches numpy-financial's tests: 86609.362673043 (end), 93105.064874 (begin), -610.51 and -671.561", () => {
    // TestFv.test_decimal Decimal('86609.36267304300040536731624'); test_when_is_begin_float 93105.064874;
    // test_broadcast [[-610.51, -671.561], [-744.16, -892.992]]; test_some_rates_zero [-500, -610.51].
    expect(fv(0.075, 20, -2000, 0, 0)).toBeCloseTo(86609.362673043, 8);
    expect(fv(0.075, 20, -2000, 0, "begin")).toBeCloseTo(93105.06487352123, 8);
    expect(fv(0.1, 5, 100, 0)).toBeCloseTo(-610.51, 10);
    expect(fv(0.1, 5, 100, 0, 1)).toBeCloseTo(-671.561, 10);
    expect(fv(0.2, 5, 100, 0, 0)).toBeCloseTo(-744.16, 10);
    expect(fv(0.2, 5, 100, 0, 1)).toBeCloseTo(-892.992, 10);
    expect(fv(0, 5, 100, 0)).toBe(-500);
  });

  it("is continuous at 1e-12", () => {
    expect(Math.abs(fv(1e-12, 5, 100, 0) / -500 - 1)).toBeLessThan(1e-9);
  });

  it("is NaN for rate <= -1 or non-finite inputs (a ModelError)", () => {
    expect(fv(-1, 5, 100, 0)).toBeNaN();
    expectInvalidArgument(() => fv(0.1, 5, Number.NaN, 0));
  });
});
