import { annuityFactor, growthAnnuity } from "./annuity-factor.js";
import { checkNumber } from "./check-cash-flow-arguments.js";
import { type PaymentTiming, paymentTimingFactor } from "./payment-timing.js";

/**
 * Payment per period (numpy-financial's pmt, Excel's PMT) that pays off `pv` (and leaves `fv`) in `nper` periods:
 * pmt = -(pv + fv (1 + r)^-n) / ((1 + r w) a), a = {@link annuityFactor} = (1 - (1 + r)^-n) / r
 * (w = 1 for "begin", 0 for "end"); at r = 0, -(pv + fv) / n exactly.
 * `rate` per period as a fraction; money in the caller's unit, signed. NaN for rate <= -1 or nper = 0; a NaN,
 * Infinity or non-number argument is a `ModelError("invalid-argument")`.
 * @example pmt(0.075 / 12, 12 * 15, 200000) // -1854.02472000548 (numpy-financial's docstring: -1854.0247200054619)
 */
export function pmt(rate: number, nper: number, pv: number, fv = 0, when: PaymentTiming = "end"): number {
  const w = paymentTimingFactor(when, "pmt");
  for (const [name, x] of [["rate", rate], ["nper", nper], ["pv", pv], ["fv", fv]] as const) checkNumber("pmt", name, x);
  if (!(rate > -1)) return Number.NaN;
  // For a shrinking growth factor G = (1 + r)^n < 1 (a negative rate) the form multiplied through by G keeps every
  // term finite: pmt = -(pv G + fv) / ((1 + r w) (G - 1) / r); otherwise the discounted form below.
  const result =
    rate < 0
      ? -(pv * Math.exp(nper * Math.log1p(rate)) + fv) / ((1 + rate * w) * growthAnnuity(rate, nper))
      : -(pv + fv * Math.exp(-nper * Math.log1p(rate))) / ((1 + rate * w) * annuityFactor(rate, nper));
  return Number.isFinite(result) ? result : Number.NaN;
}
