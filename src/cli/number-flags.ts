import type { CommandInput } from "./command.js";
import { UsageError } from "./usage-error.js";

const WHOLE = /^\d+$/;
const AMOUNT = /^(\d+(\.\d*)?|\.\d+)$/;

/** A flag's text as given, or undefined when the flag is absent. */
function flagText(values: CommandInput["values"], name: string): string | undefined {
  return typeof values[name] === "string" ? (values[name] as string) : undefined;
}

/**
 * The whole number a flag gives, from `min` to `max` (blanks around it allowed), or undefined when it is absent. Anything
 * else is a {@link UsageError} for `command`: `--<name> must be <what>, got "<text>"`.
 * @example wholeFlag({ top: "3" }, "top", 1, Infinity, "a whole number >= 1", "report") // 3
 */
export function wholeFlag(values: CommandInput["values"], name: string, min: number, max: number, what: string, command: string): number | undefined {
  const raw = flagText(values, name);
  if (raw === undefined) return undefined;
  const n = WHOLE.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!(Number.isSafeInteger(n) && n >= min && n <= max)) throw new UsageError(`--${name} must be ${what}, got ${JSON.stringify(raw)}`, { command });
  return n;
}

/**
 * The amount of money >= 0 a flag gives (`450000`, `1250.50`, `.5`), or undefined when it is absent; anything else (a
 * sign, an exponent, digit grouping) is a {@link UsageError} for `command`.
 * @example amountFlag({ budget: "1250.50" }, "budget", "analyze") // 1250.5
 */
export function amountFlag(values: CommandInput["values"], name: string, command: string): number | undefined {
  const raw = flagText(values, name);
  if (raw === undefined) return undefined;
  const n = AMOUNT.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be an amount of money >= 0 such as 450000 or 1250.50, got ${JSON.stringify(raw)}`, { command });
  return n;
}

/**
 * The `--max-steps` flag of `analyze` and `report`: a whole number >= 1, or `all` (search to the end, Infinity).
 * @example maxStepsFlag({ "max-steps": "all" }, "report") // Infinity
 */
export function maxStepsFlag(values: CommandInput["values"], command: string): number | undefined {
  if (flagText(values, "max-steps")?.trim() === "all") return Number.POSITIVE_INFINITY;
  return wholeFlag(values, "max-steps", 1, Number.MAX_SAFE_INTEGER, 'a whole number >= 1 or "all" (search to the end)', command);
}
