import { describe, expect, it } from "vitest";
import { percentile } from "../../src/stats/percentile.js";
import { percentiles } from "../../src/stats/percentiles.js";

// Reference values: numpy.percentile (numpy 2.4.6, default method "linear").
describe("percentile", () => {
  it("matches numpy.percentile on [1, 2, 3, 4]", () => {
    // np.percentile([1, 2, 3, 4], [0, 5, 50, 90, 95, 100]) -> [1.0, 1.15, 2.5, 3.7, 3.8499999999999996, 4.0]
    const expected = [1.0, 1.15, 2.5, 3.7, 3.8499999999999996, 4.0];
    [0, 5, 50, 90, 95, 100].forEach((p, i) => expect(percentile([1, 2, 3, 4], p)).toBeCloseTo(expected[i]!, 14));
  });

  it("matches numpy.percentile with ties and negative values, from a Float64Array", () => {
    const sorted = Float64Array.from([-3.5, 0.25, 1, 7, 7, 12.5, 40]);
    // np.percentile(b, [0, 10, 25, 33.3, 50, 75, 90, 99, 100]) ->
    // [-3.5, -1.2499999999999996, 0.625, 0.9984999999999998, 7.0, 9.75, 23.50000000000001, 38.34999999999999, 40.0]
    const expected = [-3.5, -1.2499999999999996, 0.625, 0.9984999999999998, 7, 9.75, 23.50000000000001, 38.34999999999999, 40];
    const ps = [0, 10, 25, 33.3, 50, 75, 90, 99, 100];
    ps.forEach((p, i) => expect(percentile(sorted, p)).toBeCloseTo(expected[i]!, 12));
    // np.percentile([0.1, 0.2, 0.30000000000000004, 1e6], [12.5, 66.6, 99.9]) -> [0.1375, 0.2998, 997000.0009000003]
    const wide = [0.1, 0.2, 0.30000000000000004, 1e6];
    expect(percentile(wide, 12.5)).toBeCloseTo(0.1375, 14);
    expect(percentile(wide, 66.6)).toBeCloseTo(0.2998, 14);
    expect(percentile(wide, 99.9) / 997000.0009000003).toBeCloseTo(1, 14);
  });

  it("returns the only value of a one-element array and NaN for empty input or a bad percent", () => {
    expect(percentile([42], 37)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([1, 2], -1)).toBeNaN();
    expect(percentile([1, 2], 100.5)).toBeNaN();
    expect(percentile([1, 2], Number.NaN)).toBeNaN();
  });
});

describe("percentiles", () => {
  it("gives one percentile per entry, in order", () => {
    const result = percentiles([1, 2, 3, 4], [95, 5, 50]);
    expect(result[0]).toBeCloseTo(3.85, 14);
    expect(result[1]).toBeCloseTo(1.15, 14);
    expect(result[2]).toBe(2.5);
  });
});
