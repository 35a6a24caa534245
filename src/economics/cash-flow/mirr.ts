import { checkNumber, checkValues } from "./check-cash-flow-arguments.js";
import { createSumAccumulator } from "../../stats/sum-accumulator.js";

/**
 * Modified internal rate of return (Excel's MIRR, numpy-financial's mirr): negative flows financed at
 * `financeRate`, positive flows reinvested at `reinvestRate` (fractions per period), flows at t = 0 .. n - 1:
 * MIRR = (FV of the positive flows at reinvestRate / -PV of the negative flows at financeRate)^(1 / (n - 1)) - 1,
 * computed as expm1(ln(PV+ / -PV-) / (n - 1) + log1p(reinvestRate)).
 * NaN without at least one positive and one negative flow or for a rate <= -1; a NaN, Infinity or non-number argument
 * is a `ModelError("invalid-argument")`.
 * @example mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12) // 0.1260941303659051 (Excel: 13%)
 */
export function mirr(values: ArrayLike<number>, financeRate: number, reinvestRate: number): number {
  checkValues("mirr", values);
  checkNumber("mirr", "financeRate", financeRate);
  checkNumber("mirr", "reinvestRate", reinvestRate);
  if (!(financeRate > -1 && reinvestRate > -1)) return Number.NaN;
  const logFinance = Math.log1p(financeRate);
  const logReinvest = Math.log1p(reinvestRate);
  const positive = createSumAccumulator();
  const negative = createSumAccumulator();
  for (let t = 0; t < values.length; t++) {
    const v = values[t]!;
    if (v > 0) positive.add(v * Math.exp(-t * logReinvest));
    else if (v < 0) negative.add(v * Math.exp(-t * logFinance));
  }
  if (positive.count === 0 || negative.count === 0) return Number.NaN;
  const result = Math.expm1(Math.log(positive.total / -negative.total) / (values.length - 1) + logReinvest);
  return Number.isFinite(result) ? result : Number.NaN;
}
