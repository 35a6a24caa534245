import { annuityFactor } from "./annuity-factor.js";
import { checkNumber, checkValues } from "./check-cash-flow-arguments.js";
import { npv } from "./npv.js";
import { type PaymentTiming, paymentTimingFactor } from "./payment-timing.js";

/**
 * Equivalent annual cost (or annuity): the level amount per period, paid for `years` periods, with the same present
 * value: EAC = PV r / (1 - (1 + r)^-n) = PV / {@link annuityFactor}(r, n) for payments at each period's end (the
 * textbook and spreadsheet PMT convention, `when: "end"`), and PV / (a (1 + r)) for payments at each period's start
 * (`when: "begin"`: years 0 to n - 1, the timing of a model's yearly flows, so a level cost c gives back c); PV / n at
 * r = 0. `presentValue` is either the PV itself or the flows (first at t = 0), whose {@link npv} at `rate` is used, with
 * `years` then defaulting to values.length - 1. The sign follows the PV: pass costs as positive numbers to get a
 * positive cost per year. `rate` is a fraction per period. NaN for rate <= -1 or years <= 0.
 * @example equivalentAnnualCost(0.05, 50000, 3) // 18360.43 (Wikipedia's machine A: + 13000 upkeep = 31360 a year)
 * @example equivalentAnnualCost(0.1, 100 + 100 / 1.1, 2, "begin") // 100
 */
export function equivalentAnnualCost(
  rate: number,
  presentValue: number | ArrayLike<number>,
  years?: number,
  when: PaymentTiming = "end",
): number {
  const fn = "equivalentAnnualCost";
  const w = paymentTimingFactor(when, fn);
  checkNumber(fn, "rate", rate);
  const isValue = typeof presentValue === "number";
  if (isValue) checkNumber(fn, "presentValue", presentValue);
  else checkValues(fn, presentValue);
  if (years !== undefined) checkNumber(fn, "years", years);
  const n = years ?? (isValue ? Number.NaN : presentValue.length - 1);
  if (!(n > 0) || !Number.isFinite(n)) return Number.NaN;
  const value = isValue ? presentValue : npv(rate, presentValue);
  const result = value / (annuityFactor(rate, n) * (1 + rate * w));
  return Number.isFinite(result) ? result : Number.NaN;
}
