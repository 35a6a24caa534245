import { checkNumber } from "./check-cash-flow-arguments.js";
import { findRoot } from "./find-root.js";
import { type PaymentTiming, paymentTimingFactor } from "./payment-timing.js";
import { pickRate } from "./pick-rate.js";

// The scan runs over s = ln(1 + rate), geometrically spaced from 0 outwards: 1.5% relative steps between
// |s| = 1e-5 and |s| = 25 (rate from -0.99999999999 to 7e10), plus s = 0, so 2 * STEPS + 1 evaluations.
const STEPS = 800;
const S_MIN = 1e-5;
const GROWTH = Math.log(25 / S_MIN + 1) / STEPS;

/**
 * Interest rate per period (numpy-financial's rate, Excel's RATE) that makes `nper` payments of `pmt` take `pv` to
 * `fv`: the root of pv (1 + r)^n + pmt (1 + r w) ((1 + r)^n - 1) / r + fv = 0 (w = 1 for "begin", 0 for "end").
 * NOTE: not numpy-financial's Newton iteration (which stops at a 1e-6 step: its rate(10, 0, -3500, 10000) is
 * 0.1106908537142689, the exact root 0.11069085371075281). The equation, scaled to avoid overflow, is scanned for sign
 * changes on 1600 geometrically spaced rates over (-1, 7e10) and each bracket refined by Brent's method to full
 * precision. With several roots: the smallest non-negative one, else the one closest to 0 (as {@link irr}); with a
 * `guess`, the root closest to it. A double root where the curve only touches 0 is not found.
 * NaN when there is no root (e.g. payments and loan of the same sign); a NaN, Infinity or non-number argument is a
 * `ModelError("invalid-argument")`.
 * @example rate(10, 0, -3500, 10000) // 0.11069085371075281
 */
export function rate(
  nper: number,
  pmt: number,
  pv: number,
  fv = 0,
  when: PaymentTiming = "end",
  guess?: number,
): number {
  const w = paymentTimingFactor(when, "rate");
  for (const [name, x] of [["nper", nper], ["pmt", pmt], ["pv", pv], ["fv", fv]] as const) checkNumber("rate", name, x);
  if (guess !== undefined) checkNumber("rate", "guess", guess);
  if (nper === 0) return Number.NaN;
  // The time-value equation at r = expm1(s), divided by (1 + r)^n when that is > 1 so nothing overflows.
  const f = (s: number): number => {
    const r = Math.expm1(s);
    const ns = nper * s;
    if (ns <= 0) {
      // pv G + pmt (1 + r w) (G - 1) / r + fv with G = (1 + r)^n <= 1
      const a = s === 0 ? nper : Math.expm1(ns) / r;
      return pv * Math.exp(ns) + pmt * (1 + r * w) * a + fv;
    }
    // pv + pmt (1 + r w) (1 - D) / r + fv D with D = (1 + r)^-n < 1
    const a = -Math.expm1(-ns) / r;
    return pv + pmt * (1 + r * w) * a + fv * Math.exp(-ns);
  };
  const roots: number[] = [];
  let prevS = -S_MIN * Math.expm1(STEPS * GROWTH);
  let prevF = f(prevS);
  for (let k = -STEPS + 1; k <= STEPS; k++) {
    const s = Math.sign(k) * S_MIN * Math.expm1(Math.abs(k) * GROWTH);
    const fs = f(s);
    if (fs === 0) roots.push(s);
    else if ((prevF < 0 && fs > 0) || (prevF > 0 && fs < 0)) roots.push(findRoot(f, prevS, s, prevF, fs));
    prevS = s;
    prevF = fs;
  }
  return pickRate(
    roots.map((s) => Math.expm1(s)),
    guess,
  );
}
