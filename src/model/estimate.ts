import { z } from "zod";
import { inverseNormalCdf } from "../stats/inverse-normal-cdf.js";

/** Distributions a `{ low, high }` interval estimate can take. */
export const INTERVAL_DISTRIBUTIONS = ["lognormal", "normal", "uniform"] as const;
/** Distributions a `{ low, mode, high }` three-point estimate can take. */
export const THREE_POINT_DISTRIBUTIONS = ["pert", "triangular"] as const;
/** The confidence of an interval estimate when none is given: a 90% interval. */
export const DEFAULT_CONFIDENCE = 0.9;

/** A number known exactly. */
export interface FixedEstimate {
  kind: "fixed";
  value: number;
  /** The value used by deterministic calculations (here, `value`). */
  mean: number;
}
/** A confidence interval: `low` and `high` bound the central `confidence` share of the distribution. */
export interface IntervalEstimate {
  kind: "interval";
  low: number;
  high: number;
  confidence: number;
  distribution: (typeof INTERVAL_DISTRIBUTIONS)[number];
  mean: number;
}
/** A three-point estimate. */
export interface ThreePointEstimate {
  kind: "three-point";
  low: number;
  mode: number;
  high: number;
  distribution: (typeof THREE_POINT_DISTRIBUTIONS)[number];
  mean: number;
}
/**
 * An uncertain number in its explicit (normalised) form. It keeps the numbers the user wrote, states the
 * distribution and confidence (defaults filled), and carries the `mean` that deterministic calculations use.
 */
export type Estimate = FixedEstimate | IntervalEstimate | ThreePointEstimate;

/** What a user may write where an estimate stands: a number, `{ low, high }` or `{ low, mode, high }`. */
export type EstimateInput =
  | number
  | { value: number; kind?: "fixed"; mean?: number }
  | {
      low: number;
      high: number;
      confidence?: number;
      distribution?: (typeof INTERVAL_DISTRIBUTIONS)[number];
      kind?: "interval";
      mean?: number;
    }
  | {
      low: number;
      mode: number;
      high: number;
      distribution?: (typeof THREE_POINT_DISTRIBUTIONS)[number];
      kind?: "three-point";
      mean?: number;
    };

/**
 * The mean of an estimate, as used by every deterministic calculation (spec: "What the numbers mean").
 * Lognormal from an interval: mu = (ln low + ln high) / 2, sigma = (ln high - ln low) / (2 z), mean = exp(mu + sigma^2 / 2),
 * with z the standard normal quantile of (1 + confidence) / 2 (1.6448536 for 90%). Normal and uniform: (low + high) / 2.
 * PERT: (low + 4 mode + high) / 6. Triangular: (low + mode + high) / 3.
 * @example estimateMean({ kind: "interval", low: 10, high: 100, confidence: 0.9, distribution: "lognormal", mean: 0 }) // 41.27...
 */
export function estimateMean(e: Omit<FixedEstimate, "mean"> | Omit<IntervalEstimate, "mean"> | Omit<ThreePointEstimate, "mean">): number {
  switch (e.kind) {
    case "fixed":
      return e.value;
    case "interval": {
      if (e.distribution !== "lognormal" || e.low === e.high) return (e.low + e.high) / 2;
      const z = inverseNormalCdf((1 + e.confidence) / 2);
      const mu = (Math.log(e.low) + Math.log(e.high)) / 2;
      const sigma = (Math.log(e.high) - Math.log(e.low)) / (2 * z);
      return Math.exp(mu + (sigma * sigma) / 2);
    }
    case "three-point":
      return e.distribution === "pert" ? (e.low + 4 * e.mode + e.high) / 6 : (e.low + e.mode + e.high) / 3;
  }
}

/** A fixed estimate of `value`. @example fixedEstimate(12) // { kind: "fixed", value: 12, mean: 12 } */
export function fixedEstimate(value: number): FixedEstimate {
  return { kind: "fixed", value, mean: value };
}

/** Write an estimate back the way a user would: a number, or the interval/three-point object without defaults. */
export function toEstimateInput(e: Estimate): EstimateInput {
  switch (e.kind) {
    case "fixed":
      return e.value;
    case "interval": {
      const out: EstimateInput = { low: e.low, high: e.high };
      if (e.confidence !== DEFAULT_CONFIDENCE) out.confidence = e.confidence;
      if (e.distribution !== defaultIntervalDistribution(e.low, e.high)) out.distribution = e.distribution;
      return out;
    }
    case "three-point":
      return e.distribution === "pert"
        ? { low: e.low, mode: e.mode, high: e.high }
        : { low: e.low, mode: e.mode, high: e.high, distribution: e.distribution };
  }
}

function defaultIntervalDistribution(low: number, high: number): IntervalEstimate["distribution"] {
  return low > 0 && low < high ? "lognormal" : "normal";
}

const INTERVAL_KEYS = new Set(["low", "high", "confidence", "distribution", "kind", "mean"]);
const THREE_POINT_KEYS = new Set(["low", "mode", "high", "distribution", "kind", "mean"]);
const FIXED_KEYS = new Set(["value", "kind", "mean"]);

type Problem = { path: (string | number)[]; message: string; code: string; suggestion?: string };

/** Parse one estimate; returns the normalised estimate or the problems found. Estimates in a model are never negative. */
export function normaliseEstimate(input: unknown): Estimate | Problem[] {
  const problems: Problem[] = [];
  const num = (v: unknown, key: string): number | undefined => {
    if (v === undefined) {
      problems.push({ path: [key], code: "required", message: `is required (a number)` });
      return undefined;
    }
    if (typeof v !== "number") {
      problems.push({ path: [key], code: "invalid-type", message: `expected a number, got ${typeof v}` });
      return undefined;
    }
    if (!Number.isFinite(v)) {
      problems.push({ path: [key], code: "not-finite", message: `must be a finite number, got ${v}` });
      return undefined;
    }
    if (v < 0) problems.push({ path: [key], code: "out-of-range", message: `must be 0 or more, got ${v}` });
    return v;
  };
  if (input === undefined) return [{ path: [], code: "required", message: "is required (a number, { low, high } or { low, mode, high })" }];
  if (typeof input === "number") {
    const v = num(input, "");
    return problems.length > 0 ? problems.map((p) => ({ ...p, path: [] })) : fixedEstimate(v!);
  }
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return [
      {
        path: [],
        code: "invalid-type",
        message: `expected an estimate: a number, { low, high } (a 90% interval) or { low, mode, high }, got ${input === null ? "null" : Array.isArray(input) ? "an array" : typeof input}`,
      },
    ];
  }
  const o = input as Record<string, unknown>;
  const kind = "value" in o ? "fixed" : "mode" in o ? "three-point" : "interval";
  if (o.kind !== undefined && o.kind !== kind) {
    problems.push({ path: ["kind"], code: "invalid-value", message: `kind ${JSON.stringify(o.kind)} does not fit the numbers given (they make a ${kind} estimate)` });
  }
  const allowed = kind === "fixed" ? FIXED_KEYS : kind === "three-point" ? THREE_POINT_KEYS : INTERVAL_KEYS;
  for (const key of Object.keys(o)) {
    if (!allowed.has(key)) {
      problems.push({
        path: [key],
        code: "unknown-key",
        message: `unknown key ${JSON.stringify(key)} in ${kind === "interval" ? "an" : "a"} ${kind} estimate (allowed: ${[...allowed].filter((k) => k !== "kind" && k !== "mean").join(", ")})`,
      });
    }
  }
  let estimate: Estimate | undefined;
  if (kind === "fixed") {
    const value = num(o.value, "value");
    if (value !== undefined) estimate = fixedEstimate(value);
  } else if (kind === "interval") {
    const low = num(o.low, "low");
    const high = num(o.high, "high");
    let confidence = DEFAULT_CONFIDENCE;
    if (o.confidence !== undefined) {
      if (typeof o.confidence !== "number" || !(o.confidence > 0 && o.confidence < 1)) {
        problems.push({ path: ["confidence"], code: "out-of-range", message: `must be a number strictly between 0 and 1, got ${String(o.confidence)}` });
      } else confidence = o.confidence;
    }
    if (low !== undefined && high !== undefined) {
      let distribution = defaultIntervalDistribution(low, high);
      if (o.distribution !== undefined) {
        if (!(INTERVAL_DISTRIBUTIONS as readonly unknown[]).includes(o.distribution)) {
          problems.push({ path: ["distribution"], code: "invalid-value", message: `must be one of ${INTERVAL_DISTRIBUTIONS.join(", ")}, got ${JSON.stringify(o.distribution)}` });
        } else distribution = o.distribution as IntervalEstimate["distribution"];
      }
      if (low > high) problems.push({ path: ["low"], code: "out-of-range", message: `low (${low}) must not exceed high (${high})` });
      else if (distribution === "lognormal" && low <= 0) {
        problems.push({ path: ["low"], code: "out-of-range", message: `a lognormal estimate needs low > 0, got ${low} (use distribution: normal, or a small positive low)` });
      }
      const e = { kind: "interval" as const, low, high, confidence, distribution };
      estimate = { ...e, mean: estimateMean(e) };
    }
  } else {
    const low = num(o.low, "low");
    const mode = num(o.mode, "mode");
    const high = num(o.high, "high");
    let distribution: ThreePointEstimate["distribution"] = "pert";
    if (o.distribution !== undefined) {
      if (!(THREE_POINT_DISTRIBUTIONS as readonly unknown[]).includes(o.distribution)) {
        problems.push({ path: ["distribution"], code: "invalid-value", message: `must be one of ${THREE_POINT_DISTRIBUTIONS.join(", ")}, got ${JSON.stringify(o.distribution)}` });
      } else distribution = o.distribution as ThreePointEstimate["distribution"];
    }
    if (low !== undefined && mode !== undefined && high !== undefined) {
      if (!(low <= mode && mode <= high)) {
        problems.push({ path: ["mode"], code: "out-of-range", message: `needs low <= mode <= high, got ${low}, ${mode}, ${high}` });
      }
      const e = { kind: "three-point" as const, low, mode, high, distribution };
      estimate = { ...e, mean: estimateMean(e) };
    }
  }
  if (estimate && o.mean !== undefined) {
    const written = o.mean;
    if (typeof written !== "number" || Math.abs(written - estimate.mean) > 1e-9 * Math.max(1, Math.abs(estimate.mean))) {
      problems.push({ path: ["mean"], code: "derived-mismatch", message: `mean is computed from the estimate (${estimate.mean}); remove it or make it agree, got ${String(written)}` });
    }
  }
  if (estimate && problems.length === 0 && !Number.isFinite(estimate.mean)) {
    problems.push({ path: [], code: "out-of-range", message: `the numbers are too large: the estimate's mean is not a finite number (${estimate.mean})` });
  }
  return problems.length > 0 || !estimate ? problems : estimate;
}

const num = { type: "number", minimum: 0 };
/** JSON Schema of what a user may write (for editors). */
const ESTIMATE_JSON_SCHEMA = {
  description: "A number, or an uncertain one: { low, high } (a 90% interval) or { low, mode, high } (three-point).",
  anyOf: [
    num,
    { type: "object", properties: { value: num }, required: ["value"], additionalProperties: false },
    {
      type: "object",
      properties: { low: num, high: num, confidence: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 }, distribution: { enum: [...INTERVAL_DISTRIBUTIONS] } },
      required: ["low", "high"],
      additionalProperties: false,
    },
    {
      type: "object",
      properties: { low: num, mode: num, high: num, distribution: { enum: [...THREE_POINT_DISTRIBUTIONS] } },
      required: ["low", "mode", "high"],
      additionalProperties: false,
    },
  ],
};

/** An estimate (see {@link EstimateInput}), normalised to its explicit form {@link Estimate}. */
export const EstimateSchema = z
  .custom<EstimateInput>(() => true)
  .transform((input, ctx): Estimate => {
    const result = normaliseEstimate(input);
    if (!Array.isArray(result)) return result;
    for (const p of result) {
      ctx.issues.push({
        code: "custom",
        input,
        path: p.path.filter((k) => k !== ""),
        message: p.message,
        params: { code: p.code },
      });
    }
    return z.NEVER;
  })
  .meta(ESTIMATE_JSON_SCHEMA);
