import type { CommandInput } from "../command.js";
import { parseMaxSteps } from "../parse-max-steps.js";
import { UsageError } from "../usage-error.js";
import { groupDigits } from "../../report/format-values.js";

/** Most iterations a simulation takes (the limit of `simulate`). */
export const MAX_ITERATIONS = 10_000_000;
/** Most worker threads (the limit of `simulateParallel`). */
export const MAX_WORKERS = 256;
/** Default number of worker threads: the cores, at most this many. */
export const DEFAULT_MAX_WORKERS = 4;

/** The flags of `servicevalue analyze`, checked and converted (the year is checked against the model later). */
export interface AnalyzeOptions {
  json: boolean;
  service?: string;
  iterations?: number;
  seed: number;
  /** Undefined: the default (the number of cores, at most 4). */
  workers?: number;
  budget?: number;
  year?: number;
  /** The portfolio search's step limit (`selectPortfolio`'s `maxSteps`). */
  maxSteps?: number;
}

const WHOLE = /^\d+$/;
const AMOUNT = /^(\d+(\.\d*)?|\.\d+)$/;

/**
 * Check and convert the flags of `servicevalue analyze`: whole numbers in range for --iterations, --seed, --workers and
 * --year, an amount >= 0 for --budget; --seed and --workers only with --iterations (they would do nothing). A bad
 * value is a {@link UsageError} (exit 2) that says what is expected and what was given.
 * @example parseAnalyzeOptions({ iterations: "10000", seed: "7" }).iterations // 10000
 */
export function parseAnalyzeOptions(values: CommandInput["values"]): AnalyzeOptions {
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const whole = (name: string, min: number, max: number, what = `a whole number from ${groupDigits(min)} to ${groupDigits(max)}`) => {
    const raw = text(name);
    if (raw === undefined) return undefined;
    const n = WHOLE.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    if (!(Number.isSafeInteger(n) && n >= min && n <= max)) throw usage(`--${name} must be ${what}, got ${JSON.stringify(raw)}`);
    return n;
  };
  const iterations = whole("iterations", 1, MAX_ITERATIONS);
  const seed = whole("seed", 0, Number.MAX_SAFE_INTEGER, "a whole number >= 0");
  const workers = whole("workers", 1, MAX_WORKERS);
  const year = whole("year", 0, Number.MAX_SAFE_INTEGER, "a whole year of the horizon (0 is the first)");
  const maxSteps = parseMaxSteps(text("max-steps"), "analyze");
  let budget: number | undefined;
  const rawBudget = text("budget");
  if (rawBudget !== undefined) {
    budget = AMOUNT.test(rawBudget.trim()) ? Number(rawBudget.trim()) : Number.NaN;
    if (!Number.isFinite(budget)) throw usage(`--budget must be an amount of money >= 0 such as 450000 or 1250.50, got ${JSON.stringify(rawBudget)}`);
  }
  if (iterations === undefined) {
    for (const name of ["seed", "workers"]) {
      if (text(name) !== undefined) throw usage(`--${name} applies to the simulation: add --iterations <n>`);
    }
  }
  const service = text("service");
  if (service !== undefined && service.trim() === "") throw usage("--service needs a service id");
  return {
    json: values.json === true,
    ...(service === undefined ? {} : { service }),
    ...(iterations === undefined ? {} : { iterations }),
    seed: seed ?? 1,
    ...(workers === undefined ? {} : { workers }),
    ...(budget === undefined ? {} : { budget }),
    ...(year === undefined ? {} : { year }),
    ...(maxSteps === undefined ? {} : { maxSteps }),
  };
}


function usage(message: string): UsageError {
  return new UsageError(message, { command: "analyze" });
}
