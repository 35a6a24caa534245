import { describe, expect, it } from "vitest";
import { beta } from "../../src/stats/beta.js";
import { createRng } from "../../src/stats/create-rng.js";
import { draws, expectMomentsMatch , range } from "./sample-moments.js";

describe("beta", () => {
  it.each([
    [2, 5],
    [0.5, 0.5],
    [0.3, 3],
    [1, 1],
    [40, 60],
  ])("Beta(%d, %d) has mean a / (a + b) and variance ab / ((a + b)^2 (a + b + 1))", (a, b) => {
    const s = beta(a, b);
    expect(s.mean).toBeCloseTo(a / (a + b), 14);
    expect(s.variance).toBeCloseTo((a * b) / ((a + b) ** 2 * (a + b + 1)), 14);
    const x = draws(s, 200_000, `beta-${a}-${b}`);
    expectMomentsMatch(s, x);
    expect(range(x)[0]).toBeGreaterThanOrEqual(0);
    expect(range(x)[1]).toBeLessThanOrEqual(1);
  });

  it("is invalid for non-positive shapes", () => {
    expect(beta(0, 1).valid).toBe(false);
    expect(beta(1, -2).sample(createRng(1))).toBeNaN();
  });
});
