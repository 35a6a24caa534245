import { growthAnnuity } from "./annuity-factor.js";
import { checkNumber } from "./check-cash-flow-arguments.js";
import { type PaymentTiming, paymentTimingFactor } from "./payment-timing.js";

/**
 * Future value (numpy-financial's fv, Excel's FV) after `nper` periods of `pmt`, starting from `pv`:
 * fv = -(pv (1 + r)^n + pmt (1 + r w) ((1 + r)^n - 1) / r) (w = 1 for "begin", 0 for "end";
 * at r = 0, -(pv + pmt n)), with (1 + r)^n - 1 = expm1(n log1p r) so that rates near 0 stay exact.
 * `rate` per period as a fraction; money in the caller's unit, signed. NaN for rate <= -1; a NaN, Infinity or
 * non-number argument is a `ModelError("invalid-argument")`.
 * @example fv(0.05 / 12, 10 * 12, -100, -100) // 15692.9288943358 (numpy-financial's docstring: 15692.928894335748)
 */
export function fv(rate: number, nper: number, pmt: number, pv = 0, when: PaymentTiming = "end"): number {
  const w = paymentTimingFactor(when, "fv");
  for (const [name, x] of [["rate", rate], ["nper", nper], ["pmt", pmt], ["pv", pv]] as const) checkNumber("fv", name, x);
  if (!(rate > -1)) return Number.NaN;
  // fv = -(pv G + pmt (1 + r w) (G - 1) / r) with G = (1 + r)^n: written with the growth annuity (G - 1) / r, which
  // stays finite when G is tiny (a rate near -1), where a (1 - G^-1) / r times G would be Infinity x 0.
  const growth = Math.exp(nper * Math.log1p(rate));
  const result = -(pv * growth + pmt * (1 + rate * w) * growthAnnuity(rate, nper));
  return Number.isFinite(result) ? result : Number.NaN;
}
