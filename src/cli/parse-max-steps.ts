import { UsageError } from "./usage-error.js";

const WHOLE = /^\d+$/;

/**
 * The `--max-steps` flag of `analyze` and `report`: a whole number >= 1, or `all` (search to the end, Infinity).
 * @example parseMaxSteps("all", "report") // Infinity
 */
export function parseMaxSteps(raw: string | undefined, command: string): number | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim();
  if (value === "all") return Number.POSITIVE_INFINITY;
  const n = WHOLE.test(value) ? Number(value) : Number.NaN;
  if (!(Number.isSafeInteger(n) && n >= 1)) {
    throw new UsageError(`--max-steps must be a whole number >= 1 or "all" (search to the end), got ${JSON.stringify(raw)}`, { command });
  }
  return n;
}
