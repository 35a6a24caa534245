/**
 * Sum with Neumaier's compensated summation (A. Neumaier, ZAMM 54, 1974; an improved Kahan-Babuska sum): the error
 * does not grow with the number of terms, so [1, 1e100, 1, -1e100] sums to 2, not 0. Empty input gives 0;
 * any NaN gives NaN; infinities give the plain (infinite or NaN) sum.
 * @example sum([1, 1e100, 1, -1e100]) // 2
 */
export function sum(values: ArrayLike<number>): number {
  let total = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    const t = total + x;
    compensation += Math.abs(total) >= Math.abs(x) ? total - t + x : x - t + total;
    total = t;
  }
  // With an infinity the compensation is NaN (inf - inf); the plain total is then the right answer.
  return Number.isFinite(total) ? total + compensation : total;
}
