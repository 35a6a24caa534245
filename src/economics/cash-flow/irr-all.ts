import { checkValues } from "./check-cash-flow-arguments.js";
import { cashFlowRates } from "./cash-flow-rates.js";

/**
 * Every internal rate of return: all real r > -1 with Σ values[t] / (1 + r)^t = 0 (flows at t = 0, 1, 2, ...),
 * ascending, each once (a double root, where the NPV curve touches 0, counts once).
 * The roots of the NPV polynomial in the discount factor are isolated exactly (Rolle's theorem and Descartes' rule
 * of signs) and refined by Brent's method to full precision, so close or touching roots are not missed; at most one
 * more root than there are sign changes in the flows. Rates are fractions per period. A root closer to -1 than
 * 1.1e-16 cannot be told from -1 in doubles and is left out.
 * Returns [] when there is none (all flows of one sign) or when every rate is a root (all flows 0); a NaN, Infinity or
 * non-number argument is a `ModelError("invalid-argument")`.
 * @example irrAll([-1600, 10000, -10000]) // [0.25, 4] (Lorie and Savage's pump problem)
 */
export function irrAll(values: ArrayLike<number>): number[] {
  checkValues("irrAll", values);
  const times: number[] = [];
  const flows: number[] = [];
  for (let t = 0; t < values.length; t++) {
    const v = values[t]!;
    if (v !== 0) {
      times.push(t);
      flows.push(v);
    }
  }
  return flows.length < 2 ? [] : cashFlowRates(times, flows);
}
