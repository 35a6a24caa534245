import type { z } from "zod";
import { checkInputShape } from "../check-input-shape.js";
import { formatPath, ModelError, type ModelIssue } from "../errors.js";
import { toModelIssues } from "../zod-issues.js";

/**
 * Validate one element in its written form with its zod schema, as it will sit at `at` in the model, and return it
 * normalised. Issue paths are paths into the model (`services[12].dependsOn[0].service`). The input is copied first
 * (keys set to `undefined` dropped), so freezing the model never freezes the caller's objects.
 */
export function parseElement<S extends z.ZodType>(fn: string, what: string, schema: S, input: unknown, at: readonly (string | number)[]): z.output<S> {
  const prefix = formatPath(at);
  const fail = (issues: ModelIssue[]): never => {
    const n = issues.length;
    const where = prefix ? ` at ${prefix}` : "";
    throw new ModelError("invalid-model", `${fn}: the ${what}${where} would have ${n} problem${n === 1 ? "" : "s"}`, issues.map((i) => ({ ...i, path: joinPath(prefix, i.path) })));
  };
  if (input !== null && typeof input === "object" && !Array.isArray(input)) {
    const shapeIssues = checkInputShape(input);
    if (shapeIssues.length > 0) fail(shapeIssues);
  }
  const data = plainCopy(input);
  const parsed = schema.safeParse(data);
  if (!parsed.success) fail(toModelIssues(parsed.error.issues, data, schema));
  return parsed.data as z.output<S>;
}

/** `services[3]` + `dependsOn[0]` -> `services[3].dependsOn[0]`. */
export function joinPath(prefix: string, path: string): string {
  if (path === "") return prefix;
  if (prefix === "") return path;
  return path.startsWith("[") ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** Copy JSON-shaped data (checked by checkInputShape), leaving out object keys whose value is `undefined`. */
export function plainCopy(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(plainCopy);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = plainCopy(v);
  return out;
}
