import { describe, expect, it } from "vitest";
import { logGamma } from "../../src/stats/log-gamma.js";

// Reference values computed with mpmath.loggamma at 50 digits.
const cases: [number, number][] = [
  [1e-5, 11.512919692895826],
  [0.1, 2.252712651734206],
  [0.5, 0.5723649429247001], // ln sqrt(pi)
  [1.5, -0.12078223763524522],
  [2.5, 0.2846828704729192],
  [3, 0.6931471805599453], // ln 2!
  [6.9, 6.3927444564055955],
  [10, 12.80182748008147], // ln 9! = ln 362880
  [33.3, 82.60372358165495],
  [100, 359.1342053695754],
  [1e10, 220258509288.81058],
];

describe("logGamma", () => {
  it.each(cases)("logGamma(%d) = %d", (x, y) => {
    expect(Math.abs(logGamma(x) - y)).toBeLessThan(2e-15 * Math.max(1, Math.abs(y)));
  });

  it("is 0 at 1 and 2, NaN outside its domain", () => {
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
    expect(logGamma(Number.NaN)).toBeNaN();
    expect(logGamma(Infinity)).toBe(Infinity);
  });
});
