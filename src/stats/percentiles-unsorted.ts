/**
 * The same numbers as `percentiles` (numpy's "linear" method) without sorting: each needed order statistic is
 * found by selection (Hoare's quickselect with median-of-three pivots), so a few percentiles of n values cost O(n)
 * instead of O(n log n). Reorders `values` in place. Percents outside [0, 100], NaN or empty input give NaN.
 * @example percentilesUnsorted(Float64Array.of(4, 1, 3, 2), [50, 90]) // [2.5, 3.7]
 */
export function percentilesUnsorted(values: Float64Array, percents: readonly number[]): number[] {
  const n = values.length;
  const order = percents.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(percents.length).fill(Number.NaN);
  let left = 0;
  for (const [p, i] of order) {
    if (n === 0 || !(p >= 0 && p <= 100)) continue;
    const h = ((n - 1) * p) / 100;
    const lo = Math.floor(h);
    select(values, lo, left, n - 1);
    left = lo;
    if (lo >= n - 1) {
      out[i] = values[lo]!;
      continue;
    }
    // The next order statistic is the smallest value to the right of position lo.
    let next = values[lo + 1]!;
    for (let j = lo + 2; j < n; j++) if (values[j]! < next) next = values[j]!;
    const a = values[lo]!;
    const t = h - lo;
    // The same interpolation as `percentile`, to the last bit.
    out[i] = t === 0 ? a : Math.min(next, a + (next - a) * t);
  }
  return out;
}

/** Put the k-th smallest of values[left..right] at position k, smaller ones before it and larger ones after. */
function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as pivot, moved to `left`.
    if (a[mid]! < a[left]!) swap(a, mid, left);
    if (a[right]! < a[left]!) swap(a, right, left);
    if (a[right]! < a[mid]!) swap(a, right, mid);
    swap(a, mid, left);
    const pivot = a[left]!;
    let i = left;
    let j = right + 1;
    for (;;) {
      do i++;
      while (i <= right && a[i]! < pivot);
      do j--;
      while (a[j]! > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    swap(a, left, j);
    if (j === k) return;
    if (j < k) left = j + 1;
    else right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
