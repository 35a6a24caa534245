import { checkNumber } from "./check-cash-flow-arguments.js";
/**
 * Present-value annuity factor: the value at t = 0 of 1 paid at the end of each of `periods` periods,
 * a = (1 - (1 + rate)^-n) / rate = -expm1(-n log1p(rate)) / rate, and exactly n at rate 0
 * (the expm1/log1p form keeps rates near 0 exact: rate 1e-12 gives n (1 - (n + 1) 1e-12 / 2), not rounding noise).
 * `rate` is a fraction per period. NaN for rate <= -1 or when the factor overflows (never Infinity); a
 * `ModelError("invalid-argument")` for a non-finite argument.
 * @example annuityFactor(0.05, 3) // 2.7232480293704784
 */
export function annuityFactor(rate: number, periods: number): number {
  checkNumber("annuityFactor", "rate", rate);
  checkNumber("annuityFactor", "periods", periods);
  if (!(Number.isFinite(rate) && Number.isFinite(periods) && rate > -1)) return Number.NaN;
  // Below 1e-200 the rate's effect, about n^2 rate / 2, is far under double precision, while n * rate could be a
  // subnormal that has lost its digits: use the limit.
  if (Math.abs(rate) < 1e-200) return periods;
  const a = -Math.expm1(-periods * Math.log1p(rate)) / rate;
  // NOTE: near rate -1 the factor overflows; the spec wants NaN, never Infinity.
  return Number.isFinite(a) ? a : Number.NaN;
}

/**
 * Future-value (growth) annuity factor: the value at t = n of 1 paid at the end of each of `periods` periods,
 * s = ((1 + rate)^n - 1) / rate = expm1(n log1p(rate)) / rate, exactly n at rate 0; finite for any rate > -1 whose
 * growth does not overflow (it tends to -1 / rate as (1 + rate)^n vanishes).
 * @example growthAnnuity(0.05, 3) // 3.1525
 */
export function growthAnnuity(rate: number, periods: number): number {
  if (!(Number.isFinite(rate) && Number.isFinite(periods) && rate > -1)) return Number.NaN;
  if (Math.abs(rate) < 1e-200) return periods;
  const s = Math.expm1(periods * Math.log1p(rate)) / rate;
  return Number.isFinite(s) ? s : Number.NaN;
}
