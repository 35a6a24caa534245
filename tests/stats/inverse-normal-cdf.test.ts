import { describe, expect, it } from "vitest";
import { inverseNormalCdf } from "../../src/stats/inverse-normal-cdf.js";

// Reference quantiles computed with mpmath at 50 digits (sqrt(2) * erfinv(2p - 1), and a root of ncdf for 1e-300).
const cases: [number, number][] = [
  [0.5, 0],
  [0.95, 1.6448536269514727149],
  [0.975, 1.9599639845400542355],
  [0.995, 2.575829303548900761],
  [0.01, -2.3263478740408411009],
  [0.25, -0.6744897501960817432],
  [1e-10, -6.3613409024040562047],
  [1e-300, -37.047096299361199237],
];

describe("inverseNormalCdf", () => {
  it.each(cases)("inverseNormalCdf(%d) = %d", (p, z) => {
    expect(Math.abs(inverseNormalCdf(p) - z)).toBeLessThan(1e-12 * Math.max(1, Math.abs(z)));
  });

  it("is antisymmetric", () => {
    for (const p of [0.001, 0.1, 0.3, 0.49]) expect(inverseNormalCdf(1 - p)).toBeCloseTo(-inverseNormalCdf(p), 12);
  });

  it("gives infinities at the ends and NaN outside [0, 1]", () => {
    expect(inverseNormalCdf(0)).toBe(-Infinity);
    expect(inverseNormalCdf(1)).toBe(Infinity);
    expect(inverseNormalCdf(-0.1)).toBeNaN();
    expect(inverseNormalCdf(Number.NaN)).toBeNaN();
  });
});
