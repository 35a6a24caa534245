import { describeValue, notFound } from "../errors.js";
import type { Model } from "../schema/model.js";
import { StepSchema, type StepInput } from "../schema/value-stream.js";
import { closestMatch } from "../suggest.js";
import { insertElement } from "./add-element.js";
import type { EditOptions, EditResult } from "./edit-result.js";
import { findElement } from "./find-element.js";
import { parseElement } from "./parse-element.js";
import { argumentError, checkArguments } from "./run-edit.js";

/** Options of {@link addStep}. */
export interface AddStepOptions extends EditOptions {
  /** Insert the step right after this step of the value stream; without it, the step goes last. */
  after?: string;
}

/**
 * Add a step (input form) to a value stream, last or right after the step `after`. Only the position in the list
 * changes: in a value stream that uses `next`, no other step's `next` is rewired (use {@link updateElement} on the
 * step before it); the new step's own `next` is taken as written.
 * Errors: `not-found` for an unknown value stream or `after` step (with the closest id), `invalid-argument` when the id
 * is not a value stream, `invalid-model` for a bad step or a result that fails the checks (a `next` cycle).
 * @example addStep(model, "onboard", { id: "order-laptop", name: "Order laptop", activity: "obtain-build", processTime: "2d" }, { after: "request" })
 */
export function addStep(model: Model, valueStreamId: string, input: StepInput, options: AddStepOptions & { withPatches: true }): EditResult;
export function addStep(model: Model, valueStreamId: string, input: StepInput, options?: AddStepOptions & { withPatches?: false }): Model;
export function addStep(model: Model, valueStreamId: string, input: StepInput, options?: AddStepOptions): Model | EditResult;
export function addStep(model: Model, valueStreamId: string, input: StepInput, options?: AddStepOptions): Model | EditResult {
  const fn = "addStep";
  checkArguments(fn, model, options, ["after", "withPatches"]);
  const stream = findElement(fn, model, valueStreamId, ["value-stream"]);
  const v = stream.path[1] as number;
  const steps = model.valueStreams[v]!.steps;
  let position = steps.length;
  const after = options?.after;
  if (after !== undefined) {
    if (typeof after !== "string") throw argumentError(fn, "after", "invalid-argument", `option after must be a step id, got ${describeValue(after)}`);
    const j = steps.findIndex((s) => s.id === after);
    if (j < 0) notFound(fn, `step of value stream "${valueStreamId}"`, after, closestMatch(after, steps.map((s) => s.id)));
    position = j + 1;
  }
  const at = ["valueStreams", v, "steps", position] as const;
  const step = parseElement(fn, "step", StepSchema, input, at);
  return insertElement(fn, model, options, step, at, (draft) => {
    draft.valueStreams[v]!.steps.splice(position, 0, step);
  });
}
