import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { nper } from "../../../src/economics/cash-flow/nper.js";

describe("nper", () => {
  it("matches numpy-financial's docstring: nper(0.07/12, -150, 8000) = 64.07335", () => {
    // Docstring: np.round(npf.nper(0.07/12, -150, 8000), 5) -> 64.07335; mpmath at 40 digits: 64.073348770662121.
    expect(nper(0.07 / 12, -150, 8000)).toBeCloseTo(64.07335, 5);
    expect(nper(0.07 / 12, -150, 8000)).toBeCloseTo(64.07334877066212, 11);
  });

  it("matches numpy-financial's tests (values from Google Sheets' NPER)", () => {
    // TestNper.test_basic_values [50, 21.544944]; test_broadcast [21.5449442, 20.76156441]; test_gh_18 11.52670461;
    // test_no_interest 10.
    expect(nper(0, -2000, 0, 100000)).toBe(50);
    expect(nper(0.075, -2000, 0, 100000)).toBeCloseTo(21.5449442, 7);
    expect(nper(0.075, -2000, 0, 100000, "begin")).toBeCloseTo(20.76156441, 8);
    expect(nper(0.1, 0, -500, 1500)).toBeCloseTo(11.52670461, 8);
    expect(nper(0, -100, 1000)).toBe(10);
  });

  it("can be negative, as numpy-financial's: a balance that grows reaches the target in the past", () => {
    // log1p(-0.1 * 1000 / (0.1 * 1000 + 100)) / log1p(0.1) = ln 0.5 / ln 1.1
    expect(nper(0.1, 100, 1000)).toBeCloseTo(Math.log(0.5) / Math.log(1.1), 13);
  });

  it("is continuous at rate 1e-12", () => {
    expect(Math.abs(nper(1e-12, -100, 1000) / 10 - 1)).toBeLessThan(1e-9);
  });

  it("is NaN, never Infinity, when no number of periods works (numpy-financial returns inf for pmt = 0 at rate 0)", () => {
    expect(nper(0, -0, 1000)).toBeNaN();
    expect(nper(0.1, -100, 1000)).toBeNaN(); // the payment only covers the interest
    expect(nper(-1, -100, 1000)).toBeNaN();
    expectInvalidArgument(() => nper(0.1, Number.NaN, 1000));
  });
});
