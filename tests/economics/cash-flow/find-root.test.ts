import { describe, expect, it } from "vitest";
import { findRoot } from "../../../src/economics/cash-flow/find-root.js";

describe("findRoot", () => {
  it("converges to full precision on smooth, flat and kinked functions", () => {
    expect(findRoot((x) => x * x - 2, 0, 2)).toBe(Math.SQRT2);
    expect(findRoot(Math.cos, 1, 2)).toBeCloseTo(Math.PI / 2, 15);
    expect(findRoot((x) => Math.pow(x - 1, 3), 0, 3)).toBeCloseTo(1, 5); // triple root: only ~eps^(1/3) defined
    expect(findRoot((x) => (x < 0.3 ? -1 : 1), 0, 1)).toBeCloseTo(0.3, 15); // a jump: bisection fallback
  });

  it("returns an end point that is already a root", () => {
    expect(findRoot((x) => x - 1, 1, 2)).toBe(1);
    expect(findRoot((x) => x - 2, 1, 2)).toBe(2);
  });
});
