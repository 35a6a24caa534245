import { describe, expect, it } from "vitest";
import { annuityFactor, growthAnnuity } from "../../../src/economics/cash-flow/annuity-factor.js";
import { fv } from "../../../src/economics/cash-flow/fv.js";
import { irr } from "../../../src/economics/cash-flow/irr.js";
import { npv } from "../../../src/economics/cash-flow/npv.js";
import { paybackPeriod } from "../../../src/economics/cash-flow/payback-period.js";
import { pmt } from "../../../src/economics/cash-flow/pmt.js";
import { ModelError } from "../../../src/model/errors.js";
import { expectInvalidArgument } from "./expect-invalid-argument.js";

describe("cash-flow arguments", () => {
  it("refuses values that are not a list of finite numbers, naming the entry", () => {
    expectInvalidArgument(() => npv(0.1, 5 as never));
    expectInvalidArgument(() => npv(0.1, "12" as never));
    expectInvalidArgument(() => irr(null as never));
    expectInvalidArgument(() => paybackPeriod(undefined as never));
    let error: unknown;
    try {
      npv(0.1, [-100, "50", 60, Number.NaN] as never);
    } catch (e) {
      error = e;
    }
    expect((error as ModelError).issues.map((i) => i.path)).toEqual(["values[1]", "values[3]"]);
    expect((error as ModelError).message).toMatch(/^npv: values\[1\] must be a finite number/);
    // A typed array is a list too.
    expect(npv(0, Float64Array.of(1, 2, 3))).toBe(6);
  });

  it("stays finite near rate -1 where the answer is finite, and never gives Infinity", () => {
    // fv = -(pv G + pmt (G - 1) / r) with G = 0.01^360 ~ 0: 100 / 0.99 (mpmath: 101.01010101...).
    expect(fv(-0.99, 360, -100, -100)).toBeCloseTo(100 / 0.99, 9);
    // pmt (annuity due) = -(pv G + fv) / ((1 + r) (G - 1) / r) = -1000 / (0.01 / 0.99) = -99,000.
    expect(pmt(-0.99, 360, 200000, 1000, "begin")).toBeCloseTo(-99000, 6);
    expect(fv(-0.9, 400, -1, 0)).toBeCloseTo(1 / 0.9, 12);
    expect(growthAnnuity(-0.9, 400)).toBeCloseTo(1 / 0.9, 12);
    expect(annuityFactor(-0.9, 400)).toBeNaN(); // (1 - 0.1^-400) / -0.9 overflows: NaN, not Infinity
  });
});
