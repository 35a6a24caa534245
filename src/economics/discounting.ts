/**
 * Present value of a yearly series, year 0 undiscounted: PV = sum over t of series[t] / (1 + rate)^t.
 * @example presentValueOf([100, 100], 0.1) // 190.909...
 */
export function presentValueOf(series: ArrayLike<number>, rate: number): number {
  let pv = 0;
  let factor = 1;
  for (let t = 0; t < series.length; t++) {
    pv += series[t]! / factor;
    factor *= 1 + rate;
  }
  return pv;
}

/**
 * Equivalent annual cost: the constant yearly amount of an ordinary annuity over `years` years with present value `pv`,
 * EAC = PV x r / (1 - (1 + r)^-n) (the textbook definition; PV / n at r = 0, computed with expm1/log1p near 0).
 * @example equivalentAnnualCostOf(1000, 0.1, 3) // 402.11
 */
export function equivalentAnnualCostOf(pv: number, rate: number, years: number): number {
  if (rate === 0) return pv / years;
  return (pv * rate) / -Math.expm1(-years * Math.log1p(rate));
}
