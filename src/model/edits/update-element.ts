import { kindName } from "../element-index.js";
import { describeValue, formatPath, ModelError } from "../errors.js";
import { toElementInput } from "../to-model-input.js";
import type { Model } from "../schema/model.js";
import { assignChanged } from "./assign-changed.js";
import { getAt } from "./draft-path.js";
import type { EditOptions, EditResult } from "./edit-result.js";
import { ELEMENT_SCHEMAS } from "./element-schemas.js";
import { findElement } from "./find-element.js";
import { parseElement } from "./parse-element.js";
import { argumentError, checkArguments, runEdit } from "./run-edit.js";

/** Fields to change, in input form (`{ name: "Mail", dependsOn: ["db"] }`); a field set to `undefined` is removed. */
export type ElementPatch = Readonly<Record<string, unknown>>;

/** Keys of a step computed at parse time from another field: a patch sets that field instead. */
const DERIVED_KEYS: Readonly<Record<string, string>> = { processTimeHours: "processTime", waitTimeHours: "waitTime" };

/**
 * Change some fields of an element: the patch (input form) is merged over the element's current input form (as
 * `toModelInput` writes it), the element is parsed again with its schema and replaced, and the result is checked.
 * Works for every element with an id, nested ones too (a step, an offering), and for a cost or benefit entry by its path
 * (`costs[4]`). A list in the patch replaces the whole list; a field set to `undefined` is removed (back to its default).
 * Only what changed is written: an update that changes nothing returns the same model (and no patches).
 *
 * Errors: `not-found` for an unknown id; `invalid-argument` for a patch that is not an object or that changes the id
 * (use {@link renameId}, which also moves the references; an entry without an id may be given one); `invalid-model` for
 * an unknown key (`unknown-key`, with the closest key), a bad value, or a result that fails the semantic checks.
 * @example updateElement(model, "mail", { lifecycle: "retired", owner: undefined })
 */
export function updateElement(model: Model, id: string, patch: ElementPatch, options: EditOptions & { withPatches: true }): EditResult;
export function updateElement(model: Model, id: string, patch: ElementPatch, options?: EditOptions & { withPatches?: false }): Model;
export function updateElement(model: Model, id: string, patch: ElementPatch, options?: EditOptions): Model | EditResult;
export function updateElement(model: Model, id: string, patch: ElementPatch, options?: EditOptions): Model | EditResult {
  const fn = "updateElement";
  checkArguments(fn, model, options, ["withPatches"]);
  const target = findElement(fn, model, id);
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) {
    throw argumentError(fn, "", "invalid-argument", `the patch must be an object of fields to change, got ${describeValue(patch)}`);
  }
  if (target.id !== undefined && Object.prototype.hasOwnProperty.call(patch, "id") && patch.id !== target.id) {
    throw argumentError(
      fn,
      formatPath([...target.path, "id"]),
      "id-change",
      `the id of ${target.label} cannot be changed with updateElement; use renameId(model, "${target.id}", ${describeValue(patch.id)}), which also updates every reference to it`,
      "renameId",
    );
  }
  const current = getAt(model, target.path) as object;
  const merged = { ...toElementInput(target.kind, current), ...patch };
  const element = parseElement(fn, kindName(target.kind), ELEMENT_SCHEMAS[target.kind], merged, target.path) as Record<string, unknown>;
  // A derived key is recomputed from its source; a patch may carry it (a whole step sent back) only if it agrees.
  const derived = Object.keys(patch).filter((k) => target.kind === "step" && k in DERIVED_KEYS && patch[k] !== element[k]);
  if (derived.length > 0) {
    const issues = derived.map((k) => ({
      path: formatPath([...target.path, k]),
      code: "derived-mismatch",
      message: `${k} is computed from ${DERIVED_KEYS[k]} (${String(element[k])}); set ${DERIVED_KEYS[k]} instead, got ${describeValue(patch[k])}`,
      suggestion: DERIVED_KEYS[k]!,
    }));
    throw new ModelError("invalid-model", `${fn}: the patch sets ${derived.join(" and ")}, which ${derived.length === 1 ? "is" : "are"} derived`, issues);
  }
  return runEdit(fn, model, options, (draft) => {
    assignChanged(getAt(draft, target.path) as Record<string, unknown>, element);
  });
}
