import { type PaymentTiming, paymentTimingFactor } from "./payment-timing.js";

/**
 * Number of periods (numpy-financial's nper, Excel's NPER) for payments `pmt` to take `pv` to `fv`:
 * n = log1p(-r (fv + pv) / (r pv + pmt (1 + r w))) / log1p(r) (the time-value equation solved for n, written so
 * that rates near 0 stay exact); at r = 0, n = -(fv + pv) / pmt. May be fractional or negative.
 * `rate` per period as a fraction. NaN when no finite number of periods works (payments that never repay the
 * loan, pmt = 0 at rate 0), for rate <= -1 and for non-finite inputs; never Infinity.
 * @example nper(0.07 / 12, -150, 8000) // 64.07334877066185 (numpy-financial's docstring)
 */
export function nper(rate: number, pmt: number, pv: number, fv = 0, when: PaymentTiming = "end"): number {
  const w = paymentTimingFactor(when, "nper");
  if (!(Number.isFinite(rate) && rate > -1 && Number.isFinite(pmt) && Number.isFinite(pv) && Number.isFinite(fv))) {
    return Number.NaN;
  }
  const result =
    rate === 0 ? -(fv + pv) / pmt : Math.log1p((-rate * (fv + pv)) / (rate * pv + pmt * (1 + rate * w))) / Math.log1p(rate);
  return Number.isFinite(result) ? result : Number.NaN;
}
