import { invalidArgument } from "../../model/errors.js";

/**
 * When in each period a payment falls: `"end"` (or 0, an ordinary annuity, the default) or `"begin"` (or 1, an
 * annuity due), as numpy-financial's and Excel's `when` / `type` argument.
 */
export type PaymentTiming = "end" | "begin" | 0 | 1;

/**
 * 0 for "end", 1 for "begin"; the factor w in (1 + rate w). Anything else (from untyped callers) is a
 * `ModelError("invalid-argument")` naming the calling function.
 * @example paymentTimingFactor("begin", "pmt") // 1
 */
export function paymentTimingFactor(when: PaymentTiming, fn: string): 0 | 1 {
  if (when === "end" || when === 0) return 0;
  if (when === "begin" || when === 1) return 1;
  return invalidArgument(fn, 'when must be "end", "begin", 0 or 1', when);
}
