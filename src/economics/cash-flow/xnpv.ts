import { checkNumber, checkValues } from "./check-cash-flow-arguments.js";
import { sum } from "../../stats/sum.js";
import { type DateInput, yearFractions } from "./year-fractions.js";

/**
 * Net present value of flows on given dates (Excel's XNPV): XNPV = Σ values[i] / (1 + rate)^((d_i - d_0) / 365),
 * d_0 the first date (actual/365; dates as `Date`, read in UTC, or ISO `YYYY-MM-DD` strings). `rate` is a fraction
 * per year; the result is in the unit of the values. Unlike Excel, dates before the first are allowed (negative
 * exponents). NaN for rate <= -1; a `ModelError("invalid-argument")` for a non-finite value, a bad date or a
 * length mismatch.
 * @example xnpv(0.09, [-10000, 2750, 4250, 3250, 2750], ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"]) // 2086.65
 */
export function xnpv(rate: number, values: ArrayLike<number>, dates: readonly DateInput[]): number {
  checkNumber("xnpv", "rate", rate);
  checkValues("xnpv", values);
  const years = yearFractions(dates, values.length, "xnpv");
  if (!(rate > -1)) return Number.NaN;
  const logGrowth = Math.log1p(rate);
  const terms = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) terms[i] = values[i]! * Math.exp(-years[i]! * logGrowth);
  const result = sum(terms);
  return Number.isFinite(result) ? result : Number.NaN;
}
