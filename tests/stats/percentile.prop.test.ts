import fc from "fast-check";
import { describe, it } from "vitest";
import { percentile } from "../../src/stats/percentile.js";

const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });
const sortedValues = fc.array(finite, { minLength: 1, maxLength: 60 }).map((xs) => Float64Array.from(xs).sort());
const percent = fc.double({ min: 0, max: 100, noNaN: true });

describe("percentile properties", () => {
  it("is monotone in the percent", () => {
    fc.assert(
      fc.property(sortedValues, percent, percent, (x, p, q) => {
        const [lo, hi] = p <= q ? [p, q] : [q, p];
        return percentile(x, lo) <= percentile(x, hi);
      }),
      { numRuns: 2000 },
    );
  });

  it("stays within [min, max], with the minimum at 0 and the maximum at 100", () => {
    fc.assert(
      fc.property(sortedValues, percent, (x, p) => {
        const v = percentile(x, p);
        return (
          v >= x[0]! && v <= x[x.length - 1]! && percentile(x, 0) === x[0] && percentile(x, 100) === x[x.length - 1]
        );
      }),
    );
  });

  it("hits every order statistic exactly where (n - 1) p / 100 is an integer", () => {
    fc.assert(
      fc.property(sortedValues, (x) => {
        const n = x.length;
        return Array.from(x).every((v, i) => {
          const p = n === 1 ? 50 : (100 * i) / (n - 1);
          // NOTE: (n - 1) p / 100 can round to a hair off i; the result then lies next to x[i], between its neighbours.
          const y = percentile(x, p);
          return ((n - 1) * p) / 100 === i ? y === v : y >= x[Math.max(i - 1, 0)]! && y <= x[Math.min(i + 1, n - 1)]!;
        });
      }),
    );
  });
});
