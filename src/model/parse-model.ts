import { checkInputShape } from "./check-input-shape.js";
import { checkModel } from "./check-model.js";
import { deepFreeze } from "./deep-freeze.js";
import { ModelError, type ModelIssue } from "./errors.js";
import { ModelSchema, type Model } from "./schema/model.js";
import { toModelIssues } from "./zod-issues.js";

/** The result of {@link safeParseModel}. */
export type SafeParseModelResult = { success: true; model: Model } | { success: false; error: ModelError };

/**
 * Validate and normalise a model document (from a file, or built in code). Returns a deeply frozen model with defaults
 * filled, practice aliases mapped to ids, durations in hours, references in object form and estimates in explicit form.
 * Throws a {@link ModelError} (`code: "invalid-model"`) listing every problem with its path.
 * @example
 * const model = parseModel({ name: "Demo", services: [{ id: "mail", name: "Mail" }] });
 * model.services[0].lifecycle // "live"
 */
export function parseModel(input: unknown): Model {
  const result = safeParseModel(input);
  if (!result.success) throw result.error;
  return result.model;
}

/**
 * Like {@link parseModel}, but returns `{ success: false, error }` instead of throwing.
 * @example
 * const r = safeParseModel({ name: "x", services: [{ id: "Mail" }] });
 * if (!r.success) r.error.issues.map((i) => i.path) // ["services[0].id", "services[0].name"]
 */
export function safeParseModel(input: unknown): SafeParseModelResult {
  try {
    return safeParseReadable(input);
  } catch (e) {
    // NOTE: only input that is not plain data gets here (a getter or a Proxy trap that throws while being read).
    const message = `the input cannot be read as data (${e instanceof Error ? e.message : String(e)}); pass plain objects`;
    return failure([{ path: "", code: "unreadable-input", message }]);
  }
}

function safeParseReadable(input: unknown): SafeParseModelResult {
  const shapeIssues = checkInputShape(input);
  if (shapeIssues.length > 0) return failure(shapeIssues);
  const parsed = ModelSchema.safeParse(input);
  if (!parsed.success) return failure(toModelIssues(parsed.error.issues, input, ModelSchema));
  const issues = checkModel(parsed.data as Model);
  if (issues.length > 0) return failure(issues);
  return { success: true, model: deepFreeze(parsed.data as Model) };
}

function failure(issues: ModelIssue[]): { success: false; error: ModelError } {
  const n = issues.length;
  return {
    success: false,
    error: new ModelError("invalid-model", `parseModel: the model has ${n} problem${n === 1 ? "" : "s"}`, issues),
  };
}
