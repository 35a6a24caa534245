import { annuityFactor } from "./annuity-factor.js";
import { type PaymentTiming, paymentTimingFactor } from "./payment-timing.js";

/**
 * Payment per period (numpy-financial's pmt, Excel's PMT) that pays off `pv` (and leaves `fv`) in `nper` periods:
 * pmt = -(pv + fv (1 + r)^-n) / ((1 + r w) a), a = {@link annuityFactor} = (1 - (1 + r)^-n) / r
 * (w = 1 for "begin", 0 for "end"); at r = 0, -(pv + fv) / n exactly.
 * `rate` per period as a fraction; money in the caller's unit, signed. NaN for rate <= -1, nper = 0 or non-finite
 * inputs.
 * @example pmt(0.075 / 12, 12 * 15, 200000) // -1854.02472000548 (numpy-financial's docstring: -1854.0247200054619)
 */
export function pmt(rate: number, nper: number, pv: number, fv = 0, when: PaymentTiming = "end"): number {
  const w = paymentTimingFactor(when, "pmt");
  const a = annuityFactor(rate, nper);
  const result = -(pv + fv * Math.exp(-nper * Math.log1p(rate))) / ((1 + rate * w) * a);
  return Number.isFinite(result) ? result : Number.NaN;
}
