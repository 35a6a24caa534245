import { ModelError, describeValue, type ModelIssue } from "../model/errors.js";
import { closestMatch } from "../model/suggest.js";

/** The three quantities of Little's law; give two (or all three, to check them). */
export interface LittlesLawInput {
  /** Work in progress: the average number of items in the system, items. */
  wip?: number;
  /** Throughput (arrival rate in a steady state): items per hour. */
  throughput?: number;
  /** Lead time: the average time an item spends in the system, hours. */
  leadTime?: number;
}

/** Options of {@link littlesLaw}. */
export interface LittlesLawOptions {
  /** With all three given, they agree when |residual| / wip is at most this (default 0.05: measured averages rarely agree exactly). */
  tolerance?: number;
}

/** The result of {@link littlesLaw}: all three quantities, and which one was solved for. */
export interface LittlesLaw {
  /** Items. */
  wip: number;
  /** Items per hour. */
  throughput: number;
  /** Hours. */
  leadTime: number;
  /** The quantity computed from the other two; `undefined` when all three were given. */
  solvedFor: "wip" | "throughput" | "leadTime" | undefined;
  /** wip - throughput x leadTime, items (0 when one was solved for). */
  residual: number;
  /** residual / wip. */
  relativeResidual: number;
  /** Whether |relativeResidual| <= tolerance (always true when one was solved for). */
  consistent: boolean;
}

const KEYS = ["wip", "throughput", "leadTime"] as const;

/**
 * Little's law, L = λ x W: average work in progress (items) = throughput (items per hour) x average lead time (hours),
 * for a stable system over a long enough period (J. D. C. Little, Operations Research 9(3), 1961). Given two, solves for
 * the third; given all three, returns them with the residual wip - throughput x leadTime and whether they agree within
 * `tolerance`. Throws `ModelError("invalid-argument")` for fewer than two values, a value that is not a finite number
 * above 0, or an unknown key (with the path of the value and a suggestion).
 * @example
 * littlesLaw({ throughput: 0.05, leadTime: 185.25 }).wip // 9.2625 (items in progress)
 * littlesLaw({ wip: 12, throughput: 0.05 }).leadTime // 240 hours
 */
export function littlesLaw(input: LittlesLawInput, options: LittlesLawOptions = {}): LittlesLaw {
  const fail = (issues: ModelIssue[]): never => {
    throw new ModelError("invalid-argument", `littlesLaw: ${issues[0]!.message}`, issues);
  };
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    fail([{ path: "", code: "invalid-argument", message: `give two of wip, throughput and leadTime in an object, got ${describeValue(input)}` }]);
  }
  if (options === null || typeof options !== "object") {
    fail([{ path: "", code: "invalid-argument", message: `options must be an object, got ${describeValue(options)}` }]);
  }
  const issues: ModelIssue[] = [];
  for (const key of Object.keys(input)) {
    if ((KEYS as readonly string[]).includes(key)) continue;
    const suggestion = closestMatch(key, KEYS);
    issues.push({
      path: key,
      code: "unknown-key",
      message: `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : " (give wip, throughput and leadTime)"}`,
      ...(suggestion ? { suggestion } : {}),
    });
  }
  for (const key of KEYS) {
    const v = input[key];
    if (v !== undefined && !(typeof v === "number" && Number.isFinite(v) && v > 0)) {
      issues.push({ path: key, code: "invalid-argument", message: `${key} must be a finite number above 0, got ${describeValue(v)}` });
    }
  }
  const tolerance = options.tolerance ?? 0.05;
  if (!(typeof tolerance === "number" && tolerance >= 0 && Number.isFinite(tolerance))) {
    issues.push({ path: "tolerance", code: "invalid-argument", message: `tolerance must be a finite number >= 0, got ${describeValue(tolerance)}` });
  }
  if (issues.length > 0) fail(issues);
  const { wip, throughput, leadTime } = input;
  const given = KEYS.filter((k) => input[k] !== undefined);
  if (given.length < 2) {
    const missing = KEYS.filter((k) => input[k] === undefined);
    fail([{ path: missing[0]!, code: "missing-argument", message: `give two of wip, throughput and leadTime, got ${given.length === 0 ? "none" : `only ${given[0]}`} (missing: ${missing.join(", ")})` }]);
  }
  if (wip === undefined) return solved(throughput! * leadTime!, throughput!, leadTime!, "wip");
  if (throughput === undefined) return solved(wip, wip / leadTime!, leadTime!, "throughput");
  if (leadTime === undefined) return solved(wip, throughput, wip / throughput, "leadTime");
  const residual = wip - throughput * leadTime;
  const relativeResidual = residual / wip;
  return { wip, throughput, leadTime, solvedFor: undefined, residual, relativeResidual, consistent: Math.abs(relativeResidual) <= tolerance };
}

function solved(wip: number, throughput: number, leadTime: number, solvedFor: "wip" | "throughput" | "leadTime"): LittlesLaw {
  const value = { wip, throughput, leadTime }[solvedFor];
  if (!(Number.isFinite(value) && value > 0)) {
    const message = `${solvedFor} comes out as ${value}, beyond what a number holds (check the units: items, items per hour, hours)`;
    throw new ModelError("invalid-argument", `littlesLaw: ${message}`, [{ path: solvedFor, code: "out-of-range", message }]);
  }
  return { wip, throughput, leadTime, solvedFor, residual: 0, relativeResidual: 0, consistent: true };
}
