import type { CommandInput } from "../command.js";
import { MAX_WORKERS } from "../../io/workers/simulate-parallel.js";
import { MAX_ITERATIONS } from "../../risk/simulate.js";
import { amountFlag, maxStepsFlag, wholeFlag } from "../number-flags.js";
import { UsageError } from "../usage-error.js";
import { groupDigits } from "../../report/format-values.js";

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

/**
 * Check and convert the flags of `servicevalue analyze`: whole numbers in range for --iterations, --seed, --workers and
 * --year, an amount >= 0 for --budget; --seed and --workers only with --iterations (they would do nothing). A bad
 * value is a {@link UsageError} (exit 2) that says what is expected and what was given.
 * @example parseAnalyzeOptions({ iterations: "10000", seed: "7" }).iterations // 10000
 */
export function parseAnalyzeOptions(values: CommandInput["values"]): AnalyzeOptions {
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const whole = (name: string, min: number, max: number, what = `a whole number from ${groupDigits(min)} to ${groupDigits(max)}`) =>
    wholeFlag(values, name, min, max, what, "analyze");
  const iterations = whole("iterations", 1, MAX_ITERATIONS);
  const seed = whole("seed", 0, Number.MAX_SAFE_INTEGER, "a whole number >= 0");
  const workers = whole("workers", 1, MAX_WORKERS);
  const year = whole("year", 0, Number.MAX_SAFE_INTEGER, "a whole year of the horizon (0 is the first)");
  const maxSteps = maxStepsFlag(values, "analyze");
  const budget = amountFlag(values, "budget", "analyze");
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
