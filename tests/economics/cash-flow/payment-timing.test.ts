import { describe, expect, it } from "vitest";
import { paymentTimingFactor } from "../../../src/economics/cash-flow/payment-timing.js";
import { ModelError } from "../../../src/model/errors.js";

describe("paymentTimingFactor", () => {
  it('maps "end" and 0 to 0, "begin" and 1 to 1', () => {
    expect([paymentTimingFactor("end", "f"), paymentTimingFactor(0, "f")]).toEqual([0, 0]);
    expect([paymentTimingFactor("begin", "f"), paymentTimingFactor(1, "f")]).toEqual([1, 1]);
  });

  it("rejects anything else with a ModelError naming the caller", () => {
    try {
      paymentTimingFactor("start" as never, "fv");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ModelError);
      expect((e as ModelError).code).toBe("invalid-argument");
      expect((e as ModelError).message).toMatch(/^fv: when must be/);
    }
  });
});
