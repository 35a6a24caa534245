/** The closed set of error codes a {@link ModelError} carries. */
export const MODEL_ERROR_CODES = [
  "invalid-model",
  "invalid-argument",
  "not-found",
  "syntax-error",
  "io-error",
  "referenced",
] as const;

/** What kind of failure a {@link ModelError} reports. */
export type ModelErrorCode = (typeof MODEL_ERROR_CODES)[number];

/**
 * One problem found in a model or an argument.
 * `path` locates it in dot/bracket form (`services[3].dependsOn[0].service`; `""` for the whole document);
 * `code` is a stable, machine-readable kind (`unknown-reference`, `duplicate-id`, ...); tests assert `code` and `path`.
 */
export interface ModelIssue {
  path: string;
  code: string;
  message: string;
  /** A value that would probably fix it, e.g. the closest existing id. */
  suggestion?: string;
  /** Where the issue is in a source file, when the model came from one (set by `parseModelText`). */
  location?: { file?: string; line: number; column: number };
}

/**
 * The one error class of the library: bad models, bad arguments, unknown ids, unreadable files.
 * @example
 * try { parseModel(input) } catch (e) { if (e instanceof ModelError) console.log(e.issues) }
 */
export class ModelError extends Error {
  override readonly name = "ModelError";
  readonly code: ModelErrorCode;
  readonly issues: readonly ModelIssue[];

  constructor(code: ModelErrorCode, message: string, issues: readonly ModelIssue[] = []) {
    super(issues.length > 0 ? `${message}\n${formatIssues(issues)}` : message);
    this.code = code;
    this.issues = issues;
  }
}

/** Render issues one per line: `  services[0].owner: unknown stakeholder "x" (did you mean "y"?)`. */
export function formatIssues(issues: readonly ModelIssue[], limit = 50): string {
  const lines = issues.slice(0, limit).map((i) => {
    const where = i.location
      ? `${i.location.file ? `${i.location.file}:` : ""}${i.location.line}:${i.location.column} `
      : "";
    return `  ${where}${i.path || "(document)"}: ${i.message}`;
  });
  if (issues.length > limit) lines.push(`  ... and ${issues.length - limit} more`);
  return lines.join("\n");
}

/**
 * Format a path of keys and indexes in dot/bracket form.
 * @example formatPath(["services", 3, "dependsOn", 0, "service"]) // "services[3].dependsOn[0].service"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const k = String(key);
      let plain = IDENTIFIER_KEYS.get(k);
      if (plain === undefined) {
        plain = /^[A-Za-z_$][\w$]*$/.test(k);
        if (IDENTIFIER_KEYS.size < 10_000) IDENTIFIER_KEYS.set(k, plain);
      }
      out += plain ? (out ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
    }
  }
  return out;
}

/** Whether a key can be written after a dot; keys repeat a lot (field names), so the answer is remembered. */
const IDENTIFIER_KEYS = new Map<string, boolean>();

/** Throw a `ModelError("invalid-argument")` naming the function and the bad value. */
export function invalidArgument(fn: string, what: string, got: unknown): never {
  throw new ModelError("invalid-argument", `${fn}: ${what}, got ${describeValue(got)}`, [
    { path: "", code: "invalid-argument", message: `${what}, got ${describeValue(got)}` },
  ]);
}

/** Throw a `ModelError("not-found")` for an id that is not in the model. */
export function notFound(fn: string, what: string, id: string, suggestion?: string): never {
  const hint = suggestion ? ` (did you mean "${suggestion}"?)` : "";
  const message = `${what} "${id}" not found${hint}`;
  throw new ModelError("not-found", `${fn}: ${message}`, [
    { path: "", code: "not-found", message, ...(suggestion ? { suggestion } : {}) },
  ]);
}

/** A short, safe rendering of any value for an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  return typeof value;
}

/** Assert a condition that can only fail through a bug in this library. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`servicevalue invariant failed: ${message}`);
}

/** End of an exhaustive `switch`: unreachable when the types are right. */
export function assertNever(value: never): never {
  throw new Error(`servicevalue: unexpected value ${JSON.stringify(value)}`);
}
