import type { Model } from "../schema/model.js";
import { StakeholderSchema, type StakeholderInput } from "../schema/stakeholder.js";
import { addElement } from "./add-element.js";
import type { EditOptions, EditResult } from "./edit-result.js";

/**
 * Add a stakeholder (written as in a model file) at the end of `stakeholders`, returning a new frozen model. Throws a `ModelError`
 * (`invalid-model`) naming every problem with its path in the new model: a bad field (`stakeholders[n].name`), an unknown
 * reference, a duplicate id.
 * @example
 * addStakeholder(model, { id: "finance", name: "Finance", roles: ["customer", "sponsor"] })
 */
export function addStakeholder(model: Model, input: StakeholderInput, options: EditOptions & { withPatches: true }): EditResult;
export function addStakeholder(model: Model, input: StakeholderInput, options?: EditOptions & { withPatches?: false }): Model;
export function addStakeholder(model: Model, input: StakeholderInput, options?: EditOptions): Model | EditResult;
export function addStakeholder(model: Model, input: StakeholderInput, options?: EditOptions): Model | EditResult {
  return addElement("addStakeholder", "stakeholder", "stakeholders", StakeholderSchema, model, input, options);
}
