import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentiles } from "../../src/stats/percentiles.js";
import { percentilesUnsorted } from "../../src/stats/percentiles-unsorted.js";

describe("percentilesUnsorted", () => {
  it("gives exactly what sorting then percentiles gives", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.constantFrom(0, 1, 1, 2)), { minLength: 1, maxLength: 300 }),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 9 }),
        (values, percents) => {
          const sorted = Float64Array.from(values).sort();
          expect(percentilesUnsorted(Float64Array.from(values), percents)).toEqual(percentiles(sorted, percents));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("matches numpy on a worked example and handles edge cases", () => {
    // numpy.percentile([4, 1, 3, 2], [50, 90]) -> [2.5, 3.7]
    const [a, b] = percentilesUnsorted(Float64Array.of(4, 1, 3, 2), [50, 90]);
    expect(a).toBe(2.5);
    expect(b).toBeCloseTo(3.7, 12);
    expect(percentilesUnsorted(new Float64Array(0), [50])).toEqual([Number.NaN]);
    expect(percentilesUnsorted(Float64Array.of(5), [0, 100, 101])).toEqual([5, 5, Number.NaN]);
  });
});
