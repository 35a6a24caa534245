import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { pv } from "../../../src/economics/cash-flow/pv.js";

describe("pv", () => {
  it("matches numpy-financial's docstring: pv(0.05/12, 10*12, -100, 15692.93) = -100.00067131625819", () => {
    // mpmath at 40 digits: -100.00067131621324 (the docstring's float result is 4e-13 relative away).
    expect(pv(0.05 / 12, 10 * 12, -100, 15692.93) / -100.00067131625819).toBeCloseTo(1, 12);
    expect(pv(0.05 / 12, 10 * 12, -100, 15692.93)).toBeCloseTo(-100.00067131621324, 11);
  });

  it("matches numpy-financial's test: pv(0.07, 20, 12000, 0) = -127128.1709461939327295", () => {
    // TestPV.test_pv_decimal.
    expect(pv(0.07, 20, 12000, 0)).toBeCloseTo(-127128.17094619393, 8);
    // An annuity due is worth (1 + r) times more: Google Sheets / numpy-financial's "begin" case.
    expect(pv(0.07, 20, 12000, 0, "begin")).toBeCloseTo(-127128.17094619393 * 1.07, 7);
  });

  it("is exact at rate 0 and continuous at 1e-12", () => {
    expect(pv(0, 10, -100, -50)).toBe(1050);
    expect(Math.abs(pv(1e-12, 10, -100, -50) / 1050 - 1)).toBeLessThan(1e-9);
  });

  it("is NaN for rate <= -1 or non-finite inputs (a ModelError)", () => {
    expect(pv(-1, 10, 100)).toBeNaN();
    expectInvalidArgument(() => pv(0.1, Number.NaN, 100));
    expectInvalidArgument(() => pv(0.1, 10, 100, Infinity));
  });
});
