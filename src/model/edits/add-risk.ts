import type { Model } from "../schema/model.js";
import { RiskSchema, type RiskInput } from "../schema/risk.js";
import { addElement } from "./add-element.js";
import type { EditOptions, EditResult } from "./edit-result.js";

/**
 * Add a risk (written as in a model file) at the end of `risks`, returning a new frozen model. Throws a `ModelError`
 * (`invalid-model`) naming every problem with its path in the new model: a bad field (`risks[n].name`), an unknown
 * reference, a duplicate id.
 * @example
 * addRisk(model, { id: "outage", name: "Mail outage", affects: ["mail"], frequency: { low: 0.1, high: 2 }, impact: 20000 })
 */
export function addRisk(model: Model, input: RiskInput, options: EditOptions & { withPatches: true }): EditResult;
export function addRisk(model: Model, input: RiskInput, options?: EditOptions & { withPatches?: false }): Model;
export function addRisk(model: Model, input: RiskInput, options?: EditOptions): Model | EditResult;
export function addRisk(model: Model, input: RiskInput, options?: EditOptions): Model | EditResult {
  return addElement("addRisk", "risk", "risks", RiskSchema, model, input, options);
}
