/**
 * The p-th percentile of values already sorted ascending, by linear interpolation between order statistics
 * (numpy.percentile's default "linear" method, Hyndman and Fan's definition 7, Excel's PERCENTILE.INC):
 * h = (n - 1) p / 100, result = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
 * `percent` is in percent, 0 to 100; the result is in the unit of the values. The input is not checked for order.
 * Empty input, NaN or a percent outside [0, 100] gives NaN.
 * @example percentile([1, 2, 3, 4], 90) // 3.7
 */
export function percentile(sorted: ArrayLike<number>, percent: number): number {
  const n = sorted.length;
  if (n === 0 || !(percent >= 0 && percent <= 100)) return Number.NaN;
  const h = ((n - 1) * percent) / 100;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  if (lo >= n - 1) return a;
  const b = sorted[lo + 1]!;
  const t = h - lo; // exact: h and lo are within a factor 2 of each other or lo = 0
  // NOTE: one formula (not numpy's two-sided lerp) and a clamp keep the result monotone in `percent`
  // even across order statistics; it can differ from numpy in the last bit.
  return t === 0 ? a : Math.min(b, a + (b - a) * t);
}
