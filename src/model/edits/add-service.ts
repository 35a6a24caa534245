import type { Model } from "../schema/model.js";
import { ServiceSchema, type ServiceInput } from "../schema/service.js";
import { addElement } from "./add-element.js";
import type { EditOptions, EditResult } from "./edit-result.js";

/**
 * Add a service (written as in a model file) at the end of `services`, returning a new frozen model. Throws a `ModelError`
 * (`invalid-model`) naming every problem with its path in the new model: a bad field (`services[n].name`), an unknown
 * reference, a duplicate id, a dependency on itself, an owner without the provider role.
 * @example
 * const next = addService(model, { id: "mail", name: "Mail", owner: "it", dependsOn: ["directory"] });
 * next.services.at(-1)?.dependsOn // [{ service: "directory", share: 1 }]
 */
export function addService(model: Model, input: ServiceInput, options: EditOptions & { withPatches: true }): EditResult;
export function addService(model: Model, input: ServiceInput, options?: EditOptions & { withPatches?: false }): Model;
export function addService(model: Model, input: ServiceInput, options?: EditOptions): Model | EditResult;
export function addService(model: Model, input: ServiceInput, options?: EditOptions): Model | EditResult {
  return addElement("addService", "service", "services", ServiceSchema, model, input, options);
}
