import type { Model } from "../schema/model.js";
import { ResourceSchema, type ResourceInput } from "../schema/resource.js";
import { addElement } from "./add-element.js";
import type { EditOptions, EditResult } from "./edit-result.js";

/**
 * Add a resource (written as in a model file) at the end of `resources`, returning a new frozen model. Throws a `ModelError`
 * (`invalid-model`) naming every problem with its path in the new model: a bad field (`resources[n].name`), an unknown
 * reference, a duplicate id.
 * @example
 * addResource(model, { id: "mail-team", name: "Mail team", dimension: "organizations-and-people", supports: ["mail"] })
 */
export function addResource(model: Model, input: ResourceInput, options: EditOptions & { withPatches: true }): EditResult;
export function addResource(model: Model, input: ResourceInput, options?: EditOptions & { withPatches?: false }): Model;
export function addResource(model: Model, input: ResourceInput, options?: EditOptions): Model | EditResult;
export function addResource(model: Model, input: ResourceInput, options?: EditOptions): Model | EditResult {
  return addElement("addResource", "resource", "resources", ResourceSchema, model, input, options);
}
