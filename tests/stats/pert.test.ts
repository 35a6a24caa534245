import { describe, expect, it } from "vitest";
import { createRng } from "../../src/stats/create-rng.js";
import { pert } from "../../src/stats/pert.js";
import { draws, expectMomentsMatch , range } from "./sample-moments.js";

describe("pert", () => {
  it("has mean (low + 4 mode + high) / 6 and the Beta(1.8, 4.2) variance for (10, 12, 20)", () => {
    const s = pert(10, 12, 20);
    expect(s.mean).toBeCloseTo(13, 13);
    // alpha = 1 + 4 * 2 / 10 = 1.8, beta = 1 + 4 * 8 / 10 = 4.2: 100 * 1.8 * 4.2 / (6^2 * 7) = 3
    expect(s.variance).toBeCloseTo(3, 13);
    expectMomentsMatch(s, draws(s, 200_000, "pert"));
  });

  it("takes lambda: mean (low + lambda mode + high) / (lambda + 2); lambda = 0 is uniform", () => {
    const s = pert(0, 10, 40, 8);
    expect(s.mean).toBeCloseTo((0 + 80 + 40) / 10, 13);
    expectMomentsMatch(s, draws(s, 200_000, "pert-lambda"));
    const flat = pert(0, 3, 12, 0);
    expect(flat.mean).toBeCloseTo(6, 13);
    expect(flat.variance).toBeCloseTo(144 / 12, 12);
  });

  it("stays in [low, high], with the mode at an end too", () => {
    for (const [a, m, b] of [
      [5, 5, 9],
      [5, 9, 9],
      [100, 150, 400],
    ] as const) {
      const x = draws(pert(a, m, b), 50_000, `pert-range-${a}-${m}-${b}`);
      expect(range(x)[0]).toBeGreaterThanOrEqual(a);
      expect(range(x)[1]).toBeLessThanOrEqual(b);
    }
  });

  it("is a constant for low = high and invalid otherwise out of domain", () => {
    expect(pert(3, 3, 3).sample(createRng(1))).toBe(3);
    expect(pert(1, 5, 4).valid).toBe(false);
    expect(pert(1, 2, 4, -1).valid).toBe(false);
    expect(pert(1, 2, 4, Number.NaN).sample(createRng(1))).toBeNaN();
  });
});
