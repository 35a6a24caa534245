import type { Model } from "../schema/model.js";
import { ValueStreamSchema, type ValueStreamInput } from "../schema/value-stream.js";
import { addElement } from "./add-element.js";
import type { EditOptions, EditResult } from "./edit-result.js";

/**
 * Add a value stream (written as in a model file) at the end of `valueStreams`, returning a new frozen model. Throws a `ModelError`
 * (`invalid-model`) naming every problem with its path in the new model: a bad field (`valueStreams[n].name`), an unknown
 * reference, a duplicate id, a cycle of `next` steps.
 * @example
 * addValueStream(model, {
 *   id: "onboard", name: "Onboard a new hire", trigger: "Contract signed", outcome: "Productive on day one",
 *   steps: [{ id: "request", name: "Request", activity: "engage", processTime: "30m" }],
 * })
 */
export function addValueStream(model: Model, input: ValueStreamInput, options: EditOptions & { withPatches: true }): EditResult;
export function addValueStream(model: Model, input: ValueStreamInput, options?: EditOptions & { withPatches?: false }): Model;
export function addValueStream(model: Model, input: ValueStreamInput, options?: EditOptions): Model | EditResult;
export function addValueStream(model: Model, input: ValueStreamInput, options?: EditOptions): Model | EditResult {
  return addElement("addValueStream", "value stream", "valueStreams", ValueStreamSchema, model, input, options);
}
