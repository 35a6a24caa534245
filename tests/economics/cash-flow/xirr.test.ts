import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { xirr } from "../../../src/economics/cash-flow/xirr.js";
import { xnpv } from "../../../src/economics/cash-flow/xnpv.js";
import { ModelError } from "../../../src/model/errors.js";

const values = [-10000, 2750, 4250, 3250, 2750];
const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];

describe("xirr", () => {
  it("matches Excel's XIRR help example: 0.373362535", () => {
    // Microsoft, "XIRR function": =XIRR(A3:A7, B3:B7, 0.1) -> 0.373362535 (Excel stops at a 1e-6 step);
    // the exact root, mpmath.findroot at 40 digits: 0.37336253351883151031.
    expect(xirr(values, dates)).toBeCloseTo(0.373362535, 8);
    expect(xirr(values, dates)).toBeCloseTo(0.3733625335188315, 13);
    expect(Math.abs(xnpv(xirr(values, dates), values, dates))).toBeLessThan(1e-8);
  });

  it("does not depend on the order of the flows and nets same-day flows", () => {
    const order = [3, 0, 4, 2, 1];
    expect(xirr(order.map((i) => values[i]!), order.map((i) => dates[i]!))).toBeCloseTo(0.3733625335188315, 13);
    const split = [-4000, -6000, 2750, 4250, 3250, 2750];
    expect(xirr(split, ["2008-01-01", ...dates])).toBeCloseTo(0.3733625335188315, 13);
  });

  it("equals irr for yearly 365-day steps", () => {
    const yearly = ["2021-01-01", "2022-01-01", "2023-01-01"]; // 365 and 365 days
    expect(xirr([-1600, 10000, -10000], yearly)).toBeCloseTo(0.25, 12);
    expect(xirr([-1600, 10000, -10000], yearly, 3)).toBeCloseTo(4, 11);
  });

  it("is NaN without a root or with a non-finite value (a ModelError), a ModelError for bad dates", () => {
    expect(xirr([100, 200], ["2020-01-01", "2021-01-01"])).toBeNaN();
    expect(xirr([-100, 100], ["2020-01-01", "2020-01-01"])).toBeNaN();
    expectInvalidArgument(() => xirr([-100, Number.NaN], ["2020-01-01", "2021-01-01"]));
    expect(() => xirr([-100, 110], ["2020-01-01", "not a date"])).toThrow(ModelError);
  });
});
