import type { Patch } from "immer";
import { describeValue, ModelError } from "../errors.js";
import { safeParseModel, type SafeParseModelResult } from "../parse-model.js";
import type { Model } from "../schema/model.js";
import { COLLECTION_KIND } from "../element-index.js";
import { ELEMENT_SCHEMAS, MODEL_SETTINGS, settingsSchemaOf } from "./element-schemas.js";
import { parseElement } from "./parse-element.js";
import { applyPatchesWithEngine, checkArguments, COLLECTIONS, invalidResult, type Collection } from "./run-edit.js";

/**
 * Apply immer patches from an edit (`{ withPatches: true }`) to a model: `inversePatches` to undo, `patches` to redo.
 * Like immer's `applyPatches`, but needs no immer setup, always returns a deeply frozen model, and checks the result:
 * patches that do not fit the model throw `invalid-argument`; the elements they touch are validated again with their
 * schemas, and the whole result is parsed again (`invalid-model` on any problem), so it comes back normalised and
 * hand-made patches cannot slip in bad data.
 * @example
 * const { model: next, patches, inversePatches } = renameId(model, "db", "database", { withPatches: true });
 * applyModelPatches(next, inversePatches) // deep-equal to model (undo)
 * applyModelPatches(model, patches) // deep-equal to next (redo)
 */
export function applyModelPatches(model: Model, patches: readonly Patch[]): Model {
  const fn = "applyModelPatches";
  checkArguments(fn, model, undefined, []);
  if (!Array.isArray(patches) || !patches.every((p) => p !== null && typeof p === "object" && Array.isArray(p.path))) {
    throw badPatches(fn, `expected a list of immer patches ({ op, path, value }), got ${describeValue(patches)}`);
  }
  if (patches.length === 0) return model;
  let next: Model;
  try {
    next = applyPatchesWithEngine(model, patches);
  } catch (e) {
    throw badPatches(fn, `the patches do not fit this model (${e instanceof Error ? e.message : String(e)})`);
  }
  let result: SafeParseModelResult;
  try {
    validateTouched(fn, next, patches);
    checkArguments(fn, next, undefined, []);
    // Parsed again as a whole: the result is normalised (defaults, aliases, hours, estimate means) whatever the
    // patches wrote, e.g. a hand-made patch that sets an amount to { low, high } or a duration to "1h".
    result = safeParseModel(next);
  } catch (e) {
    if (e instanceof ModelError) throw e;
    // NOTE: a safety net: patches that break the model's shape must give a ModelError, never a TypeError.
    throw badPatches(fn, `the patches leave a model that cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!result.success) throw invalidResult(fn, [...result.error.issues]);
  return result.model;
}

/** Parse again every element and setting a patch touched (an element once, however many patches touch it). */
function validateTouched(fn: string, next: Model, patches: readonly Patch[]): void {
  const done = new Set<string>();
  const validate = (collection: Collection, i: number) => {
    const key = `${collection}[${i}]`;
    const element = next[collection][i];
    if (done.has(key) || element === undefined) return;
    done.add(key);
    const kind = COLLECTION_KIND[collection];
    parseElement(fn, kind, ELEMENT_SCHEMAS[kind], element, [collection, i]);
  };
  for (const { path } of patches) {
    const [top, index] = path;
    if (path.length === 0 || (typeof top === "string" && (MODEL_SETTINGS as readonly string[]).includes(top))) {
      if (done.has("")) continue;
      done.add("");
      const settings: Record<string, unknown> = {};
      for (const k of MODEL_SETTINGS) if (next[k] !== undefined) settings[k] = next[k];
      parseElement(fn, "settings", settingsSchemaOf(), settings, []);
      if (path.length === 0) for (const c of COLLECTIONS) next[c].forEach((_, i) => validate(c, i));
    } else if (typeof top === "string" && (COLLECTIONS as readonly string[]).includes(top)) {
      const collection = top as Collection;
      if (!Array.isArray(next[collection])) {
        const message = `expected a list, got ${describeValue(next[collection])}`;
        throw new ModelError("invalid-model", `${fn}: ${collection}: ${message}`, [{ path: collection, code: "invalid-type", message }]);
      }
      if (typeof index === "number") validate(collection, index);
      else next[collection].forEach((_, i) => validate(collection, i));
    } else {
      throw badPatches(fn, `a patch changes ${describeValue(top)}, which is not part of a model`);
    }
  }
}

function badPatches(fn: string, message: string): ModelError {
  return new ModelError("invalid-argument", `${fn}: ${message}`, [{ path: "", code: "invalid-patch", message }]);
}
