import { describe, expect, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import { uniformFromInterval } from "../../src/stats/uniform-from-interval.js";
import { draws, expectMomentsMatch, shareWithin , range } from "./sample-moments.js";

describe("uniformFromInterval", () => {
  it("widens [low, high] so that it holds the confidence share: [9.5, 19.5] for [10, 19] at 90%", () => {
    const s = uniformFromInterval(10, 19, 0.9);
    expect(s.mean).toBeCloseTo(14.5, 14);
    expect(s.variance).toBeCloseTo(100 / 12, 12); // width 10
    const x = draws(s, 200_000, "uniform-interval");
    expect(range(x)[0]).toBeGreaterThanOrEqual(9.5);
    expect(range(x)[1]).toBeLessThanOrEqual(19.5);
    expect(Math.abs(shareWithin(x, 10, 19) - 0.9)).toBeLessThan(4 * Math.sqrt(0.09 / x.length));
    expectMomentsMatch(s, x);
  });

  it("is exactly [low, high] at confidence 1", () => {
    const s = uniformFromInterval(2, 4, 1);
    expect([s.mean, s.variance]).toEqual([3, 4 / 12]);
  });

  it("is a constant for low = high and invalid for a confidence outside (0, 1]", () => {
    expect(uniformFromInterval(7, 7).sample(createRng(1))).toBe(7);
    expect(uniformFromInterval(1, 2, 0).valid).toBe(false);
    expect(uniformFromInterval(1, 2, 1.01).valid).toBe(false);
  });
});
