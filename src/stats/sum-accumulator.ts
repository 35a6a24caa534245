/** A running compensated sum; see {@link createSumAccumulator}. */
export interface SumAccumulator {
  /** Add one value; returns the accumulator for chaining. */
  add(value: number): SumAccumulator;
  /** The compensated sum of everything added so far (0 when nothing was added). */
  readonly total: number;
  /** How many values were added. */
  readonly count: number;
}

/**
 * A streaming sum with Neumaier's compensation, for totals built one value at a time (the same result as
 * {@link sum} over the same values in the same order).
 * @example
 * const acc = createSumAccumulator();
 * for (const x of [1, 1e100, 1, -1e100]) acc.add(x);
 * acc.total; // 2
 */
export function createSumAccumulator(): SumAccumulator {
  let total = 0;
  let compensation = 0;
  let count = 0;
  const accumulator: SumAccumulator = {
    add(x: number) {
      const t = total + x;
      compensation += Math.abs(total) >= Math.abs(x) ? total - t + x : x - t + total;
      total = t;
      count++;
      return accumulator;
    },
    get total() {
      return Number.isFinite(total) ? total + compensation : total;
    },
    get count() {
      return count;
    },
  };
  return accumulator;
}
