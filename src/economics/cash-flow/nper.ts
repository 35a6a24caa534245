import { checkNumber } from "./check-cash-flow-arguments.js";
import { type PaymentTiming, paymentTimingFactor } from "./payment-timing.js";

/**
 * Number of periods (numpy-financial's nper, Excel's NPER) for payments `pmt` to take `pv` to `fv`:
 * n = log1p(-r (fv + pv) / (r pv + pmt (1 + r w))) / log1p(r) (the time-value equation solved for n, evaluated so
 * that rates near 0, even subnormal ones, stay exact); at r = 0, n = -(fv + pv) / pmt. May be fractional or negative.
 * `rate` per period as a fraction. NaN when no finite number of periods works (payments that never repay the
 * loan, pmt = 0 at rate 0), for rate <= -1; never Infinity; a NaN, Infinity or non-number argument is a
 * `ModelError("invalid-argument")`.
 * @example nper(0.07 / 12, -150, 8000) // 64.0733487706621 (numpy-financial's docstring: 64.07335)
 */
export function nper(rate: number, pmt: number, pv: number, fv = 0, when: PaymentTiming = "end"): number {
  for (const [name, x] of [["rate", rate], ["pmt", pmt], ["pv", pv], ["fv", fv]] as const) checkNumber("nper", name, x);
  const w = paymentTimingFactor(when, "nper");
  if (!(rate > -1)) return Number.NaN;
  // n = log1p(r u) / log1p(r) with u = -(fv + pv) / (r pv + pmt (1 + r w)), evaluated as u h(r u) / h(r),
  // h(z) = log1p(z) / z, so that tiny and subnormal rates tend smoothly to the rate-0 answer u = -(fv + pv) / pmt.
  const u = -(fv + pv) / (rate * pv + pmt * (1 + rate * w));
  const result = (u * logRatio(rate * u)) / logRatio(rate);
  return Number.isFinite(result) ? result : Number.NaN;
}

/** log1p(z) / z, 1 at z = 0; below 1e-10 the series 1 - z / 2 (the next term, z^2 / 3, is under rounding). */
function logRatio(z: number): number {
  return Math.abs(z) < 1e-10 ? 1 - z / 2 : Math.log1p(z) / z;
}
