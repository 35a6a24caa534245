import { describeValue, ModelError } from "../errors.js";
import type { Model, ModelInput } from "../schema/model.js";
import { assignChanged } from "./assign-changed.js";
import type { EditOptions, EditResult } from "./edit-result.js";
import { MODEL_SETTINGS, settingsSchemaOf } from "./element-schemas.js";
import { parseElement } from "./parse-element.js";
import { argumentError, checkArguments, COLLECTIONS, runEdit } from "./run-edit.js";

/** Top-level settings to change, in input form; a setting set to `undefined` is removed (back to its default). */
export type ModelSettingsPatch = Partial<Pick<ModelInput, (typeof MODEL_SETTINGS)[number]>>;

/**
 * Change the top-level settings of a model (`name`, `description`, `currency`, `horizonYears`, `discountRate`, `lint`,
 * `meta`, `$schema`), then check the whole model: shortening `horizonYears` so that a cost, benefit or risk reduction
 * starts beyond it throws `invalid-model` with a `beyond-horizon` issue at each such year (`costs[3].startYear`).
 * The element lists are edited with the other edits (`addService`, `updateElement`, ...), not here.
 * @example updateModel(model, { horizonYears: 10, discountRate: 0.05 })
 */
export function updateModel(model: Model, patch: ModelSettingsPatch, options: EditOptions & { withPatches: true }): EditResult;
export function updateModel(model: Model, patch: ModelSettingsPatch, options?: EditOptions & { withPatches?: false }): Model;
export function updateModel(model: Model, patch: ModelSettingsPatch, options?: EditOptions): Model | EditResult;
export function updateModel(model: Model, patch: ModelSettingsPatch, options?: EditOptions): Model | EditResult {
  const fn = "updateModel";
  checkArguments(fn, model, options, ["withPatches"]);
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) {
    throw argumentError(fn, "", "invalid-argument", `the patch must be an object of settings to change, got ${describeValue(patch)}`);
  }
  const lists = Object.keys(patch).filter((k) => (COLLECTIONS as readonly string[]).includes(k));
  if (lists.length > 0) {
    const issues = lists.map((k) => ({
      path: k,
      code: "not-a-setting",
      message: `${k} is a list of elements, not a setting; change it with the element edits (add..., updateElement, renameId, removeElement)`,
    }));
    throw new ModelError("invalid-argument", `${fn}: ${issues[0]!.message}`, issues);
  }
  const current: Record<string, unknown> = {};
  for (const key of MODEL_SETTINGS) if (model[key] !== undefined) current[key] = model[key];
  const settings = parseElement(fn, "settings", settingsSchemaOf(), { ...current, ...patch }, []) as Record<string, unknown>;
  return runEdit(fn, model, options, (draft) => {
    // Only the settings keys: the element lists are edited elsewhere and must stay.
    assignChanged(draft as unknown as Record<string, unknown>, settings, MODEL_SETTINGS);
  });
}
