import type { Benefit, Cost } from "./schema/cost.js";

/**
 * The yearly amounts of one cost or benefit entry over a horizon of `horizonYears` (index 0 = first year), using
 * `amount` (by default the estimate's mean; a simulation passes a draw). Spec: a `monthly` amount counts 12 times a year;
 * a `once` amount falls in `startYear`; otherwise year t in [startYear, endYear] pays
 * amount x (1 + growth)^(t - startYear). In the model layer: the economics and the risk simulation both need it.
 * @example flowSeries({ amount: { mean: 100 }, recurrence: "yearly", startYear: 1, growth: 0.1 }, 4) // [0, 100, 110, 121]
 */
export function flowSeries(
  entry: Pick<Cost | Benefit, "recurrence" | "startYear" | "endYear" | "growth"> & { amount: { mean: number } },
  horizonYears: number,
  amount: number = entry.amount.mean,
  out: Float64Array | number[] = new Array<number>(horizonYears).fill(0),
): number[] {
  const last = Math.min(horizonYears - 1, entry.endYear ?? horizonYears - 1);
  if (entry.recurrence === "once") {
    if (entry.startYear < horizonYears) out[entry.startYear] = (out[entry.startYear] ?? 0) + amount;
    return out as number[];
  }
  const perYear = entry.recurrence === "monthly" ? amount * 12 : amount;
  const growth = entry.growth ?? 0;
  let factor = 1;
  for (let t = entry.startYear; t <= last; t++) {
    out[t] = (out[t] ?? 0) + perYear * factor;
    factor *= 1 + growth;
  }
  return out as number[];
}
