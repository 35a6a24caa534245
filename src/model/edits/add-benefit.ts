import type { Model } from "../schema/model.js";
import { BenefitSchema, type BenefitInput } from "../schema/cost.js";
import { addElement } from "./add-element.js";
import type { EditOptions, EditResult } from "./edit-result.js";

/**
 * Add a benefit (written as in a model file) at the end of `benefits`, returning a new frozen model. Throws a `ModelError`
 * (`invalid-model`) naming every problem with its path in the new model: a bad field (`benefits[n].name`), an unknown
 * reference, a duplicate id, a year beyond the horizon, an `of` that is not a service, value stream or investment.
 * @example
 * addBenefit(model, { of: "mail", name: "Fewer lost emails", amount: 5000, startYear: 1 })
 */
export function addBenefit(model: Model, input: BenefitInput, options: EditOptions & { withPatches: true }): EditResult;
export function addBenefit(model: Model, input: BenefitInput, options?: EditOptions & { withPatches?: false }): Model;
export function addBenefit(model: Model, input: BenefitInput, options?: EditOptions): Model | EditResult;
export function addBenefit(model: Model, input: BenefitInput, options?: EditOptions): Model | EditResult {
  return addElement("addBenefit", "benefit", "benefits", BenefitSchema, model, input, options);
}
