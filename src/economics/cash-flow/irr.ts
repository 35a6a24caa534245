import { checkNumber, checkValues } from "./check-cash-flow-arguments.js";
import { irrAll } from "./irr-all.js";
import { pickRate } from "./pick-rate.js";

/** Options for {@link irr}. */
export interface IrrOptions {
  /** Return the root closest to this rate (fraction per period) instead of applying the default rule. */
  guess?: number;
}

/**
 * Internal rate of return: the rate r (fraction per period) at which the NPV of `values` (first flow at t = 0) is 0,
 * Σ values[t] / (1 + r)^t = 0.
 * When there are several (non-conventional flows, see {@link irrAll}), the smallest non-negative root is returned,
 * or the one closest to 0 when all are negative (numpy-financial 1.x's rule); with `options.guess`, the root closest
 * to the guess. NaN when there is no root (all flows of one sign); a non-finite flow is a `ModelError`. Handles long
 * series (hundreds of periods) and roots near -1.
 * @example irr([-70000, 12000, 15000, 18000, 21000, 26000]) // 0.0866309480365316 (Excel's IRR help: 8.7%)
 */
export function irr(values: ArrayLike<number>, options: IrrOptions = {}): number {
  checkValues("irr", values);
  if (options.guess !== undefined) checkNumber("irr", "guess", options.guess);
  return pickRate(irrAll(values), options.guess);
}
