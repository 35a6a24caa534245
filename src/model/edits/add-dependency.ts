import { describeValue } from "../errors.js";
import type { Model } from "../schema/model.js";
import type { EditOptions, EditResult } from "./edit-result.js";
import { findElement } from "./find-element.js";
import { argumentError, checkArguments, runEdit } from "./run-edit.js";

/** Options of {@link addDependency}. */
export interface AddDependencyOptions extends EditOptions {
  /** The weight of the claim of `from` on the cost of `to` (a positive number; default 1). */
  share?: number;
}

/**
 * Let service `from` depend on service `to` (append `{ service: to, share }` to its `dependsOn`). When the dependency is
 * already there, only a different `share` is written; otherwise the same model is returned.
 * Errors: `not-found` for an unknown service (with the closest service id), `invalid-argument` for an id that is not a
 * service or a share that is not a positive number, `invalid-model` when the result fails the checks (a service depending
 * on itself, a cycle of services that no other service consumes).
 * @example addDependency(model, "mail", "directory", { share: 2 })
 */
export function addDependency(model: Model, from: string, to: string, options: AddDependencyOptions & { withPatches: true }): EditResult;
export function addDependency(model: Model, from: string, to: string, options?: AddDependencyOptions & { withPatches?: false }): Model;
export function addDependency(model: Model, from: string, to: string, options?: AddDependencyOptions): Model | EditResult;
export function addDependency(model: Model, from: string, to: string, options?: AddDependencyOptions): Model | EditResult {
  const fn = "addDependency";
  checkArguments(fn, model, options, ["share", "withPatches"]);
  const share = options?.share;
  if (share !== undefined && !(typeof share === "number" && Number.isFinite(share) && share > 0)) {
    throw argumentError(fn, "share", "out-of-range", `option share must be a number greater than 0, got ${describeValue(share)}`);
  }
  const source = findElement(fn, model, from, ["service"]);
  findElement(fn, model, to, ["service"]);
  const i = source.path[1] as number;
  return runEdit(fn, model, options, (draft) => {
    const dependsOn = draft.services[i]!.dependsOn;
    const existing = dependsOn.find((d) => d.service === to);
    if (!existing) dependsOn.push({ service: to, share: share ?? 1 });
    else if (share !== undefined && existing.share !== share) existing.share = share;
  });
}
