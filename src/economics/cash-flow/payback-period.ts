import { createSumAccumulator } from "../../stats/sum-accumulator.js";
import { checkValues } from "./check-cash-flow-arguments.js";

/**
 * Payback period in periods: when the cumulative cash flow C_t = values[0] + ... + values[t] turns non-negative for
 * good. Flows at t = 0, 1, 2, ...; the flow of period t is taken to arrive evenly between t - 1 and t, so with T the
 * last period whose C_T is negative, payback = T + (-C_T) / values[T + 1] (linear interpolation within period T + 1).
 * A project that dips below zero again later is paid back only after its last dip. 0 when C_0 >= 0 (nothing to pay
 * back); `undefined` when the final cumulative flow is still negative (never paid back); a NaN, Infinity or non-number
 * argument is a `ModelError("invalid-argument")`.
 * @example paybackPeriod([-1000, 300, 400, 500]) // 2.6
 */
export function paybackPeriod(values: ArrayLike<number>): number | undefined {
  checkValues("paybackPeriod", values);
  return paybackOf(values, () => 1);
}

/**
 * Shared by {@link paybackPeriod} and the discounted payback period: the rule above on values[t] * factor(t),
 * cumulated with a running compensation (Neumaier) so long series do not drift. Internal.
 */
export function paybackOf(values: ArrayLike<number>, factor: (t: number) => number): number | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const cumulative = new Float64Array(n);
  const flows = new Float64Array(n);
  const running = createSumAccumulator();
  for (let t = 0; t < n; t++) {
    const x = values[t]! * factor(t);
    if (!Number.isFinite(x)) return Number.NaN;
    flows[t] = x;
    cumulative[t] = running.add(x).total;
  }
  let last = -1;
  for (let t = 0; t < n; t++) if (cumulative[t]! < 0) last = t;
  if (last === -1) return 0;
  if (last === n - 1) return undefined;
  // cumulative[last + 1] >= 0 > cumulative[last], so flows[last + 1] > 0.
  return last + Math.min(1, -cumulative[last]! / flows[last + 1]!);
}
