import { elementIndex, kindName, type ElementEntry, type ElementKind } from "../model/element-index.js";
import { invalidArgument, notFound } from "../model/errors.js";
import type { Model } from "../model/schema/model.js";
import { closestMatch } from "../model/suggest.js";

/**
 * The index entry of element `id`, of one of `kinds` (any kind when omitted). Throws `ModelError("invalid-argument")`
 * for an id that is not a string, `ModelError("not-found")` for an unknown id or one of another kind, with the closest
 * id of the right kind as a suggestion.
 */
export function elementOrThrow(fn: string, model: Model, id: unknown, kinds?: readonly ElementKind[]): ElementEntry {
  const what = kinds ? kinds.map(kindName).join(" or ") : "element";
  if (typeof id !== "string") invalidArgument(fn, `the id must be a ${what} id (a string)`, id);
  const index = elementIndex(model);
  const entry = index.byId.get(id);
  if (entry && (!kinds || kinds.includes(entry.kind))) return entry;
  const candidates: string[] = [];
  for (const e of index.byId.values()) if (!kinds || kinds.includes(e.kind)) candidates.push(e.id);
  return notFound(fn, what, id, closestMatch(id, candidates));
}
