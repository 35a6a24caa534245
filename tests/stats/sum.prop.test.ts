import fc from "fast-check";
import { describe, it } from "vitest";
import { createSumAccumulator } from "../../src/stats/sum-accumulator.js";
import { sum } from "../../src/stats/sum.js";

describe("sum properties", () => {
  it("is exact for integers whatever their order and magnitude mix", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 })), (xs) => {
        const exact = xs.reduce((a, b) => a + BigInt(b), 0n);
        return sum(xs) === Number(exact) && sum([...xs].reverse()) === Number(exact);
      }),
    );
  });

  it("recovers small terms swamped by a large one that cancels", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 })), fc.double({ min: 1e20, max: 1e300, noNaN: true }), (xs, big) => {
        const exact = xs.reduce((a, b) => a + b, 0);
        return sum([big, ...xs, -big]) === exact;
      }),
    );
  });

  it("agrees with the streaming accumulator", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e200, max: 1e200 })), (xs) => {
        const acc = createSumAccumulator();
        for (const x of xs) acc.add(x);
        return Object.is(acc.total, sum(xs)) && acc.count === xs.length;
      }),
    );
  });
});
