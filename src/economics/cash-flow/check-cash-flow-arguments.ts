import { describeValue, ModelError } from "../../model/errors.js";

/**
 * Check a rate (or any other number argument) of a cash-flow function: it must be a finite number. A finite rate at or
 * below -1 is allowed in: the functions answer NaN there (no discounting is defined), as the spec says.
 * Anything else (NaN, Infinity, a string, undefined) is a `ModelError("invalid-argument")` naming the function and
 * the argument, never a silent NaN.
 * @example checkNumber("npv", "rate", Number.NaN) // throws: npv: rate must be a finite number, got NaN
 */
export function checkNumber(fn: string, name: string, value: unknown): asserts value is number {
  if (typeof value === "number" && Number.isFinite(value)) return;
  const message = `${name} must be a finite number, got ${describeValue(value)}`;
  throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: name, code: "invalid-argument", message }]);
}

/**
 * Check the cash flows of a function: a list (an array or a typed array) of finite numbers. Each bad entry is an issue
 * with its path (`values[3]`) in one `ModelError("invalid-argument")`.
 * @example checkValues("irr", [-100, "50"]) // throws: irr: values[1] must be a finite number, got "50"
 */
export function checkValues(fn: string, values: unknown): asserts values is ArrayLike<number> {
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) {
    const message = `values must be a list of numbers (cash flows, first at t = 0), got ${describeValue(values)}`;
    throw new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: "values", code: "invalid-argument", message }]);
  }
  const list = values as ArrayLike<unknown>;
  const issues = [];
  for (let t = 0; t < list.length; t++) {
    const v = list[t];
    if (typeof v === "number" && Number.isFinite(v)) continue;
    issues.push({ path: `values[${t}]`, code: "invalid-argument", message: `must be a finite number, got ${describeValue(v)}` });
    if (issues.length >= 20) break;
  }
  if (issues.length > 0) throw new ModelError("invalid-argument", `${fn}: ${issues[0]!.path} ${issues[0]!.message}`, issues);
}
