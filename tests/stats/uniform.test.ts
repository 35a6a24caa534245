import { describe, expect, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import { uniform } from "../../src/stats/uniform.js";
import { draws, expectMomentsMatch, ksCritical999, ksStatistic } from "./sample-moments.js";

describe("uniform", () => {
  it("has mean (a + b) / 2 and variance (b - a)^2 / 12", () => {
    const s = uniform(-3, 9);
    expect(s.mean).toBe(3);
    expect(s.variance).toBe(12);
    expectMomentsMatch(s, draws(s, 200_000, "uniform"));
  });

  it("passes a KS test and stays in [a, b]", () => {
    const x = draws(uniform(10, 20), 100_000, "uniform-ks").sort();
    expect(x[0]).toBeGreaterThanOrEqual(10);
    expect(x[x.length - 1]).toBeLessThanOrEqual(20);
    expect(ksStatistic(x, (v) => (v - 10) / 10)).toBeLessThan(ksCritical999(x.length));
  });

  it("fills the same draws as repeated sample calls", () => {
    const s = uniform(0, 5);
    const a = s.fill(new Float64Array(5), createRng(3));
    const rng = createRng(3);
    expect(Array.from(a)).toEqual([0, 0, 0, 0, 0].map(() => s.sample(rng)));
  });

  it("is a constant for a = b and invalid (NaN, not a throw) for bad parameters", () => {
    expect(uniform(4, 4).sample(createRng(1))).toBe(4);
    expect(uniform(4, 4).variance).toBe(0);
    for (const s of [uniform(5, 4), uniform(Number.NaN, 1), uniform(0, Infinity)]) {
      expect(s.valid).toBe(false);
      expect(s.mean).toBeNaN();
      expect(s.sample(createRng(1))).toBeNaN();
      expect(Array.from(s.fill(new Float64Array(2), createRng(1)))).toEqual([Number.NaN, Number.NaN]);
    }
  });
});
