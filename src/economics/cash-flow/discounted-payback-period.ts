import { checkNumber, checkValues } from "./check-cash-flow-arguments.js";
import { paybackOf } from "./payback-period.js";

/**
 * Discounted payback period in periods: the payback rule of {@link paybackPeriod} applied to the discounted flows
 * values[t] / (1 + rate)^t: with T the last period whose cumulative discounted flow D_T is negative,
 * payback = T + (-D_T) / (values[T + 1] / (1 + rate)^(T + 1)). `rate` is a fraction per period.
 * 0 when nothing is to be paid back; `undefined` when never paid back (the NPV at `rate` is negative);
 * NaN for rate <= -1; a NaN, Infinity or non-number argument is a `ModelError("invalid-argument")`.
 * @example discountedPaybackPeriod([-1000, 300, 400, 500], 0.1) // undefined (NPV at 10% is -21.04)
 */
export function discountedPaybackPeriod(values: ArrayLike<number>, rate: number): number | undefined {
  checkValues("discountedPaybackPeriod", values);
  checkNumber("discountedPaybackPeriod", "rate", rate);
  if (!(rate > -1)) return Number.NaN;
  const logGrowth = Math.log1p(rate);
  return paybackOf(values, (t) => Math.exp(-t * logGrowth));
}
