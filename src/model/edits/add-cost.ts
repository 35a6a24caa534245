import type { Model } from "../schema/model.js";
import { CostSchema, type CostInput } from "../schema/cost.js";
import { addElement } from "./add-element.js";
import type { EditOptions, EditResult } from "./edit-result.js";

/**
 * Add a cost (written as in a model file) at the end of `costs`, returning a new frozen model. Throws a `ModelError`
 * (`invalid-model`) naming every problem with its path in the new model: a bad field (`costs[n].name`), an unknown
 * reference, a duplicate id, a year beyond the horizon, an `of` that is not a resource, service or investment.
 * @example
 * addCost(model, { of: "mail", category: "software", amount: { low: 8000, high: 12000 } })
 */
export function addCost(model: Model, input: CostInput, options: EditOptions & { withPatches: true }): EditResult;
export function addCost(model: Model, input: CostInput, options?: EditOptions & { withPatches?: false }): Model;
export function addCost(model: Model, input: CostInput, options?: EditOptions): Model | EditResult;
export function addCost(model: Model, input: CostInput, options?: EditOptions): Model | EditResult {
  return addElement("addCost", "cost", "costs", CostSchema, model, input, options);
}
