import { annuityFactor } from "./annuity-factor.js";
import { checkNumber } from "./check-cash-flow-arguments.js";
import { type PaymentTiming, paymentTimingFactor } from "./payment-timing.js";

/**
 * Present value (numpy-financial's pv, Excel's PV): the amount now that, with `pmt` each period for `nper` periods
 * and `fv` at the end, balances the time-value-of-money equation
 * pv (1 + r)^n + pmt (1 + r w) ((1 + r)^n - 1) / r + fv = 0 (w = 1 for "begin", 0 for "end"; at r = 0,
 * pv + pmt n + fv = 0). Computed as pv = -(fv (1 + r)^-n + pmt (1 + r w) a), a = {@link annuityFactor}.
 * `rate` per period as a fraction; money in the caller's unit, signed (paid out negative).
 * NaN for rate <= -1; a NaN, Infinity or non-number argument is a `ModelError("invalid-argument")`.
 * @example pv(0.05 / 12, 10 * 12, -100, 15692.93) // -100.000671316 (numpy-financial's docstring: -100.00067131625819)
 */
export function pv(rate: number, nper: number, pmt: number, fv = 0, when: PaymentTiming = "end"): number {
  const w = paymentTimingFactor(when, "pv");
  for (const [name, x] of [["rate", rate], ["nper", nper], ["pmt", pmt], ["fv", fv]] as const) checkNumber("pv", name, x);
  const a = annuityFactor(rate, nper);
  const result = -(fv * Math.exp(-nper * Math.log1p(rate)) + pmt * (1 + rate * w) * a);
  return Number.isFinite(result) ? result : Number.NaN;
}
