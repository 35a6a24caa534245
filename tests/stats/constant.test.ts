import { describe, expect, it } from "vitest";
import { constant } from "../../src/stats/constant.js";
import { createRng } from "../../src/stats/create-rng.js";

describe("constant", () => {
  it("always gives its value and uses no random numbers", () => {
    const rng = createRng(1);
    const s = constant(250);
    expect([s.valid, s.mean, s.variance, s.sample(rng)]).toEqual([true, 250, 0, 250]);
    expect(Array.from(s.fill(new Float64Array(3), rng))).toEqual([250, 250, 250]);
    expect(rng.nextUint32()).toBe(createRng(1).nextUint32());
  });

  it("is invalid for a non-finite value", () => {
    expect(constant(Number.NaN).valid).toBe(false);
    expect(constant(Infinity).valid).toBe(false);
    expect(constant(Infinity).sample(createRng(1))).toBeNaN();
  });
});
