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
