import { describe, expect, it } from "vitest";
import { mean } from "../../src/stats/mean.js";
import { createSumAccumulator } from "../../src/stats/sum-accumulator.js";
import { sum } from "../../src/stats/sum.js";

describe("sum", () => {
  it("compensates cancellation: [1, 1e100, 1, -1e100] sums to 2 (a naive loop gives 0)", () => {
    expect(sum([1, 1e100, 1, -1e100])).toBe(2);
    expect(sum(Float64Array.from([1, 1e100, 1, -1e100]))).toBe(2);
  });

  it("sums a million tenths to 100000 exactly to rounding", () => {
    const tenths = new Float64Array(1_000_000).fill(0.1);
    // 1e6 * 0.1000000000000000055511... = 100000.0000000000055511..., whose nearest double is 100000.
    expect(sum(tenths)).toBe(100_000);
    let naive = 0;
    for (const x of tenths) naive += x;
    expect(Math.abs(naive - 100_000)).toBeGreaterThan(1e-7);
  });

  it("gives 0 for nothing, NaN for NaN and the infinite sum for infinities", () => {
    expect(sum([])).toBe(0);
    expect(sum([1, Number.NaN])).toBeNaN();
    expect(sum([1, Infinity, 2])).toBe(Infinity);
    expect(sum([Infinity, -Infinity])).toBeNaN();
  });
});

describe("createSumAccumulator", () => {
  it("accumulates like sum, one value at a time", () => {
    const acc = createSumAccumulator();
    for (const x of [1, 1e100, 1, -1e100]) acc.add(x);
    expect(acc.total).toBe(2);
    expect(acc.count).toBe(4);
    expect(createSumAccumulator().add(3).add(Infinity).total).toBe(Infinity);
    expect(createSumAccumulator().total).toBe(0);
  });
});

describe("mean", () => {
  it("is the compensated sum over n, NaN for no values", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([1e100, 1, -1e100, 3])).toBe(1);
    expect(mean([])).toBeNaN();
  });
});
