import { assertParsedModel } from "../assert-parsed-model.js";
import { Immer, enablePatches, type Draft, type Patch } from "immer";
import { checkModel } from "../check-model.js";
import { describeValue, ModelError, type ModelIssue } from "../errors.js";
import type { Model } from "../schema/model.js";
import { closestMatch } from "../suggest.js";
import type { EditOptions, EditResult } from "./edit-result.js";

export { MODEL_COLLECTIONS as COLLECTIONS, type ModelCollection as Collection } from "../assert-parsed-model.js";

// NOTE: a private Immer instance, created on first use: the package has no side effects at import, and a caller's
// global `setAutoFreeze(false)` must not leave our models unfrozen.
let immer: Immer | undefined;
let patchesEnabled = false;

function engine(withPatches: boolean): Immer {
  if (withPatches && !patchesEnabled) {
    enablePatches();
    patchesEnabled = true;
  }
  return (immer ??= new Immer({ autoFreeze: true }));
}

/** How an edit checks its result: the full semantic checks, or none when the edit keeps a valid model valid by construction. */
export type EditCheck = "full" | "none";

/**
 * Run an immer recipe on a model and check the result: the engine behind every edit. Returns the very same model when
 * the recipe changes nothing; throws `ModelError("invalid-model")` with every problem (paths into the new model) when
 * the result fails {@link checkModel}.
 */
export function runEdit(
  fn: string,
  model: Model,
  options: EditOptions | undefined,
  recipe: (draft: Draft<Model>) => void,
  check: EditCheck = "full",
): Model | EditResult {
  const withPatches = options?.withPatches === true;
  let next: Model;
  let patches: Patch[] = [];
  let inversePatches: Patch[] = [];
  if (withPatches) [next, patches, inversePatches] = engine(true).produceWithPatches(model, recipe);
  else next = engine(false).produce(model, recipe);
  if (next !== model && check === "full") {
    const issues = checkModel(next);
    if (issues.length > 0) throw invalidResult(fn, issues);
  }
  return withPatches ? { model: next, patches, inversePatches } : next;
}

/** Apply immer patches with the edits' engine (patches enabled, auto-freeze on). */
export function applyPatchesWithEngine(model: Model, patches: readonly Patch[]): Model {
  return engine(true).applyPatches(model, patches as Patch[]);
}

/** The error of an edit whose result would not pass the semantic checks. */
export function invalidResult(fn: string, issues: readonly ModelIssue[]): ModelError {
  const n = issues.length;
  return new ModelError("invalid-model", `${fn}: the edit would leave the model with ${n} problem${n === 1 ? "" : "s"}`, issues);
}

/**
 * Check that `model` is a parsed model (`assertParsedModel`: a document as written would crash an edit) and the
 * options (see {@link checkOptions}). Throws `invalid-argument`.
 */
export function checkArguments(fn: string, model: unknown, options: unknown, allowed: readonly string[]): void {
  assertParsedModel(fn, model);
  checkOptions(fn, options, allowed);
}

/**
 * Check that `options` is absent or an object with only the `allowed` keys (a typo such as `{ cascde: true }` must not
 * be ignored), and `withPatches` and `cascade`, when given, booleans. Throws `invalid-argument`.
 */
export function checkOptions(fn: string, options: unknown, allowed: readonly string[]): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw argumentError(fn, "", "invalid-argument", `options must be an object (${allowed.join(", ")}), got ${describeValue(options)}`);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) {
      const suggestion = closestMatch(key, allowed);
      throw argumentError(fn, key, "unknown-option", `unknown option ${JSON.stringify(key)}${suggestion ? ` (did you mean "${suggestion}"?)` : ` (allowed: ${allowed.join(", ")})`}`, suggestion);
    }
  }
  for (const key of ["withPatches", "cascade"]) {
    if (o[key] !== undefined && typeof o[key] !== "boolean") {
      throw argumentError(fn, key, "invalid-argument", `option ${key} must be true or false, got ${describeValue(o[key])}`);
    }
  }
}

/** A `ModelError("invalid-argument")` with one issue at `path`. */
export function argumentError(fn: string, path: string, code: string, message: string, suggestion?: string): ModelError {
  return new ModelError("invalid-argument", `${fn}: ${message}`, [{ path, code, message, ...(suggestion ? { suggestion } : {}) }]);
}
