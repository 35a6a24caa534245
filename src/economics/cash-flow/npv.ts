import { checkNumber, checkValues } from "./check-cash-flow-arguments.js";
import { sum } from "../../stats/sum.js";

/**
 * Net present value, first flow at t = 0 (numpy-financial convention; Excel's NPV starts at t = 1).
 * NPV = Σ values[t] / (1 + rate)^t, in the unit of the values; `rate` is a fraction per period.
 * Each discount factor is exp(-t log1p(rate)) (exact at rate 0, no error build-up over long series) and the terms are
 * added with a compensated sum. NaN for rate <= -1; 0 for no values; a NaN, Infinity or non-number argument is a
 * `ModelError("invalid-argument")`.
 * @example npv(0.08, [-40000, 5000, 8000, 12000, 30000]) // 3065.22
 */
export function npv(rate: number, values: ArrayLike<number>): number {
  checkNumber("npv", "rate", rate);
  checkValues("npv", values);
  if (!(rate > -1)) return Number.NaN;
  const logGrowth = Math.log1p(rate);
  const terms = new Float64Array(values.length);
  for (let t = 0; t < values.length; t++) terms[t] = values[t]! * Math.exp(-t * logGrowth);
  const result = sum(terms);
  return Number.isFinite(result) ? result : Number.NaN;
}
