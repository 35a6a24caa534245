import type { Model } from "../schema/model.js";
import { InvestmentSchema, type InvestmentInput } from "../schema/risk.js";
import { addElement } from "./add-element.js";
import type { EditOptions, EditResult } from "./edit-result.js";

/**
 * Add a investment (written as in a model file) at the end of `investments`, returning a new frozen model. Throws a `ModelError`
 * (`invalid-model`) naming every problem with its path in the new model: a bad field (`investments[n].name`), an unknown
 * reference, a duplicate id, a `fromYear` beyond the horizon.
 * @example
 * addInvestment(model, { id: "cluster", name: "Mail cluster", affects: ["mail"], reduces: [{ risk: "outage", by: 0.8 }] })
 */
export function addInvestment(model: Model, input: InvestmentInput, options: EditOptions & { withPatches: true }): EditResult;
export function addInvestment(model: Model, input: InvestmentInput, options?: EditOptions & { withPatches?: false }): Model;
export function addInvestment(model: Model, input: InvestmentInput, options?: EditOptions): Model | EditResult;
export function addInvestment(model: Model, input: InvestmentInput, options?: EditOptions): Model | EditResult {
  return addElement("addInvestment", "investment", "investments", InvestmentSchema, model, input, options);
}
