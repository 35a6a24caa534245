import { describe, expect, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import { triangular } from "../../src/stats/triangular.js";
import { draws, expectMomentsMatch, ksCritical999, ksStatistic } from "./sample-moments.js";

/** Exact CDF of the triangular distribution (a, c, b). */
function triangularCdf(a: number, c: number, b: number) {
  return (x: number) =>
    x <= a ? 0 : x >= b ? 1 : x <= c ? ((x - a) ** 2) / ((b - a) * (c - a)) : 1 - ((b - x) ** 2) / ((b - a) * (b - c));
}

describe("triangular", () => {
  it("has mean (a + c + b) / 3 and variance (a^2 + b^2 + c^2 - ab - ac - bc) / 18", () => {
    const s = triangular(2, 3, 7);
    expect(s.mean).toBe(4);
    expect(s.variance).toBeCloseTo(7 / 6, 14); // (4 + 9 + 49 - 6 - 14 - 21) / 18
    expectMomentsMatch(s, draws(s, 200_000, "triangular"));
  });

  it("passes a KS test against the exact CDF, including modes at either end", () => {
    for (const [a, c, b] of [
      [2, 3, 7],
      [0, 0, 1],
      [0, 1, 1],
    ] as const) {
      const x = draws(triangular(a, c, b), 100_000, `triangular-ks-${a}-${c}-${b}`).sort();
      expect(ksStatistic(x, triangularCdf(a, c, b))).toBeLessThan(ksCritical999(x.length));
    }
  });

  it("keeps a precise variance far from zero", () => {
    expect(triangular(1e9 + 2, 1e9 + 3, 1e9 + 7).variance).toBeCloseTo(7 / 6, 12);
  });

  it("is a constant for low = high and invalid for a mode outside [low, high]", () => {
    expect(triangular(5, 5, 5).sample(createRng(1))).toBe(5);
    expect(triangular(1, 0, 2).valid).toBe(false);
    expect(triangular(1, 3, 2).valid).toBe(false);
  });
});
