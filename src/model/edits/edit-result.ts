import type { Patch } from "immer";
import type { Model } from "../schema/model.js";

/** Options every edit takes (last argument). */
export interface EditOptions {
  /** Return `{ model, patches, inversePatches }` instead of the model, for undo and redo. */
  withPatches?: boolean;
}

/**
 * What an edit returns with `{ withPatches: true }`: the new model and immer patches whose paths point into the model
 * (`["services", 12, "name"]`). `applyPatches(model, inversePatches)` undoes the edit; `applyPatches(original, patches)`
 * redoes it (both from immer, or {@link applyModelPatches}, which also checks the result).
 * @example
 * const { model: next, inversePatches } = addService(model, { id: "mail", name: "Mail" }, { withPatches: true });
 * applyPatches(next, inversePatches) // deep-equal to model
 */
export interface EditResult {
  model: Model;
  patches: Patch[];
  inversePatches: Patch[];
}
