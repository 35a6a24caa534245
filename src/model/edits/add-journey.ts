import type { Model } from "../schema/model.js";
import { JourneySchema, type JourneyInput } from "../schema/journey.js";
import { addElement } from "./add-element.js";
import type { EditOptions, EditResult } from "./edit-result.js";

/**
 * Add a journey (written as in a model file) at the end of `journeys`, returning a new frozen model. Throws a `ModelError`
 * (`invalid-model`) naming every problem with its path in the new model: a bad field (`journeys[n].name`), an unknown
 * reference, a duplicate id.
 * @example
 * addJourney(model, { id: "new-hire", name: "New hire", stakeholder: "staff", stages: [{ stage: "onboard" }] })
 */
export function addJourney(model: Model, input: JourneyInput, options: EditOptions & { withPatches: true }): EditResult;
export function addJourney(model: Model, input: JourneyInput, options?: EditOptions & { withPatches?: false }): Model;
export function addJourney(model: Model, input: JourneyInput, options?: EditOptions): Model | EditResult;
export function addJourney(model: Model, input: JourneyInput, options?: EditOptions): Model | EditResult {
  return addElement("addJourney", "journey", "journeys", JourneySchema, model, input, options);
}
