import { annuityFactor } from "./annuity-factor.js";
import { npv } from "./npv.js";

/**
 * Equivalent annual cost (or annuity): the level amount per period, paid at each period's end for `years` periods,
 * with the same present value: EAC = PV r / (1 - (1 + r)^-n) = PV / {@link annuityFactor}(r, n); PV / n at r = 0.
 * `presentValue` is either the PV itself or the flows (first at t = 0), whose {@link npv} at `rate` is used, with
 * `years` then defaulting to values.length - 1. The sign follows the PV: pass costs as positive numbers to get a
 * positive cost per year. `rate` is a fraction per period. NaN for rate <= -1, years <= 0 or non-finite inputs.
 * @example equivalentAnnualCost(0.05, 50000, 3) // 18360.43 (Wikipedia's machine A: + 13000 upkeep = 31360 a year)
 */
export function equivalentAnnualCost(
  rate: number,
  presentValue: number | ArrayLike<number>,
  years?: number,
): number {
  const isValue = typeof presentValue === "number";
  const n = years ?? (isValue ? Number.NaN : presentValue.length - 1);
  if (!(n > 0) || !Number.isFinite(n)) return Number.NaN;
  const value = isValue ? presentValue : npv(rate, presentValue);
  const result = value / annuityFactor(rate, n);
  return Number.isFinite(result) ? result : Number.NaN;
}
