import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { xnpv } from "../../../src/economics/cash-flow/xnpv.js";
import { ModelError } from "../../../src/model/errors.js";

const values = [-10000, 2750, 4250, 3250, 2750];
const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];

describe("xnpv", () => {
  it("matches Excel's XNPV help example: 2086.65", () => {
    // Microsoft, "XNPV function" / WorksheetFunction.Xnpv: =XNPV(.09, A2:A6, B2:B6) -> 2086.6476 (2086.65);
    // mpmath at 40 digits with day counts 0, 60, 303, 411, 456: 2086.6476020315366217.
    expect(xnpv(0.09, values, dates)).toBeCloseTo(2086.6476020315367, 9);
  });

  it("accepts Date objects (read in UTC) and date-time strings, whatever the time zone", () => {
    const asDates = dates.map((d) => new Date(`${d}T00:00:00Z`));
    expect(xnpv(0.09, values, asDates)).toBe(xnpv(0.09, values, dates));
    const withTimes = dates.map((d) => `${d}T18:30:00+05:00`);
    expect(xnpv(0.09, values, withTimes)).toBe(xnpv(0.09, values, dates));
  });

  it("is the plain sum at rate 0 and NaN for rate <= -1 or a non-finite value (a ModelError)", () => {
    expect(xnpv(0, values, dates)).toBe(3000);
    expect(xnpv(-1, values, dates)).toBeNaN();
    expectInvalidArgument(() => xnpv(0.1, [1, Number.NaN], ["2020-01-01", "2021-01-01"]));
  });

  it("discounts a full 365-day year by one period, and earlier dates by negative exponents", () => {
    expect(xnpv(0.1, [0, 110], ["2021-01-01", "2022-01-01"])).toBeCloseTo(100, 12);
    expect(xnpv(0.1, [0, 100], ["2021-01-01", "2020-01-01"])).toBeCloseTo(100 * Math.pow(1.1, 366 / 365), 10);
  });

  it("reports a bad date or a length mismatch as a ModelError with its path", () => {
    const bad = () => xnpv(0.1, [1, 2], ["2020-01-01", "2020-02-30"]);
    expect(bad).toThrow(ModelError);
    try {
      bad();
    } catch (e) {
      expect((e as ModelError).code).toBe("invalid-argument");
      expect((e as ModelError).issues[0]?.path).toBe("dates[1]");
    }
    expect(() => xnpv(0.1, [1, 2], [new Date(Number.NaN), "2020-01-01"])).toThrow(/xnpv: dates\[0\]/);
    expect(() => xnpv(0.1, [1, 2], ["2020-01-01"])).toThrow(/xnpv: dates must have one entry per value \(2\), got 1/);
  });
});
