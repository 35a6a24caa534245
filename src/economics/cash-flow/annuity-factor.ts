/**
 * Present-value annuity factor: the value at t = 0 of 1 paid at the end of each of `periods` periods,
 * a = (1 - (1 + rate)^-n) / rate = -expm1(-n log1p(rate)) / rate, and exactly n at rate 0
 * (the expm1/log1p form keeps rates near 0 exact: rate 1e-12 gives n (1 - (n + 1) 1e-12 / 2), not rounding noise).
 * `rate` is a fraction per period. NaN for rate <= -1 or non-finite inputs.
 * @example annuityFactor(0.05, 3) // 2.7232480293704784
 */
export function annuityFactor(rate: number, periods: number): number {
  if (!(Number.isFinite(rate) && Number.isFinite(periods) && rate > -1)) return Number.NaN;
  // Below 1e-200 the rate's effect, about n^2 rate / 2, is far under double precision, while n * rate could be a
  // subnormal that has lost its digits: use the limit.
  if (Math.abs(rate) < 1e-200) return periods;
  return -Math.expm1(-periods * Math.log1p(rate)) / rate;
}
