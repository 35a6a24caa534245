import { checkNumber, checkValues } from "./check-cash-flow-arguments.js";
import { cashFlowRates } from "./cash-flow-rates.js";
import { pickRate } from "./pick-rate.js";
import { type DateInput, yearFractions } from "./year-fractions.js";

/**
 * Internal rate of return of flows on given dates (Excel's XIRR): the annual rate r with
 * Σ values[i] / (1 + r)^((d_i - d_0) / 365) = 0 (actual/365 from the first date; dates as for {@link xnpv}).
 * Flows on the same day are netted and the dates may come in any order.
 * NOTE: not Excel's Newton iteration from the guess: every root is isolated (as for {@link irrAll}; Descartes' rule
 * and Rolle's theorem hold for real exponents too) and refined by Brent's method, so the answer does not depend on
 * where an iteration happened to converge. Which root: the smallest non-negative one, or the one closest to 0 when
 * all are negative, as {@link irr}; with a `guess`, the root closest to it. NaN when there is none; a
 * `ModelError("invalid-argument")` for a bad date or a length mismatch.
 * @example xirr([-10000, 2750, 4250, 3250, 2750], ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"]) // 0.3733625335 (Excel: 0.373362535)
 */
export function xirr(values: ArrayLike<number>, dates: readonly DateInput[], guess?: number): number {
  checkValues("xirr", values);
  if (guess !== undefined) checkNumber("xirr", "guess", guess);
  const years = yearFractions(dates, values.length, "xirr");
  const byTime = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    byTime.set(years[i]!, (byTime.get(years[i]!) ?? 0) + values[i]!);
  }
  const times = [...byTime.keys()].sort((a, b) => a - b).filter((t) => byTime.get(t) !== 0);
  if (times.length < 2) return Number.NaN;
  return pickRate(
    cashFlowRates(
      times,
      times.map((t) => byTime.get(t)!),
    ),
    guess,
  );
}
