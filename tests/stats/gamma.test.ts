import { describe, expect, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import { gamma } from "../../src/stats/gamma.js";
import { draws, expectMomentsMatch , range } from "./sample-moments.js";

describe("gamma", () => {
  it.each([
    [0.3, 1],
    [1, 2],
    [2.5, 500],
    [100, 0.01],
  ])("Gamma(shape %d, scale %d) has mean k theta and variance k theta^2", (k, theta) => {
    const s = gamma(k, theta);
    expect(s.mean).toBeCloseTo(k * theta, 12);
    expect(s.variance).toBeCloseTo(k * theta * theta, 12);
    const x = draws(s, 200_000, `gamma-${k}-${theta}`);
    expectMomentsMatch(s, x);
    expect(range(x)[0]).toBeGreaterThanOrEqual(0);
  });

  it("is invalid for non-positive or non-finite parameters", () => {
    expect(gamma(0).valid).toBe(false);
    expect(gamma(1, 0).valid).toBe(false);
    expect(gamma(Infinity).sample(createRng(1))).toBeNaN();
  });
});
