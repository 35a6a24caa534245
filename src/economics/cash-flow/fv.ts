import { annuityFactor } from "./annuity-factor.js";
import { type PaymentTiming, paymentTimingFactor } from "./payment-timing.js";

/**
 * Future value (numpy-financial's fv, Excel's FV) after `nper` periods of `pmt`, starting from `pv`:
 * fv = -(pv (1 + r)^n + pmt (1 + r w) ((1 + r)^n - 1) / r) (w = 1 for "begin", 0 for "end";
 * at r = 0, -(pv + pmt n)), with (1 + r)^n - 1 = expm1(n log1p r) so that rates near 0 stay exact.
 * `rate` per period as a fraction; money in the caller's unit, signed. NaN for rate <= -1 or non-finite inputs.
 * @example fv(0.05 / 12, 10 * 12, -100, -100) // 15692.9288943358 (numpy-financial's docstring: 15692.928894335748)
 */
export function fv(rate: number, nper: number, pmt: number, pv = 0, when: PaymentTiming = "end"): number {
  const w = paymentTimingFactor(when, "fv");
  const a = annuityFactor(rate, nper);
  const growth = Math.exp(nper * Math.log1p(rate));
  const result = -(pv + pmt * (1 + rate * w) * a) * growth;
  return Number.isFinite(result) ? result : Number.NaN;
}
