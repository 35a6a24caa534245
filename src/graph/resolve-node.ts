import { elementIndex } from "../model/element-index.js";
import { invalidArgument, notFound } from "../model/errors.js";
import type { Model } from "../model/schema/model.js";
import { closestMatch } from "../model/suggest.js";
import type { DependencyIndex } from "./dependency-index.js";

/**
 * The ordinal of the node `id` (an element id, the path key of a cost or benefit without an id, or a catalog node key).
 * Throws `ModelError("invalid-argument")` for an id that is not a string, `ModelError("not-found")` with the closest
 * element id as a suggestion for an id that is not in the model.
 */
export function resolveNode(fn: string, model: Model, index: DependencyIndex, id: unknown): number {
  if (typeof id !== "string") invalidArgument(fn, "id must be an element id (a string)", id);
  const ordinal = index.ordinal.get(id);
  if (ordinal === undefined) notFound(fn, "element", id, closestMatch(id, elementIndex(model).byId.keys()));
  return ordinal;
}

/** Options of `dependenciesOf` and `dependentsOf`. */
export interface DependencyOptions {
  /** Follow the relation to its closure (no duplicates, cycle-safe); default false: direct neighbours only. */
  transitive?: boolean;
}

/** Read `{ transitive }`, rejecting anything else (a typo in an option must not pass silently). */
export function transitiveOption(fn: string, options: unknown): boolean {
  if (options === undefined) return false;
  if (options === null || typeof options !== "object" || Array.isArray(options)) invalidArgument(fn, "options must be an object such as { transitive: true }", options);
  for (const key of Object.keys(options)) if (key !== "transitive") invalidArgument(fn, `unknown option "${key}" (the only option is transitive)`, options);
  const transitive = (options as DependencyOptions).transitive;
  if (transitive !== undefined && typeof transitive !== "boolean") invalidArgument(fn, "options.transitive must be true or false", transitive);
  return transitive === true;
}
